package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestStaticFilesVersioned: pages link the style and script under the
// digest of their content, and those links serve the files, so an upgrade's
// new style reaches browsers that cached the old one for a day.
func TestStaticFilesVersioned(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/"), http.StatusOK)
	links := doc.Find(`link[rel=stylesheet], script[src]`)
	if links.Length() < 4 {
		t.Fatalf("page links %d static files, want the three styles and the script", links.Length())
	}
	for i := range links.Length() {
		s := links.Eq(i)
		href := s.AttrOr("href", s.AttrOr("src", ""))
		if !strings.HasPrefix(href, "/static/") || !strings.HasSuffix(href, "?v="+staticVersion) {
			t.Errorf("static link %q, want /static/NAME?v=%s", href, staticVersion)
		}
		if res := b.get(href); res.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", href, res.StatusCode)
		}
	}
	if len(staticVersion) != 12 {
		t.Errorf("staticVersion = %q", staticVersion)
	}
}
