package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

func TestAdminRoleWall(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	mustDoc(t, b.get("/admin/lexicon"), http.StatusForbidden)
	posts := []struct {
		path string
		form url.Values
	}{
		{"/admin/users", url.Values{"username": {"mallory"}, "role": {"admin"}, "password": {"password123"}}},
		{"/admin/users/2/role", url.Values{"role": {"admin"}}},
		{"/admin/users/1/password", url.Values{"password": {"password123"}}},
		{"/admin/lexicon/role", url.Values{"role": {"leader"}, "word": {"boss"}}},
		{"/admin/lexicon/alias", url.Values{"canonical": {"X"}, "kind": {"person"}, "alias": {"Y"}}},
	}
	for _, p := range posts {
		t.Run(p.path, func(t *testing.T) {
			if res := b.post(p.path, p.form); res.StatusCode != http.StatusForbidden {
				t.Errorf("reviewer POST %s = %d, want 403", p.path, res.StatusCode)
			}
		})
	}
	if u, _ := app.db.UserByID(t.Context(), 2); u.Role != "reviewer" {
		t.Errorf("a reviewer's refused POST changed a role to %q", u.Role)
	}
	if _, err := app.db.Authenticate(t.Context(), "mallory", "password123"); err == nil {
		t.Errorf("a reviewer added a user")
	}
	// Cross-site, even an admin is refused.
	if res := app.loggedIn("ada").post("/admin/users", posts[0].form, "Sec-Fetch-Site", "cross-site"); res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site add user = %d, want 403", res.StatusCode)
	}
}

func TestAdminUsers(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("ada")
	wantRedirect(t, b.post("/admin/users", url.Values{"username": {"lea"}, "role": {"reviewer"}, "password": {"a long password"}}), "/admin/users")
	doc := mustDoc(t, b.get("/admin/users"), http.StatusOK)
	if !strings.Contains(doc.Find(".flash").Text(), "Added lea") {
		t.Errorf("flash = %q", doc.Find(".flash").Text())
	}
	if !containsString(texts(doc.Find("table.users td.username")), "lea") {
		t.Errorf("lea is not listed")
	}
	if res := app.browser().post("/login", url.Values{"username": {"lea"}, "password": {"a long password"}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("the new account cannot log in: %d", res.StatusCode)
	}

	tests := []struct {
		name   string
		form   url.Values
		status int
		error  string
	}{
		{"taken name", url.Values{"username": {"lea"}, "role": {"reviewer"}, "password": {"a long password"}}, http.StatusConflict, "exists"},
		{"short password", url.Values{"username": {"max"}, "role": {"reviewer"}, "password": {"short"}}, http.StatusBadRequest, "at least 12"},
		{"common password", url.Values{"username": {"max"}, "role": {"reviewer"}, "password": {"password1234"}}, http.StatusBadRequest, "common"},
		{"name in capitals", url.Values{"username": {"LEA"}, "role": {"reviewer"}, "password": {"a long password"}}, http.StatusConflict, "too like"},
		{"name with a Cyrillic а", url.Values{"username": {"le\u0430"}, "role": {"reviewer"}, "password": {"a long password"}}, http.StatusConflict, "too like"},
		{"Admin beside admin", url.Values{"username": {"\u0410da"}, "role": {"reviewer"}, "password": {"a long password"}}, http.StatusConflict, "too like"},
		{"bad name", url.Values{"username": {"a b"}, "role": {"reviewer"}, "password": {"a long password"}}, http.StatusBadRequest, "letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.post("/admin/users", tt.form), tt.status)
			if got := doc.Find(".error-message").Text(); !strings.Contains(got, tt.error) {
				t.Errorf("error = %q, want %q in it", got, tt.error)
			}
			if got := doc.Find("#new-name").AttrOr("value", ""); got != tt.form.Get("username") {
				t.Errorf("name field = %q, want what was typed", got)
			}
		})
	}

	lea, _ := app.db.Authenticate(t.Context(), "lea", "a long password")
	wantRedirect(t, b.post("/admin/users/"+itoa64(lea.ID)+"/role", url.Values{"role": {"admin"}}), "/admin/users")
	if u, _ := app.db.UserByID(t.Context(), lea.ID); u.Role != "admin" {
		t.Errorf("lea's role = %q, want admin", u.Role)
	}
	wantRedirect(t, b.post("/admin/users/"+itoa64(lea.ID)+"/password", url.Values{"password": {"another long one"}}), "/admin/users")
	if _, err := app.db.Authenticate(t.Context(), "lea", "another long one"); err != nil {
		t.Errorf("the reset password does not work: %v", err)
	}
	mustDoc(t, b.post("/admin/users/999/role", url.Values{"role": {"admin"}}), http.StatusNotFound)
}

func TestAdminLexicon(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("ada")
	doc := mustDoc(t, b.get("/admin/lexicon"), http.StatusOK)
	if doc.Find("#add-alias").Length() != 1 || doc.Find("#add-role select[name=role] option").Length() == 0 {
		t.Fatalf("the lexicon page lacks its forms")
	}
	// অরাস (Aurus, the limousine maker) appears in a seed article; the
	// shipped lexicon does not know it.
	const canonical, alias = "Aurus Motors", "অরাস"
	ids, err := app.db.ArticlesContaining(t.Context(), alias)
	if err != nil || len(ids) == 0 {
		t.Fatalf("no seed article holds %s (%v): the test needs one", alias, err)
	}
	res := b.post("/admin/lexicon/alias", url.Values{"canonical": {canonical}, "kind": {claims.Organisation}, "alias": {alias}, "language": {"bn"}})
	wantRedirect(t, res, "/admin/lexicon")
	doc = mustDoc(t, b.get("/admin/lexicon"), http.StatusOK)
	if got := doc.Find(".flash").Text(); !strings.Contains(got, "Reran "+plural(len(ids), "article", "articles")) {
		t.Errorf("flash = %q, want the rerun of %d articles reported", got, len(ids))
	}
	if got := texts(doc.Find("table.additions td strong")); !containsString(got, alias) {
		t.Errorf("additions = %q, want %s", got, alias)
	}
	// The rerun found the new name in the article's claims.
	p, err := app.db.Article(t.Context(), ids[0])
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range p.Claims {
		if !strings.Contains(c.Claim.Text, alias) {
			continue
		}
		cp, err := app.db.ClaimPage(t.Context(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range cp.Claim.Entities {
			found = found || e.Name == canonical
		}
	}
	if !found {
		t.Errorf("after the rerun no claim holding %s names %s", alias, canonical)
	}

	tests := []struct {
		name  string
		path  string
		form  url.Values
		error string
	}{
		{"twice", "/admin/lexicon/alias", url.Values{"canonical": {canonical}, "kind": {claims.Organisation}, "alias": {alias}, "language": {"bn"}}, "already"},
		{"unknown role", "/admin/lexicon/role", url.Values{"role": {"galactic overlord"}, "word": {"অধিপতি"}}, "Unknown role"},
		{"bad kind", "/admin/lexicon/alias", url.Values{"canonical": {"X"}, "kind": {"planet"}, "alias": {"Y"}}, "kind"},
		{"empty word", "/admin/lexicon/role", url.Values{"role": {"leader"}, "word": {" "}}, "letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.post(tt.path, tt.form), http.StatusBadRequest)
			if got := doc.Find(".error-message").Text(); !strings.Contains(got, tt.error) {
				t.Errorf("error = %q, want %q in it", got, tt.error)
			}
		})
	}
}

// TestNewReplaysLexicon checks that a server started on a database with
// lexicon additions teaches them to the engine before serving.
func TestNewReplaysLexicon(t *testing.T) {
	app := newTestApp(t)
	const alias = "Zorblaxian Ministry"
	ada, _ := app.db.Authenticate(t.Context(), "ada", testPassword)
	if _, err := app.db.AddLexicon(t.Context(), ada, store.LexiconAddition{Kind: store.LexiconAlias, Form: alias,
		Canonical: "Ministry of Zorblax", Entity: claims.Organisation}); err != nil {
		t.Fatal(err)
	}
	find := func() bool {
		for _, e := range claims.FindEntities("The "+alias+" said so.", "en") {
			if e.Name == "Ministry of Zorblax" {
				return true
			}
		}
		return false
	}
	if find() {
		t.Fatalf("the alias is known before any server replayed it")
	}
	if _, err := New(t.Context(), Config{DB: app.db, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}); err != nil {
		t.Fatal(err)
	}
	if !find() {
		t.Errorf("after New, %q is not recognised", alias)
	}
}
