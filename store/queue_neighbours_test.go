package store

import (
	"fmt"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestQueueNeighbours: a pair's previous and next pairs are the rows on
// either side of it in the pairs list, under each filter, ties of worth
// included; the ends have none.
func TestQueueNeighbours(t *testing.T) {
	ctx := t.Context()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	u := mustAddUser(t, db, "rui", RoleReviewer)
	all, err := db.Queue(ctx, QueueFilter{}, 1000, 0)
	if err != nil || len(all) < 3 {
		t.Fatalf("queue: %d rows, %v; want at least 3", len(all), err)
	}
	// A decided pair goes after the open ones.
	m, err := db.MatchReview(ctx, all[0].MatchID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.UpdateMatch(ctx, u, all[0].MatchID, MatchChange{Version: m.Version, SetStatus: true, Status: StatusDismissed}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []QueueFilter{{}, {Status: StatusOpen}, {Relation: claims.Agrees}, {Language: "bn"}, {Kind: claims.KindQuantity}} {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			rows, err := db.Queue(ctx, f, 1000, 0)
			if err != nil {
				t.Fatal(err)
			}
			for i, it := range rows {
				var wantPrev, wantNext int64
				if i > 0 {
					wantPrev = rows[i-1].MatchID
				}
				if i+1 < len(rows) {
					wantNext = rows[i+1].MatchID
				}
				prev, next, err := db.QueueNeighbours(ctx, f, it.MatchID)
				if err != nil {
					t.Fatal(err)
				}
				if prev != wantPrev || next != wantNext {
					t.Errorf("neighbours of %d (row %d of %d) = %d, %d; want %d, %d", it.MatchID, i, len(rows), prev, next, wantPrev, wantNext)
				}
			}
		})
	}
}
