package store

import (
	"context"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestArticlesList(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	bn := mustAddArticle(t, db, bengaliFixture())
	mr := mustAddArticle(t, db, marathiFixture())
	tests := []struct {
		name  string
		f     ArticleFilter
		want  []int64
		total int
	}{
		{"all, newest first", ArticleFilter{}, []int64{mr.ArticleID, bn.ArticleID}, 2},
		{"language", ArticleFilter{Language: "bn"}, []int64{bn.ArticleID}, 1},
		{"source", ArticleFilter{Source: "Fixture Marathi"}, []int64{mr.ArticleID}, 1},
		{"nothing", ArticleFilter{Language: "hi"}, nil, 0},
		{"ids", ArticleFilter{IDs: []int64{bn.ArticleID, 999}}, []int64{bn.ArticleID}, 1},
		{"older than the newest", ArticleFilter{OlderThan: mr.ArticleID}, []int64{bn.ArticleID}, 2},
		{"newer than the oldest", ArticleFilter{NewerThan: bn.ArticleID}, []int64{mr.ArticleID}, 2},
		{"older than the oldest", ArticleFilter{OlderThan: bn.ArticleID}, nil, 2},
		{"Marathi, newer than the oldest", ArticleFilter{Language: "mr", NewerThan: bn.ArticleID}, []int64{mr.ArticleID}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, total, err := db.Articles(ctx, tt.f, 10, 0)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, r := range rows {
				ids = append(ids, r.ID)
			}
			if !equalIDs(ids, tt.want) || total != tt.total {
				t.Errorf("Articles = %v of %d, want %v of %d", ids, total, tt.want, tt.total)
			}
		})
	}
	// The page before an article holds the ones just newer than it, newest first.
	third := mustAddArticle(t, db, fixtureArticle("third.txt", "en", "A third article."))
	if rows, _, err := db.Articles(ctx, ArticleFilter{NewerThan: bn.ArticleID}, 1, 0); err != nil || len(rows) != 1 || rows[0].ID != mr.ArticleID {
		t.Errorf("one article newer than %d = %+v (%v), want %d, not the newest %d", bn.ArticleID, rows, err, mr.ArticleID, third.ArticleID)
	}
	if rows, _, err := db.Articles(ctx, ArticleFilter{NewerThan: bn.ArticleID}, 10, 0); err != nil || len(rows) != 2 || rows[0].ID != third.ArticleID {
		t.Errorf("articles newer than %d = %+v (%v), want %d then %d", bn.ArticleID, rows, err, third.ArticleID, mr.ArticleID)
	}
	rows, _, _ := db.Articles(ctx, ArticleFilter{Language: "bn"}, 10, 0)
	if r := rows[0]; r.Claims != 3 || r.Flags != 2 || r.Conflicts != bn.Conflicts+mr.Conflicts || r.Source != "Fixture News" {
		t.Errorf("Bengali row = %+v, want 3 claims, 2 flags, the conflicts with the Marathi article, its source", r)
	}
}

func TestArticlePage(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	res := mustAddArticle(t, db, bengaliFixture())
	p, err := db.Article(ctx, res.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Claims) != 3 || p.Claims[1].Claim.Text != bnTroops || p.Claims[1].Claim.CleanStart == 0 {
		t.Errorf("claims = %+v, want the three claims in order with clean offsets", p.Claims)
	}
	if len(p.Removed) != 1 || p.Removed[0].Reason != "ad marker" {
		t.Errorf("removed = %+v, want the ad marker", p.Removed)
	}
	if len(p.Flags) != 2 || p.Flags[0].ClaimID != 0 || p.Flags[1].Ordinal != 3 {
		t.Errorf("flags = %+v, want the article flag, then claim 3's", p.Flags)
	}
	if p.Raw == "" || p.Clean == "" || p.URL == "" || p.Published.IsZero() {
		t.Errorf("page = %+v, want raw, clean, URL and date", p.ArticleSummary)
	}
	if _, err := db.Article(ctx, 999); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("Article(999) err = %v, want ENOTFOUND", err)
	}
}
