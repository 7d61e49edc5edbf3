package web

import (
	"context"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/crypto/bcrypt"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/seeds"
	"github.com/claimdesk/claimdesk/store"
)

func init() { store.BcryptCost = bcrypt.MinCost }

const testPassword = "correct horse battery"

var (
	seedOnce sync.Once
	seedDir  string
	seedErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if seedDir != "" {
		os.RemoveAll(seedDir)
	}
	os.Exit(code)
}

// seededDBFile builds, once per test binary, a database with the sample
// articles imported through the real engine, and returns its path. Tests copy
// it so each starts from the same state.
func seededDBFile(tb testing.TB) string {
	tb.Helper()
	seedOnce.Do(func() {
		seedDir, seedErr = os.MkdirTemp("", "claimdesk-web-test-")
		if seedErr != nil {
			return
		}
		ctx := context.Background()
		db, err := store.Open(ctx, filepath.Join(seedDir, "seeds.db"))
		if err != nil {
			seedErr = err
			return
		}
		defer db.Close()
		names, _ := fs.Glob(seeds.FS, "*.txt")
		sort.Strings(names)
		for _, name := range names {
			raw, _ := fs.ReadFile(seeds.FS, name)
			a, err := claims.Process(name, raw, claims.Meta{}, claims.Options{})
			if err != nil {
				seedErr = err
				return
			}
			if _, err := db.AddArticle(ctx, a); err != nil {
				seedErr = err
				return
			}
		}
		for _, u := range [][2]string{{"ada", store.RoleAdmin}, {"rui", store.RoleReviewer}, {"sen", store.RoleReviewer}} {
			if _, err := db.AddUser(ctx, u[0], u[1], testPassword); err != nil {
				seedErr = err
				return
			}
		}
	})
	if seedErr != nil {
		tb.Fatalf("seed database: %v", seedErr)
	}
	return filepath.Join(seedDir, "seeds.db")
}

// testApp is a running workbench over a private copy of the seeded database.
type testApp struct {
	t   testing.TB
	db  *store.DB
	srv *httptest.Server
	now time.Time // the server's clock; tests move it to expire sessions
	// slept are the login delays the server asked for, in order; a delay
	// moves the fake clock instead of the real one.
	slept []time.Duration
	mu    sync.Mutex
}

func newTestApp(tb testing.TB) *testApp {
	tb.Helper()
	return newTestAppWith(tb, nil)
}

// newTestAppWith is newTestApp with configure changing the server's Config
// (trusted proxies, session limits) before it starts.
func newTestAppWith(tb testing.TB, configure func(*Config)) *testApp {
	tb.Helper()
	src := seededDBFile(tb)
	dst := filepath.Join(tb.TempDir(), "app.db")
	data, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	// ctx ends before the database closes, stopping the import worker.
	ctx, stop := context.WithCancel(context.Background())
	db, err := store.Open(ctx, dst)
	if err != nil {
		tb.Fatal(err)
	}
	app := &testApp{t: tb, db: db, now: time.Now()}
	cfg := Config{DB: db, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: app.clock, Sleep: app.sleep}
	if configure != nil {
		configure(&cfg)
	}
	s, err := New(ctx, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	app.srv = httptest.NewServer(s)
	tb.Cleanup(func() {
		app.srv.Close()
		stop()
		s.imports.wg.Wait()
		db.Close()
	})
	return app
}

func (a *testApp) clock() time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.now
}

func (a *testApp) sleep(_ context.Context, d time.Duration) error {
	a.mu.Lock()
	a.slept = append(a.slept, d)
	a.now = a.now.Add(d)
	a.mu.Unlock()
	return nil
}

// lastSleep is the delay of the latest login attempt.
func (a *testApp) lastSleep() time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.slept) == 0 {
		return 0
	}
	return a.slept[len(a.slept)-1]
}

func (a *testApp) advance(d time.Duration) {
	a.mu.Lock()
	a.now = a.now.Add(d)
	a.mu.Unlock()
}

// browser is a cookie-keeping client that does not follow redirects, so
// tests see each 303.
type browser struct {
	app *testApp
	c   *http.Client
}

func (a *testApp) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{app: a, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// loggedIn returns a browser with a session for name.
func (a *testApp) loggedIn(name string) *browser {
	a.t.Helper()
	b := a.browser()
	res := b.post("/login", url.Values{"username": {name}, "password": {testPassword}})
	if res.StatusCode != http.StatusSeeOther {
		a.t.Fatalf("login %s: status %d, want 303", name, res.StatusCode)
	}
	return b
}

func (b *browser) do(req *http.Request) *http.Response {
	b.app.t.Helper()
	res, err := b.c.Do(req)
	if err != nil {
		b.app.t.Fatal(err)
	}
	b.app.t.Cleanup(func() { res.Body.Close() })
	return res
}

func (b *browser) get(path string) *http.Response {
	b.app.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, b.app.srv.URL+path, nil)
	return b.do(req)
}

// post sends a form the way a browser on the same site does.
func (b *browser) post(path string, form url.Values, header ...string) *http.Response {
	b.app.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.app.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", b.app.srv.URL)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return b.do(req)
}

// mustDoc parses an HTML response, checking its status.
func mustDoc(tb testing.TB, res *http.Response, want int) *goquery.Document {
	tb.Helper()
	if res.StatusCode != want {
		body, _ := io.ReadAll(res.Body)
		tb.Fatalf("%s %s: status %d, want %d\n%s", res.Request.Method, res.Request.URL.Path, res.StatusCode, want, body)
	}
	doc, err := goquery.NewDocumentFromReader(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// wantRedirect checks a 303 to a location starting with prefix.
func wantRedirect(tb testing.TB, res *http.Response, prefix string) {
	tb.Helper()
	if res.StatusCode != http.StatusSeeOther {
		tb.Fatalf("%s %s: status %d, want 303", res.Request.Method, res.Request.URL.Path, res.StatusCode)
	}
	if got := res.Header.Get("Location"); !strings.HasPrefix(got, prefix) {
		tb.Fatalf("%s %s: Location %q, want prefix %q", res.Request.Method, res.Request.URL.Path, got, prefix)
	}
}

// findConflict returns the first queue row whose two values contain a and b.
func findConflict(tb testing.TB, b *browser, a, bval string) (href string, id string) {
	tb.Helper()
	doc := mustDoc(tb, b.get("/conflicts?relation=&status="), http.StatusOK)
	doc.Find("tr[data-row]").EachWithBreak(func(_ int, row *goquery.Selection) bool {
		vals := row.Find(".val")
		va, vb := vals.Eq(0).Text(), vals.Eq(1).Text()
		if (strings.Contains(va, a) && strings.Contains(vb, bval)) || (strings.Contains(va, bval) && strings.Contains(vb, a)) {
			href, _ = row.Attr("data-href")
			return false
		}
		return true
	})
	if href == "" {
		tb.Fatalf("no conflict %s vs %s in the queue", a, bval)
	}
	id = strings.TrimPrefix(href, "/conflicts/")
	id, _, _ = strings.Cut(id, "?")
	return href, id
}
