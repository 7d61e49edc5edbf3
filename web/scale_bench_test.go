package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/store"
)

// BenchmarkPagesAtScale renders the pages reviewers live in over a large
// database, through the whole handler stack (session, render), one
// request at a time: the figure to read is ms/op, and a CPU profile
// (-cpuprofile) shows where a slow page spends it. It runs only when
// CLAIMDESK_BENCH_DB names a database file, which it copies first (it
// adds a user). Build one of 100,000 generated articles with
// `make bench-corpus`; `make bench-web` measures the same pages over HTTP
// with wrk.
func BenchmarkPagesAtScale(b *testing.B) {
	src := os.Getenv("CLAIMDESK_BENCH_DB")
	if src == "" {
		b.Skip("CLAIMDESK_BENCH_DB names no database")
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	path := filepath.Join(b.TempDir(), "bench.db")
	copyFile(b, src, path)
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	// The copy may hold a bench user from an earlier run: it gets the
	// test password either way.
	if _, err := db.AddUser(ctx, "bench", store.RoleReviewer, testPassword); err != nil {
		if err := db.SetPassword(ctx, "bench", testPassword); err != nil {
			b.Fatal(err)
		}
	}
	s, err := New(ctx, Config{DB: db, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	cookie := benchLogin(b, s, "bench")
	for _, page := range benchPages(b, ctx, db) {
		b.Run(page.name, func(b *testing.B) {
			var n int
			cpu := cpuTime()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodGet, page.path, nil)
				req.Header.Set("Cookie", cookie)
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", page.path, rec.Code)
				}
				n = rec.Body.Len()
			}
			b.ReportMetric(float64(n), "bytes/page")
			// CPU time, not wall time, is the figure that holds on a shared
			// machine: other sessions' load stretches ns/op, not cpu-ms/op.
			b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}

// benchPage is one page the scale benchmarks measure.
type benchPage struct{ name, path string }

// benchPages picks the pages to measure from what db holds: the top of the
// queue, its first fact, the story with most articles on the first page of
// stories, the newest article, and searches for a common and a rare word.
func benchPages(tb testing.TB, ctx context.Context, db *store.DB) []benchPage {
	tb.Helper()
	q, err := db.FactQueue(ctx, store.FactFilter{}, "", 1)
	if err != nil || len(q.Items) == 0 {
		tb.Fatalf("no fact to open: %v", err)
	}
	st, err := db.Stories(ctx, "", 50)
	if err != nil || len(st.Stories) == 0 {
		tb.Fatalf("no story to open: %v", err)
	}
	big := st.Stories[0]
	for _, x := range st.Stories {
		if x.Articles > big.Articles {
			big = x
		}
	}
	arts, _, err := db.Articles(ctx, store.ArticleFilter{}, 1, 0)
	if err != nil || len(arts) == 0 {
		tb.Fatalf("no article to open: %v", err)
	}
	pairs, _, err := db.QueueAfter(ctx, store.QueueFilter{}, 0, 50)
	if err != nil || len(pairs) == 0 {
		tb.Fatalf("no pair to open: %v", err)
	}
	last := pairs[len(pairs)-1]
	outlet := last.A.Source
	if outlet == "" {
		outlet = last.A.Origin
	}
	return []benchPage{
		{"queue", "/"},
		{"fact", "/facts/" + strconv.FormatInt(q.Items[0].ID, 10)},
		{"story", "/stories/" + strconv.FormatInt(big.ID, 10)},
		{"stories", "/stories"},
		{"article", "/articles/" + strconv.FormatInt(arts[0].ID, 10)},
		{"articles", "/articles"},
		{"search-common", "/search?q=" + url.QueryEscape("কিম")},
		{"search-rare", "/search?q=" + url.QueryEscape("1.5")},
		{"search-terms", "/search?q=soldiers"}, // found through claims' search terms, as bench-web searches
		{"dashboard", "/dashboard"},
		{"pairs", "/conflicts"},
		{"pairs-next", "/conflicts?page=2&after=" + strconv.FormatInt(last.MatchID, 10)},
		{"pairs-bn", "/conflicts?language=bn"},
		{"pairs-source", "/conflicts?source=" + url.QueryEscape(outlet)},
		{"pair", "/conflicts/" + strconv.FormatInt(last.MatchID, 10) + "?pair=1"},
		{"pairs-fact", "/conflicts?subject=" + url.QueryEscape(last.Subject) + "&attribute=" + url.QueryEscape(last.Attribute)},
		{"pairs-mine", "/conflicts?assigned=me"},
	}
}

// benchLogin logs name in through the login form and returns the session
// cookie as a Cookie header.
func benchLogin(tb testing.TB, h http.Handler, name string) string {
	tb.Helper()
	form := url.Values{"username": {name}, "password": {testPassword}}
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionName {
			return c.Name + "=" + c.Value
		}
	}
	tb.Fatalf("login %s: status %d, no session cookie", name, rec.Code)
	return ""
}

// cpuTime is the CPU time this process has used, in every thread (SQLite's
// included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// copyFile copies the database file src to dst.
func copyFile(tb testing.TB, src, dst string) {
	tb.Helper()
	in, err := os.Open(src)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
}
