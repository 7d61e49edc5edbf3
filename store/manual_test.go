package store

import (
	"context"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestFlagPair(t *testing.T) {
	ctx := context.Background()
	f := mustReviewFixture(t)
	rui := mustAddUser(t, f.db, "rui", RoleReviewer)
	good := ManualPair{ClaimA: f.claimA, ClaimB: f.claimD, Relation: claims.Conflicts, Kind: claims.KindQuantity,
		ValueA: "10000 soldier", ValueB: "12000 soldier", Note: "  seen on TV  "}
	id, err := f.db.FlagPair(ctx, rui, good)
	if err != nil {
		t.Fatalf("FlagPair: %v", err)
	}
	m, err := f.db.MatchReview(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m.RaisedBy != "rui" || m.Status != StatusOpen || m.A.Value != "10000 soldier" || m.B.Value != "12000 soldier" || m.Note != "seen on TV" {
		t.Errorf("stored pair = raised by %q, %s, %q vs %q, note %q; want rui's open pair with its values and note",
			m.RaisedBy, m.Status, m.A.Value, m.B.Value, m.Note)
	}
	// The fact the reviewer names is the pair's subject and attribute.
	named := ManualPair{ClaimA: f.claimC, ClaimB: f.claimD, Relation: claims.Conflicts, Kind: claims.KindQuantity,
		ValueA: "1.5 soldier", ValueB: "12000 soldier", Subject: " North Korea ", Attribute: "soldier count"}
	nid, err := f.db.FlagPair(ctx, rui, named)
	if err != nil {
		t.Fatalf("FlagPair(named): %v", err)
	}
	if n, _ := f.db.MatchReview(ctx, nid); n.Subject != "North Korea" || n.Attribute != "soldier count" {
		t.Errorf("named pair is about %q · %q, want North Korea · soldier count", n.Subject, n.Attribute)
	}
	queue, err := f.db.Queue(ctx, QueueFilter{Status: StatusOpen}, 50, 0)
	if err != nil {
		t.Fatal(err)
	}
	var inQueue bool
	for _, it := range queue {
		inQueue = inQueue || (it.MatchID == id && it.RaisedBy == "rui")
	}
	if !inQueue {
		t.Errorf("the hand-raised pair %d is not in the open queue with its raiser", id)
	}
	if h, _ := f.db.History(ctx, AuditMatch, id); len(h) != 1 || h[0].User != "rui" || h[0].Action != "raised" {
		t.Errorf("history = %+v, want one 'raised' entry by rui", h)
	}

	tests := []struct {
		name string
		edit func(*ManualPair)
		code string
	}{
		{"no other claim", func(p *ManualPair) { p.ClaimB = 0 }, claims.EINVALID},
		{"itself", func(p *ManualPair) { p.ClaimB = p.ClaimA }, claims.EINVALID},
		{"same article", func(p *ManualPair) { p.ClaimB = f.claimC }, claims.EINVALID},
		{"no such claim", func(p *ManualPair) { p.ClaimB = 9999 }, claims.EINVALID},
		{"bad relation", func(p *ManualPair) { p.Relation = "maybe" }, claims.EINVALID},
		{"bad kind", func(p *ManualPair) { p.Kind = "vibe" }, claims.EINVALID},
		{"no values", func(p *ManualPair) { p.ValueB = " " }, claims.EINVALID},
		{"twice, reversed", func(p *ManualPair) { p.ClaimA, p.ClaimB = p.ClaimB, p.ClaimA }, claims.ECONFLICT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good
			tt.edit(&p)
			_, err := f.db.FlagPair(ctx, rui, p)
			if got := claims.ErrorCode(err); got != tt.code {
				t.Errorf("FlagPair err = %v (code %q), want code %q", err, got, tt.code)
			}
		})
	}
}
