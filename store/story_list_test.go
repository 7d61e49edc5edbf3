package store

import (
	"context"
	"reflect"
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
		checkKeptFacts(t, db, when)
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
	arts, _, err := db.StoryArticles(ctx, list.Stories[0].ID, 0, 0)
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

// checkKeptFacts checks each fact's kept worth, languages and dissent
// against the same figures counted from its statements, as 008's backfill
// counts them.
func checkKeptFacts(t *testing.T, db *DB, when string) {
	t.Helper()
	ctx := context.Background()
	facts, err := db.read.QueryContext(ctx, `SELECT f.id, f.worth, f.langs, f.dissent,
		COALESCE((SELECT MAX(c.score) FROM statements st JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = f.id), 0),
		COALESCE((SELECT group_concat(language, ' ') FROM (SELECT DISTINCT c.language FROM statements st
			JOIN claims c ON c.id = st.claim_id WHERE st.fact_id = f.id AND c.language <> '' ORDER BY c.language)), ''),
		f.statements - COALESCE((SELECT MAX(json_extract(g.value, '$.n')) FROM json_each(f.summary, '$.groups') g), f.statements)
		FROM facts f`)
	if err != nil {
		t.Fatal(err)
	}
	defer facts.Close()
	for facts.Next() {
		var id int64
		var worth, wantWorth float64
		var langs, wantLangs string
		var dissent, wantDissent int
		if err := facts.Scan(&id, &worth, &langs, &dissent, &wantWorth, &wantLangs, &wantDissent); err != nil {
			t.Fatal(err)
		}
		if worth != wantWorth || sortWords(langs) != wantLangs || dissent != wantDissent {
			t.Errorf("%s: fact %d keeps (%v, %q, %d), counted (%v, %q, %d)", when, id, worth, langs, dissent, wantWorth, wantLangs, wantDissent)
		}
	}
}

// TestKeptFactsFollowAMovedStatement moves a statement to another fact as a
// rescope does (an UPDATE of its fact, no insert or delete): both facts'
// worth and languages must follow it.
func TestKeptFactsFollowAMovedStatement(t *testing.T) {
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	// A statement in a language its destination fact has none of, so the
	// destination's languages must grow and, when it was the last of its
	// language, the source's shrink.
	var stmt, to int64
	err := db.write.QueryRow(`SELECT st.id, f.id FROM statements st JOIN claims c ON c.id = st.claim_id, facts f
		WHERE f.id <> st.fact_id AND c.language <> '' AND instr(' ' || f.langs || ' ', ' ' || c.language || ' ') = 0
		ORDER BY st.id LIMIT 1`).Scan(&stmt, &to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`UPDATE statements SET fact_id = ? WHERE id = ?`, to, stmt); err != nil {
		t.Fatal(err)
	}
	checkKeptFacts(t, db, "after a statement moved")
}

// TestStoryArticlesPages checks that following a story's pages of articles
// from the first gives each of its articles once, in the order they joined,
// and that a page seeks articles_story to where the last one ended.
func TestStoryArticlesPages(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	var story int64
	if err := db.read.QueryRow(`SELECT story_id FROM articles GROUP BY story_id ORDER BY COUNT(*) DESC LIMIT 1`).Scan(&story); err != nil {
		t.Fatal(err)
	}
	var want []int64
	rows, err := db.read.Query(`SELECT id FROM articles WHERE story_id = ? ORDER BY id`, story)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		want = append(want, id)
	}
	rows.Close()
	if len(want) < 2 {
		t.Fatalf("story %d has %d articles, want two pages of 1 at least", story, len(want))
	}
	var got []int64
	for after, pages := int64(0), 0; ; pages++ {
		page, next, err := db.StoryArticles(ctx, story, after, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page {
			got = append(got, a.ID)
		}
		if next == 0 || pages > len(want) {
			break
		}
		after = next
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pages give articles %v, want %v", got, want)
	}
	plan := mustPlan(t, mustOpenPlanDB(t), `SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id
		WHERE a.story_id = ? AND a.id > ? ORDER BY a.id LIMIT ?`, []any{1, 0, 51})
	if !strings.Contains(plan, "articles_story (story_id=? AND id>?)") || strings.Contains(plan, "TEMP B-TREE") {
		t.Errorf("plan:\n%s\nwant a seek of articles_story, in order", plan)
	}
}
