package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

func TestQueueFilters(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	tests := []struct {
		name, query string
		check       func(row *goquery.Selection) string // "" when the row fits
	}{
		{"default: conflicts", "/conflicts", func(r *goquery.Selection) string {
			if r.Find(".rel-conflict").Length() != 1 {
				return "row is not a conflict"
			}
			return ""
		}},
		{"kind role", "/conflicts?kind=role", func(r *goquery.Selection) string {
			if k := r.Find(".subject .kind").Text(); k != claims.KindRole {
				return "kind " + k
			}
			return ""
		}},
		{"language mr", "/conflicts?language=mr", func(r *goquery.Selection) string {
			if !strings.Contains(r.Find(".origin").Text(), "mr · ") {
				return "no Marathi side: " + r.Find(".origin").Text()
			}
			return ""
		}},
		{"agreements", "/conflicts?relation=agrees", func(r *goquery.Selection) string {
			if r.Find(".rel-agree").Length() != 1 {
				return "row is not an agreement"
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustDoc(t, b.get(tt.query), http.StatusOK)
			rows := doc.Find("tr[data-row]")
			if rows.Length() == 0 {
				t.Fatalf("GET %s shows no rows", tt.query)
			}
			rows.Each(func(i int, r *goquery.Selection) {
				if why := tt.check(r); why != "" {
					t.Errorf("GET %s row %d: %s", tt.query, i, why)
				}
			})
		})
	}
	// Rows run open first, then by check-worthiness.
	doc := mustDoc(t, b.get("/conflicts"), http.StatusOK)
	prev := 101.0
	doc.Find("tr[data-row] td.worth").Each(func(i int, s *goquery.Selection) {
		var w float64
		if _, err := fmtSscan(strings.TrimSuffix(s.Text(), "%"), &w); err != nil {
			t.Fatalf("worth %q: %v", s.Text(), err)
		}
		if w > prev {
			t.Errorf("row %d worth %v after %v: not ranked", i, w, prev)
		}
		prev = w
	})
	// Counts per status are shown, and a status with nothing in it is empty.
	if got := doc.Find(".status-tabs .tab-open .count").Text(); got == "" || got == "0" {
		t.Errorf("open count = %q, want a positive number", got)
	}
	empty := mustDoc(t, b.get("/conflicts?status=confirmed"), http.StatusOK)
	if empty.Find("tr[data-row]").Length() != 0 || empty.Find(".empty").Length() != 1 {
		t.Errorf("confirmed queue on fresh seeds is not empty")
	}
	// assigned=me: nothing until a conflict is assigned to rui.
	if n := mustDoc(t, b.get("/conflicts?assigned=me"), http.StatusOK).Find("tr[data-row]").Length(); n != 0 {
		t.Errorf("assigned=me shows %d rows before any assignment", n)
	}
}

func TestConflictConfirmWithNote(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	href, id := findConflict(t, b, "10000", "1.5")
	doc := mustDoc(t, b.get(href), http.StatusOK)
	if n := doc.Find(".side-card").Length(); n != 2 {
		t.Fatalf("conflict page shows %d sides, want 2", n)
	}
	for _, side := range []string{".side-A", ".side-B"} {
		if doc.Find(side+" .claimtext mark").Length() != 1 {
			t.Errorf("%s marks %d spans, want the differing figure", side, doc.Find(side+" .claimtext mark").Length())
		}
		if lang, _ := doc.Find(side + " .context").Attr("lang"); lang == "" {
			t.Errorf("%s context has no lang attribute", side)
		}
	}
	if got := doc.Find(".side-B .canon").Text() + doc.Find(".side-A .canon").Text(); !strings.Contains(got, "1.5") || !strings.Contains(got, "10000") {
		t.Errorf("canonical values = %q, want 10000 and 1.5", got)
	}
	version, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
	back, _ := doc.Find(`form.decision input[name=back]`).Attr("value")
	res := b.post("/conflicts/"+id+"/confirm", url.Values{"version": {version}, "back": {back}, "note": {"Yonhap says 10,000."}})
	wantRedirect(t, res, "/conflicts/"+id)
	doc = mustDoc(t, b.get(res.Header.Get("Location")), http.StatusOK)
	if got := doc.Find(".pagehead .chips .status-confirmed").Text(); got != store.StatusConfirmed {
		t.Errorf("status chip = %q, want confirmed", got)
	}
	if got := doc.Find("#note").Text(); got != "Yonhap says 10,000." {
		t.Errorf("note = %q", got)
	}
	if got := doc.Find(".flash").Text(); !strings.Contains(got, "Confirmed") {
		t.Errorf("flash = %q, want Confirmed", got)
	}
	history := doc.Find(".history li").Text()
	if !strings.Contains(history, "rui") || !strings.Contains(history, "confirmed") || !strings.Contains(history, "Yonhap") {
		t.Errorf("history = %q, want rui's status and note", history)
	}
	// Evidence and assignment.
	version, _ = doc.Find(`form.decision input[name=version]`).Attr("value")
	res = b.post("/conflicts/"+id+"/evidence", url.Values{"version": {version}, "evidence": {"javascript:alert(1)"}})
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("javascript: evidence = %d, want 400", res.StatusCode)
	}
	wantRedirect(t, b.post("/conflicts/"+id+"/evidence", url.Values{"version": {version}, "evidence": {"https://example.org/a\n\nhttps://example.org/b"}}), "/conflicts/"+id)
	doc = mustDoc(t, b.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
	if n := doc.Find("ul.evidence a[href^='https://example.org/']").Length(); n != 2 {
		t.Errorf("evidence links shown = %d, want 2", n)
	}
	version, _ = doc.Find(`form.decision input[name=version]`).Attr("value")
	var ruiID string
	doc.Find("#assignee option").Each(func(_ int, o *goquery.Selection) {
		if o.Text() == "rui" {
			ruiID, _ = o.Attr("value")
		}
	})
	wantRedirect(t, b.post("/conflicts/"+id+"/assign", url.Values{"version": {version}, "assignee": {ruiID}}), "/conflicts/"+id)
	if n := mustDoc(t, b.get("/conflicts?assigned=me&status=confirmed"), http.StatusOK).Find("tr[data-row]").Length(); n != 1 {
		t.Errorf("assigned=me&status=confirmed shows %d rows, want 1", n)
	}
}

func TestConflictStaleVersion(t *testing.T) {
	app := newTestApp(t)
	rui, sen := app.loggedIn("rui"), app.loggedIn("sen")
	_, id := findConflict(t, rui, "10000", "1.5")
	doc := mustDoc(t, rui.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
	version, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
	wantRedirect(t, rui.post("/conflicts/"+id+"/confirm", url.Values{"version": {version}, "note": {"first"}}), "/conflicts/"+id)
	// sen saw the same version and dismisses: refused, shown what it is now.
	res := sen.post("/conflicts/"+id+"/dismiss", url.Values{"version": {version}, "note": {"second"}})
	doc = mustDoc(t, res, http.StatusConflict)
	if got := doc.Find(".stale").Text(); !strings.Contains(got, "rui") || !strings.Contains(got, "confirmed") {
		t.Errorf("stale message = %q, want who (rui) and what it is now (confirmed)", got)
	}
	if got := doc.Find(".pagehead .chips .status-confirmed").Length(); got != 1 {
		t.Errorf("the 409 page does not show the current status")
	}
	// sen's draft stays in the form, beside rui's saved note, and the form
	// carries the current version so saving again works.
	if got := doc.Find("form.decision #note").Text(); got != "second" {
		t.Errorf("the note box after a clash holds %q, want sen's draft %q", got, "second")
	}
	if got := doc.Find("form.decision .clash-saved .clash-note").Text(); got != "first" {
		t.Errorf("the saved note shown beside the draft = %q, want rui's %q", got, "first")
	}
	if got := doc.Find("form.decision .clash-saved").Text(); !strings.Contains(got, "rui") {
		t.Errorf("the saved note is not credited to rui: %q", got)
	}
	m, _ := app.db.MatchReview(t.Context(), mustAtoi(t, id))
	if m.Status != store.StatusConfirmed || m.Note != "first" {
		t.Errorf("after the stale save: %s %q, want confirmed %q", m.Status, m.Note, "first")
	}
	current, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
	wantRedirect(t, sen.post("/conflicts/"+id+"/note", url.Values{"version": {current}, "note": {"first; second"}}), "/conflicts/"+id)

	// A stale evidence save keeps the typed links too.
	res = rui.post("/conflicts/"+id+"/evidence", url.Values{"version": {version}, "evidence": {"https://example.org/draft"}})
	doc = mustDoc(t, res, http.StatusConflict)
	if got := doc.Find("#evidence").Text(); got != "https://example.org/draft" {
		t.Errorf("the evidence box after a clash holds %q, want the draft", got)
	}
}

func TestConflictBadEvidenceKeepsDraft(t *testing.T) {
	app := newTestApp(t)
	rui := app.loggedIn("rui")
	_, id := findConflict(t, rui, "10000", "1.5")
	doc := mustDoc(t, rui.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
	version, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
	typed := "https://example.org/a\nnot a link"
	doc = mustDoc(t, rui.post("/conflicts/"+id+"/evidence", url.Values{"version": {version}, "evidence": {typed}}), http.StatusBadRequest)
	if got := doc.Find(".flash-error[role=alert]").Text(); !strings.Contains(got, "Evidence line 2 is not an http(s) link") {
		t.Errorf("red box = %q, want the bad line named", got)
	}
	if n := doc.Find(".flash").Length(); n != 0 {
		t.Errorf("%d green boxes after a refused save, want none", n)
	}
	if got := doc.Find("#evidence").Text(); got != typed {
		t.Errorf("evidence box = %q, want what was typed %q", got, typed)
	}
}

func TestConflictPrevNext(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/conflicts?kind=role"), http.StatusOK)
	var hrefs []string
	doc.Find("tr[data-row]").Each(func(_ int, r *goquery.Selection) { h, _ := r.Attr("data-href"); hrefs = append(hrefs, h) })
	if len(hrefs) < 2 {
		t.Skipf("need two role conflicts in the seeds, have %d", len(hrefs))
	}
	doc = mustDoc(t, b.get(hrefs[0]), http.StatusOK)
	if next, _ := doc.Find("a[data-key=next]").Attr("href"); next != hrefs[1] {
		t.Errorf("next of the first row = %q, want %q (same filters)", next, hrefs[1])
	}
	if doc.Find("a[data-key=prev]").Length() != 0 {
		t.Errorf("the first row has a previous link")
	}
	doc = mustDoc(t, b.get(hrefs[1]), http.StatusOK)
	if prev, _ := doc.Find("a[data-key=prev]").Attr("href"); prev != hrefs[0] {
		t.Errorf("prev of the second row = %q, want %q", prev, hrefs[0])
	}
	if res := b.get("/conflicts/999999"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET a missing conflict = %d, want 404", res.StatusCode)
	}
}
