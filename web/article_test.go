package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/store"
)

func TestArticlesList(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	tests := []struct {
		name, query string
		rows        int
	}{
		{"all", "", 5},
		{"bengali", "?language=bn", 3},
		{"marathi", "?language=mr", 1},
		{"one source", "?source=004_10c92abfa5c3baf4.txt", 1},
		{"unknown language shows all", "?language=xx", 5},
		{"no such source", "?source=nowhere", 0},
		{"older than article 4", "?after=4&from=3", 3},
		{"newer than article 2", "?before=2", 3},
		{"Bengali older than article 5", "?language=bn&after=5", 3},
		{"the first page by number", "?page=1", 5},
		{"past the last page by number", "?page=2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.get("/articles"+tt.query), http.StatusOK)
			if got := doc.Find("table.articles tbody tr").Length(); got != tt.rows {
				t.Errorf("rows = %d, want %d", got, tt.rows)
			}
			if tt.rows == 0 && doc.Find(".empty").Length() != 1 {
				t.Errorf("an empty list says nothing")
			}
		})
	}
	doc := mustDoc(t, b.get("/articles"), http.StatusOK)
	href, _ := doc.Find("table.articles a.rowlink").First().Attr("href")
	if !strings.HasPrefix(href, "/articles/") {
		t.Errorf("first row links to %q, want an article page", href)
	}
}

func TestArticlePage(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	p, err := app.db.Article(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	doc := mustDoc(t, b.get("/articles/1"), http.StatusOK)
	links := doc.Find(".article-text a.claimspan")
	if links.Length() != len(p.Claims) {
		t.Errorf("%d claims linked, want %d", links.Length(), len(p.Claims))
	}
	first, _ := links.First().Attr("href")
	if want := fmt.Sprintf("/claims/%d", p.Claims[0].ID); first != want {
		t.Errorf("first claim links to %q, want %q", first, want)
	}
	if doc.Find(".article-text a.claimspan.has-conflict").Length() == 0 {
		t.Errorf("no claim of article 1 is marked as conflicting; the seeds have the troop conflict")
	}
	got, want := strings.Join(strings.Fields(doc.Find(".article-body .article-text").Text()), " "), strings.Join(strings.Fields(p.Clean), " ")
	if got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("article text differs from the clean text at byte %d:\n got %q\nwant %q", i, got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
	}
	if _, open := doc.Find("details#residue").Attr("open"); open {
		t.Errorf("residue is shown without being asked for")
	}
	if doc.Find("details#residue td.residue-text").Length() != len(p.Removed) || len(p.Removed) == 0 {
		t.Errorf("residue rows = %d, want %d", doc.Find("details#residue td.residue-text").Length(), len(p.Removed))
	}
	if doc.Find("#original del.residue").Length() == 0 {
		t.Errorf("the original text marks no removed residue")
	}
	if got := doc.Find(".metalist dd").First().Text(); got != p.Origin {
		t.Errorf("origin shown = %q, want %q", got, p.Origin)
	}
	doc = mustDoc(t, b.get("/articles/1?residue=1"), http.StatusOK)
	if _, open := doc.Find("details#residue").Attr("open"); !open {
		t.Errorf("?residue=1 does not open the removed text")
	}
	mustDoc(t, b.get("/articles/999"), http.StatusNotFound)
	mustDoc(t, b.get("/articles/abc"), http.StatusNotFound)
}

// TestArticlePageEscapes imports a scraped page holding markup by pasting it
// and checks the article page shows the markup as text.
func TestArticlePageEscapes(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	text := "<script>alert('pwned')</script> Officials said 5,000 <b>people</b> came on Monday.\nA second sentence follows here with <img src=x onerror=alert(1)> more."
	res := b.post("/import", url.Values{"from": {"paste"}, "text": {text}, "title": {"<i>XSS</i> test"}, "language": {"en"}})
	wantRedirect(t, res, "/import/jobs/")
	href := b.waitImport(res.Header.Get("Location")).Find(".file-result a").AttrOr("href", "")
	doc := mustDoc(t, b.get(href), http.StatusOK)
	if n := doc.Find("script").Length(); n != 1 {
		t.Errorf("article page has %d script elements, want only /static/keys.js", n)
	}
	if doc.Find("main img, main b, main i").Length() != 0 {
		t.Errorf("scraped markup became elements")
	}
	// Cleaning drops the tags from the clean text; the original keeps them,
	// shown as text.
	if got := doc.Find("#original .article-text").Text(); !strings.Contains(got, "<script>alert('pwned')</script>") || !strings.Contains(got, "<img src=x onerror=alert(1)>") {
		t.Errorf("original text = %q, want the script and img shown as text", got)
	}
	if got := doc.Find(".pagehead h1").Text(); got != "<i>XSS</i> test" {
		t.Errorf("title = %q, want the markup as text", got)
	}
}

func TestArticlesNeedLogin(t *testing.T) {
	app := newTestApp(t)
	b := app.browser()
	for _, path := range []string{"/articles", "/articles/1", "/search?q=x", "/import", "/reports", "/reports/claims.csv", "/dashboard", "/claims/1/flag-pair", "/admin/lexicon"} {
		t.Run(path, func(t *testing.T) {
			wantRedirect(t, b.get(path), "/login?next=")
		})
	}
}

func texts(s *goquery.Selection) []string {
	var out []string
	s.Each(func(_ int, x *goquery.Selection) { out = append(out, strings.TrimSpace(x.Text())) })
	return out
}

func storeArticleFilter() store.ArticleFilter { return store.ArticleFilter{} }
