package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// sessionCookie is the browser's session cookie, or nil.
func (b *browser) sessionCookie() *http.Cookie {
	u, _ := url.Parse(b.app.srv.URL)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == sessionName {
			return c
		}
	}
	return nil
}

// replay is a fresh browser that sends only the given session cookie, as a
// thief who copied it would.
func (a *testApp) replay(c *http.Cookie) *browser {
	b := a.browser()
	u, _ := url.Parse(a.srv.URL)
	b.c.Jar.SetCookies(u, []*http.Cookie{{Name: c.Name, Value: c.Value, Path: "/"}})
	return b
}

func TestReplayedCookieGetsLoginPage(t *testing.T) {
	tests := []struct {
		name string
		end  func(app *testApp, rui *browser)
	}{
		{"logout", func(app *testApp, rui *browser) { wantRedirect(t, rui.post("/logout", nil), "/login") }},
		{"password reset", func(app *testApp, rui *browser) {
			u, _ := app.db.UserByName(t.Context(), "rui")
			wantRedirect(t, app.loggedIn("ada").post("/admin/users/"+itoa64(u.ID)+"/password", url.Values{"password": {"a brand new passphrase"}}), "/admin/users")
		}},
		{"password change on the command line", func(app *testApp, rui *browser) {
			if err := app.db.SetPassword(t.Context(), "rui", "a brand new passphrase"); err != nil {
				t.Fatal(err)
			}
		}},
		{"role change", func(app *testApp, rui *browser) {
			u, _ := app.db.UserByName(t.Context(), "rui")
			wantRedirect(t, app.loggedIn("ada").post("/admin/users/"+itoa64(u.ID)+"/role", url.Values{"role": {"admin"}}), "/admin/users")
		}},
		{"disable", func(app *testApp, rui *browser) {
			u, _ := app.db.UserByName(t.Context(), "rui")
			wantRedirect(t, app.loggedIn("ada").post("/admin/users/"+itoa64(u.ID)+"/disable", nil), "/admin/users")
		}},
		{"an admin ends it", func(app *testApp, rui *browser) {
			doc := mustDoc(t, app.loggedIn("ada").get("/admin/sessions"), http.StatusOK)
			var action string
			doc.Find("table.sessions tr").Each(func(_ int, row *goquery.Selection) {
				if row.Find("td.username").Text() == "rui" {
					action, _ = row.Find("form").Attr("action")
				}
			})
			if action == "" {
				t.Fatal("rui's session is not on the sessions page")
			}
			wantRedirect(t, app.loggedIn("ada").post(action, nil), "/admin/sessions")
		}},
		{"idle", func(app *testApp, rui *browser) { app.advance(SessionIdleTimeout + time.Second) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := newTestApp(t)
			rui := app.loggedIn("rui")
			mustDoc(t, rui.get("/"), http.StatusOK)
			saved := rui.sessionCookie()
			if saved == nil {
				t.Fatal("no session cookie")
			}
			tt.end(app, rui)
			thief := app.replay(saved)
			wantRedirect(t, thief.get("/"), "/login")
			_, id := findConflict(t, app.loggedIn("sen"), "", "")
			if res := thief.post("/conflicts/"+id+"/note", url.Values{"version": {"1"}, "note": {"written after the end"}}); res.StatusCode != http.StatusUnauthorized {
				t.Errorf("a note with the replayed cookie = %d, want 401", res.StatusCode)
			}
		})
	}
}

func TestSessionCookieIsOpaque(t *testing.T) {
	app := newTestApp(t)
	c := app.loggedIn("rui").sessionCookie()
	if c == nil || !wellFormedToken(c.Value) {
		t.Fatalf("session cookie %v: want a random token", c)
	}
	// A made-up token of the right shape opens nothing.
	forged := *c
	forged.Value = strings.Repeat("A", len(c.Value))
	wantRedirect(t, app.replay(&forged).get("/"), "/login")
}

func TestSessionIdleAndAbsoluteExpiry(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	// A reviewer at work every hour stays logged in past the idle limit...
	for i := 0; i < int(SessionMaxAge/time.Hour)-1; i++ {
		app.advance(time.Hour)
		mustDoc(t, b.get("/"), http.StatusOK)
	}
	// ... but not past the session's lifetime.
	app.advance(time.Hour)
	wantRedirect(t, b.get("/"), "/login")
}

func TestDisabledUserCannotLogIn(t *testing.T) {
	app := newTestApp(t)
	admin := app.loggedIn("ada")
	u, _ := app.db.UserByName(t.Context(), "sen")
	wantRedirect(t, admin.post("/admin/users/"+itoa64(u.ID)+"/disable", nil), "/admin/users")
	doc := mustDoc(t, app.browser().post("/login", url.Values{"username": {"sen"}, "password": {testPassword}}), http.StatusForbidden)
	if got := doc.Find(".error-message").Text(); !strings.Contains(got, "disabled") {
		t.Errorf("disabled login says %q", got)
	}
	doc = mustDoc(t, admin.get("/admin/users"), http.StatusOK)
	if got := doc.Find(`tr[data-user="sen"] .chip.disabled`).Length(); got != 1 {
		t.Errorf("the users page does not show sen as disabled")
	}
	wantRedirect(t, admin.post("/admin/users/"+itoa64(u.ID)+"/enable", nil), "/admin/users")
	wantRedirect(t, app.browser().post("/login", url.Values{"username": {"sen"}, "password": {testPassword}}), "/")
	// Nobody can disable themselves (nor so the last admin).
	me, _ := app.db.UserByName(t.Context(), "ada")
	if res := admin.post("/admin/users/"+itoa64(me.ID)+"/disable", nil); res.StatusCode != http.StatusBadRequest {
		t.Errorf("disabling yourself = %d, want 400", res.StatusCode)
	}
}

func TestAdminSessionsPage(t *testing.T) {
	app := newTestApp(t)
	app.loggedIn("rui")
	app.loggedIn("sen")
	admin := app.loggedIn("ada")
	doc := mustDoc(t, admin.get("/admin/sessions"), http.StatusOK)
	var names []string
	doc.Find("table.sessions td.username").Each(func(_ int, s *goquery.Selection) { names = append(names, s.Text()) })
	if len(names) != 3 {
		t.Errorf("sessions listed for %v, want ada, rui and sen", names)
	}
	if doc.Find("table.sessions .this-session").Length() != 1 {
		t.Errorf("the admin's own session is not marked")
	}
	if res := app.loggedIn("rui").get("/admin/sessions"); res.StatusCode != http.StatusForbidden {
		t.Errorf("a reviewer on the sessions page = %d, want 403", res.StatusCode)
	}
}
