package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func fmtSscan(s string, v *float64) (int, error) { return fmt.Sscan(s, v) }

func TestVerdictSave(t *testing.T) {
	app := newTestApp(t)
	rui, sen := app.loggedIn("rui"), app.loggedIn("sen")
	_, id := findConflict(t, rui, "10000", "1.5")
	doc := mustDoc(t, rui.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
	claimHref, _ := doc.Find(".side-A a.claimlink").Attr("href")

	doc = mustDoc(t, rui.get(claimHref), http.StatusOK)
	if doc.Find(".claimtext").Length() != 1 || doc.Find("table.facets tbody tr").Length() == 0 {
		t.Errorf("claim page lacks the text or the facts table")
	}
	if doc.Find("section[aria-label='Conflicting claims'] li").Length() == 0 {
		t.Errorf("claim page lists no conflicting claim, want the 1.5 troops claim")
	}
	if n := doc.Find("input[name=verdict]").Length(); n != 5 {
		t.Errorf("verdict form offers %d choices, want 5", n)
	}
	tests := []struct {
		name      string
		form      url.Values
		status    int
		wantError string // in the red box; the form keeps what was typed
	}{
		{"no verdict chosen", url.Values{"version": {"0"}, "rationale": {"typed first"}}, http.StatusBadRequest, "Choose a verdict"},
		{"no rationale", url.Values{"version": {"0"}, "verdict": {"refuted"}, "rationale": {"  "}, "evidence": {"https://example.org/kept"}}, http.StatusBadRequest, "Write a rationale"},
		{"not a web link", url.Values{"version": {"0"}, "verdict": {"refuted"}, "rationale": {"typed first"}, "evidence": {"https://example.org/a\nftp://example.org/x"}}, http.StatusBadRequest, "line 2"},
		{"saved", url.Values{"version": {"0"}, "verdict": {"refuted"}, "rationale": {"Two outlets say 10,000."}, "evidence": {"https://example.org/x"}}, http.StatusSeeOther, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := rui.post(claimHref+"/verdict", tt.form)
			if tt.wantError == "" {
				if res.StatusCode != tt.status {
					t.Errorf("POST verdict = %d, want %d", res.StatusCode, tt.status)
				}
				return
			}
			doc := mustDoc(t, res, tt.status)
			if got := doc.Find(".flash-error[role=alert]").Text(); !strings.Contains(got, tt.wantError) {
				t.Errorf("red error box = %q, want it to say %q", got, tt.wantError)
			}
			if got := doc.Find(".flash").Text(); got != "" {
				t.Errorf("green box = %q, want none after a refused save", got)
			}
			if got, want := doc.Find("#rationale").Text(), tt.form.Get("rationale"); got != want {
				t.Errorf("rationale kept = %q, want %q", got, want)
			}
			if got, want := doc.Find("#verdict-evidence").Text(), tt.form.Get("evidence"); got != want {
				t.Errorf("evidence kept = %q, want %q", got, want)
			}
			if v := tt.form.Get("verdict"); v != "" {
				if got, _ := doc.Find("input[name=verdict][checked]").Attr("value"); got != v {
					t.Errorf("checked verdict = %q, want %q", got, v)
				}
			}
		})
	}
	doc = mustDoc(t, rui.get(claimHref), http.StatusOK)
	if got := doc.Find(".flash").Text(); !strings.Contains(got, "Verdict saved") {
		t.Errorf("green box after saving = %q, want Verdict saved", got)
	}
	doc = mustDoc(t, rui.get(claimHref), http.StatusOK)
	if v, _ := doc.Find("input[name=verdict][checked]").Attr("value"); v != "refuted" {
		t.Errorf("checked verdict = %q, want refuted", v)
	}
	if got := doc.Find("#rationale").Text(); got != "Two outlets say 10,000." {
		t.Errorf("rationale = %q", got)
	}
	if !strings.Contains(doc.Find(".history").Text(), "refuted") {
		t.Errorf("history lacks the verdict")
	}
	// sen edits from the old version: refused, sen's text kept in the form.
	res := sen.post(claimHref+"/verdict", url.Values{"version": {"0"}, "verdict": {"supported"}, "rationale": {"sen's view"}})
	doc = mustDoc(t, res, http.StatusConflict)
	if got := doc.Find(".stale").Text(); !strings.Contains(got, "rui") {
		t.Errorf("stale verdict message = %q, want rui named", got)
	}
	if got := doc.Find("#rationale").Text(); got != "sen's view" {
		t.Errorf("after a stale save the form holds %q, want sen's text", got)
	}
	if got := doc.Find(".clash-saved blockquote").Text(); got != "Two outlets say 10,000." {
		t.Errorf("after a stale save the saved rationale shown is %q, want rui's", got)
	}
}

// TestArticleTextIsEscaped: scraped text is untrusted. The cleaner strips
// tags from the body, so the markup comes in through the metadata (title,
// outlet) and through comparison signs that stay in claim text.
func TestArticleTextIsEscaped(t *testing.T) {
	app := newTestApp(t)
	raw := "Officials said x < y and 5 > 3 when 5,000 people came on Monday.\nA second sentence follows here.\n"
	meta := claims.Meta{Language: "en", Title: "<script>alert('x')</script> Crowds", Source: "<img src=x onerror=alert(1)>"}
	a, err := claims.Process("xss.txt", []byte(raw), meta, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := app.db.AddArticle(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	b := app.loggedIn("rui")
	found := false
	for id := int64(1); id < 1000; id++ {
		p, err := app.db.ClaimPage(context.Background(), id)
		if err != nil {
			break
		}
		if p.ArticleID != res.ArticleID || !strings.Contains(p.Claim.Text, "x < y") {
			continue
		}
		found = true
		doc := mustDoc(t, b.get(fmt.Sprintf("/claims/%d", id)), http.StatusOK)
		if n := doc.Find("script").Length(); n != 1 {
			t.Errorf("claim page has %d script elements, want only /static/keys.js", n)
		}
		if doc.Find("main img").Length() != 0 {
			t.Errorf("scraped <img> became an element")
		}
		if got := doc.Find(".pagehead h1").Text(); !strings.Contains(got, "<script>alert('x')</script> Crowds") {
			t.Errorf("title = %q, want the script shown as text", got)
		}
		if got := doc.Find(".claimtext").Text(); !strings.Contains(got, "x < y and 5 > 3") {
			t.Errorf("claim text = %q, want the comparison signs as text", got)
		}
	}
	if !found {
		t.Fatalf("no claim of the imported article kept its text")
	}
}
