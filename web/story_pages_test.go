package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/claimdesk/claimdesk/store"
)

// TestStoryPageArticlesPaged checks that a story with more articles than a
// page lists the first page with a Next link that, followed, lists every
// article once, each later page linking back to the first, and that the
// move form offers the articles of the page it is on.
func TestStoryPageArticlesPaged(t *testing.T) {
	app := newTestApp(t)
	addSeedCopies(t, app.db, 150)
	list, err := app.db.Stories(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	big := list.Stories[0]
	for _, st := range list.Stories {
		if st.Articles > big.Articles {
			big = st
		}
	}
	if big.Articles <= storyArticlesPage {
		t.Fatalf("the largest story has %d articles, want more than a page of %d", big.Articles, storyArticlesPage)
	}
	b := app.loggedIn("rui")
	seen := map[string]bool{}
	href, pages := fmt.Sprintf("/stories/%d", big.ID), 0
	for href != "" {
		doc := mustDoc(t, b.get(href), http.StatusOK)
		pages++
		rows := doc.Find("table.story-articles tr[data-article]")
		if rows.Length() == 0 || rows.Length() > storyArticlesPage {
			t.Fatalf("page %d lists %d articles", pages, rows.Length())
		}
		rows.Each(func(_ int, r *goquery.Selection) {
			id, _ := r.Attr("data-article")
			if seen[id] {
				t.Errorf("article %s listed twice", id)
			}
			seen[id] = true
		})
		if n := doc.Find("#move-article option").Length(); n != rows.Length() {
			t.Errorf("page %d: the move form offers %d articles, the page lists %d", pages, n, rows.Length())
		}
		if first := doc.Find(".articles-pager a[rel=first]").Length(); (pages > 1) != (first == 1) {
			t.Errorf("page %d has %d links to the first page", pages, first)
		}
		if pages == 1 && !strings.Contains(doc.Find("h2#articles").Text(), fmt.Sprintf("the first %d of %d", storyArticlesPage, big.Articles)) {
			t.Errorf("the first page says %q", doc.Find("h2#articles").Text())
		}
		if doc.Find("table.story-facts tr[data-row]").Length() == 0 {
			t.Errorf("page %d shows no facts", pages)
		}
		next, _ := doc.Find(".articles-pager a[rel=next]").Attr("href")
		href, _, _ = strings.Cut(next, "#")
		if pages > big.Articles {
			t.Fatal("Next never ends")
		}
	}
	if len(seen) != big.Articles {
		t.Errorf("the pages list %d articles, the story has %d", len(seen), big.Articles)
	}
}

// TestStoryPageFactsAfter checks that a story page's facts_after cursor
// lists the facts after it in the queue's order, with a link back to the
// first page of facts, leaving the articles' page alone.
func TestStoryPageFactsAfter(t *testing.T) {
	app := newTestApp(t)
	ctx := context.Background()
	list, err := app.db.Stories(ctx, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	b := app.loggedIn("rui")
	for _, st := range list.Stories {
		all, err := app.db.FactQueue(ctx, store.FactFilter{Story: st.ID, View: store.ViewAll}, "", 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Items) < 2 {
			continue
		}
		first, err := app.db.FactQueue(ctx, store.FactFilter{Story: st.ID, View: store.ViewAll}, "", 1)
		if err != nil {
			t.Fatal(err)
		}
		doc := mustDoc(t, b.get(fmt.Sprintf("/stories/%d?facts_after=%s", st.ID, url.QueryEscape(first.Next))), http.StatusOK)
		var got []string
		doc.Find("table.story-facts tr[data-row] a.rowlink").Each(func(_ int, a *goquery.Selection) {
			h, _ := a.Attr("href")
			got = append(got, factID(h))
		})
		var want []string
		for _, it := range all.Items[1:] {
			want = append(want, itoa64(it.ID))
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("story %d after its first fact lists facts %v, want %v", st.ID, got, want)
		}
		if h, _ := doc.Find(".facts-pager a[rel=first]").Attr("href"); h != fmt.Sprintf("/stories/%d#facts", st.ID) {
			t.Errorf("the link to the first facts = %q", h)
		}
		if doc.Find("table.story-articles tr[data-article]").Length() != min(st.Articles, storyArticlesPage) {
			t.Errorf("the facts' cursor moved the articles' page")
		}
		return
	}
	t.Fatal("no story has two facts")
}
