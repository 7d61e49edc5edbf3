package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestReviewTextLimits(t *testing.T) {
	f := mustReviewFixture(t)
	ctx := context.Background()
	asha := mustAddUser(t, f.db, "asha", RoleReviewer)
	long := strings.Repeat("ক", MaxNoteLen+1) // characters, not bytes: 3 bytes each
	links := func(n int) []string {
		var out []string
		for i := 0; i < n; i++ {
			out = append(out, fmt.Sprintf("https://example.org/%d", i))
		}
		return out
	}
	tests := []struct {
		name string
		save func() error
		want string // in the message; "" for success
	}{
		{"note at the limit", func() error {
			_, err := f.db.UpdateMatch(ctx, asha, f.conflictHigh, MatchChange{Version: 1, SetNote: true, Note: long[:len(long)-len("ক")]})
			return err
		}, ""},
		{"note over the limit", func() error {
			_, err := f.db.UpdateMatch(ctx, asha, f.conflictHigh, MatchChange{Version: 2, SetNote: true, Note: long})
			return err
		}, "at most 20,000 characters; this one has 20,001"},
		{"rationale over the limit", func() error {
			_, err := f.db.SetVerdict(ctx, asha, f.claimA, VerdictChange{Verdict: "refuted", Rationale: long})
			return err
		}, "A rationale may be at most 20,000"},
		{"too many evidence links", func() error {
			_, err := f.db.SetVerdict(ctx, asha, f.claimA, VerdictChange{Verdict: "refuted", Rationale: "why", Evidence: links(MaxEvidenceURLs + 1)})
			return err
		}, "at most 50 links"},
		{"a link too long", func() error {
			_, err := f.db.UpdateMatch(ctx, asha, f.conflictLow, MatchChange{Version: 1, SetEvidence: true, Evidence: []string{"https://example.org/" + strings.Repeat("a", MaxURLLen)}})
			return err
		}, "a link may be at most 2,000"},
		{"evidence at the limit", func() error {
			_, err := f.db.SetVerdict(ctx, asha, f.claimA, VerdictChange{Verdict: "refuted", Rationale: "why", Evidence: links(MaxEvidenceURLs)})
			return err
		}, ""},
		{"hand-flagged pair's note", func() error {
			_, err := f.db.FlagPair(ctx, asha, ManualPair{ClaimA: f.claimA, ClaimB: f.claimD, Relation: claims.Conflicts, Kind: "quantity", ValueA: "1", ValueB: "2", Note: long})
			return err
		}, "A note may be at most"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.save()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("save: %v", err)
				}
				return
			}
			if claims.ErrorCode(err) != claims.EINVALID || !strings.Contains(claims.ErrorMessage(err), tt.want) {
				t.Errorf("save = %v, want invalid with %q", err, tt.want)
			}
		})
	}
	// What was refused left the conflict as it was.
	m, _ := f.db.MatchReview(ctx, f.conflictHigh)
	if m.Version != 2 || len([]rune(m.Note)) != MaxNoteLen {
		t.Errorf("after the refused note the conflict is version %d with a %d-character note, want 2 and %d", m.Version, len([]rune(m.Note)), MaxNoteLen)
	}
}
