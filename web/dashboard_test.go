package web

import (
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/store"
)

func TestDashboard(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	rui, _ := app.db.Authenticate(t.Context(), "rui", testPassword)
	if _, err := app.db.SetVerdict(t.Context(), rui, 1, store.VerdictChange{Verdict: "misleading", Rationale: "the figure is out of context"}); err != nil {
		t.Fatal(err)
	}
	d, err := app.db.Dashboard(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	doc := mustDoc(t, b.get("/dashboard"), http.StatusOK)
	tiles := texts(doc.Find(".tile"))
	for _, want := range []string{itoa(d.Articles) + "articles", itoa(d.Claims) + "claims", itoa(d.OpenConflicts) + "open conflicts", "1verdicts"} {
		if !containsString(tiles, want) {
			t.Errorf("tiles %q lack %q", tiles, want)
		}
	}
	if got := doc.Find("table.reviewers tbody th").Text(); got != "rui" {
		t.Errorf("reviewers = %q, want rui", got)
	}

	svg := doc.Find("svg#source-fact-chart")
	if svg.Length() != 1 {
		t.Fatalf("no chart")
	}
	markup, err := goquery.OuterHtml(svg)
	if err != nil {
		t.Fatal(err)
	}
	names := mustWellFormedXML(t, markup)
	if names["svg"] != 1 || names["title"] < 2 || names["rect"] < 2 {
		t.Errorf("chart elements = %v, want one svg with titles and rects", names)
	}
	if got := svg.Find("title").First().Text(); got == "" {
		t.Errorf("the chart has no accessible title")
	}
	sources := texts(svg.Find("g.sources text"))
	if len(sources) != d.Articles {
		t.Errorf("chart sources = %v, want the %d seed articles (every one takes part in a match)", sources, d.Articles)
	}
	facts := texts(svg.Find("g.facts text"))
	if !containsPrefix(facts, "Kim Jong Un") {
		t.Errorf("chart facts = %v, want Kim Jong Un's role among them", facts)
	}
	var sawConflict bool
	svg.Find("g.cell > title").Each(func(_ int, s *goquery.Selection) {
		sawConflict = sawConflict || (strings.Contains(s.Text(), "Kim Jong Un") && !strings.Contains(s.Text(), ": 0 conflicts"))
	})
	if !sawConflict {
		t.Errorf("no cell says a source conflicts on Kim Jong Un")
	}
}

// mustWellFormedXML parses markup as XML and counts its elements by name.
func mustWellFormedXML(t *testing.T, markup string) map[string]int {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(markup))
	dec.Strict = true
	names := map[string]int{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return names
		} else if err != nil {
			t.Fatalf("chart is not well-formed XML: %v\n%.500s", err, markup)
		}
		if se, ok := tok.(xml.StartElement); ok {
			names[se.Name.Local]++
		}
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

func TestSourceFactChartLimits(t *testing.T) {
	var cells []store.SourceFact
	for s := 0; s < chartMaxSources+3; s++ {
		for f := 0; f < chartMaxFacts+2; f++ {
			cells = append(cells, store.SourceFact{Source: "source " + itoa(s), Subject: "subject " + itoa(f), Attribute: "role", Conflicts: s % 3, Agreements: f % 2})
		}
	}
	c := sourceFactChart(cells)
	if len(c.Rows) != chartMaxSources || len(c.Columns) != chartMaxFacts || c.MoreSources != 3 || c.MoreFacts != 2 {
		t.Errorf("chart = %d rows (+%d), %d columns (+%d); want %d (+3) and %d (+2)",
			len(c.Rows), c.MoreSources, len(c.Columns), c.MoreFacts, chartMaxSources, chartMaxFacts)
	}
	if len(c.Cells) != chartMaxSources*chartMaxFacts {
		t.Errorf("cells = %d, want %d", len(c.Cells), chartMaxSources*chartMaxFacts)
	}
	if !sourceFactChart(nil).Empty {
		t.Errorf("a chart of nothing is not marked empty")
	}
	tests := []struct {
		n, top int
		want   string
	}{
		{0, 5, "#f1f3f5"},
		{5, 5, "#b42318"},
	}
	for _, tt := range tests {
		if got := shade(tt.n, tt.top, [3]int{180, 35, 24}); got != tt.want {
			t.Errorf("shade(%d, %d) = %s, want %s", tt.n, tt.top, got, tt.want)
		}
	}
}
