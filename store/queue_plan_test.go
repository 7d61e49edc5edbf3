package store

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestQueuePagePlan holds the pairs list to reading one page from the
// matches_rank index in order: a temporary B-tree would sort every match of
// the relation, a full scan of matches would read them all (2.1 s a page at
// 100,000 articles before the index).
func TestQueuePagePlan(t *testing.T) {
	ctx := t.Context()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		name string
		f    QueueFilter
		rank []any
	}{
		{"first page", QueueFilter{}, nil},
		{"after a cursor", QueueFilter{}, []any{0, -0.5, int64(7)}},
		{"open agreements", QueueFilter{Relation: claims.Agrees, Status: StatusOpen}, nil},
		{"kind and language after a cursor", QueueFilter{Kind: claims.KindQuantity, Language: "bn"}, []any{1, -0.2, int64(9)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, args := tt.f.pageQuery(tt.rank, 51)
			rows, err := db.read.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
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
			got := strings.Join(plan, "\n")
			if strings.Contains(got, "USE TEMP B-TREE") || strings.Contains(got, "SCAN m") || !strings.Contains(got, "matches_rank") {
				t.Errorf("plan of the queue page:\n%s\nwant matches read through matches_rank in order, no temp B-tree", got)
			}
			t.Logf("plan:\n%s", got)
		})
	}
}
