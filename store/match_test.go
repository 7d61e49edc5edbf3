package store

import (
	"context"
	"strconv"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// kimRoles finds role matches on Kim Jong Un.
func kimRoles(rows []claims.MatchRow) []claims.MatchRow {
	var out []claims.MatchRow
	for _, r := range rows {
		if r.Match.Kind == claims.KindRole && r.Match.Subject == "Kim Jong Un" {
			out = append(out, r)
		}
	}
	return out
}

func exportMatches(tb testing.TB, db *DB, f claims.ReportFilter) []claims.MatchRow {
	tb.Helper()
	var out []claims.MatchRow
	if err := db.ExportMatches(context.Background(), f, func(r claims.MatchRow) error {
		out = append(out, r)
		return nil
	}); err != nil {
		tb.Fatalf("ExportMatches(%+v): %v", f, err)
	}
	return out
}

func TestAddArticleMatchesAcrossSources(t *testing.T) {
	db := mustOpenImportDB(t)
	bn := mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiFixture())
	if mr.Conflicts == 0 {
		t.Fatalf("Marathi import = %+v, want the role conflict with the Bengali article", mr)
	}
	all := exportMatches(t, db, claims.ReportFilter{})
	if got := len(all); got != bn.Conflicts+bn.Agreements+mr.Conflicts+mr.Agreements {
		t.Errorf("%d match rows, want the %d the imports reported", got, bn.Conflicts+bn.Agreements+mr.Conflicts+mr.Agreements)
	}
	kim := kimRoles(all)
	if len(kim) != 1 {
		t.Fatalf("role matches on Kim Jong Un = %+v, want one", kim)
	}
	r := kim[0]
	m := r.Match
	values := map[string]string{m.A.Origin: m.A.Value, m.B.Origin: m.B.Value}
	if m.Relation != claims.Conflicts || values["002_fixture.txt"] != "president" || values["003_fixture.txt"] != "leader" {
		t.Errorf("Kim match = %s %v, want conflicts president (002) vs leader (003)", m.Relation, values)
	}
	if r.Status != "open" || m.Reason == "" || m.Attribute == "" {
		t.Errorf("match row = status %q reason %q attribute %q, want open with a reason", r.Status, m.Reason, m.Attribute)
	}
	// Each side names the facet compared, read back from the facets table.
	for _, side := range []claims.FacetRef{m.A, m.B} {
		if side.Key == "" || side.Role == nil || side.Role.Person != "Kim Jong Un" || side.Text == "" || side.ClaimID == 0 {
			t.Errorf("side %+v, want its stored role facet, claim and text", side)
		}
	}

	tests := []struct {
		name string
		f    claims.ReportFilter
		want int
	}{
		{"relation conflicts", claims.ReportFilter{Relation: claims.Conflicts}, mr.Conflicts + bn.Conflicts},
		{"relation agrees", claims.ReportFilter{Relation: claims.Agrees}, mr.Agreements + bn.Agreements},
		{"kind role, Kim", claims.ReportFilter{Kind: claims.KindRole, Relation: claims.Conflicts}, len(kimRoles(exportMatches(t, db, claims.ReportFilter{Kind: claims.KindRole, Relation: claims.Conflicts})))},
		{"either side's article", claims.ReportFilter{Article: "002_fixture.txt", Kind: claims.KindRole}, 1},
		{"either side's language", claims.ReportFilter{Language: "bn", Kind: claims.KindRole}, 1},
		{"no such language", claims.ReportFilter{Language: "hi"}, 0},
		{"article by id", claims.ReportFilter{Article: strconv.FormatInt(mr.ArticleID, 10), Kind: claims.KindDate}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(exportMatches(t, db, tt.f)); got != tt.want {
				t.Errorf("rows = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestAddArticleMatchesWithinArticle(t *testing.T) {
	db := mustOpenImportDB(t)
	const (
		head  = "North Korean President Kim Jong Un met Putin in Pyongyang."
		quote = "The North Korean leader Kim Jong Un promised full support."
	)
	a := fixtureArticle("004_fixture.txt", "en", head, quote)
	for i, title := range []string{"President", "leader"} {
		c := &a.Claims[i]
		c.Score = 0.5
		c.Entities = []claims.Entity{entity(c.Text, "Kim Jong Un", "Kim Jong Un", claims.Person)}
		c.Roles = []claims.Role{role(c.Text, title, "Kim Jong Un", []string{"president", "leader"}[i])}
	}
	res := mustAddArticle(t, db, a)
	kim := kimRoles(exportMatches(t, db, claims.ReportFilter{}))
	if res.Conflicts != 1 || len(kim) != 1 || kim[0].Match.A.ArticleID != kim[0].Match.B.ArticleID {
		t.Errorf("import = %+v, Kim matches %+v; want one conflict between two claims of the article", res, kim)
	}
}

func TestExportMatchesRejectsUnknownFilter(t *testing.T) {
	db := mustOpenImportDB(t)
	for _, f := range []claims.ReportFilter{{Relation: "conflict"}, {Kind: "roles"}} {
		err := db.ExportMatches(context.Background(), f, func(claims.MatchRow) error { return nil })
		if got := claims.ErrorCode(err); got != claims.EINVALID {
			t.Errorf("ExportMatches(%+v) error = %v (code %q), want EINVALID", f, err, got)
		}
	}
}
