package web

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/store"
)

func TestDeleteArticle(t *testing.T) {
	app := newTestApp(t)
	ada, rui := app.loggedIn("ada"), app.loggedIn("rui")
	id, err := app.db.ResolveArticle(t.Context(), "003_c2713db5242469b2.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := "/articles/" + itoa64(id)
	action := "/admin" + page + "/delete"

	// Reviewers see no delete link and may not delete.
	if n := mustDoc(t, rui.get(page), http.StatusOK).Find(`a[href="` + action + `"]`).Length(); n != 0 {
		t.Errorf("a reviewer sees %d delete links", n)
	}
	if res := rui.get(action); res.StatusCode != http.StatusForbidden {
		t.Errorf("GET %s as a reviewer = %d, want 403", action, res.StatusCode)
	}
	if res := rui.post(action, url.Values{"confirm": {"delete"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("POST %s as a reviewer = %d, want 403", action, res.StatusCode)
	}
	// The admin's link leads to a confirmation that says what goes.
	doc := mustDoc(t, ada.get(page), http.StatusOK)
	if doc.Find(`a[href="`+action+`"]`).Length() != 1 {
		t.Fatalf("the article page offers an admin no delete link")
	}
	doc = mustDoc(t, ada.get(action), http.StatusOK)
	if got := doc.Find(".footprint li").Length(); got != 3 {
		t.Errorf("the confirmation lists %d kinds of thing deleted, want 3", got)
	}
	if doc.Find(`form[method=post][action="`+action+`"] input[type=checkbox][name=confirm][required]`).Length() != 1 {
		t.Errorf("the confirmation has no required tick box")
	}
	// A GET changes nothing.
	if _, err := app.db.ArticleFootprint(t.Context(), id); err != nil {
		t.Fatalf("the article is gone after GETs: %v", err)
	}
	// Without the tick: refused in red, nothing deleted.
	doc = mustDoc(t, ada.post(action, url.Values{}), http.StatusBadRequest)
	if got := doc.Find(".flash-error[role=alert]").Text(); !strings.Contains(got, "Tick the box") {
		t.Errorf("error without the tick = %q", got)
	}
	if _, err := app.db.ArticleFootprint(t.Context(), id); err != nil {
		t.Fatalf("the article went without the tick: %v", err)
	}
	// Cross-site: refused.
	if res := ada.post(action, url.Values{"confirm": {"delete"}}, "Sec-Fetch-Site", "cross-site"); res.StatusCode != http.StatusForbidden {
		t.Errorf("a cross-site delete = %d, want 403", res.StatusCode)
	}
	// Confirmed: gone, with a green note on the articles list.
	wantRedirect(t, ada.post(action, url.Values{"confirm": {"delete"}}), "/articles")
	doc = mustDoc(t, ada.get("/articles"), http.StatusOK)
	if got := doc.Find(".flash").Text(); !strings.Contains(got, "Deleted") || !strings.Contains(got, "003_c2713db5242469b2.txt") {
		t.Errorf("flash after the delete = %q", got)
	}
	if n := doc.Find("td.article-title").Length(); n != 4 {
		t.Errorf("the list shows %d articles, want the 4 left", n)
	}
	if res := ada.get(page); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET the deleted article = %d, want 404", res.StatusCode)
	}
	if h, _ := app.db.History(t.Context(), store.AuditArticle, id); len(h) != 1 || h[0].User != "ada" {
		t.Errorf("history = %+v, want ada's delete", h)
	}
	// The queue and reports no longer name it.
	for _, path := range []string{"/?relation=&status=", "/reports/matches.csv"} {
		body, err := io.ReadAll(ada.get(path).Body)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(body), "003_c2713db5242469b2.txt") {
			t.Errorf("%s still names the deleted article", path)
		}
	}
	if res := ada.post(action, url.Values{"confirm": {"delete"}}); res.StatusCode != http.StatusNotFound {
		t.Errorf("deleting it again = %d, want 404", res.StatusCode)
	}
}
