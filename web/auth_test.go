package web

import (
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestHealthzAndStaticNeedNoLogin(t *testing.T) {
	app := newTestApp(t)
	b := app.browser()
	res := b.get("/healthz")
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || string(body) != "ok" {
		t.Errorf("GET /healthz = %d %q, want 200 ok", res.StatusCode, body)
	}
	for _, path := range []string{"/static/app.css", "/static/keys.js"} {
		res := b.get(path)
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Cache-Control"), "max-age") {
			t.Errorf("GET %s = %d, Cache-Control %q; want 200 with max-age", path, res.StatusCode, res.Header.Get("Cache-Control"))
		}
	}
	if res := b.get("/static/"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /static/ = %d, want 404 (no listing)", res.StatusCode)
	}
}

func TestLoginWall(t *testing.T) {
	app := newTestApp(t)
	b := app.browser()
	for _, path := range []string{"/", "/conflicts/1", "/claims/1", "/admin/users", "/no-such-page"} {
		t.Run(path, func(t *testing.T) {
			wantRedirect(t, b.get(path), "/login?next="+url.QueryEscape(path))
		})
	}
	if res := b.post("/conflicts/1/confirm", url.Values{"version": {"1"}}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST without a session = %d, want 401", res.StatusCode)
	}
	doc := mustDoc(t, b.get("/login"), http.StatusOK)
	if doc.Find(`form[action="/login"] input[name=username]`).Length() != 1 || doc.Find(`form[action="/login"] input[name=password][type=password]`).Length() != 1 {
		t.Errorf("login page lacks the username/password form")
	}
}

func TestLoginLogout(t *testing.T) {
	app := newTestApp(t)
	b := app.browser()
	doc := mustDoc(t, b.post("/login", url.Values{"username": {"rui"}, "password": {"wrong password"}}), http.StatusUnauthorized)
	if got := doc.Find(".error-message").Text(); !strings.Contains(got, "Wrong user name or password") {
		t.Errorf("failed login message = %q", got)
	}
	if got, _ := doc.Find("input[name=username]").Attr("value"); got != "rui" {
		t.Errorf("failed login keeps username %q, want rui", got)
	}

	res := b.post("/login", url.Values{"username": {"rui"}, "password": {testPassword}, "next": {"/claims/1"}})
	wantRedirect(t, res, "/claims/1")
	var cookie *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == sessionName {
			cookie = c
		}
	}
	if cookie == nil {
		t.Fatal("no session cookie after login")
	}
	if !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || cookie.MaxAge <= 0 || cookie.Secure {
		t.Errorf("cookie HttpOnly=%v SameSite=%v MaxAge=%d Secure=%v; want HttpOnly, Lax, an expiry, not Secure over http",
			cookie.HttpOnly, cookie.SameSite, cookie.MaxAge, cookie.Secure)
	}
	doc = mustDoc(t, b.get("/"), http.StatusOK)
	if got := doc.Find(".who .username").Text(); got != "rui" {
		t.Errorf("nav user = %q, want rui", got)
	}
	if doc.Find(`.mainnav a[href="/admin/users"]`).Length() != 0 {
		t.Errorf("a reviewer sees the Admin link")
	}

	wantRedirect(t, b.post("/logout", nil), "/login")
	wantRedirect(t, b.get("/"), "/login")

	// A proxy that says https gets a Secure cookie.
	res = app.browser().post("/login", url.Values{"username": {"rui"}, "password": {testPassword}}, "X-Forwarded-Proto", "https")
	for _, c := range res.Cookies() {
		if c.Name == sessionName && !c.Secure {
			t.Errorf("cookie behind https proxy is not Secure")
		}
	}
	// An open redirect through next is refused.
	wantRedirect(t, app.browser().post("/login", url.Values{"username": {"rui"}, "password": {testPassword}, "next": {"//evil.example/"}}), "/")
	if got := app.browser().post("/login", url.Values{"username": {"rui"}, "password": {testPassword}, "next": {"//evil.example/"}}).Header.Get("Location"); got != "/" {
		t.Errorf("next=//evil.example/ redirects to %q, want /", got)
	}
}

func TestSessionExpires(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	mustDoc(t, b.get("/"), http.StatusOK)
	app.advance(SessionMaxAge + 1)
	wantRedirect(t, b.get("/"), "/login")
}

func TestRoleWall(t *testing.T) {
	app := newTestApp(t)
	doc := mustDoc(t, app.loggedIn("rui").get("/admin/users"), http.StatusForbidden)
	if !strings.Contains(doc.Find(".error-message").Text(), "admins") {
		t.Errorf("403 page says %q", doc.Find(".error-message").Text())
	}
	doc = mustDoc(t, app.loggedIn("ada").get("/admin/users"), http.StatusOK)
	var names []string
	doc.Find("table.users td.username").Each(func(_ int, s *goquery.Selection) { names = append(names, s.Text()) })
	if strings.Join(names, ",") != "ada,rui,sen" {
		t.Errorf("users listed = %v, want ada, rui, sen", names)
	}
}

func TestCrossOriginPostRefused(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	_, id := findConflict(t, b, "", "")
	before, _ := app.db.MatchReview(t.Context(), mustAtoi(t, id))
	form := url.Values{"version": {itoa(before.Version)}, "note": {"forged"}}
	tests := []struct {
		name   string
		header []string
	}{
		{"sec-fetch-site cross-site", []string{"Sec-Fetch-Site", "cross-site"}},
		{"origin mismatch", []string{"Sec-Fetch-Site", "", "Origin", "https://evil.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := b.post("/conflicts/"+id+"/confirm", form, tt.header...)
			if res.StatusCode != http.StatusForbidden {
				t.Errorf("cross-origin POST = %d, want 403", res.StatusCode)
			}
		})
	}
	after, _ := app.db.MatchReview(t.Context(), mustAtoi(t, id))
	if after.Status != before.Status || after.Note == "forged" {
		t.Errorf("a refused POST changed the conflict: %s %q", after.Status, after.Note)
	}
}

func mustAtoi(tb testing.TB, s string) int64 {
	tb.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		tb.Fatalf("id %q: %v", s, err)
	}
	return n
}
