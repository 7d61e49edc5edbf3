package store

import (
	"context"
	"strings"
	"testing"
)

// TestKeptAggregates checks what migration 008's triggers keep against
// the same figures counted from scratch, after imports and after a
// reviewer moves an article.
func TestKeptAggregates(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	check := func(when string) {
		t.Helper()
		rows, err := db.read.QueryContext(ctx, `SELECT s.id, s.langs, s.disputed, s.published_last,
			COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT language FROM articles WHERE story_id = s.id ORDER BY language)), ''),
			(SELECT COUNT(*) FROM facts WHERE story_id = s.id AND status = 'disputed'),
			COALESCE((SELECT MAX(substr(published, 1, 10)) FROM articles WHERE story_id = s.id AND published <> ''), '')
			FROM stories s`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var langs, pub, wantLangs, wantPub string
			var dis, wantDis int
			if err := rows.Scan(&id, &langs, &dis, &pub, &wantLangs, &wantDis, &wantPub); err != nil {
				t.Fatal(err)
			}
			if strings.Join(strings.Fields(sortWords(langs)), " ") != wantLangs || dis != wantDis || pub != wantPub {
				t.Errorf("%s: story %d keeps (%q, %d, %q), counted (%q, %d, %q)", when, id, langs, dis, pub, wantLangs, wantDis, wantPub)
			}
		}
		var kept, counted int
		db.read.QueryRowContext(ctx, `SELECT COALESCE(SUM(n), 0) FROM fact_counts WHERE status = 'disputed' AND decision = 'open'`).Scan(&kept)
		db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM facts WHERE status = 'disputed' AND decision = 'open'`).Scan(&counted)
		if kept != counted {
			t.Errorf("%s: fact_counts keeps %d open disputed facts, counted %d", when, kept, counted)
		}
	}
	check("after import")
	list, err := db.Stories(ctx, "", 100)
	if err != nil || len(list.Stories) < 2 {
		t.Fatalf("stories: %v, %d", err, len(list.Stories))
	}
	arts, err := db.StoryArticles(ctx, list.Stories[0].ID)
	if err != nil || len(arts) == 0 {
		t.Fatal(err)
	}
	u := mustAddUser(t, db, "rui", RoleReviewer)
	if err := db.MoveArticle(ctx, u, arts[0].ID, list.Stories[1].ID); err != nil {
		t.Fatal(err)
	}
	check("after a move")
}

func sortWords(s string) string {
	w := strings.Fields(s)
	for i := range w {
		for j := i + 1; j < len(w); j++ {
			if w[j] < w[i] {
				w[i], w[j] = w[j], w[i]
			}
		}
	}
	return strings.Join(w, " ")
}
