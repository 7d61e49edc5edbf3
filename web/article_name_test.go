package web

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/store"
)

// hashName is how the sample articles' files are named (002_b0534f73c2cf9c0f.txt):
// no reviewer should have to read one to know which article a claim is from.
var hashName = regexp.MustCompile(`\d{3}_[0-9a-f]{16}\.txt`)

// TestArticlesNamedByTitle: every page that says where a claim comes from
// names the article by its title, and keeps the file visible as its origin
// (a tooltip, or the article page's Origin line).
func TestArticlesNamedByTitle(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	_, id := findConflict(t, b, "10000", "1.5")
	doc := mustDoc(t, b.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
	claimHref, _ := doc.Find(".side-A a.claimlink").Attr("href")
	articleHref, _ := doc.Find(".side-A a.side-article").Attr("href")
	pages := []struct {
		name, path string
		names      string // selector of the elements that name an article
	}{
		{"pairs", "/conflicts?relation=&status=", "tr[data-row] .origin"},
		{"conflict", "/conflicts/" + id + "?pair=1", ".side-card header a.side-article"},
		{"claim", claimHref, ".crumbs a:first-child, .pagehead h1 .muted"},
		{"search", "/search?q=Putin", ".result-article a.origin"},
		{"flag a pair", claimHref + "/flag-pair?q=Putin", ".side-A header a, .results .related-head .muted"},
		{"articles", "/articles", "td.article-title a.rowlink"},
		{"article", articleHref, ".pagehead h1"},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			doc := mustDoc(t, b.get(p.path), http.StatusOK)
			sel := doc.Find(p.names)
			if sel.Length() == 0 {
				t.Fatalf("%s: nothing matches %q", p.path, p.names)
			}
			sel.Each(func(_ int, s *goquery.Selection) {
				text := strings.TrimSpace(s.Text())
				if text == "" || hashName.MatchString(text) {
					t.Errorf("%s names an article %q, want its title", p.path, text)
				}
			})
			if !hashName.MatchString(doc.Find("main").Text()) {
				if html, _ := doc.Find("main").Html(); !hashName.MatchString(html) {
					t.Errorf("%s does not show the origin file anywhere", p.path)
				}
			}
		})
	}
}

// TestReportsTitleColumn: each CSV report ends with the article's title,
// after every column it had before.
func TestReportsTitleColumn(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	rui, _ := app.db.Authenticate(t.Context(), "rui", testPassword)
	if _, err := app.db.SetVerdict(t.Context(), rui, 1, store.VerdictChange{Verdict: "refuted", Rationale: "Two outlets say otherwise."}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		report  string
		after   string   // the column that was last before
		columns []string // the title columns, at the end
	}{
		{"claims", "end", []string{"title"}},
		{"matches", "note", []string{"title_a", "title_b"}},
		{"flags", "note", []string{"title"}},
		{"verdicts", "updated_at", []string{"title"}},
	}
	for _, tt := range tests {
		t.Run(tt.report, func(t *testing.T) {
			_, records := mustCSV(t, b.get("/reports/"+tt.report+".csv"))
			header := records[0]
			// The title columns come right after what was last before them;
			// later additions (fact_id) may follow.
			n := len(tt.columns)
			at := slices.Index(header, tt.after) + 1
			if at == 0 || at+n > len(header) || strings.Join(header[at:at+n], ",") != strings.Join(tt.columns, ",") {
				t.Fatalf("header = %v, want %v right after %s", header, tt.columns, tt.after)
			}
			if len(records) < 2 {
				t.Fatalf("no rows")
			}
			for _, row := range records[1:] {
				for i := at; i < at+n; i++ {
					if row[i] == "" || hashName.MatchString(row[i]) {
						t.Errorf("%s = %q, want the article's title", header[i], row[i])
					}
				}
			}
		})
	}
}
