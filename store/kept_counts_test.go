package store

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/web/document"
)

// TestKeptCounts checks what migrations 011's, 015's, 017's, 025's and
// 026's triggers keep (tallies, match_counts, source_facts, queue_counts,
// queue_source_counts, fact_values, chart_sources, chart_facts) against the same figures counted from
// scratch, after each way the store writes matches, claims and articles:
// imports, a review, a pair raised by hand, moving an article, processing
// one again with fewer claims, a claim's language changed, and deleting
// an article.
func TestKeptCounts(t *testing.T) {
	for _, batch := range []int{1, 3} {
		t.Run(fmt.Sprintf("batch=%d", batch), func(t *testing.T) { testKeptCounts(t, batch) })
	}
}

// TestKeptCountsBatchedRevisions: an import of articles eight at a time
// (AddArticles), whose corrections turn facts revised and read their
// earlier pairs again inside the batch, keeps the counts a count from
// scratch gives.
func TestKeptCountsBatchedRevisions(t *testing.T) {
	for _, set := range []string{"unrest", "mixed"} {
		t.Run(set, func(t *testing.T) {
			db := mustOpenImportDB(t)
			arts := unseenArticles(t, set)
			mustAddInBatches(t, db, withOutlets(arts), 8)
			checkKeptCounts(t, db, "after import")
		})
	}
}

// testKeptCounts is TestKeptCounts with the seeds imported batch at a time
// (AddArticles; 1 is AddArticle).
func testKeptCounts(t *testing.T, batch int) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	ids := mustAddInBatches(t, db, withOutlets(seedCopies(t)), batch)
	check := func(when string) {
		t.Helper()
		checkKeptCounts(t, db, when)
	}
	check("after import")

	u := mustAddUser(t, db, "rui", RoleReviewer)
	var conflict int64
	if err := db.read.QueryRowContext(ctx, `SELECT id FROM matches WHERE relation = 'conflicts' ORDER BY id LIMIT 1`).Scan(&conflict); err != nil {
		t.Fatalf("no conflict in the seeds: %v", err)
	}
	m, err := db.MatchReview(ctx, conflict)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.UpdateMatch(ctx, u, conflict, MatchChange{Version: m.Version, SetStatus: true, Status: StatusDismissed}); err != nil {
		t.Fatal(err)
	}
	check("after a dismissal")

	var a, b int64
	if err := db.read.QueryRowContext(ctx, `SELECT ca.id, cb.id FROM claims ca JOIN claims cb ON cb.article_id <> ca.article_id
		WHERE NOT EXISTS (SELECT 1 FROM matches WHERE (claim_a = ca.id AND claim_b = cb.id) OR (claim_a = cb.id AND claim_b = ca.id))
		ORDER BY ca.id, cb.id LIMIT 1`).Scan(&a, &b); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FlagPair(ctx, u, ManualPair{ClaimA: a, ClaimB: b, Relation: claims.Conflicts, Kind: ManualKinds[0],
		Subject: "Somewhere", Attribute: "toll", ValueA: "3", ValueB: "4"}); err != nil {
		t.Fatal(err)
	}
	check("after a pair raised by hand")

	list, err := db.Stories(ctx, "", 100)
	if err != nil || len(list.Stories) < 2 {
		t.Fatalf("stories: %v, %d", err, len(list.Stories))
	}
	arts, _, err := db.StoryArticles(ctx, list.Stories[0].ID, 0, 0)
	if err != nil || len(arts) == 0 {
		t.Fatal(err)
	}
	if err := db.MoveArticle(ctx, u, arts[0].ID, list.Stories[1].ID); err != nil {
		t.Fatal(err)
	}
	check("after a move")

	seeds := processedSeeds(t)
	for i, s := range seeds {
		if len(s.Claims) < 2 {
			continue
		}
		fewer := *s
		fewer.Claims = append([]claims.Claim(nil), s.Claims[:len(s.Claims)/2]...)
		if _, err := db.Rematch(ctx, ids[i], &fewer); err != nil {
			t.Fatalf("Rematch %s: %v", s.Origin, err)
		}
		check(fmt.Sprintf("after processing %s again with half its claims", s.Origin))
		break
	}

	// A claim read in another language on processing again: its matches
	// move between the languages' counts.
	var relang int64
	if err := db.read.QueryRowContext(ctx, `SELECT m.claim_a FROM matches m JOIN claims ca ON ca.id = m.claim_a
		JOIN claims cb ON cb.id = m.claim_b WHERE ca.language <> cb.language ORDER BY m.id LIMIT 1`).Scan(&relang); err != nil {
		t.Fatalf("no match across languages in the seeds: %v", err)
	}
	for _, lang := range []string{"xx", ""} {
		if _, err := db.write.ExecContext(ctx, `UPDATE claims SET language = ? WHERE id = ?`, lang, relang); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after claim %d is read as %q", relang, lang))
	}

	for _, id := range ids[:2] {
		if _, err := db.DeleteArticle(ctx, u, id); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after deleting article %d", id))
	}
}

// keptCountQueries pair each kept count with the same figures counted from
// scratch.
var keptCountQueries = []struct{ what, kept, counted string }{
	{"tallies", `SELECT name || ' ' || n FROM tallies`,
		`SELECT 'articles ' || COUNT(*) FROM articles UNION ALL SELECT 'claims ' || COUNT(*) FROM claims
		UNION ALL SELECT 'flags ' || COUNT(*) FROM flags`},
	{"match_counts", `SELECT relation || ' ' || status || ' ' || raised || ' ' || n FROM match_counts WHERE n <> 0`,
		`SELECT relation || ' ' || status || ' ' || (raised_by IS NOT NULL) || ' ' || COUNT(*) FROM matches GROUP BY relation, status, raised_by IS NOT NULL`},
	{"source_facts", `SELECT source || '|' || label || '|' || subject || '|' || attribute || ' ' || conflicts || ' ' || agreements
		FROM source_facts WHERE matches > 0`,
		`WITH sides AS (
			SELECT m.id, m.relation, m.subject, m.attribute, m.claim_a AS claim FROM matches m WHERE m.status <> 'dismissed'
			UNION ALL
			SELECT m.id, m.relation, m.subject, m.attribute, m.claim_b FROM matches m WHERE m.status <> 'dismissed')
		SELECT COALESCE(s.name, a.origin) || '|' || MIN(COALESCE(s.name, NULLIF(a.title, ''), a.origin)) || '|' ||
			sides.subject || '|' || sides.attribute || ' ' ||
			COUNT(DISTINCT CASE WHEN sides.relation = 'conflicts' THEN sides.id END) || ' ' ||
			COUNT(DISTINCT CASE WHEN sides.relation = 'agrees' THEN sides.id END)
		FROM sides JOIN claims c ON c.id = sides.claim JOIN articles a ON a.id = c.article_id
		LEFT JOIN sources s ON s.id = a.source_id
		GROUP BY COALESCE(s.name, a.origin), sides.subject, sides.attribute`},
	{"queue_counts", `SELECT relation || ' ' || language || ' ' || kind || ' ' || status || ' ' || n FROM queue_counts WHERE n <> 0`,
		`SELECT relation || ' ' || '' || ' ' || kind || ' ' || status || ' ' || COUNT(*) FROM matches GROUP BY relation, kind, status
		UNION ALL
		SELECT m.relation || ' ' || c.language || ' ' || m.kind || ' ' || m.status || ' ' || COUNT(DISTINCT m.id)
		FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b) WHERE c.language <> ''
		GROUP BY m.relation, c.language, m.kind, m.status`},
	{"queue_source_counts", `SELECT relation || ' ' || source || ' ' || kind || ' ' || status || ' ' || n FROM queue_source_counts WHERE n <> 0`,
		`SELECT m.relation || ' ' || k.source || ' ' || m.kind || ' ' || m.status || ' ' || COUNT(DISTINCT m.id)
		FROM matches m JOIN claims c ON c.id IN (m.claim_a, m.claim_b) JOIN (
			SELECT id AS article, origin AS source FROM articles
			UNION SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id) k ON k.article = c.article_id
		GROUP BY m.relation, k.source, m.kind, m.status`},
	{"chart_sources", `SELECT source || ' ' || cells || ' ' || conflicts || ' ' || agreements FROM chart_sources WHERE cells > 0`,
		`SELECT source || ' ' || COUNT(*) || ' ' || SUM(conflicts) || ' ' || SUM(agreements) FROM source_facts WHERE matches > 0 GROUP BY source`},
	{"chart_facts", `SELECT subject || '|' || attribute || ' ' || cells || ' ' || conflicts || ' ' || agreements FROM chart_facts WHERE cells > 0`,
		`SELECT subject || '|' || attribute || ' ' || COUNT(*) || ' ' || SUM(conflicts) || ' ' || SUM(agreements)
		FROM source_facts WHERE matches > 0 GROUP BY subject, attribute`},
	{"fact_values", `SELECT fact_id || ' ' || value || ' ' || n || ' ' || first_as_of || ' ' || last_as_of FROM fact_values`,
		`SELECT fact_id || ' ' || value || ' ' || COUNT(*) || ' ' || COALESCE(MIN(NULLIF(as_of, '')), '') || ' ' || MAX(as_of)
		FROM statements GROUP BY fact_id, value`},
}

// checkKeptCounts compares every kept count with its count from scratch.
func checkKeptCounts(t *testing.T, db *DB, when string) {
	t.Helper()
	for _, q := range keptCountQueries {
		kept, counted := mustRowSet(t, db, q.kept), mustRowSet(t, db, q.counted)
		for row := range counted {
			if !kept[row] {
				t.Errorf("%s: %s lacks %q, counted from scratch", when, q.what, row)
			}
		}
		for row := range kept {
			if !counted[row] {
				t.Errorf("%s: %s keeps %q, which a count from scratch does not give", when, q.what, row)
			}
		}
	}
}

// mustAddInBatches stores arts batch at a time, with AddArticle when batch
// is 1, and returns their ids.
func mustAddInBatches(t *testing.T, db *DB, arts []*claims.Article, batch int) []int64 {
	t.Helper()
	var ids []int64
	for lo := 0; lo < len(arts); lo += batch {
		part := arts[lo:min(lo+batch, len(arts))]
		if batch == 1 {
			ids = append(ids, mustAddArticle(t, db, part[0]).ArticleID)
			continue
		}
		res, errs, err := db.AddArticles(context.Background(), part)
		if err != nil {
			t.Fatal(err)
		}
		for i := range res {
			if errs[i] != nil {
				t.Fatalf("add %s: %v", part[i].Origin, errs[i])
			}
			ids = append(ids, res[i].ArticleID)
		}
	}
	return ids
}

// unseenArticles runs the engine over one of the engine's unseen sets
// (claims/testdata/unseen/set), in the order of their names.
func unseenArticles(t *testing.T, set string) []*claims.Article {
	t.Helper()
	dir := filepath.Join("..", "claims", "testdata", "unseen", set)
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("unseen set %s: %v, %d files", set, err, len(names))
	}
	sort.Strings(names)
	var out []*claims.Article
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := document.FromText(filepath.Base(name), raw)
		if err != nil {
			t.Fatal(err)
		}
		a, err := claims.Process(doc.Origin, doc.Text, doc.Meta, claims.Options{})
		if err != nil {
			t.Fatalf("process %s: %v", name, err)
		}
		out = append(out, a)
	}
	return out
}

// mustRowSet runs a query of one text column and returns its rows as a set.
func mustRowSet(tb testing.TB, db *DB, query string) map[string]bool {
	tb.Helper()
	rows, err := db.read.Query(query)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		out[s] = true
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestQueueKeptCounts: the pairs list's counts read from queue_counts are
// the counts of its rows, under each filter they serve.
func TestQueueKeptCounts(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range withOutlets(seedCopies(t)) {
		mustAddArticle(t, db, a)
	}
	u := mustAddUser(t, db, "rui", RoleReviewer)
	var conflict int64
	if err := db.read.QueryRowContext(ctx, `SELECT id FROM matches WHERE relation = 'conflicts' ORDER BY id LIMIT 1`).Scan(&conflict); err != nil {
		t.Fatalf("no conflict in the seeds: %v", err)
	}
	m, err := db.MatchReview(ctx, conflict)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.UpdateMatch(ctx, u, conflict, MatchChange{Version: m.Version, SetStatus: true, Status: StatusConfirmed}); err != nil {
		t.Fatal(err)
	}
	filters := []QueueFilter{
		{},
		{Status: StatusOpen},
		{Status: StatusConfirmed},
		{Relation: claims.Agrees},
		{Kind: claims.KindQuantity},
		{Kind: claims.KindQuantity, Status: StatusOpen},
		{Language: "bn"},
		{Language: "en", Status: StatusOpen, Kind: claims.KindQuantity},
		{Relation: claims.Agrees, Language: "hi"},
	}
	sources, err := db.QueueSources(ctx)
	if err != nil || len(sources) < 4 {
		t.Fatalf("queue sources: %v, %d", err, len(sources))
	}
	for _, s := range sources[:4] {
		filters = append(filters, QueueFilter{Source: s.Value}, QueueFilter{Source: s.Value, Status: StatusOpen, Kind: claims.KindRole},
			QueueFilter{Source: s.Value, Relation: claims.Agrees})
	}
	var origin string
	if err := db.read.QueryRowContext(ctx, `SELECT origin FROM articles WHERE source_id IS NOT NULL LIMIT 1`).Scan(&origin); err == nil {
		filters = append(filters, QueueFilter{Source: origin}) // an outlet's article by its origin
	}
	for _, f := range filters {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			if !f.keptCounts() {
				t.Fatalf("%+v is not counted from queue_counts", f)
			}
			got, err := db.keptQueueCounts(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := db.countQueueRows(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || !maps.Equal(got.ByStatus, want.ByStatus) || !maps.Equal(got.ByKind, want.ByKind) {
				t.Errorf("kept counts %+v, want the rows' %+v", got, want)
			}
		})
	}
}

// withOutlets gives every other article one of two outlets, so counts by
// source meet outlets shared by several articles beside bare origins.
func withOutlets(arts []*claims.Article) []*claims.Article {
	for i, a := range arts {
		if i%2 == 0 {
			a.Source = []string{"Daily Bn", "Marathi Times"}[i/2%2]
		}
	}
	return arts
}
