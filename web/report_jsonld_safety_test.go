package web

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

func TestClaimReviewEscapesAndBase(t *testing.T) {
	app := newTestAppWith(t, func(c *Config) { c.BaseURL = "https://desk.example/claimdesk/" })
	b := app.loggedIn("rui")
	rui, _ := app.db.UserByName(t.Context(), "rui")
	hostile := `</script><script>alert(1)</script> & <!-- more`
	if _, err := app.db.SetVerdict(t.Context(), rui, 1, store.VerdictChange{Verdict: "refuted", Rationale: hostile, Evidence: []string{"https://example.org/a?x=1&y=2"}}); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodGet, app.srv.URL+"/reports/claimreview.jsonld", nil)
	req.Host = "evil.example"
	for _, c := range b.c.Jar.Cookies(req.URL) {
		req.AddCookie(c)
	}
	res := b.do(req)
	body, _ := io.ReadAll(res.Body)
	text := string(body)
	for _, raw := range []string{"<", ">", "&"} {
		if strings.Contains(text, raw) {
			t.Errorf("the JSON-LD holds a raw %q:\n%s", raw, text)
		}
	}
	if !strings.Contains(text, `\u003c/script\u003e`) || !strings.Contains(text, `\u0026`) {
		t.Errorf("the rationale is not escaped as \\u003c/\\u003e/\\u0026:\n%s", text)
	}
	if strings.Contains(text, "evil.example") {
		t.Errorf("the urls come from the Host header:\n%s", text)
	}
	if !strings.Contains(text, `"url":"https://desk.example/claimdesk/claims/1"`) {
		t.Errorf("the review's url is not built from the base url:\n%s", text)
	}
}

func TestClaimReviewOnlyWebURLs(t *testing.T) {
	row := store.ClaimReviewRow{
		VerdictRow: claims.VerdictRow{ClaimID: 7, Article: "a.html", ClaimText: "x", Verdict: "refuted",
			Evidence: []string{"javascript:alert(1)", "https://ok.example/1", "data:text/html,<b>", " JAVASCRIPT:alert(2)", "http://ok.example/2"}},
		ArticleURL: "javascript:alert(document.cookie)",
	}
	cr := claimReview("https://desk.example", row)
	if cr.ItemReviewed.Appearance.URL != "" || cr.ItemReviewed.Appearance.Name != "a.html" {
		t.Errorf("appearance = %+v, want the name only, no javascript: url", cr.ItemReviewed.Appearance)
	}
	if got := strings.Join(cr.CitedEvidence, " "); got != "https://ok.example/1 http://ok.example/2" {
		t.Errorf("citations = %q, want the two http(s) links only", got)
	}
	for _, bad := range []string{"javascript:alert(1)", "desk.example", "ftp://desk.example", "https://desk.example/?q=1", "https://u:p@desk.example"} {
		if _, err := ParseBaseURL(bad); err == nil {
			t.Errorf("ParseBaseURL(%q) accepted", bad)
		}
	}
}

func TestLocalPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/claims/1", "/claims/1"},
		{"/search?q=%E0%A6%95&lang=bn", "/search?q=%E0%A6%95&lang=bn"},
		{"", "/"},
		{"https://evil.example/", "/"},
		{"//evil.example/", "/"},
		{"/\\evil.example", "/"},
		{"/\t/evil.example", "/"},
		{"/\n/evil.example", "/"},
		{"/\r\n/evil.example", "/"},
		{"/ /evil.example", "/"},
		{"/claims/1\\..\\..", "/"},
		{"/\x00", "/"},
		{"/\u0085/evil.example", "/"},
		{"/login?next=//evil", "/"},
		{"javascript:alert(1)", "/"},
	}
	for _, tt := range tests {
		if got := localPath(tt.in); got != tt.want {
			t.Errorf("localPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// And through the login form itself.
	app := newTestApp(t)
	res := app.browser().post("/login", loginForm("rui", testPassword))
	wantRedirect(t, res, "/")
	for _, next := range []string{"/\t/evil.example", "/\\/evil.example"} {
		form := loginForm("rui", testPassword)
		form.Set("next", next)
		if got := app.browser().post("/login", form).Header.Get("Location"); got != "/" {
			t.Errorf("next=%q redirects to %q, want /", next, got)
		}
	}
}

func TestLongNoteRefusedAndKept(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	_, id := findConflict(t, b, "", "")
	m, _ := app.db.MatchReview(t.Context(), mustAtoi(t, id))
	long := strings.Repeat("a reason. ", store.MaxNoteLen/10+1)
	doc := mustDoc(t, b.post("/conflicts/"+id+"/note", url.Values{"version": {itoa(m.Version)}, "note": {long}}), http.StatusBadRequest)
	if got := doc.Find("[role=alert]").Text(); !strings.Contains(got, "at most 20,000 characters") {
		t.Errorf("the refusal says %q, want the limit", got)
	}
	if got := doc.Find("textarea[name=note]").Text(); got != long {
		t.Errorf("the typed note was not kept in the form (%d characters back, %d typed)", len(got), len(long))
	}
	if after, _ := app.db.MatchReview(t.Context(), mustAtoi(t, id)); after.Version != m.Version {
		t.Errorf("a refused note changed the conflict")
	}
}
