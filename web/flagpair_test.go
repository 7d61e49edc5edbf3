package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/store"
)

func TestFlagPair(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("sen")
	a, other := unmatchedPair(t, app)
	form := url.Values{"other_claim": {fmt.Sprint(other)}, "relation": {"conflicts"}, "kind": {"quantity"},
		"value_a": {"10000 soldier"}, "value_b": {"12000 soldier"}, "note": {"Seen on two channels."},
		"subject": {"North Korea"}, "attribute": {"soldier count"}}

	res := b.post(fmt.Sprintf("/claims/%d/flag-pair", a), form, "Sec-Fetch-Site", "cross-site")
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site flag-pair = %d, want 403", res.StatusCode)
	}

	res = b.post(fmt.Sprintf("/claims/%d/flag-pair", a), form)
	wantRedirect(t, res, "/conflicts/")
	doc := mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	if got := doc.Find(".pagehead .chips").Text(); !strings.Contains(got, "raised by sen") {
		t.Errorf("conflict chips = %q, want raised by sen", got)
	}
	if got := strings.Join(strings.Fields(doc.Find(".pagehead h1").Text()), " "); got != "North Korea · soldier count" {
		t.Errorf("the pair is about %q, want the subject and attribute typed", got)
	}
	if got := doc.Find(".flash").Text(); !strings.Contains(got, "in the queue") {
		t.Errorf("flash = %q", got)
	}
	doc = mustDoc(t, b.get("/conflicts?status=open"), http.StatusOK)
	var row string
	doc.Find("tr[data-row]").Each(func(_ int, s *goquery.Selection) {
		if strings.Contains(s.Text(), "raised by sen") {
			row = s.Text()
		}
	})
	if !strings.Contains(row, "10000 soldier") || !strings.Contains(row, "12000 soldier") {
		t.Errorf("queue row of the hand-raised pair = %q, want both values", strings.Join(strings.Fields(row), " "))
	}

	tests := []struct {
		name   string
		edit   func(url.Values)
		status int
		error  string
	}{
		{"twice", func(url.Values) {}, http.StatusConflict, "already paired"},
		{"itself", func(f url.Values) { f.Set("other_claim", fmt.Sprint(a)) }, http.StatusBadRequest, "itself"},
		{"no number", func(f url.Values) { f.Set("other_claim", "abc") }, http.StatusBadRequest, "Pick the other claim"},
		{"no value", func(f url.Values) { f.Set("value_b", "") }, http.StatusBadRequest, "value"},
		{"no subject", func(f url.Values) { f.Set("subject", " ") }, http.StatusBadRequest, "subject"},
		{"no attribute", func(f url.Values) { f.Del("attribute") }, http.StatusBadRequest, "attribute"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := url.Values{}
			for k, v := range form {
				f[k] = append([]string(nil), v...)
			}
			tt.edit(f)
			doc := mustDoc(t, b.post(fmt.Sprintf("/claims/%d/flag-pair", a), f), tt.status)
			if got := doc.Find(".error-message").Text(); !strings.Contains(got, tt.error) {
				t.Errorf("error = %q, want it to mention %q", got, tt.error)
			}
			if got := doc.Find("#value_a").AttrOr("value", ""); got != "10000 soldier" {
				t.Errorf("value A after a refusal = %q, want it kept", got)
			}
			if got, want := doc.Find("#pair-attribute").AttrOr("value", ""), f.Get("attribute"); got != want {
				t.Errorf("attribute after a refusal = %q, want %q kept", got, want)
			}
		})
	}
}

func TestFlagPairPicking(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	wantRedirect(t, b.get("/flag-pair?claim=3"), "/claims/3/flag-pair")
	doc := mustDoc(t, b.get("/claims/1/flag-pair?q="+url.QueryEscape("किम")), http.StatusOK)
	picks := doc.Find(".results a.pick")
	if picks.Length() == 0 {
		t.Fatalf("searching for किम offers no claim to pick")
	}
	p, _ := app.db.ClaimPage(t.Context(), 1)
	href, _ := picks.First().Attr("href")
	u, _ := url.Parse(href)
	other := u.Query().Get("other")
	if u.Path != "/claims/1/flag-pair" || other == "" {
		t.Fatalf("pick link = %q", href)
	}
	doc = mustDoc(t, b.get(href), http.StatusOK)
	if got := doc.Find("#other_claim").AttrOr("value", ""); got != other {
		t.Errorf("other claim field = %q, want %q", got, other)
	}
	if doc.Find(".side-B .claimtext").Length() != 1 {
		t.Errorf("the picked claim is not shown as B")
	}
	// Claims of the same article are never offered.
	doc.Find(".results li .related-head .muted").Each(func(_ int, s *goquery.Selection) {
		if s.AttrOr("title", "") == "From "+p.Article {
			t.Errorf("a claim of claim 1's own article is offered: %q", s.Text())
		}
	})
}

func TestFlagPairSuggestsValues(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	items, err := app.db.Queue(t.Context(), store.QueueFilter{Kind: "quantity"}, 1, 0)
	if err != nil || len(items) == 0 {
		t.Fatalf("no quantity conflict in the seeds (%v)", err)
	}
	m := items[0]
	doc := mustDoc(t, b.get(fmt.Sprintf("/claims/%d/flag-pair?other=%d", m.A.ClaimID, m.B.ClaimID)), http.StatusOK)
	if got := doc.Find("#kind option[selected]").AttrOr("value", ""); got != "quantity" {
		t.Errorf("suggested kind = %q, want quantity", got)
	}
	if a, b := doc.Find("#value_a").AttrOr("value", ""), doc.Find("#value_b").AttrOr("value", ""); a != m.A.Value || b != m.B.Value {
		t.Errorf("suggested values = %q, %q; want both claims' figures %q, %q", a, b, m.A.Value, m.B.Value)
	}
	if s, a := doc.Find("#pair-subject").AttrOr("value", ""), doc.Find("#pair-attribute").AttrOr("value", ""); s != m.Subject || a != m.Attribute {
		t.Errorf("suggested fact = %q · %q, want the claims' facet %q · %q", s, a, m.Subject, m.Attribute)
	}
	if doc.Find("#pair-subjects option[value='North Korea']").Length() != 1 {
		t.Errorf("the subject box does not offer the names the claims mention")
	}
	// Before B is picked, claim A's own fact is the suggestion.
	doc = mustDoc(t, b.get(fmt.Sprintf("/claims/%d/flag-pair", m.A.ClaimID)), http.StatusOK)
	if s := doc.Find("#pair-subject").AttrOr("value", ""); s == "" {
		t.Errorf("no subject suggested from claim A's facts")
	}
}
