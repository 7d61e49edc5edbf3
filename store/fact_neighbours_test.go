package store

import (
	"context"
	"strings"
	"testing"
)

// TestFactNeighbours: under each view, every fact's previous and next are
// the facts beside it in the queue's full order (0 at its ends).
func TestFactNeighbours(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	for _, f := range []FactFilter{{}, {View: ViewAll}, {View: ViewAll, Language: "bn"}, {View: ViewOpen, Status: "agreed"}} {
		page, err := db.FactQueue(ctx, f, "", 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) < 2 {
			t.Fatalf("%+v: %d facts, want a few to walk", f, len(page.Items))
		}
		for i, it := range page.Items {
			var wantPrev, wantNext int64
			if i > 0 {
				wantPrev = page.Items[i-1].ID
			}
			if i+1 < len(page.Items) {
				wantNext = page.Items[i+1].ID
			}
			prev, next, err := db.FactNeighbours(ctx, f, it)
			if err != nil {
				t.Fatal(err)
			}
			if prev != wantPrev || next != wantNext {
				t.Errorf("%+v: fact %d (row %d) between %d and %d, want %d and %d", f, it.ID, i, prev, next, wantPrev, wantNext)
			}
		}
	}
}

// TestFactNeighboursPlan holds each of the neighbours' eight seeks in the
// open views to facts_review in the queue's order, nothing sorted. The
// decided and all views are not held: facts_review leads with the
// decision, which they do not fix, and they read facts whole.
func TestFactNeighboursPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	c := factCursor{rank: 1, dissent: 3, worth: 0.5, id: 10}
	for _, f := range []FactFilter{{}, {View: ViewOpen, Status: "agreed"}, {View: ViewOpen, Kind: "count", Language: "bn"}} {
		q, args := factNeighboursQuery(f, c)
		got := mustPlan(t, db, q, args)
		if n := strings.Count(got, "USING INDEX facts_review"); n != 8 || strings.Contains(got, "TEMP B-TREE") {
			t.Errorf("%+v: plan:\n%s\nwant eight seeks of facts_review (%d), none sorted", f, got, n)
		}
	}
}
