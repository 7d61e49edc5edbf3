package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// BenchmarkPages reports how many queue, conflict and claim pages one core
// renders per second over the seeded database, session check included.
func BenchmarkPages(b *testing.B) {
	app := newTestApp(b)
	br := app.loggedIn("rui")
	base, _ := url.Parse(app.srv.URL)
	cookies := br.c.Jar.Cookies(base)
	_, id := findConflict(b, br, "10000", "1.5")
	handler := app.srv.Config.Handler
	for _, path := range []string{"/", "/?kind=role&language=bn", "/conflicts/" + id + "?pair=1", "/claims/1"} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest(http.MethodGet, path, nil)
				for _, c := range cookies {
					req.AddCookie(c)
				}
				rec := httptest.NewRecorder()
				handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", path, rec.Code)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
