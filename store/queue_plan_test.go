package store

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// queuePlanCases are the filters and cursors the plan tests try.
var queuePlanCases = []struct {
	name string
	f    QueueFilter
	rank []any
}{
	{"first page", QueueFilter{}, nil},
	{"after a cursor", QueueFilter{}, []any{0, -0.5, int64(7)}},
	{"open agreements", QueueFilter{Relation: claims.Agrees, Status: StatusOpen}, nil},
	{"kind and language after a cursor", QueueFilter{Kind: claims.KindQuantity, Language: "bn"}, []any{1, -0.2, int64(9)}},
	{"open after a cursor", QueueFilter{Status: StatusOpen}, []any{0, -0.4, int64(11)}},
	{"dismissed after a cursor", QueueFilter{Status: StatusDismissed}, []any{1, -0.4, int64(11)}},
	{"assigned", QueueFilter{AssignedTo: 2}, nil},
	{"assigned, open, after a cursor", QueueFilter{AssignedTo: 2, Status: StatusOpen}, []any{0, -0.4, int64(11)}},
	{"assigned, in a language, after a cursor", QueueFilter{AssignedTo: 2, Language: "hi"}, []any{0, -0.4, int64(11)}},
	{"one fact", QueueFilter{Subject: "North Korea", Attribute: "soldier count"}, nil},
	{"one fact, open, after a cursor", QueueFilter{Subject: "North Korea", Attribute: "soldier count", Status: StatusOpen}, []any{0, -0.4, int64(11)}},
	{"one subject after a cursor", QueueFilter{Subject: "North Korea"}, []any{0, -0.4, int64(11)}},
}

// TestQueuePagePlan holds the pairs list to reading one page from the
// matches_rank index in order: a temporary B-tree would sort every match of
// the relation, a full scan of matches would read them all (2.1 s a page at
// 100,000 articles before the index).
func TestQueuePagePlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	for _, tt := range queuePlanCases {
		t.Run(tt.name, func(t *testing.T) {
			q, args := tt.f.pageQuery(tt.rank, 51)
			mustReadRank(t, db, q, args, tt.rank != nil)
		})
	}
}

// TestQueueNeighboursPlan holds a pair page's previous and next links to
// one step along the matches_rank index from the pair, each way (before it,
// they sorted every match ranked after or before the pair: 21 ms at 50,000
// matches, BenchmarkQueue/neighbours).
func TestQueueNeighboursPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	for _, tt := range queuePlanCases {
		rank := tt.rank
		if rank == nil {
			rank = []any{0, -0.9, int64(3)}
		}
		for _, before := range []bool{false, true} {
			name := tt.name + ", next"
			if before {
				name = tt.name + ", previous"
			}
			t.Run(name, func(t *testing.T) {
				q, args := tt.f.neighbourQuery(rank, before)
				mustReadRank(t, db, q, args, true)
			})
		}
	}
}

func mustOpenPlanDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// mustReadRank fails unless the plan of q reads matches through
// matches_rank (or matches_assigned_rank, its assigned part, or
// matches_fact_rank, a fact's part) in order: no temporary B-tree, no full scan, and with a
// cursor a seek to it (a range on the rank's columns), not a read from the
// top of the relation.
func mustReadRank(t *testing.T, db *DB, q string, args []any, cursor bool) {
	t.Helper()
	got := mustPlan(t, db, q, args)
	if strings.Contains(got, "USE TEMP B-TREE") || strings.Contains(got, "SCAN m") ||
		!strings.Contains(got, "matches_rank") && !strings.Contains(got, "matches_assigned_rank") && !strings.Contains(got, "matches_fact_rank") {
		t.Errorf("plan:\n%s\nwant matches read through matches_rank in order, no temp B-tree", got)
	}
	if cursor && !strings.Contains(got, "(not_open,neg_worth)>(") && !strings.Contains(got, "(not_open,neg_worth)<(") &&
		!strings.Contains(got, "not_open=? AND neg_worth>") && !strings.Contains(got, "not_open=? AND neg_worth<") {
		t.Errorf("plan:\n%s\nwant a seek to the cursor on matches_rank's (not_open, neg_worth)", got)
	}
	t.Logf("plan:\n%s", got)
}

// mustPlan returns the lines of the query plan of q, one per step.
func mustPlan(t *testing.T, db *DB, q string, args []any) string {
	t.Helper()
	rows, err := db.read.QueryContext(t.Context(), "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "\n")
}

// TestQueueAssignedPlan holds "assigned to me" to the assigned pairs'
// index: its page and its counts read no other match.
func TestQueueAssignedPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	f := QueueFilter{AssignedTo: 2}
	q, args := f.pageQuery(nil, 51)
	if got := mustPlan(t, db, q, args); !strings.Contains(got, "matches_assigned_rank (assigned_to=? AND relation=?)") || strings.Contains(got, "TEMP B-TREE") {
		t.Errorf("page plan:\n%s\nwant matches_assigned_rank in order", got)
	}
	for _, skip := range []string{"", "status", "kind"} {
		where, args := f.where(skip)
		got := mustPlan(t, db, `SELECT COUNT(*)`+f.countFrom()+where, args)
		if !strings.Contains(got, "matches_assigned_rank (assigned_to=? AND relation=?)") {
			t.Errorf("count plan (all but %q):\n%s\nwant matches_assigned_rank", skip, got)
		}
	}
}

// TestQueueFactPlan holds the pairs of one fact to matches_fact_rank: the
// page and its counts read no other fact's match.
func TestQueueFactPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	f := QueueFilter{Subject: "North Korea", Attribute: "soldier count"}
	q, args := f.pageQuery(nil, 51)
	const want = "matches_fact_rank (subject=? AND attribute=? AND relation=?"
	if got := mustPlan(t, db, q, args); !strings.Contains(got, want) || strings.Contains(got, "TEMP B-TREE") {
		t.Errorf("page plan:\n%s\nwant matches_fact_rank in order", got)
	}
	for _, skip := range []string{"", "status", "kind"} {
		where, args := f.where(skip)
		if got := mustPlan(t, db, `SELECT COUNT(*)`+f.countFrom()+where, args); !strings.Contains(got, want) {
			t.Errorf("count plan (all but %q):\n%s\nwant matches_fact_rank", skip, got)
		}
	}
}
