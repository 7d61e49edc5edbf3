package web

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestQueueCursor: /conflicts?after=N lists the pairs that follow pair N in
// the list's order, as the keyset the Next link carries; the first page
// without a cursor is unchanged, and a cursor past the last pair lists
// nothing and offers no Next link.
func TestQueueCursor(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	const all = "/conflicts?relation=&status="
	first := pairHrefs(t, mustDoc(t, b.get(all), http.StatusOK))
	if len(first) < 3 {
		t.Fatalf("%s lists %d pairs, want at least 3 for the test", all, len(first))
	}
	id := func(href string) string {
		return strings.TrimPrefix(strings.SplitN(href, "?", 2)[0], "/conflicts/")
	}
	tests := []struct {
		name, after string
		want        []string
	}{
		{"after the first", id(first[0]), first[1:]},
		{"after the second", id(first[1]), first[2:]},
		{"after the last", id(first[len(first)-1]), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.get(all+"&after="+tt.after), http.StatusOK)
			if got := pairHrefs(t, doc); !slices.Equal(got, tt.want) {
				t.Errorf("after=%s: got %v, want %v", tt.after, got, tt.want)
			}
			if n := doc.Find(`a[rel="next"]`).Length(); n != 0 {
				t.Errorf("after=%s: %d Next links on the last page, want none", tt.after, n)
			}
		})
	}
	t.Run("unknown cursor", func(t *testing.T) {
		res := b.get(all + "&after=999999")
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("after=999999: status %d, want %d", res.StatusCode, http.StatusNotFound)
		}
	})
}

// pairHrefs lists the pair links of a /conflicts page in order.
func pairHrefs(t *testing.T, doc *goquery.Document) []string {
	t.Helper()
	var out []string
	doc.Find("tr[data-row]").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("data-href")
		out = append(out, href)
	})
	return out
}
