package store

import (
	"context"
	"errors"
	"testing"

	"github.com/claimdesk/claimdesk/claims/story"
)

func TestFactQueueOrderAndDecisions(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	for _, a := range seedCopies(t) {
		mustAddArticle(t, db, a)
	}
	counts, err := db.CountFacts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts.NeedsDecision() == 0 {
		t.Fatalf("the seeds have no fact needing a decision: %+v", counts)
	}
	page, err := db.FactQueue(ctx, FactFilter{}, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != counts.NeedsDecision() {
		t.Errorf("default queue has %d facts, counts say %d", len(page.Items), counts.NeedsDecision())
	}
	for i, it := range page.Items {
		if it.Decision != DecisionOpen || it.Status == story.Agreed || it.Status == story.Single {
			t.Errorf("row %d: %s %s in the default queue", i, it.Status, it.Decision)
		}
		if i > 0 && page.Items[i-1].rank > it.rank {
			t.Errorf("row %d: rank %d after %d", i, it.rank, page.Items[i-1].rank)
		}
	}
	first := page.Items[0]
	if first.Status != story.Disputed || len(first.Languages) == 0 || first.Worth == 0 {
		t.Errorf("first row = %+v, want a disputed fact with languages and worth", first)
	}
	// Keyset pages of one row walk the same order.
	var walked []int64
	after := ""
	for {
		p, err := db.FactQueue(ctx, FactFilter{}, after, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range p.Items {
			walked = append(walked, it.ID)
		}
		if p.Next == "" {
			break
		}
		after = p.Next
	}
	if len(walked) != len(page.Items) {
		t.Fatalf("paging by one walked %d facts, want %d", len(walked), len(page.Items))
	}
	for i := range walked {
		if walked[i] != page.Items[i].ID {
			t.Errorf("page %d: fact %d, want %d", i, walked[i], page.Items[i].ID)
		}
	}

	// A decision takes the fact out of the open view, is in the history and
	// the counts, and its neighbour is the fact after it.
	u := mustAddUser(t, db, "rui", RoleReviewer)
	saved, err := db.UpdateFact(ctx, u, first.ID, FactChange{Version: first.Version, SetDecision: true, Decision: DecisionConfirmed, SetNote: true, Note: "10,000 is right"})
	if err != nil {
		t.Fatal(err)
	}
	if saved.DecidedBy != "rui" || saved.Version != first.Version+1 {
		t.Errorf("saved = %+v", saved)
	}
	_, next, err := db.FactNeighbours(ctx, FactFilter{}, saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) > 1 && next != page.Items[1].ID {
		t.Errorf("next after the decided fact = %d, want %d", next, page.Items[1].ID)
	}
	after2, _ := db.CountFacts(ctx)
	if after2.NeedsDecision() != counts.NeedsDecision()-1 || after2.Decided[first.Status] != 1 {
		t.Errorf("counts after a decision = %+v", after2)
	}
	dec, err := db.FactQueue(ctx, FactFilter{View: ViewDecided, DecidedBy: u.ID}, "", 10)
	if err != nil || len(dec.Items) != 1 || dec.Items[0].ID != first.ID {
		t.Errorf("decided by rui = %+v, %v", dec.Items, err)
	}
	h, _ := db.History(ctx, AuditFact, first.ID)
	if len(h) != 2 || h[0].Action != "decision" || h[0].New != DecisionConfirmed {
		t.Errorf("history = %+v", h)
	}
	// A stale version is refused and says who saved.
	_, err = db.UpdateFact(ctx, u, first.ID, FactChange{Version: first.Version, SetDecision: true, Decision: DecisionDismissed})
	var se *FactStaleError
	if !errors.As(err, &se) || se.Last.User != "rui" {
		t.Errorf("stale save: %v", err)
	}
	// Resolving needs the supported value.
	if _, err := db.UpdateFact(ctx, u, first.ID, FactChange{Version: saved.Version, SetDecision: true, Decision: DecisionResolved}); err == nil {
		t.Errorf("resolving without a value was accepted")
	}
}
