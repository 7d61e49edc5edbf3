package web

import (
	"io"
	"net/http"
	"testing"
)

// BenchmarkReportPages measures the second web part's pages and downloads
// over the seeds, through the whole handler stack (session, CSRF, render).
// The CSV figures report bytes per second.
func BenchmarkReportPages(b *testing.B) {
	app := newTestApp(b)
	br := app.loggedIn("rui")
	for _, page := range []struct{ name, path string }{
		{"articles", "/articles"}, {"article", "/articles/1"},
		{"search-bn", "/search?q=%E0%A6%AA%E0%A7%81%E0%A6%A4%E0%A6%BF%E0%A6%A8"},
		{"dashboard", "/dashboard"}, {"reports", "/reports"},
		{"claims.csv", "/reports/claims.csv"}, {"matches.csv", "/reports/matches.csv"},
		{"claimreview.jsonld", "/reports/claimreview.jsonld"},
	} {
		p := page.path
		b.Run(page.name, func(b *testing.B) {
			var n int64
			for b.Loop() {
				res := br.get(p)
				m, _ := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					b.Fatalf("GET %s = %d", p, res.StatusCode)
				}
				n = m
			}
			b.SetBytes(n)
		})
	}
}
