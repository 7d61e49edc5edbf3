package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestArticlesPlan holds the articles list and an article's page to
// reading each article's matches through the indexes on claim_a and
// claim_b: read from matches_rank (relation first), each count scanned
// every match of the relation (0.8 s a page at 1,000 articles).
func TestArticlesPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	tests := []struct {
		name string
		q    string
		args []any
	}{
		{"articles' matches", articleMatchesQuery(3), []any{1, 2, 3, "conflicts", "agrees"}},
		{"an article's claims", articleClaimsQuery, []any{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustPlan(t, db, tt.q, tt.args)
			if strings.Contains(got, "matches_rank") || strings.Contains(got, "SCAN m") || !strings.Contains(got, "MULTI-INDEX OR") {
				t.Errorf("plan:\n%s\nwant matches read by claim_a and claim_b (MULTI-INDEX OR), never matches_rank", got)
			}
			t.Logf("plan:\n%s", got)
		})
	}
}

// TestMatchesReportPlan holds the matches report to streaming matches in id
// order under each filter: read from matches_rank or matches_queue, a
// relation's or a status's matches were all sorted in a temporary B-tree
// before the first row went out.
func TestMatchesReportPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	for _, f := range []claims.ReportFilter{
		{},
		{Relation: claims.Conflicts},
		{Relation: claims.Agrees, Kind: claims.KindQuantity},
		{Status: StatusOpen},
		{Relation: claims.Conflicts, Language: "bn", Status: StatusConfirmed},
		{Article: "3"},
	} {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			where := matchesReportWhere(f)
			got := mustPlan(t, db, matchesReportQuery(where), where.args)
			if strings.Contains(got, "USE TEMP B-TREE") {
				t.Errorf("plan:\n%s\nwant matches streamed in id order, no temp B-tree", got)
			}
			t.Logf("plan:\n%s", got)
		})
	}
}
