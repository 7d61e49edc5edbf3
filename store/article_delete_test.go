package store

import (
	"context"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestDeleteArticle: deleting an article removes it and everything derived
// from it, keeps the rest consistent (search index, story counts, facts,
// other articles' matches and their reviews), and writes one history line.
func TestDeleteArticle(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	ada := mustAddUser(t, db, "ada", RoleAdmin)
	id, err := db.ResolveArticle(ctx, "003_c2713db5242469b2.txt")
	if err != nil {
		t.Fatal(err)
	}
	other, err := db.ResolveArticle(ctx, "002_b0534f73c2cf9c0f.txt")
	if err != nil {
		t.Fatal(err)
	}
	// A reviewed match between two other articles must survive.
	var kept int64
	if err := db.read.QueryRowContext(ctx, `SELECT m.id FROM matches m JOIN claims ca ON ca.id = m.claim_a JOIN claims cb ON cb.id = m.claim_b
		WHERE ca.article_id <> ?1 AND cb.article_id <> ?1 ORDER BY m.id LIMIT 1`, id).Scan(&kept); err != nil {
		t.Fatalf("no match between other articles: %v", err)
	}
	cur, _ := db.MatchReview(ctx, kept)
	if _, err := db.UpdateMatch(ctx, ada, kept, MatchChange{Version: cur.Version, SetNote: true, Note: "checked"}); err != nil {
		t.Fatal(err)
	}
	before, err := db.ArticleFootprint(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if before.Claims == 0 || before.Matches == 0 || before.Flags == 0 {
		t.Fatalf("footprint = %+v, want claims, matches and flags to delete", before)
	}

	got, err := db.DeleteArticle(ctx, ada, id)
	if err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	if got != before {
		t.Errorf("DeleteArticle = %+v, want the footprint shown before %+v", got, before)
	}
	for _, q := range []string{
		`SELECT COUNT(*) FROM articles WHERE id = ?1`,
		`SELECT COUNT(*) FROM claims WHERE article_id = ?1`,
		`SELECT COUNT(*) FROM facets WHERE article_id = ?1`,
		`SELECT COUNT(*) FROM flags WHERE article_id = ?1`,
		`SELECT COUNT(*) FROM residue WHERE article_id = ?1`,
		`SELECT COUNT(*) FROM statements WHERE article_id = ?1`,
		`SELECT COUNT(*) FROM matches WHERE claim_a NOT IN (SELECT id FROM claims) OR claim_b NOT IN (SELECT id FROM claims)`,
		// Every fact still has a statement; every story an article, and the
		// count it keeps is the true one.
		`SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.fact_id = f.id)`,
		`SELECT COUNT(*) FROM stories s WHERE s.articles <> (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)`,
	} {
		var n int
		if err := db.read.QueryRowContext(ctx, q, id).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if n != 0 {
			t.Errorf("after the delete, %s = %d, want 0", q, n)
		}
	}
	if _, err := db.write.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("search index after the delete: %v", err)
	}
	if rows, err := db.SearchClaims(ctx, "सैन्याला", 10); err != nil || len(rows) != 0 {
		t.Errorf("search still finds %d claims of the deleted article (%v)", len(rows), err)
	}
	if m, err := db.MatchReview(ctx, kept); err != nil || m.Note != "checked" {
		t.Errorf("the reviewed match between other articles = %+v, %v; want it kept with its note", m, err)
	}
	if _, err := db.ArticleFootprint(ctx, other); err != nil {
		t.Errorf("the other article: %v", err)
	}
	h, err := db.History(ctx, AuditArticle, id)
	if err != nil || len(h) != 1 || h[0].User != "ada" || h[0].Action != "delete" || !strings.Contains(h[0].Old, "003_c2713db5242469b2.txt") {
		t.Errorf("history = %+v, %v; want one delete line by ada naming the file", h, err)
	}
	if _, err := db.DeleteArticle(ctx, ada, id); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("deleting it again = %v, want ENOTFOUND", err)
	}
}
