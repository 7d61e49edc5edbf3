package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func TestDashboard(t *testing.T) {
	ctx := context.Background()
	f := mustReviewFixture(t)
	ada := mustAddUser(t, f.db, "ada", RoleReviewer)
	for _, c := range []int64{f.claimA, f.claimB} {
		if _, err := f.db.SetVerdict(ctx, ada, c, VerdictChange{Verdict: "refuted", Rationale: "two sources disagree"}); err != nil {
			t.Fatal(err)
		}
	}
	m, _ := f.db.MatchReview(ctx, f.conflictLow)
	if _, err := f.db.UpdateMatch(ctx, ada, f.conflictLow, MatchChange{Version: m.Version, SetStatus: true, Status: StatusDismissed}); err != nil {
		t.Fatal(err)
	}
	d, err := f.db.Dashboard(ctx)
	if err != nil {
		t.Fatalf("Dashboard: %v", err)
	}
	if d.Articles != 2 || d.Claims != 4 || d.OpenConflicts != 1 || d.ResolvedConflicts != 1 || d.Agreements != 1 {
		t.Errorf("counts = %+v, want 2 articles, 4 claims, 1 open and 1 resolved conflict, 1 agreement", d.Counts)
	}
	status := map[string]int{}
	for _, c := range d.ConflictsByStatus {
		status[c.Name] = c.Count
	}
	if len(d.ConflictsByStatus) != len(Statuses) || status[StatusOpen] != 1 || status[StatusDismissed] != 1 {
		t.Errorf("conflicts by status = %+v, want every status, open 1 and dismissed 1", d.ConflictsByStatus)
	}
	if len(d.Verdicts) != len(Verdicts) || d.Verdicts[1].Name != "refuted" || d.Verdicts[1].Count != 2 {
		t.Errorf("verdicts = %+v, want every verdict in order, refuted 2", d.Verdicts)
	}
	if len(d.Reviewers) != 1 || d.Reviewers[0].Reviewer != "ada" || d.Reviewers[0].Total != 2 || d.Reviewers[0].ByVerdict["refuted"] != 2 {
		t.Errorf("reviewers = %+v, want ada with 2 refuted", d.Reviewers)
	}
	cells := map[string]SourceFact{}
	for _, c := range d.Chart.Cells {
		cells[c.SourceKey+"|"+c.Subject+"|"+c.Attribute] = c
	}
	tests := []struct {
		key                   string
		conflicts, agreements int
	}{
		{"Daily Bn|North Korea|soldier count", 1, 0},
		{"a2.txt|North Korea|soldier count", 1, 0},
		{"a2.txt|Dobropillia|distance", 0, 1},
		{"Daily Bn|Dobropillia|distance", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			got := cells[tt.key]
			if got.Conflicts != tt.conflicts || got.Agreements != tt.agreements {
				t.Errorf("cell = %+v, want %d conflicts and %d agreements", got, tt.conflicts, tt.agreements)
			}
		})
	}
	if _, ok := cells["Daily Bn|Kim Jong Un|role"]; ok {
		t.Errorf("the dismissed Kim role conflict is in the chart: %+v", d.Chart)
	}
}

// TestDashboardChartLimits: the chart keeps the sources and facts with the
// most conflicts, then the most matches, then by name, says how many it
// left out, and reads only the cells where the chosen ones meet.
func TestDashboardChartLimits(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	const sources, facts = ChartMaxSources + 3, ChartMaxFacts + 2
	for s := 0; s < sources; s++ {
		for f := 0; f < facts; f++ {
			// Source s has s conflicts on every fact; fact f has f
			// agreements from every source; the last fact has none at all
			// from the first source (no cell there).
			if s == 0 && f == facts-1 {
				continue
			}
			if _, err := db.write.Exec(`INSERT INTO source_facts (source, subject, attribute, label, matches, conflicts, agreements)
				VALUES (?, ?, 'role', ?, ?, ?, ?)`, fmt.Sprintf("key %02d", s), fmt.Sprintf("subject %02d", f), fmt.Sprintf("source %02d", s),
				s+f+1, s, f); err != nil {
				t.Fatal(err)
			}
		}
	}
	d, err := db.Dashboard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ch := d.Chart
	if len(ch.Sources) != ChartMaxSources || ch.MoreSources != 3 || len(ch.Facts) != ChartMaxFacts || ch.MoreFacts != 2 {
		t.Fatalf("chart has %d sources (+%d), %d facts (+%d); want %d (+3), %d (+2)",
			len(ch.Sources), ch.MoreSources, len(ch.Facts), ch.MoreFacts, ChartMaxSources, ChartMaxFacts)
	}
	// Every fact has the same conflicts: the most agreements come first.
	if got := ch.Sources[0]; got.Key != fmt.Sprintf("key %02d", sources-1) || got.Label != fmt.Sprintf("source %02d", sources-1) {
		t.Errorf("first source = %+v, want the one with most conflicts", got)
	}
	if got := ch.Facts[0].Subject; got != fmt.Sprintf("subject %02d", facts-1) {
		t.Errorf("first fact = %q, want the one with most agreements", got)
	}
	if len(ch.Cells) != ChartMaxSources*ChartMaxFacts {
		t.Errorf("%d cells, want %d", len(ch.Cells), ChartMaxSources*ChartMaxFacts)
	}
	if ch.MaxConflicts != sources-1 || ch.MaxAgreements != facts-1 {
		t.Errorf("largest cell counts = %d, %d; want %d, %d", ch.MaxConflicts, ch.MaxAgreements, sources-1, facts-1)
	}
}

// TestDashboardChartPlan holds the chart's rankings to their rank indexes
// in order, so a request reads the sources and facts it shows, not every
// cell of source_facts grouped twice (8 ms at 100,000 articles).
func TestDashboardChartPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	for _, tt := range []struct{ query, want string }{
		{`SELECT source, label FROM chart_sources WHERE cells > 0
			ORDER BY conflicts DESC, conflicts + agreements DESC, source LIMIT 16`, "chart_sources_rank"},
		{`SELECT subject, attribute FROM chart_facts WHERE cells > 0
			ORDER BY conflicts DESC, conflicts + agreements DESC, subject || ' · ' || attribute LIMIT 14`, "chart_facts_rank"},
	} {
		got := mustPlan(t, db, tt.query, nil)
		if !strings.Contains(got, tt.want) || strings.Contains(got, "TEMP B-TREE") {
			t.Errorf("%s\nplan:\n%s\nwant %s in order", tt.query, got, tt.want)
		}
	}
}
