package web

import (
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/claimdesk/claimdesk/claims"

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
	// The conflict and agreement tiles count pairs: each opens the list of
	// exactly the pairs it counts (the queue of facts has no such filter
	// and would show its default view instead).
	for _, tile := range []struct {
		class string
		want  int
	}{{"conflict", d.OpenConflicts}, {"agree", d.Agreements}} {
		href, _ := doc.Find(".tile." + tile.class).Attr("href")
		if n := mustDoc(t, b.get(href), http.StatusOK).Find("tr[data-row]").Length(); n != tile.want {
			t.Errorf("the %s tile opens %s with %d pairs, want the %d it counts", tile.class, href, n, tile.want)
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
	var sources []string
	svg.Find("g.sources > g").Each(func(_ int, g *goquery.Selection) { sources = append(sources, g.Find("title").Text()) })
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

// chartOf is the chart of cells with their sources and facts in the order
// they first appear, as the store would have chosen them.
func chartOf(cells []store.SourceFact) store.SourceFactChart {
	var ch store.SourceFactChart
	seenSource, seenFact := map[string]bool{}, map[store.ChartFact]bool{}
	for _, c := range cells {
		if !seenSource[c.SourceKey] {
			seenSource[c.SourceKey] = true
			ch.Sources = append(ch.Sources, store.ChartSource{Key: c.SourceKey, Label: c.Source})
		}
		if f := (store.ChartFact{Subject: c.Subject, Attribute: c.Attribute}); !seenFact[f] {
			seenFact[f] = true
			ch.Facts = append(ch.Facts, f)
		}
		ch.MaxConflicts, ch.MaxAgreements = max(ch.MaxConflicts, c.Conflicts), max(ch.MaxAgreements, c.Agreements)
	}
	ch.Cells = cells
	return ch
}

// TestSourceFactChartLayout: every source and fact the store chose gets a
// row and a column, every cell is drawn, and what was left out is said.
func TestSourceFactChartLayout(t *testing.T) {
	var cells []store.SourceFact
	for s := 0; s < store.ChartMaxSources; s++ {
		for f := 0; f < store.ChartMaxFacts; f++ {
			cells = append(cells, store.SourceFact{Source: "source " + itoa(s), SourceKey: "key " + itoa(s), Subject: "subject " + itoa(f), Attribute: "role", Conflicts: s % 3, Agreements: f % 2})
		}
	}
	ch := chartOf(cells)
	ch.MoreSources, ch.MoreFacts = 3, 2
	c := sourceFactChart(ch)
	if len(c.Rows) != store.ChartMaxSources || len(c.Columns) != store.ChartMaxFacts || c.MoreSources != 3 || c.MoreFacts != 2 {
		t.Errorf("chart = %d rows (+%d), %d columns (+%d); want %d (+3) and %d (+2)",
			len(c.Rows), c.MoreSources, len(c.Columns), c.MoreFacts, store.ChartMaxSources, store.ChartMaxFacts)
	}
	if len(c.Cells) != store.ChartMaxSources*store.ChartMaxFacts {
		t.Errorf("cells = %d, want %d", len(c.Cells), store.ChartMaxSources*store.ChartMaxFacts)
	}
	if !sourceFactChart(store.SourceFactChart{}).Empty {
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

// TestDashboardCellsLinkToQueue: each half of a cell with a count opens the
// queue of that source's conflicts (or agreements) on that fact, and the
// queue shows exactly those.
func TestDashboardCellsLinkToQueue(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/dashboard"), http.StatusOK)
	links := doc.Find("#source-fact-chart a.cell-conflicts")
	if links.Length() == 0 {
		t.Fatalf("no cell links to the queue")
	}
	links.Each(func(_ int, a *goquery.Selection) {
		href := a.AttrOr("href", "")
		want, _ := strconv.Atoi(a.Find("text").Text())
		u, err := url.Parse(href)
		if err != nil || u.Path != "/conflicts" || u.Query().Get("subject") == "" || u.Query().Get("source") == "" {
			t.Errorf("cell links to %q, want the queue filtered by source and fact", href)
			return
		}
		q := mustDoc(t, b.get(href), http.StatusOK)
		rows := q.Find("tr[data-row]")
		if rows.Length() != want {
			t.Errorf("%s shows %d rows, want the cell's %d", href, rows.Length(), want)
		}
		rows.Each(func(_ int, r *goquery.Selection) {
			if got := r.Find(".subject a").Text(); got != u.Query().Get("subject") {
				t.Errorf("%s shows a row about %q", href, got)
			}
		})
		if q.Find(".fact-filter a").Length() != 1 {
			t.Errorf("%s does not say it shows one fact, with a way back to all", href)
		}
	})
	if href := doc.Find("#source-fact-chart a.cell-agreements").First().AttrOr("href", ""); !strings.Contains(href, "relation=agrees") {
		t.Errorf("an agreement half links to %q, want the agreements queue", href)
	}
}

// TestChartLabelsFit: the chart makes room for every label instead of
// cutting it: fact names whole, up to two lines for a source, and the
// drawing wide and tall enough for the slanted names.
func TestChartLabelsFit(t *testing.T) {
	long := "North Korea · killed soldier count"
	title := "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনকে তার ব্যক্তিগত জেটের জানালা দিয়ে উত্তর কোরিয়ার"
	cells := []store.SourceFact{
		{Source: title, SourceKey: "000.txt", Subject: "North Korea", Attribute: "killed soldier count", Conflicts: 2},
		{Source: "Reuters", SourceKey: "Reuters", Subject: "Kim Jong Un", Attribute: "role", Agreements: 1},
	}
	c := sourceFactChart(chartOf(cells))
	width, _ := strconv.Atoi(c.Width)
	for _, col := range c.Columns {
		if col.Label != col.Full {
			t.Errorf("fact label %q cut from %q", col.Label, col.Full)
		}
		x, _ := strconv.Atoi(col.X)
		y, _ := strconv.Atoi(col.Y)
		reach := labelWidth(col.Label)
		if float64(x)+reach*0.766 > float64(width) || reach*0.643 > float64(y) {
			t.Errorf("fact label %q (%.0f px) does not fit from (%d, %d) in width %d", col.Label, reach, x, y, width)
		}
	}
	if !containsString([]string{c.Columns[0].Full, c.Columns[1].Full}, long) {
		t.Errorf("columns = %+v, want %q", c.Columns, long)
	}
	for _, r := range c.Rows {
		if len(r.Lines) == 0 || len(r.Lines) > 2 {
			t.Errorf("source %q on %d lines", r.Full, len(r.Lines))
		}
		for _, l := range r.Lines {
			x, _ := strconv.Atoi(l.X)
			if labelWidth(l.Text) > float64(x) {
				t.Errorf("source line %q (%.0f px) is wider than the room left of the cells (%d)", l.Text, labelWidth(l.Text), x)
			}
		}
	}
}

// TestChartCellLinks checks that a chart cell links to what queueParams
// would write for its source and fact: the pairs list narrowed to them,
// and their agreements.
func TestChartCellLinks(t *testing.T) {
	links := cellLinks{}
	for _, c := range []store.SourceFact{
		{SourceKey: "Daily Bn", Subject: "Kim Jong Un", Attribute: "role"},
		{SourceKey: "gen_0000019.txt", Subject: "", Attribute: "killed person count"},
		{SourceKey: "প্রথম আলো & co", Subject: "উত্তর কোরিয়া", Attribute: "soldier count"},
	} {
		for _, agrees := range []bool{false, true} {
			p := queueParams{Source: c.SourceKey, Subject: c.Subject, Attribute: c.Attribute}
			if agrees {
				p.Relation = claims.Agrees
			}
			if got, want := links.href(c, agrees), p.url("/conflicts"); got != want {
				t.Errorf("href(%+v, agrees %v) = %q, want %q", c, agrees, got, want)
			}
		}
	}
}
