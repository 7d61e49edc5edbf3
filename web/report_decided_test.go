package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// reportRows reads a CSV report as maps from column name to cell.
func reportRows(t *testing.T, b *browser, path string) []map[string]string {
	t.Helper()
	res := b.get(path)
	recs, err := csv.NewReader(res.Body).ReadAll()
	if err != nil || res.StatusCode != http.StatusOK || len(recs) == 0 {
		t.Fatalf("%s: status %d, %v", path, res.StatusCode, err)
	}
	head := recs[0]
	head[0] = strings.TrimPrefix(head[0], "\ufeff")
	var out []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, c := range head {
			row[c] = rec[i]
		}
		out = append(out, row)
	}
	return out
}

// TestReportsSayWhoDecided: a decided fact and a decided pair carry their
// decider, time, evidence and a link to their page at the end of facts.csv
// and matches.csv; a statement's article is named by its title.
func TestReportsSayWhoDecided(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	href := findFact(t, b, "/", "10,000", "1.5")
	id := factID(href)
	version, back, _ := factForm(mustDoc(t, b.get(href), http.StatusOK))
	wantRedirect(t, b.post("/facts/"+id+"/decide", url.Values{"version": {version}, "back": {back}, "decision": {"confirmed"},
		"note": {"Yonhap says 10,000."}, "evidence": {"https://example.org/yonhap\nhttps://example.org/kcna"}}), "")

	rows := reportRows(t, b, "/reports/facts.csv?view=decided")
	if len(rows) == 0 {
		t.Fatal("facts.csv?view=decided has no rows")
	}
	for _, r := range rows {
		if r["fact_id"] != id {
			t.Errorf("facts.csv?view=decided lists fact %s, want only %s", r["fact_id"], id)
			continue
		}
		if r["decided_by"] != "rui" || r["decided_at"] == "" {
			t.Errorf("decided_by %q at %q, want rui and a time", r["decided_by"], r["decided_at"])
		}
		if r["evidence"] != "https://example.org/yonhap; https://example.org/kcna" {
			t.Errorf("evidence = %q", r["evidence"])
		}
		if !strings.HasSuffix(r["link"], "/facts/"+id) || !strings.HasPrefix(r["link"], "http") {
			t.Errorf("link = %q, want the fact's page behind the server's address", r["link"])
		}
		if r["title"] == "" || strings.HasSuffix(r["title"], ".txt") {
			t.Errorf("title = %q, want the article's title", r["title"])
		}
	}
	for _, r := range reportRows(t, b, "/reports/facts.csv?view=open&status=disputed") {
		if r["decided_by"] != "" || r["decided_at"] != "" {
			t.Errorf("open fact %s has decided_by %q at %q", r["fact_id"], r["decided_by"], r["decided_at"])
		}
	}

	_, pair := findConflict(t, b, "10000", "1.5")
	doc := mustDoc(t, b.get("/conflicts/"+pair+"?pair=1"), http.StatusOK)
	v, _ := doc.Find(`form.decision input[name=version]`).Attr("value")
	wantRedirect(t, b.post("/conflicts/"+pair+"/confirm", url.Values{"version": {v}}), "/conflicts/"+pair)
	for _, r := range reportRows(t, b, "/reports/matches.csv") {
		decided := r["decided_by"] != "" || r["decided_at"] != ""
		switch {
		case r["match_id"] == pair && (r["decided_by"] != "rui" || r["decided_at"] == ""):
			t.Errorf("confirmed pair %s: decided_by %q at %q", pair, r["decided_by"], r["decided_at"])
		case r["match_id"] != pair && decided:
			t.Errorf("open pair %s has decided_by %q", r["match_id"], r["decided_by"])
		case !strings.HasSuffix(r["link"], "/conflicts/"+r["match_id"]):
			t.Errorf("pair %s link = %q", r["match_id"], r["link"])
		}
	}
}
