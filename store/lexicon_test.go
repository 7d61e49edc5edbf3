package store

import (
	"context"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestLexiconAdditions(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	ada := mustAddUser(t, db, "ada", RoleAdmin)
	mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiFixture())

	adds := []LexiconAddition{
		{Kind: LexiconAlias, Form: "  किम जोंग उन ", Canonical: "Kim Jong Un", Entity: claims.Person},
		{Kind: LexiconRole, Form: "नेते", Canonical: "leader"},
	}
	for _, a := range adds {
		if _, err := db.AddLexicon(ctx, ada, a); err != nil {
			t.Fatalf("AddLexicon %s: %v", a.Form, err)
		}
	}
	if _, err := db.AddLexicon(ctx, ada, adds[1]); claims.ErrorCode(err) != claims.ECONFLICT {
		t.Errorf("adding नेते twice: err %v, want ECONFLICT", err)
	}
	if _, err := db.AddLexicon(ctx, ada, LexiconAddition{Kind: LexiconRole, Form: "", Canonical: "leader"}); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("adding an empty form: err %v, want EINVALID", err)
	}
	got, err := db.LexiconAdditions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Form != "किम जोंग उन" || got[0].Entity != claims.Person || got[0].AddedBy != "ada" || got[1].Canonical != "leader" {
		t.Errorf("LexiconAdditions = %+v, want the alias (trimmed, with its kind, by ada) then the role word", got)
	}

	lex, err := claims.NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// A row the lexicon refuses is reported, not fatal.
	if _, err := db.write.Exec(`INSERT INTO lexicon_additions (kind, form, canonical) VALUES ('role', 'xyzzy', 'no such role')`); err != nil {
		t.Fatal(err)
	}
	skipped, err := db.ReplayLexicon(ctx, lex)
	if err != nil {
		t.Fatalf("ReplayLexicon: %v", err)
	}
	if len(skipped) != 1 {
		t.Errorf("ReplayLexicon skipped %v, want the one unknown role", skipped)
	}
	if role, ok := lex.CanonicalRole("नेते"); !ok || role != "leader" {
		t.Errorf("after replay CanonicalRole(नेते) = %q, %v; want leader", role, ok)
	}

	tests := []struct {
		form string
		want []int64
	}{
		{"नेते", []int64{mr.ArticleID}},
		{"zzz-not-there", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			ids, err := db.ArticlesContaining(ctx, tt.form)
			if err != nil {
				t.Fatal(err)
			}
			if !equalIDs(ids, tt.want) {
				t.Errorf("ArticlesContaining(%q) = %v, want %v", tt.form, ids, tt.want)
			}
		})
	}
}
