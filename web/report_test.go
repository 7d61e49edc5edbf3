package web

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// mustCSV reads a CSV download, checking its headers, and returns whether it
// started with the BOM and its records.
func mustCSV(t *testing.T, res *http.Response) (bom bool, records [][]string) {
	t.Helper()
	if res.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(res.Body)
		t.Fatalf("GET %s = %d: %s", res.Request.URL, res.StatusCode, body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type = %q, want text/csv; charset=utf-8", ct)
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment; filename=") {
		t.Errorf("Content-Disposition = %q, want an attachment", cd)
	}
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	bom = bytes.HasPrefix(body, []byte("\ufeff"))
	records, err = csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("parse CSV: %v", err)
	}
	return bom, records
}

func TestReportsCSV(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	rui, _ := app.db.Authenticate(t.Context(), "rui", testPassword)
	if _, err := app.db.SetVerdict(t.Context(), rui, 1, store.VerdictChange{Verdict: "refuted", Rationale: "Two outlets say otherwise.", Evidence: []string{"https://example.org/a"}}); err != nil {
		t.Fatal(err)
	}
	column := func(header []string, name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, header)
		return -1
	}
	tests := []struct {
		name    string
		path    string
		header  []string
		bom     bool
		check   string // a column every row must hold want in
		want    string
		minRows int
	}{
		{"claims", "/reports/claims.csv", claims.ClaimsColumns, true, "", "", 50},
		{"claims in Marathi", "/reports/claims.csv?language=mr", claims.ClaimsColumns, true, "language", "mr", 5},
		{"claims of one article, no BOM", "/reports/claims.csv?article=004_10c92abfa5c3baf4.txt&bom=0", claims.ClaimsColumns, false, "article", "004_10c92abfa5c3baf4.txt", 5},
		{"conflicts", "/reports/matches.csv?relation=conflicts", claims.MatchesColumns, true, "relation", "conflicts", 1},
		{"role matches", "/reports/matches.csv?kind=role", claims.MatchesColumns, true, "kind", "role", 1},
		{"flags", "/reports/flags.csv", claims.FlagsColumns, true, "", "", 1},
		{"verdicts", "/reports/verdicts.csv", claims.VerdictsColumns, true, "verdict", "refuted", 1},
		{"no verdicts in Hindi", "/reports/verdicts.csv?language=hi", claims.VerdictsColumns, true, "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bom, records := mustCSV(t, b.get(tt.path))
			if bom != tt.bom {
				t.Errorf("BOM = %v, want %v", bom, tt.bom)
			}
			if len(records) == 0 || strings.Join(records[0], ",") != strings.Join(tt.header, ",") {
				t.Fatalf("header = %v, want %v", records[0], tt.header)
			}
			rows := records[1:]
			if len(rows) < tt.minRows || (tt.minRows == 0 && len(rows) != 0) {
				t.Errorf("%d rows, want at least %d (exactly 0 when 0)", len(rows), tt.minRows)
			}
			if tt.check == "" {
				return
			}
			i := column(records[0], tt.check)
			for _, r := range rows {
				if r[i] != tt.want {
					t.Fatalf("row %v has %s = %q, want %q", r, tt.check, r[i], tt.want)
				}
			}
		})
	}
	_, records := mustCSV(t, b.get("/reports/verdicts.csv"))
	row := records[1]
	if row[column(records[0], "reviewer")] != "rui" || row[column(records[0], "rationale")] != "Two outlets say otherwise." ||
		row[column(records[0], "evidence")] != "https://example.org/a" || row[column(records[0], "claim_id")] != "1" {
		t.Errorf("verdict row = %v, want rui's verdict on claim 1 with rationale and evidence", row)
	}
	for _, bad := range []struct {
		path   string
		status int
	}{
		{"/reports/claims.csv?language=xx", http.StatusBadRequest},
		{"/reports/matches.csv?relation=maybe", http.StatusBadRequest},
		{"/reports/secrets.csv", http.StatusNotFound},
	} {
		res := b.get(bad.path)
		if res.StatusCode != bad.status || res.Header.Get("Content-Disposition") != "" {
			t.Errorf("GET %s = %d (%q), want %d and an error page", bad.path, res.StatusCode, res.Header.Get("Content-Disposition"), bad.status)
		}
	}
}

func TestReportsPage(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	doc := mustDoc(t, b.get("/reports?language=bn&kind=role&bom=0"), http.StatusOK)
	hrefs := map[string]string{}
	doc.Find(".report-links a.dl").Each(func(_ int, a *goquery.Selection) { hrefs[a.Text()], _ = a.Attr("href") })
	for _, name := range []string{"claims.csv", "matches.csv", "flags.csv", "verdicts.csv", "claimreview.jsonld"} {
		u, err := url.Parse(hrefs[name])
		if err != nil || u.Path != "/reports/"+name {
			t.Errorf("link to %s = %q", name, hrefs[name])
			continue
		}
		if q := u.Query(); q.Get("language") != "bn" || q.Get("kind") != "role" || q.Get("bom") != "0" {
			t.Errorf("link to %s = %q, want the filters in force carried", name, hrefs[name])
		}
	}
	if got := doc.Find(".inforce").Text(); !strings.Contains(got, "language: Bengali") || !strings.Contains(got, "kind: role") {
		t.Errorf("filters in force = %q", got)
	}
	if got := doc.Find(`select[name=language] option[selected]`).AttrOr("value", ""); got != "bn" {
		t.Errorf("language select = %q, want bn", got)
	}
}

func TestClaimReviewJSONLD(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	rui, _ := app.db.Authenticate(t.Context(), "rui", testPassword)
	for claim, verdict := range map[int64]string{1: "refuted", 2: "supported"} {
		if _, err := app.db.SetVerdict(t.Context(), rui, claim, store.VerdictChange{Verdict: verdict, Rationale: "why " + verdict}); err != nil {
			t.Fatal(err)
		}
	}
	res := b.get("/reports/claimreview.jsonld")
	if ct := res.Header.Get("Content-Type"); ct != "application/ld+json; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	var doc struct {
		Context string `json:"@context"`
		Graph   []struct {
			Type          string `json:"@type"`
			URL           string `json:"url"`
			ClaimReviewed string `json:"claimReviewed"`
			DatePublished string `json:"datePublished"`
			Author        []struct {
				Type string `json:"@type"`
				Name string `json:"name"`
			} `json:"author"`
			ReviewRating struct {
				RatingValue, BestRating, WorstRating int
				AlternateName                        string
			} `json:"reviewRating"`
			ItemReviewed struct {
				Type       string `json:"@type"`
				Appearance struct {
					Type string `json:"@type"`
					Name string `json:"name"`
					URL  string `json:"url"`
				} `json:"appearance"`
			} `json:"itemReviewed"`
		} `json:"@graph"`
	}
	if err := json.NewDecoder(res.Body).Decode(&doc); err != nil {
		t.Fatalf("claimreview.jsonld does not parse: %v", err)
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 2 {
		t.Fatalf("JSON-LD = %+v, want a schema.org graph of 2 reviews", doc)
	}
	ratings := map[string]int{}
	for _, cr := range doc.Graph {
		ratings[cr.ReviewRating.AlternateName] = cr.ReviewRating.RatingValue
		if cr.Type != "ClaimReview" || cr.ClaimReviewed == "" || len(cr.DatePublished) != 10 || !strings.Contains(cr.URL, "/claims/") {
			t.Errorf("review = %+v, want a ClaimReview with the claim, date and url", cr)
		}
		if len(cr.Author) != 2 || cr.Author[0].Type != "Organization" || cr.Author[0].Name != "Claimdesk" || cr.Author[1].Name != "rui" {
			t.Errorf("author = %+v, want Claimdesk and rui", cr.Author)
		}
		if cr.ItemReviewed.Type != "Claim" || cr.ItemReviewed.Appearance.Name == "" && cr.ItemReviewed.Appearance.URL == "" {
			t.Errorf("itemReviewed = %+v, want a Claim with its appearance", cr.ItemReviewed)
		}
		if cr.ReviewRating.BestRating != 5 || cr.ReviewRating.WorstRating != 1 {
			t.Errorf("rating scale = %+v, want 1..5", cr.ReviewRating)
		}
	}
	if ratings["refuted"] != 1 || ratings["supported"] != 5 {
		t.Errorf("ratings = %v, want refuted 1 and supported 5", ratings)
	}
	// Filtered to nothing, it is still a valid document.
	res = b.get("/reports/claimreview.jsonld?kind=misleading")
	var empty map[string]any
	if err := json.NewDecoder(res.Body).Decode(&empty); err != nil || len(empty["@graph"].([]any)) != 0 {
		t.Errorf("empty JSON-LD = %v, %v; want an empty graph", empty, err)
	}
}
