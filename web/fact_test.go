package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// factForm reads the decision form's hidden fields and statement ids.
func factForm(doc *goquery.Document) (version, back string, statements []string) {
	version, _ = doc.Find("form.factform input[name=version]").Attr("value")
	back, _ = doc.Find("form.factform input[name=back]").Attr("value")
	doc.Find(".stmt").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("data-statement")
		statements = append(statements, id)
	})
	return
}

func TestFactPageShowsStatements(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	href := findFact(t, b, "/", "10,000", "1.5")
	doc := mustDoc(t, b.get(href), http.StatusOK)
	stmts := doc.Find(".stmt")
	if stmts.Length() < 2 {
		t.Fatalf("fact page shows %d statements, want at least 2", stmts.Length())
	}
	stmts.Each(func(i int, s *goquery.Selection) {
		if s.Find(".claimtext mark").Length() != 1 {
			t.Errorf("statement %d marks %d spans, want its value", i, s.Find(".claimtext mark").Length())
		}
		if lang, _ := s.Find(".context").Attr("lang"); lang == "" {
			t.Errorf("statement %d context has no lang", i)
		}
		if g := s.Find(".gloss").Text(); !strings.Contains(g, "North Korea") || !strings.Contains(g, ":") {
			t.Errorf("statement %d gloss = %q", i, g)
		}
		if s.Find(".meta time").Length() != 1 || s.Find("header .side-article").Text() == "" {
			t.Errorf("statement %d lacks its as-of date or article", i)
		}
		if s.Find(`input[type=radio][value="garbled"]`).Length() != 1 {
			t.Errorf("statement %d has no review choices", i)
		}
	})
	if g := doc.Find(".gloss:contains('at least 1.5')").Text(); !strings.Contains(g, "read as 1.5 to 3") {
		t.Errorf("the 1.5 gloss = %q, want its reading", g)
	}
	if doc.Find(".stmt .engine-flags li").Length() == 0 {
		t.Errorf("no engine flag is shown beside the garbled 1.5")
	}
	if n := doc.Find(".numberline svg.wide circle").Length(); n != stmts.Length() {
		t.Errorf("the number line has %d points for %d statements", n, stmts.Length())
	}
	if got := doc.Find("button[data-key=confirm]").Text(); !strings.Contains(got, "Disputed: confirmed") {
		t.Errorf("confirm button = %q", got)
	}
	if doc.Find("a[data-key=nextopen]").Length() != 1 {
		t.Errorf("no next open fact link")
	}
}

func TestAgreementLooksLikeAgreement(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/?status=agreed&view=all"), http.StatusOK)
	href, ok := doc.Find("tr[data-row]").First().Attr("data-href")
	if !ok {
		t.Skip("no agreed fact on the seeds")
	}
	page := mustDoc(t, b.get(href), http.StatusOK)
	if n := page.Find(".danger, .fstatus-disputed, .stmt.outlier, button[data-key=dismiss]").Length(); n != 0 {
		t.Errorf("an agreement shows %d red or conflict elements", n)
	}
	if got := page.Find("button[data-key=confirm]").Text(); !strings.Contains(got, "agree") {
		t.Errorf("an agreement's confirm button = %q", got)
	}
}

func TestFactDecisionGoesToNextOpen(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	href := findFact(t, b, "/", "10,000", "1.5")
	id := factID(href)
	doc := mustDoc(t, b.get(href), http.StatusOK)
	nextOpen, _ := doc.Find("a[data-key=nextopen]").Attr("href")
	version, back, stmts := factForm(doc)
	form := url.Values{"version": {version}, "back": {back}, "decision": {"confirmed"}, "note": {"Yonhap says 10,000."},
		"evidence": {"https://example.org/yonhap"}}
	for _, s := range stmts {
		form.Set("review_"+s, "correct")
	}
	form.Set("review_"+stmts[len(stmts)-1], "garbled")
	res := b.post("/facts/"+id+"/decide", form)
	wantRedirect(t, res, strings.SplitN(nextOpen, "?", 2)[0])
	next := mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	if got := next.Find(".flash").Text(); !strings.Contains(got, "reviewed") || !strings.Contains(got, "next open fact") {
		t.Errorf("flash on the next fact = %q", got)
	}
	// The decided fact keeps its decision, note, evidence and reviews, with
	// history; the default view walks past it.
	doc = mustDoc(t, b.get("/facts/"+id), http.StatusOK)
	if doc.Find(".pagehead .decision-confirmed").Length() != 1 {
		t.Errorf("decision chip = %q", doc.Find(".pagehead .chips").Text())
	}
	if got := doc.Find("#note").Text(); got != "Yonhap says 10,000." {
		t.Errorf("note = %q", got)
	}
	if doc.Find(".stmt .review-garbled").Length() != 1 {
		t.Errorf("no statement shows the garbled review")
	}
	h := doc.Find(".history").Text()
	for _, want := range []string{"decision", "confirmed", "rui", "garbled", "evidence"} {
		if !strings.Contains(h, want) {
			t.Errorf("history lacks %q: %s", want, h)
		}
	}
	if strings.Contains(mustDoc(t, b.get("/"), http.StatusOK).Find("tr[data-row]").Text(), "1.5") &&
		findFactOrEmpty(b, "/", "10,000", "1.5") != "" {
		t.Errorf("the decided fact is still in the default view")
	}
	for _, sel := range []string{"a[data-key=next]", "a[data-key=prev]"} {
		if h, ok := next.Find(sel).Attr("href"); ok && factID(h) == id {
			t.Errorf("%s on the next fact walks back into the decided one", sel)
		}
	}

	// A second reviewer with the old version: 409, their draft kept beside
	// what rui saved.
	sen := app.loggedIn("sen")
	form = url.Values{"version": {version}, "back": {back}, "decision": {"dismissed"}, "note": {"sen's draft"}}
	stale := mustDoc(t, sen.post("/facts/"+id+"/decide", form), http.StatusConflict)
	if !strings.Contains(stale.Find(".stale").Text(), "rui") || stale.Find("#note").Text() != "sen's draft" {
		t.Errorf("stale page: %q / note %q", stale.Find(".stale").Text(), stale.Find("#note").Text())
	}
	if !strings.Contains(stale.Find(".clash-saved").Text(), "Yonhap") {
		t.Errorf("the clash does not show rui's note")
	}
	// A bad link is refused in red and the draft kept.
	cur, _, _ := factForm(doc)
	bad := mustDoc(t, sen.post("/facts/"+id+"/decide", url.Values{"version": {cur}, "note": {"kept"}, "evidence": {"javascript:alert(1)"}}), http.StatusBadRequest)
	if !strings.Contains(bad.Find(".flash-error").Text(), "Evidence line 1") || bad.Find("#note").Text() != "kept" || bad.Find(".flash").Length() != 0 {
		t.Errorf("bad evidence: error %q note %q", bad.Find(".flash-error").Text(), bad.Find("#note").Text())
	}
	// Resolving needs the value.
	bad = mustDoc(t, sen.post("/facts/"+id+"/decide", url.Values{"version": {cur}, "decision": {"resolved"}}), http.StatusBadRequest)
	if !strings.Contains(bad.Find(".flash-error").Text(), "supports") {
		t.Errorf("resolve without a value: %q", bad.Find(".flash-error").Text())
	}
	wantRedirect(t, sen.post("/facts/"+id+"/decide", url.Values{"version": {cur}, "decision": {"resolved"}, "resolution": {"10000 soldier"}}), "/")
	if got := mustDoc(t, sen.get("/facts/"+id), http.StatusOK).Find(".pagehead .chips").Text(); !strings.Contains(got, "supported: 10000 soldier") {
		t.Errorf("resolved chips = %q", got)
	}
}

func findFactOrEmpty(b *browser, query string, vals ...string) string {
	doc, err := goquery.NewDocumentFromReader(b.get(query).Body)
	if err != nil {
		return ""
	}
	var href string
	doc.Find("tr[data-row]").EachWithBreak(func(_ int, row *goquery.Selection) bool {
		text := row.Find(".values").Text()
		for _, v := range vals {
			if !strings.Contains(text, v) {
				return true
			}
		}
		href, _ = row.Attr("data-href")
		return false
	})
	return href
}

func TestOldConflictLinksOpenTheirFact(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	_, id := findConflict(t, b, "10000", "1.5")
	res := b.get("/conflicts/" + id)
	wantRedirect(t, res, "/facts/")
	mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	// From the list of pairs the pair itself still opens.
	mustDoc(t, b.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
}
