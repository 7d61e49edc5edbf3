package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestKeptCounts checks what migration 011's triggers keep (tallies,
// match_counts, source_facts) against the same figures counted from
// scratch, after each way the store writes matches, claims and articles:
// imports, a review, a pair raised by hand, moving an article, processing
// one again with fewer claims, and deleting one.
func TestKeptCounts(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	var ids []int64
	for _, a := range seedCopies(t) {
		ids = append(ids, mustAddArticle(t, db, a).ArticleID)
	}
	check := func(when string) {
		t.Helper()
		for _, q := range []struct{ what, kept, counted string }{
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
		} {
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
	arts, err := db.StoryArticles(ctx, list.Stories[0].ID)
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

	for _, id := range ids[:2] {
		if _, err := db.DeleteArticle(ctx, u, id); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after deleting article %d", id))
	}
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
