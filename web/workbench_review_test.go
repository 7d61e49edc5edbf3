package web

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestQueueStoryFilter: the queue's filters offer every story; picking one
// lists only that story's facts and keeps it chosen.
func TestQueueStoryFilter(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/"), http.StatusOK)
	opts := doc.Find(`form.filters select[name=story] option`)
	if opts.Length() < 2 {
		t.Fatalf("story filter offers %d choices, want Any story and the stories", opts.Length())
	}
	story, _ := opts.Eq(1).Attr("value")
	d := mustDoc(t, b.get("/?story="+story+"&view=all"), http.StatusOK)
	if got, _ := d.Find(`form.filters select[name=story] option[selected]`).Attr("value"); got != story {
		t.Errorf("chosen story = %q, want %s", got, story)
	}
	if d.Find(`form.filters input[type=hidden][name=story]`).Length() != 0 {
		t.Errorf("the story is both a hidden field and a choice")
	}
	if d.Find("tr[data-row]").Length() == 0 {
		t.Fatalf("story %s lists no facts", story)
	}
	page := mustDoc(t, b.get("/stories/"+story), http.StatusOK)
	want := page.Find("table.story-facts tr[data-row]").Length()
	if got := d.Find("tr[data-row]").Length(); got != want {
		t.Errorf("the queue filtered by story %s lists %d facts, its page %d", story, got, want)
	}
}

// TestFactPageReadsAsFigures: values read with grouped figures and bound
// signs, the number line writes each statement's figure beside it, and the
// supported-value box suggests this fact's own value.
func TestFactPageReadsAsFigures(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	href := findFact(t, b, "/", "10,000", "≥1.5")
	doc := mustDoc(t, b.get(href), http.StatusOK)
	var labels []string
	doc.Find(".numberline svg g text").Each(func(_ int, s *goquery.Selection) { labels = append(labels, s.Text()) })
	joined := strings.Join(labels, "|")
	for _, want := range []string{"10,000 soldier", "≥1.5 soldier"} {
		if !strings.Contains(joined, want) {
			t.Errorf("number line labels %q lack %q", joined, want)
		}
	}
	if got, _ := doc.Find("#resolution").Attr("placeholder"); got != "e.g. 10000 soldier" && got != "e.g. >=1.5 soldier" {
		t.Errorf("supported value placeholder = %q, want one of the fact's values", got)
	}
	if got := doc.Find(".fact-reason").Text(); strings.Contains(got, ">=") {
		t.Errorf("reason shows the engine's notation: %q", got)
	}
}

// TestStoryPageNamesEventFacts: on a story's page its own event's facts are
// named by what they count, not by the story's title again.
func TestStoryPageNamesEventFacts(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	// Two reports of one bridge collapse: its toll is the story's own event.
	files := map[string]string{}
	for _, name := range []string{"m02_en_morbi_toll_141.txt", "m04_mr_morbi_toll_135.txt"} {
		body, err := os.ReadFile(filepath.Join("..", "claims", "testdata", "unseen", "disasters", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(body)
	}
	res := b.upload(files)
	wantRedirect(t, res, "/import/jobs/")
	b.waitImport(res.Header.Get("Location"))
	events := 0
	list := mustDoc(t, b.get("/stories"), http.StatusOK)
	list.Find("table.stories tr[data-row]").Each(func(_ int, r *goquery.Selection) {
		href, _ := r.Attr("data-href")
		page := mustDoc(t, b.get(href), http.StatusOK)
		title := strings.TrimSpace(page.Find("h1").Contents().First().Text())
		page.Find("table.story-facts tr[data-row]").Each(func(_ int, r *goquery.Selection) {
			if title != "" && strings.TrimSpace(r.Find(".rowlink").Text()) == title {
				t.Errorf("%s: a fact is named by the story's title %q", href, title)
			}
			if strings.Contains(r.Find(".subject .muted").Text(), "the story's own event") {
				events++
			}
		})
	})
	if events == 0 {
		t.Error("no story lists a fact of its own event")
	}
}

// TestReportsPageStatus: the status choice narrows the report that knows
// it and leaves the others whole.
func TestReportsPageStatus(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	for _, tt := range []struct{ status, narrowed string }{{"disputed", "facts.csv"}, {"confirmed", "matches.csv"}} {
		doc := mustDoc(t, b.get("/reports?"+url.Values{"status": {tt.status}}.Encode()), http.StatusOK)
		if doc.Find(`select[name=status] option[selected][value="`+tt.status+`"]`).Length() != 1 {
			t.Errorf("status %s is not kept chosen", tt.status)
		}
		doc.Find(".report-links a.dl").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			has := strings.Contains(href, "status="+tt.status)
			if has != (a.Text() == tt.narrowed) {
				t.Errorf("status %s: link %s", tt.status, href)
			}
			if res := b.get(href); res.StatusCode != http.StatusOK {
				t.Errorf("%s: %d", href, res.StatusCode)
			}
		})
	}
}

// TestEveryRowHasALink: without JavaScript a row opens through its link,
// so no row of the facts queue or the pairs list has an empty one, even a
// story's own event, which has no subject.
func TestEveryRowHasALink(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	// Five reports of one earthquake: their tolls are the story's own.
	files := map[string]string{}
	for _, name := range []string{"n01_bn_nepal_quake_magnitude.txt", "n02_hi_nepal_toll_3723.txt", "n03_en_nepal_toll_4310.txt",
		"n04_mr_nepal_toll_7759.txt", "n05_hi_nepal_toll_8635.txt"} {
		body, err := os.ReadFile(filepath.Join("..", "claims", "testdata", "unseen", "disasters", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(body)
	}
	res := b.upload(files)
	wantRedirect(t, res, "/import/jobs/")
	b.waitImport(res.Header.Get("Location"))
	for _, page := range []string{"/?view=all", "/conflicts", "/conflicts?relation=agrees"} {
		mustDoc(t, b.get(page), http.StatusOK).Find("tr[data-row]").Each(func(i int, r *goquery.Selection) {
			a := r.Find("a.rowlink")
			if strings.TrimSpace(a.Text()) == "" || a.AttrOr("href", "") == "" {
				t.Errorf("%s row %d has no link to open it: %q", page, i, strings.Join(strings.Fields(r.Text()), " "))
			}
		})
	}
}

// TestArticlePageNamesItsStory: an article's page links the story it
// reports.
func TestArticlePageNamesItsStory(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	list := mustDoc(t, b.get("/stories"), http.StatusOK)
	href := list.Find("table.stories tr[data-row]").First().AttrOr("data-href", "")
	story := mustDoc(t, b.get(href), http.StatusOK)
	article := story.Find("table.story-articles tr[data-article]").First().AttrOr("data-article", "")
	doc := mustDoc(t, b.get("/articles/"+article), http.StatusOK)
	if got := doc.Find(".article-story a").AttrOr("href", ""); got != href {
		t.Errorf("article %s links story %q, want %s", article, got, href)
	}
}

// TestNumberLineFitsAPhone: the fact page draws its number line twice, wide
// and narrow, each with every statement's row, so a phone shows it whole at
// a readable size instead of a desktop drawing shrunk or cut.
func TestNumberLineFitsAPhone(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get(findFact(t, b, "/", "10,000", "≥1.5")), http.StatusOK)
	wide, narrow := doc.Find(".numberline svg.wide"), doc.Find(".numberline svg.narrow")
	if wide.Length() != 1 || narrow.Length() != 1 {
		t.Fatalf("number lines: %d wide, %d narrow; want one of each", wide.Length(), narrow.Length())
	}
	if w, n := wide.Find("circle").Length(), narrow.Find("circle").Length(); w != n || w == 0 {
		t.Errorf("wide line has %d statements, narrow %d", w, n)
	}
	if vb := narrow.AttrOr("viewBox", ""); !strings.HasPrefix(vb, "0 0 360 ") {
		t.Errorf("narrow viewBox = %q, want 360 wide", vb)
	}
	if doc.Find(".numberline figcaption.legend").Length() != 1 {
		t.Errorf("want one legend for both drawings")
	}
}

// TestImportJobNamesArticles: each file's result names the article it added
// by its title (the file name is only its origin); a tile is coloured only
// when it counts something, and the conflict and agreement tiles open the
// queue of disputed and agreed facts.
func TestImportJobNamesArticles(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	name := "k01_en_kerala_modi_aid.txt"
	body, err := os.ReadFile(filepath.Join("..", "claims", "testdata", "unseen", "disasters", name))
	if err != nil {
		t.Fatal(err)
	}
	res := b.upload(map[string]string{name: string(body), "empty.txt": ""})
	wantRedirect(t, res, "/import/jobs/")
	doc := b.waitImport(res.Header.Get("Location"))
	var added *goquery.Selection
	doc.Find(".import-file").Each(func(_ int, f *goquery.Selection) {
		if f.Find(".file-name").Text() == name {
			added = f
		}
	})
	if added == nil {
		t.Fatalf("the job does not list %s", name)
	}
	a := added.Find(".file-article a")
	if got := a.Text(); !strings.HasPrefix(got, "Kerala") || strings.HasSuffix(got, ".txt") {
		t.Errorf("%s added %q, want the article's title", name, got)
	}
	if !strings.HasPrefix(a.AttrOr("href", ""), "/articles/") {
		t.Errorf("the title links %q", a.AttrOr("href", ""))
	}
	doc.Find(".tiles .tile").Each(func(_ int, tile *goquery.Selection) {
		n := strings.TrimSpace(tile.Find(".n").Text())
		if n == "0" && (tile.HasClass("conflict") || tile.HasClass("agree")) {
			t.Errorf("tile %q is coloured at zero", strings.TrimSpace(tile.Text()))
		}
		if href, ok := tile.Attr("href"); ok && href != "/?status=disputed" && href != "/?status=agreed" {
			t.Errorf("tile %q opens %s", strings.TrimSpace(tile.Text()), href)
		}
	})
}

// TestClaimNamedByItsNumber: a claim's page and the flag-a-pair page name
// it by the number the pair form asks for (#id), not by its place in its
// article, which a reviewer would type in and pair the wrong claim.
func TestClaimNamedByItsNumber(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	for _, id := range []string{"47", "11"} {
		doc := mustDoc(t, b.get("/claims/"+id), http.StatusOK)
		if got := strings.Fields(doc.Find(".pagehead h1").Text()); len(got) < 2 || got[1] != "#"+id {
			t.Errorf("/claims/%s heading = %q, want Claim #%s", id, got, id)
		}
		back := mustDoc(t, b.get("/claims/"+id+"/flag-pair"), http.StatusOK).Find(".crumbs a").First().Text()
		if !strings.HasPrefix(back, "← Claim #"+id+" ") {
			t.Errorf("flag-a-pair for %s links back as %q", id, back)
		}
	}
}
