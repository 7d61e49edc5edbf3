package store

import (
	"context"
	"fmt"
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

func TestCandidatesStayBounded(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	// Many articles call Kim Jong Un by many titles, several times each.
	const titles, repeats = candidateValues + 8, candidatesPerValue + 3
	for i := 0; i < titles*repeats; i++ {
		text := fmt.Sprintf("Kim Jong Un spoke as title%d in statement %d.", i%titles, i)
		a := fixtureArticle(fmt.Sprintf("%03d.txt", i), "en", text)
		c := &a.Claims[0]
		c.Roles = []claims.Role{{Person: "Kim Jong Un", Role: fmt.Sprintf("title%d", i%titles), Text: "title", Start: 1, End: 2}}
		mustAddArticle(t, db, a)
	}
	probe := fixtureArticle("probe.txt", "en", "Kim Jong Un spoke as leader.")
	probe.Claims[0].Roles = []claims.Role{{Person: "Kim Jong Un", Role: "leader"}}
	fresh := claims.FindFacets(&probe.Claims[0])
	if len(fresh) == 0 {
		t.Fatalf("no facet for a role: the engine changed, this test needs another probe")
	}
	tx, w, err := db.beginImport(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	defer w.close()
	got, err := w.candidates(ctx, -1, []facetRef{{FacetRef: claims.FacetRef{Facet: fresh[0]}}})
	if err != nil {
		t.Fatal(err)
	}
	perValue := map[string]int{}
	for _, c := range got {
		perValue[c.Value]++
	}
	if len(perValue) != candidateValues || len(got) != candidateValues*candidatesPerValue {
		t.Errorf("candidates: %d facets over %d values, want %d values of %d", len(got), len(perValue), candidateValues, candidatesPerValue)
	}
	// The most recent values win: the last article's title is among them.
	if last := fmt.Sprintf("title%d", (titles*repeats-1)%titles); perValue[last] == 0 {
		t.Errorf("candidates lack the most recent value %s: %v", last, perValue)
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
