package store

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestQueueOrderAndFilters(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	asha := mustAddUser(t, f.db, "asha", RoleReviewer)
	if _, err := f.db.UpdateMatch(ctx, asha, f.conflictLow, MatchChange{Version: 1, SetAssignee: true, AssignTo: asha.ID}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		filter QueueFilter
		want   []int64
	}{
		{"conflicts by worth", QueueFilter{}, []int64{f.conflictHigh, f.conflictLow}},
		{"agreements", QueueFilter{Relation: claims.Agrees}, []int64{f.agree}},
		{"kind", QueueFilter{Kind: claims.KindRole}, []int64{f.conflictLow}},
		{"language mr", QueueFilter{Language: "mr"}, []int64{f.conflictHigh, f.conflictLow}},
		{"language en", QueueFilter{Language: "en"}, nil},
		{"source by outlet", QueueFilter{Source: "Daily Bn"}, []int64{f.conflictHigh, f.conflictLow}},
		{"source by origin", QueueFilter{Source: "a2.txt"}, []int64{f.conflictHigh, f.conflictLow}},
		{"assigned", QueueFilter{AssignedTo: asha.ID}, []int64{f.conflictLow}},
		{"status", QueueFilter{Status: StatusConfirmed}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := f.db.Queue(ctx, tt.filter, 50, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, it := range items {
				got = append(got, it.MatchID)
			}
			if !equalIDs(got, tt.want) {
				t.Errorf("Queue(%+v) = %v, want %v", tt.filter, got, tt.want)
			}
		})
	}
	// Confirming the high one sends it below the open one.
	if _, err := f.db.UpdateMatch(ctx, asha, f.conflictHigh, MatchChange{Version: 1, SetStatus: true, Status: StatusConfirmed}); err != nil {
		t.Fatal(err)
	}
	items, _ := f.db.Queue(ctx, QueueFilter{}, 50, 0)
	if len(items) != 2 || items[0].MatchID != f.conflictLow {
		t.Errorf("after confirming, first row = %+v, want the open conflict %d", items, f.conflictLow)
	}
	c, err := f.db.CountQueue(ctx, QueueFilter{Status: StatusOpen})
	if err != nil {
		t.Fatal(err)
	}
	if c.Total != 1 || c.ByStatus[StatusOpen] != 1 || c.ByStatus[StatusConfirmed] != 1 || c.ByKind[claims.KindRole] != 1 || c.ByKind[claims.KindQuantity] != 0 {
		t.Errorf("CountQueue(open) = %+v, want total 1, open 1, confirmed 1, role 1", c)
	}
	prev, next, err := f.db.QueueNeighbours(ctx, QueueFilter{}, f.conflictLow)
	if err != nil || prev != 0 || next != f.conflictHigh {
		t.Errorf("QueueNeighbours(low) = %d, %d, %v; want 0, %d", prev, next, err, f.conflictHigh)
	}
	if prev, next, _ := f.db.QueueNeighbours(ctx, QueueFilter{Status: StatusOpen}, f.conflictHigh); prev != 0 || next != 0 {
		t.Errorf("QueueNeighbours of a row outside the filter = %d, %d; want 0, 0", prev, next)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestUpdateMatchStaleAndHistory(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	asha := mustAddUser(t, f.db, "asha", RoleReviewer)
	bina := mustAddUser(t, f.db, "bina", RoleReviewer)
	saved, err := f.db.UpdateMatch(ctx, asha, f.conflictHigh, MatchChange{Version: 1, SetStatus: true, Status: StatusConfirmed, SetNote: true, Note: " 1.5 is a garbled 1,500 "})
	if err != nil {
		t.Fatal(err)
	}
	if saved.Version != 2 || saved.Status != StatusConfirmed || saved.Note != "1.5 is a garbled 1,500" {
		t.Errorf("saved = v%d %s %q; want v2 confirmed with the trimmed note", saved.Version, saved.Status, saved.Note)
	}
	_, err = f.db.UpdateMatch(ctx, bina, f.conflictHigh, MatchChange{Version: 1, SetStatus: true, Status: StatusDismissed})
	var stale *StaleError
	if !errors.As(err, &stale) || claims.ErrorCode(err) != claims.ECONFLICT {
		t.Fatalf("stale save = %v, want a *StaleError with code conflict", err)
	}
	if stale.Current.Status != StatusConfirmed || stale.Last.User != "asha" {
		t.Errorf("stale error shows %s by %q, want confirmed by asha", stale.Current.Status, stale.Last.User)
	}
	got, _ := f.db.MatchReview(ctx, f.conflictHigh)
	if got.Status != StatusConfirmed {
		t.Errorf("after the stale save status = %s, want confirmed (not overwritten)", got.Status)
	}
	if _, err := f.db.UpdateMatch(ctx, bina, f.conflictHigh, MatchChange{Version: 2, SetEvidence: true, Evidence: []string{"javascript:alert(1)"}}); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("javascript: evidence = %v, want invalid", err)
	}
	if _, err := f.db.UpdateMatch(ctx, bina, f.conflictHigh, MatchChange{Version: 2, SetEvidence: true, Evidence: []string{"https://example.org/a"}}); err != nil {
		t.Fatal(err)
	}
	h, err := f.db.History(ctx, AuditMatch, f.conflictHigh)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range h {
		actions = append(actions, e.User+":"+e.Action+"="+e.New)
	}
	want := []string{"asha:status=confirmed", "asha:note=1.5 is a garbled 1,500", "bina:evidence=https://example.org/a"}
	if len(actions) != len(want) {
		t.Fatalf("history = %q, want %q", actions, want)
	}
	for i := range want {
		if actions[i] != want[i] {
			t.Errorf("history[%d] = %q, want %q", i, actions[i], want[i])
		}
	}
	if _, err := f.db.MatchReview(ctx, 9999); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("MatchReview(9999) = %v, want not found", err)
	}
}

func TestVerdicts(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	asha := mustAddUser(t, f.db, "asha", RoleReviewer)
	bina := mustAddUser(t, f.db, "bina", RoleReviewer)
	tests := []struct {
		name string
		ch   VerdictChange
		want string
	}{
		{"unknown verdict", VerdictChange{Verdict: "true"}, claims.EINVALID},
		{"bad link", VerdictChange{Verdict: "refuted", Rationale: "see link", Evidence: []string{"ftp://x"}}, claims.EINVALID},
		{"no rationale", VerdictChange{Verdict: "refuted", Rationale: " \n "}, claims.EINVALID},
		{"first save", VerdictChange{Verdict: "refuted", Rationale: "Reuters says 10,000", Evidence: []string{"https://reuters.com/x"}}, ""},
		{"stale save", VerdictChange{Version: 0, Verdict: "supported", Rationale: "one source"}, claims.ECONFLICT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			by := asha
			if tt.name == "stale save" {
				by = bina
			}
			_, err := f.db.SetVerdict(ctx, by, f.claimB, tt.ch)
			if got := claims.ErrorCode(err); got != tt.want {
				t.Errorf("SetVerdict(%+v) code = %q, want %q (%v)", tt.ch, got, tt.want, err)
			}
		})
	}
	v, err := f.db.SetVerdict(ctx, bina, f.claimB, VerdictChange{Version: 1, Verdict: "mistranslated", Rationale: "1.5 lakh"})
	if err != nil || v.Version != 2 || v.Reviewer != "bina" {
		t.Fatalf("second save = %+v, %v; want version 2 by bina", v, err)
	}
	if _, err := f.db.SetVerdict(ctx, asha, 9999, VerdictChange{Verdict: "refuted", Rationale: "no such claim"}); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("verdict on a missing claim = %v, want not found", err)
	}
	var rows []claims.VerdictRow
	err = f.db.ExportVerdicts(ctx, claims.ReportFilter{Article: "a2.txt"}, func(r claims.VerdictRow) error { rows = append(rows, r); return nil })
	if err != nil || len(rows) != 1 || rows[0].Verdict != "mistranslated" || rows[0].Reviewer != "bina" || rows[0].Article != "a2.txt" || rows[0].ClaimText != "1.5 सैन्य" {
		t.Errorf("ExportVerdicts(a2) = %+v, %v; want one mistranslated row by bina", rows, err)
	}
	rows = nil
	f.db.ExportVerdicts(ctx, claims.ReportFilter{Article: "a1.txt"}, func(r claims.VerdictRow) error { rows = append(rows, r); return nil })
	if len(rows) != 0 {
		t.Errorf("ExportVerdicts(a1) = %d rows, want 0", len(rows))
	}
}

func TestClaimPage(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	p, err := f.db.ClaimPage(ctx, f.claimC)
	if err != nil {
		t.Fatal(err)
	}
	if p.Before != "দশ হাজার সেনা" || p.After != "" {
		t.Errorf("context = %q / %q, want the first claim before and nothing after", p.Before, p.After)
	}
	if len(p.Claim.Quantities) != 1 || p.Claim.Quantities[0].Unit != "km" {
		t.Errorf("quantities = %+v, want one in km", p.Claim.Quantities)
	}
	if len(p.Matches) != 2 || p.Matches[0].Relation != claims.Conflicts || p.Matches[0].A.ClaimID != f.claimC {
		t.Errorf("matches = %+v, want the conflict first, oriented from this claim", p.Matches)
	}
	b, _ := f.db.ClaimPage(ctx, f.claimB)
	if len(b.Claim.Flags) != 1 || b.Claim.Flags[0].Kind != claims.FlagImplausible {
		t.Errorf("flags of B = %+v, want the implausible-quantity flag", b.Claim.Flags)
	}
	if _, err := f.db.ClaimPage(ctx, 9999); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("ClaimPage(9999) = %v, want not found", err)
	}
}

func TestComparedFacets(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	res, err := f.db.write.ExecContext(ctx, `INSERT INTO facets (claim_id, article_id, kind, subject, attribute, key, value, data)
		SELECT ?, article_id, 'quantity', 'North Korea', 'soldier count', 'quantity|north korea|soldier count', '>=1.5 soldier',
		'{"Kind":"quantity","Value":">=1.5 soldier","Quantity":{"Text":"किमान 1.5","Start":0,"End":9,"Value":1.5,"Low":1.5,"High":"Infinity"}}'
		FROM claims WHERE id = ?`, f.claimB, f.claimB)
	if err != nil {
		t.Fatal(err)
	}
	fid, _ := res.LastInsertId()
	if _, err := f.db.write.ExecContext(ctx, `UPDATE matches SET facet_b = ? WHERE id = ?`, fid, f.conflictHigh); err != nil {
		t.Fatal(err)
	}
	a, b, err := f.db.ComparedFacets(ctx, f.conflictHigh)
	if err != nil {
		t.Fatal(err)
	}
	if a != nil {
		t.Errorf("side A has facet %+v, want none (no facet_a)", a)
	}
	if b == nil || b.Quantity == nil || b.Quantity.Start != 0 || b.Quantity.End != 9 || !math.IsInf(b.Quantity.High, 1) {
		t.Errorf("side B facet = %+v, want the quantity span 0..9 with an open upper bound", b)
	}
	if _, _, err := f.db.ComparedFacets(ctx, 9999); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("ComparedFacets(9999) = %v, want not found", err)
	}
}
