package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// storyRows returns the stories list's rows as href → articles.
func storyRows(tb testing.TB, b *browser) (hrefs []string, articles map[string]string) {
	tb.Helper()
	doc := mustDoc(tb, b.get("/stories"), http.StatusOK)
	articles = map[string]string{}
	doc.Find("table.stories tr[data-row]").Each(func(_ int, r *goquery.Selection) {
		href, _ := r.Attr("data-href")
		hrefs = append(hrefs, href)
		articles[href] = strings.TrimSpace(r.Find("td.num").First().Text())
	})
	return hrefs, articles
}

func TestStoriesListAndPage(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/stories"), http.StatusOK)
	rows := doc.Find("table.stories tr[data-row]")
	if rows.Length() == 0 {
		t.Fatal("no stories on the seeds")
	}
	rows.Each(func(i int, r *goquery.Selection) {
		if strings.TrimSpace(r.Find(".rowlink").Text()) == "" || r.Find(".langs .chip").Length() == 0 {
			t.Errorf("row %d lacks a title or languages: %q", i, r.Text())
		}
	})
	if doc.Find("table.stories .fstatus-disputed").Length() == 0 {
		t.Errorf("no story shows a disputed fact count")
	}
	href, _ := rows.First().Attr("data-href")
	page := mustDoc(t, b.get(href), http.StatusOK)
	if page.Find("table.story-articles tbody tr").Length() == 0 {
		t.Errorf("the story page lists no articles")
	}
	for _, sel := range []string{"form.move-form", "form.merge-form", "form#split-form", ".history"} {
		if page.Find(sel).Length() != 1 {
			t.Errorf("the story page lacks %s", sel)
		}
	}
	// A story with a disputed fact lists it, linked to its fact page.
	dis := doc.Find("table.stories .fstatus-disputed").First().Closest("tr")
	dhref, _ := dis.Attr("data-href")
	dp := mustDoc(t, b.get(dhref), http.StatusOK)
	if dp.Find("table.story-facts .fstatus-disputed").Length() == 0 {
		t.Errorf("%s lists no disputed fact", dhref)
	}
	if l, _ := dp.Find("table.story-facts .rowlink").First().Attr("href"); !strings.HasPrefix(l, "/facts/") {
		t.Errorf("fact link %q", l)
	}
}

func TestStoryMoveSplitMerge(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	hrefs, _ := storyRows(t, b)
	// Find a story with at least two articles to split.
	var from string
	var articles []string
	for _, h := range hrefs {
		doc := mustDoc(t, b.get(h), http.StatusOK)
		var ids []string
		doc.Find("table.story-articles tbody tr").Each(func(_ int, r *goquery.Selection) {
			id, _ := r.Attr("data-article")
			ids = append(ids, id)
		})
		if len(ids) >= 2 {
			from, articles = h, ids
			break
		}
	}
	if from == "" {
		t.Fatal("no story with two articles on the seeds")
	}
	fromID := strings.TrimPrefix(from, "/stories/")

	// Split the last article off: a new story with that one article.
	res := b.post(from+"/split", url.Values{"article": {articles[len(articles)-1]}})
	wantRedirect(t, res, "/stories/")
	created := res.Header.Get("Location")
	doc := mustDoc(t, b.get(created), http.StatusOK)
	if n := doc.Find("table.story-articles tbody tr").Length(); n != 1 {
		t.Errorf("the split-off story has %d articles, want 1", n)
	}
	if !strings.Contains(doc.Find(".flash").Text(), "split off") {
		t.Errorf("flash = %q", doc.Find(".flash").Text())
	}

	// Move another article into it.
	res = b.post(from+"/move", url.Values{"article": {articles[0]}, "to": {strings.TrimPrefix(created, "/stories/")}})
	wantRedirect(t, res, created)
	doc = mustDoc(t, b.get(created), http.StatusOK)
	if doc.Find(`table.story-articles tr[data-article="`+articles[0]+`"]`).Length() != 1 {
		t.Errorf("the moved article is not in its new story")
	}
	if doc.Find(".chip.pin").Length() == 0 {
		t.Errorf("a moved article is not shown as placed by a reviewer")
	}
	if h := doc.Find(".history").Text(); !strings.Contains(h, "move article "+articles[0]) || !strings.Contains(h, "rui") {
		t.Errorf("history = %q", h)
	}

	// Refusals come back in red on the story page.
	bad := mustDoc(t, b.post(from+"/merge", url.Values{"into": {"abc"}}), http.StatusBadRequest)
	if bad.Find(".flash-error").Length() != 1 {
		t.Errorf("a bad story number shows no error")
	}
	bad = mustDoc(t, b.post(from+"/merge", url.Values{"into": {fromID}}), http.StatusBadRequest)
	if !strings.Contains(bad.Find(".flash-error").Text(), "itself") {
		t.Errorf("merge into itself: %q", bad.Find(".flash-error").Text())
	}

	// Merge the new story back: its articles return, it goes.
	res = b.post(created+"/merge", url.Values{"into": {fromID}})
	wantRedirect(t, res, from)
	doc = mustDoc(t, b.get(from), http.StatusOK)
	if n := doc.Find("table.story-articles tbody tr").Length(); n != len(articles) {
		t.Errorf("after merging back the story has %d articles, want %d", n, len(articles))
	}
	if res := b.get(created); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET %s after the merge: %d, want 404", created, res.StatusCode)
	}
}
