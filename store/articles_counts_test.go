package store

import (
	"context"
	"testing"
)

// TestArticlesMatchCounts: the list's conflicts and agreements of every
// article are its matches counted from scratch, a match of two of the
// article's own claims once.
func TestArticlesMatchCounts(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	// A conflict between two claims of one article.
	var a, b int64
	if err := db.read.QueryRowContext(ctx, `SELECT MIN(id), MAX(id) FROM claims WHERE article_id = (
		SELECT article_id FROM claims GROUP BY article_id HAVING COUNT(*) > 1 LIMIT 1)`).Scan(&a, &b); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(ctx, `INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b, value_a, value_b)
		VALUES ('conflicts', 'count', 'Test', 'test count', ?, ?, '1', '2')`, a, b); err != nil {
		t.Fatal(err)
	}
	arts, _, err := db.Articles(ctx, ArticleFilter{}, 1000, 0)
	if err != nil {
		t.Fatal(err)
	}
	sawOwn := false
	for _, art := range arts {
		var conflicts, agreements int
		if err := db.read.QueryRowContext(ctx, `SELECT COALESCE(SUM(relation = 'conflicts'), 0), COALESCE(SUM(relation = 'agrees'), 0) FROM matches
			WHERE claim_a IN (SELECT id FROM claims WHERE article_id = ?) OR claim_b IN (SELECT id FROM claims WHERE article_id = ?)`,
			art.ID, art.ID).Scan(&conflicts, &agreements); err != nil {
			t.Fatal(err)
		}
		if art.Conflicts != conflicts || art.Agreements != agreements {
			t.Errorf("article %d: %d conflicts, %d agreements, want %d and %d", art.ID, art.Conflicts, art.Agreements, conflicts, agreements)
		}
		sawOwn = sawOwn || art.Conflicts > 0 && art.ID == mustArticleOf(t, db, a)
	}
	if !sawOwn {
		t.Errorf("the article with a conflict of its own claims is not counted")
	}
}

func mustArticleOf(t *testing.T, db *DB, claim int64) int64 {
	t.Helper()
	var id int64
	if err := db.read.QueryRow(`SELECT article_id FROM claims WHERE id = ?`, claim).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
