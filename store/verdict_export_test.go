package store

import (
	"context"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestExportClaimReviews(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	ada := mustAddUser(t, db, "ada", RoleReviewer)
	bn := mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiFixture())
	for _, c := range []struct {
		claim   int64
		verdict string
	}{{claimIDAt(t, db, bn.ArticleID, 2), "supported"}, {claimIDAt(t, db, mr.ArticleID, 2), "mistranslated"}} {
		if _, err := db.SetVerdict(ctx, ada, c.claim, VerdictChange{Verdict: c.verdict, Rationale: "why " + c.verdict, Evidence: []string{"https://example.org/x"}}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		f    claims.ReportFilter
		want []string
	}{
		{"all", claims.ReportFilter{}, []string{"supported", "mistranslated"}},
		{"language", claims.ReportFilter{Language: "mr"}, []string{"mistranslated"}},
		{"verdict", claims.ReportFilter{Kind: "supported"}, []string{"supported"}},
		{"article", claims.ReportFilter{Article: "002_fixture.txt"}, []string{"supported"}},
		{"none", claims.ReportFilter{Language: "hi"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			var rows []ClaimReviewRow
			err := db.ExportClaimReviews(ctx, tt.f, func(r ClaimReviewRow) error {
				got = append(got, r.Verdict)
				rows = append(rows, r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("verdicts = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("verdicts = %v, want %v", got, tt.want)
				}
			}
			for _, r := range rows {
				if r.ArticleURL == "" || r.Source == "" || r.Published.IsZero() || r.Reviewer != "ada" || r.CreatedAt.IsZero() || len(r.Evidence) != 1 {
					t.Errorf("row = %+v, want the article's URL, source and date, the reviewer and the evidence", r)
				}
			}
		})
	}
}
