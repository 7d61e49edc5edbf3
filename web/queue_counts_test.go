package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestQueueCounts: on /conflicts, each status tab and kind chip says how
// many pairs its link lists under the other filters in force (relation,
// status, kind, language, source), and the
// pager's range ends in the view's own total (the store keeps these counts
// on write).
func TestQueueCounts(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	// A decided conflict and a dismissed agreement put pairs in other tabs.
	_, conflict := findConflict(t, b, "10000", "1.5")
	agreements := pairHrefs(t, mustDoc(t, b.get("/conflicts?relation=agrees&status="), http.StatusOK))
	if len(agreements) == 0 {
		t.Fatal("no agreement in the seeds")
	}
	agreement := strings.TrimPrefix(strings.SplitN(agreements[0], "?", 2)[0], "/conflicts/")
	for _, d := range []struct{ id, action string }{{conflict, "confirm"}, {agreement, "dismiss"}} {
		doc := mustDoc(t, b.get("/conflicts/"+d.id+"?pair=1"), http.StatusOK)
		version, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
		wantRedirect(t, b.post("/conflicts/"+d.id+"/"+d.action, url.Values{"version": {version}}), "/conflicts/"+d.id)
	}
	views := []string{"/conflicts", "/conflicts?status=", "/conflicts?language=bn&status=",
		"/conflicts?relation=agrees&status=", "/conflicts?kind=role&status=", "/conflicts?relation=agrees&kind=role&status=", "/conflicts?kind=quantity&language=en"}
	mustDoc(t, b.get("/conflicts"), http.StatusOK).Find(`select[name=source] option`).Each(func(i int, s *goquery.Selection) {
		if v, _ := s.Attr("value"); v != "" && i <= 3 {
			views = append(views, "/conflicts?status=&source="+url.QueryEscape(v), "/conflicts?relation=agrees&status=&source="+url.QueryEscape(v))
		}
	})
	for _, view := range views {
		t.Run(view, func(t *testing.T) {
			doc := mustDoc(t, b.get(view), http.StatusOK)
			rng := strings.Fields(doc.Find(".pager .muted").Text())
			total, err := strconv.Atoi(rng[len(rng)-1])
			if err != nil {
				t.Fatalf("range %q ends in no total", rng)
			}
			if got := countPairs(t, b, view); got != total {
				t.Errorf("range says %d in all, the view lists %d", total, got)
			}
			tabs := 0
			doc.Find(".status-tabs a.tab, .kinds a.chip").Each(func(_ int, s *goquery.Selection) {
				tabs++
				href, _ := s.Attr("href")
				text := strings.Fields(s.Text())
				n, err := strconv.Atoi(text[len(text)-1])
				if err != nil {
					t.Fatalf("tab %q ends in no count", s.Text())
				}
				if s.HasClass("kind") && s.HasClass("active") {
					return // a second click clears the kind: its link lists every kind
				}
				if got := countPairs(t, b, href); got != n {
					t.Errorf("tab %q says %d, its link %s lists %d", strings.Join(text, " "), n, href, got)
				}
			})
			if tabs == 0 {
				t.Fatalf("%s shows no status tabs", view)
			}
		})
	}
}

// countPairs counts the pairs /conflicts lists at href, following Next.
func countPairs(t *testing.T, b *browser, href string) int {
	t.Helper()
	n := 0
	for page := 0; href != "" && page < 100; page++ {
		doc := mustDoc(t, b.get(href), http.StatusOK)
		n += doc.Find("tr[data-row]").Length()
		href, _ = doc.Find(`a[rel="next"]`).Attr("href")
	}
	return n
}
