package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// findFact returns the href of the first queue row (under query) whose
// values contain every one of vals.
func findFact(tb testing.TB, b *browser, query string, vals ...string) string {
	tb.Helper()
	doc := mustDoc(tb, b.get(query), http.StatusOK)
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
	if href == "" {
		tb.Fatalf("no fact with %v under %s", vals, query)
	}
	return href
}

func factID(href string) string {
	id := strings.TrimPrefix(href, "/facts/")
	id, _, _ = strings.Cut(id, "?")
	return id
}

func TestFactsQueue(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/"), http.StatusOK)
	rows := doc.Find("table.facts tr[data-row]")
	if rows.Length() == 0 {
		t.Fatal("the queue of facts is empty on the seeds")
	}
	if got := rows.First().Find(".state .fstatus-disputed").Length(); got != 1 {
		t.Errorf("the first row is not disputed: %q", rows.First().Find(".state").Text())
	}
	rows.Each(func(i int, r *goquery.Selection) {
		if r.Find(".values .val").Length() == 0 || r.Find(".langs .chip.lang").Length() == 0 {
			t.Errorf("row %d lacks values or languages: %q", i, r.Text())
		}
		if r.Find(".state .fstatus-agreed, .state .fstatus-single").Length() != 0 {
			t.Errorf("row %d: an agreement in the default view", i)
		}
		if strings.TrimSpace(r.Find(".rowlink").Text()) == "" {
			t.Errorf("row %d has no label (an event fact shows its story's title)", i)
		}
		if v, _ := r.Find("input[name=fact]").Attr("value"); !strings.Contains(v, ":") {
			t.Errorf("row %d checkbox value %q, want id:version", i, v)
		}
	})
	if got := doc.Find(".tabs .tab.active").First().Text(); !strings.Contains(got, "Needs a decision") {
		t.Errorf("active view tab = %q", got)
	}
	if href, _ := doc.Find("a[data-download]").Attr("href"); !strings.HasPrefix(href, "/reports/facts.csv?") || !strings.Contains(href, "view=open") {
		t.Errorf("download link = %q", href)
	}

	for _, tt := range []struct{ query, want string }{
		{"/?status=agreed&view=all", ".state .fstatus-agreed"},
		{"/?language=mr", `.langs .chip.lang`},
	} {
		d := mustDoc(t, b.get(tt.query), http.StatusOK)
		rs := d.Find("tr[data-row]")
		if rs.Length() == 0 {
			t.Errorf("%s: no rows", tt.query)
		}
		rs.Each(func(i int, r *goquery.Selection) {
			if r.Find(tt.want).Length() == 0 {
				t.Errorf("%s row %d lacks %s", tt.query, i, tt.want)
			}
			if strings.Contains(tt.query, "language=mr") && !strings.Contains(r.Find(".langs").Text(), "mr") {
				t.Errorf("%s row %d languages %q", tt.query, i, r.Find(".langs").Text())
			}
		})
	}
	if n := mustDoc(t, b.get("/?view=decided"), http.StatusOK).Find("tr[data-row]").Length(); n != 0 {
		t.Errorf("decided view on fresh seeds has %d rows", n)
	}
	if n := mustDoc(t, b.get("/?assigned=me"), http.StatusOK).Find("tr[data-row]").Length(); n != 0 {
		t.Errorf("assigned=me has %d rows before any assignment", n)
	}
}

func TestFactsBulkActions(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/"), http.StatusOK)
	before := doc.Find("tr[data-row]").Length()
	first, _ := doc.Find("tr[data-row] input[name=fact]").First().Attr("value")
	second, _ := doc.Find("tr[data-row] input[name=fact]").Eq(1).Attr("value")
	back, _ := doc.Find("form.bulk input[name=back]").Attr("value")
	ruiID, _ := doc.Find(`form.bulk select[name=assignee] option:contains("rui")`).Attr("value")

	// Assign two to rui: both under "assigned to me".
	wantRedirect(t, b.post("/facts/bulk", url.Values{"back": {back}, "action": {"assign"}, "assignee": {ruiID}, "fact": {first, second}}), "/")
	mine := mustDoc(t, b.get("/?assigned=me"), http.StatusOK)
	if n := mine.Find("tr[data-row]").Length(); n != 2 {
		t.Errorf("assigned to me: %d rows, want 2", n)
	}
	if got := mine.Find(".flash").Text(); !strings.Contains(got, "2 facts assigned") {
		t.Errorf("flash = %q", got)
	}
	// The first one's version moved: dismissing it with the old version is
	// refused and said so; the fresh one is dismissed.
	fresh, _ := mine.Find("tr[data-row] input[name=fact]").First().Attr("value")
	wantRedirect(t, b.post("/facts/bulk", url.Values{"action": {"dismiss"}, "fact": {first, fresh}}), "/")
	doc = mustDoc(t, b.get("/"), http.StatusOK)
	if got := doc.Find(".flash").Text(); !strings.Contains(got, "1 fact dismissed") || !strings.Contains(got, "left alone") {
		t.Errorf("flash after a half-stale bulk = %q", got)
	}
	if n := doc.Find("tr[data-row]").Length(); n != before-1 {
		t.Errorf("default view has %d rows after dismissing one, want %d", n, before-1)
	}
	dec := mustDoc(t, b.get("/?view=decided&decided_by=rui"), http.StatusOK)
	if n := dec.Find("tr[data-row]").Length(); n != 1 || dec.Find(".decision-dismissed").Length() != 1 {
		t.Errorf("decided by rui: %d rows, %q", n, dec.Find("tr[data-row]").Text())
	}
	// Nothing selected: nothing changes, and the flash says so.
	wantRedirect(t, b.post("/facts/bulk", url.Values{"action": {"reviewed"}}), "/")
	if got := mustDoc(t, b.get("/"), http.StatusOK).Find(".flash").Text(); !strings.Contains(got, "No facts were selected") {
		t.Errorf("flash = %q", got)
	}
}

func TestFactsDownloadThisView(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/?language=mr"), http.StatusOK)
	want := map[string]bool{}
	doc.Find("tr[data-row]").Each(func(_ int, r *goquery.Selection) {
		href, _ := r.Attr("data-href")
		want[factID(href)] = true
	})
	href, _ := doc.Find("a[data-download]").Attr("href")
	res := b.get(href)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("GET %s: %d %s", href, res.StatusCode, res.Header.Get("Content-Type"))
	}
	recs, err := csv.NewReader(res.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimPrefix(recs[0][0], "\ufeff"); got != "fact_id" {
		t.Fatalf("first column %q", got)
	}
	got := map[string]bool{}
	for _, rec := range recs[1:] {
		got[rec[0]] = true
	}
	if len(got) != len(want) {
		t.Errorf("CSV has facts %v, the view %v", got, want)
	}
	for id := range want {
		if !got[id] {
			t.Errorf("fact %s of the view is missing from the CSV", id)
		}
	}
	for _, path := range []string{"/reports/facts.csv?status=disputed", "/reports/stories.csv"} {
		if res := b.get(path); res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", path, res.StatusCode)
		}
	}
	if res := b.get("/reports/facts.csv?status=bogus"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("GET facts.csv?status=bogus: %d, want 400", res.StatusCode)
	}
}

func TestMatchesReportHonoursStatus(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	_, id := findConflict(t, b, "10000", "1.5")
	doc := mustDoc(t, b.get("/conflicts/"+id+"?pair=1"), http.StatusOK)
	version, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
	wantRedirect(t, b.post("/conflicts/"+id+"/confirm", url.Values{"version": {version}}), "/conflicts/"+id)
	res := b.get("/reports/matches.csv?status=confirmed")
	recs, err := csv.NewReader(res.Body).ReadAll()
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("matches.csv?status=confirmed: %d %v", res.StatusCode, err)
	}
	if len(recs) != 2 || recs[1][0] != id {
		t.Errorf("confirmed matches = %v, want only match %s", recs[1:], id)
	}
	if res := b.get("/reports/matches.csv?status=bogus"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("matches.csv?status=bogus: %d, want 400", res.StatusCode)
	}
}
