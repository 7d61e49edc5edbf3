package web

import (
	"context"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/store"
)

// TestChartCellHalves: a half with a count is a link to the queue with its
// count; a half with none is a bare rectangle; the title says both counts,
// its text escaped.
func TestChartCellHalves(t *testing.T) {
	cells := []store.SourceFact{
		{Source: "A & B <Daily>", SourceKey: "ab", Subject: "North Korea", Attribute: "soldier count", Conflicts: 2},
		{Source: "Reuters", SourceKey: "Reuters", Subject: "Kim Jong Un", Attribute: "role", Agreements: 1},
	}
	var b strings.Builder
	if err := sourceFactSVG(sourceFactChart(chartOf(cells))).Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		title                 string
		conflicts, agreements string // the linked count, "" for no link
	}{
		{"A & B <Daily>, North Korea · soldier count: 2 conflicts, 0 agreements", "2", ""},
		{"Reuters, Kim Jong Un · role: 0 conflicts, 1 agreement", "", "1"},
	}
	got := doc.Find("g.cell")
	if got.Length() != len(tests) {
		t.Fatalf("%d cells, want %d", got.Length(), len(tests))
	}
	for i, tt := range tests {
		cell := got.Eq(i)
		if title := cell.Find("title").Text(); title != tt.title {
			t.Errorf("cell %d title %q, want %q", i, title, tt.title)
		}
		if n := cell.Find("rect").Length(); n != 2 {
			t.Errorf("cell %d has %d rectangles, want 2", i, n)
		}
		for _, half := range []struct{ class, want string }{{"a.cell-conflicts", tt.conflicts}, {"a.cell-agreements", tt.agreements}} {
			a := cell.Find(half.class)
			if half.want == "" {
				if a.Length() != 0 {
					t.Errorf("cell %d: %s with no count", i, half.class)
				}
				continue
			}
			if text := a.Find("text").Text(); text != half.want || !strings.HasPrefix(a.AttrOr("href", ""), "/conflicts?") {
				t.Errorf("cell %d: %s reads %q linking %q, want %q to the queue", i, half.class, text, a.AttrOr("href", ""), half.want)
			}
		}
	}
}
