package claims

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// updateGolden is the -update flag. It is looked up before being defined
// because other golden tests of this package may define it too, and a flag
// defined twice panics.
var updateGolden = boolFlag("update", "rewrite the golden files under testdata/golden")

func boolFlag(name, usage string) func() bool {
	if f := flag.Lookup(name); f != nil {
		return func() bool { return f.Value.String() == "true" }
	}
	v := flag.Bool(name, false, usage)
	return func() bool { return *v }
}

// mustReportGolden compares got with the golden file testdata/golden/reports/name,
// rewriting it first under -update.
func mustReportGolden(tb testing.TB, name string, got []byte) {
	tb.Helper()
	path := filepath.Join("testdata", "golden", "reports", name)
	if updateGolden() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the golden file (run with -update if the change is right)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// reportClaims are fixed claim rows: Bengali and Marathi text, a comma, a
// quote, a line break inside a cell, and cells that would be formulas.
func reportClaims() []ClaimRow {
	return []ClaimRow{
		{ClaimID: 1, ArticleID: 1, Article: "002_b0534f73c2cf9c0f.txt", Title: "কিম-পুতিন আরও কাছাকাছি", Claim: Claim{
			Ordinal: 3, Language: "bn", Score: 0.875, Start: 120, End: 190,
			Text: "দশ হাজার উত্তর কোরিয়ান সেনাকে \"রাশিয়ায়\" পাঠানো হয়েছে, বলছে সূত্র।",
			Quantities: []Quantity{
				{Text: "দশ হাজার", Value: 10000, Low: 10000, High: 10000, Counted: "soldier", Dimension: "count"},
			},
			Dates: []Date{{Text: "বুধবার", Relative: true}, {Text: "জুন ২০২৪", ISO: "2024-06", Precision: "month"}},
			Entities: []Entity{
				{Name: "Russia", Kind: Country, Start: 31},
				{Name: "North Korea", Kind: Country, Start: 9},
				{Name: "Russia", Kind: Country, Start: 50},
			},
			Flags: []Flag{{Kind: FlagMixedScript}, {Kind: FlagMixedScript}, {Kind: FlagImplausible}},
		}},
		{ClaimID: 2, ArticleID: 2, Article: "=cmd|' /C calc'!A0.txt", Claim: Claim{
			Ordinal: 1, Language: "mr", Score: 0.5, Start: 0, End: 40,
			Text:  "-किमान 1.5 उत्तर कोरियाच्या सैन्याला\nपाठवले",
			Roles: []Role{{Person: "Kim Jong Un", Role: "leader", Start: 20}, {Person: "Vladimir Putin", Role: "president", Start: 4}},
		}},
	}
}

func reportMatches() []MatchRow {
	return []MatchRow{
		{MatchID: 7, Status: "open", TitleA: "কিম-পুতিন আরও কাছাকাছি", TitleB: "=1.5 troops, says a headline", Match: Match{
			Relation: Conflicts, Kind: KindQuantity, Subject: "North Korea", Attribute: "soldier count",
			A:      FacetRef{Facet: Facet{Value: "10000 soldier"}, ClaimID: 1, Origin: "002_b0534f73c2cf9c0f.txt", Text: "দশ হাজার সেনা"},
			B:      FacetRef{Facet: Facet{Value: ">=1.5 soldier"}, ClaimID: 9, Origin: "003_c2713db5242469b2.txt", Text: "किमान 1.5 सैन्याला"},
			Reason: "10000 soldier lies outside >=1.5 soldier",
		}},
		{MatchID: 8, Status: "confirmed", RaisedBy: "@rina", AssignedTo: "amit", Note: "+checked, \"same source\"",
			DecidedBy: "amit", DecidedAt: "2026-03-02T10:04:00Z", Evidence: []string{"https://example.org/a", "=1+1"},
			Link: "https://desk.example/conflicts/8", Match: Match{
				Relation: Agrees, Kind: KindQuantity, Subject: "Dobropillia", Attribute: "distance",
				A: FacetRef{Facet: Facet{Value: "-5 km"}, ClaimID: 2, Origin: "https://example.org/a?x=1,2", Text: "5 km"},
				B: FacetRef{Facet: Facet{Value: "~10 km"}, ClaimID: 3, Origin: "b.jsonl#2", Text: "about 10 km"},
			}},
	}
}

func reportFlags() []FlagRow {
	return []FlagRow{
		{FlagID: 1, ArticleID: 3, Article: "003_c2713db5242469b2.txt", Title: "पुतीन यांनी किम यांची मैत्री", ClaimID: 9,
			Flag: Flag{Kind: FlagImplausible, Evidence: "किमान 1.5", Note: "1.5 soldiers cannot be a troop count"}},
		{FlagID: 2, ArticleID: 3, Article: "003_c2713db5242469b2.txt",
			Flag: Flag{Kind: FlagMixedScript, Evidence: "\tofficials", Note: "=HYPERLINK(\"http://evil\")"}},
	}
}

func reportVerdicts() []VerdictRow {
	return []VerdictRow{
		{VerdictID: 1, ClaimID: 9, Article: "003_c2713db5242469b2.txt", Title: "पुतीन यांनी किम यांची मैत्री", ClaimText: "किमान 1.5 सैन्याला",
			Verdict: "mistranslated", Rationale: "The original says 15,000.",
			Evidence: []string{"https://example.org/1", "https://example.org/2"}, Reviewer: "rina",
			UpdatedAt: time.Date(2026, 11, 21, 14, 3, 0, 0, time.FixedZone("IST", 5*3600+1800))},
		{VerdictID: 2, ClaimID: 1, Article: "002.txt", ClaimText: "দশ হাজার", Verdict: "unverifiable",
			Rationale: "\rno source"},
	}
}

func TestReportsGolden(t *testing.T) {
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"claims.csv", func(b *bytes.Buffer) error {
			w := WriteClaimsCSV(b, false)
			for _, r := range reportClaims() {
				if err := w.Write(r); err != nil {
					return err
				}
			}
			return w.Flush()
		}},
		{"matches.csv", func(b *bytes.Buffer) error {
			w := WriteMatchesCSV(b, false)
			for _, r := range reportMatches() {
				if err := w.Write(r); err != nil {
					return err
				}
			}
			return w.Flush()
		}},
		{"flags.csv", func(b *bytes.Buffer) error {
			w := WriteFlagsCSV(b, false)
			for _, r := range reportFlags() {
				if err := w.Write(r); err != nil {
					return err
				}
			}
			return w.Flush()
		}},
		{"verdicts.csv", func(b *bytes.Buffer) error {
			w := WriteVerdictsCSV(b, false)
			for _, r := range reportVerdicts() {
				if err := w.Write(r); err != nil {
					return err
				}
			}
			return w.Flush()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			mustReportGolden(t, tt.name, b.Bytes())
		})
	}
}

// TestClaimsCSVCells reads the claims report back as a spreadsheet would and
// checks each list cell and the formula defusing.
func TestClaimsCSVCells(t *testing.T) {
	var b bytes.Buffer
	w := WriteClaimsCSV(&b, false)
	for _, r := range reportClaims() {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows := mustReadReportCSV(t, b.String())
	if got, want := strings.Join(rows[0], ","), strings.Join(ClaimsColumns, ","); got != want {
		t.Fatalf("header = %s, want %s", got, want)
	}
	cell := func(row int, col string) string {
		for i, c := range ClaimsColumns {
			if c == col {
				return rows[row][i]
			}
		}
		t.Fatalf("no column %s", col)
		return ""
	}
	tests := []struct {
		row       int
		col, want string
	}{
		{1, "entities", "North Korea; Russia"},
		{1, "dates", "2024-06"},
		{1, "flags", "mixed-script; implausible-quantity"},
		{1, "text", reportClaims()[0].Claim.Text},
		{1, "score", "0.88"},
		{2, "article", "'=cmd|' /C calc'!A0.txt"},
		{2, "text", "'-किमान 1.5 उत्तर कोरियाच्या सैन्याला\nपाठवले"},
		{2, "roles", "Vladimir Putin=president; Kim Jong Un=leader"},
		{2, "quantities", ""},
		{2, "ordinal", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.col, func(t *testing.T) {
			if got := cell(tt.row, tt.col); got != tt.want {
				t.Errorf("row %d %s = %q, want %q", tt.row, tt.col, got, tt.want)
			}
		})
	}
}

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"=1+2", "'=1+2"},
		{"+91 98", "'+91 98"},
		{"-5 km", "'-5 km"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{">=1.5 soldier", ">=1.5 soldier"},
		{"~10 km", "~10 km"},
		{"দশ হাজার", "দশ হাজার"},
		{"a=b", "a=b"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := SafeCell(tt.in); got != tt.want {
				t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReportCSVBOMAndEmpty(t *testing.T) {
	tests := []struct {
		name string
		bom  bool
		want string
	}{
		{"no bom", false, "flag_id,article,claim_id,kind,evidence,note,title\r\n"},
		{"bom", true, "\ufeffflag_id,article,claim_id,kind,evidence,note,title\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteFlagsCSV(&b, tt.bom).Flush(); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("empty report = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("bom once with rows", func(t *testing.T) {
		var b bytes.Buffer
		w := WriteFlagsCSV(&b, true)
		for _, r := range reportFlags() {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(b.String(), "\ufeff"); got != 1 {
			t.Errorf("BOM written %d times, want 1", got)
		}
	})
}

type csvFailingWriter struct{}

func (csvFailingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestReportCSVWriteError(t *testing.T) {
	w := WriteMatchesCSV(csvFailingWriter{}, true)
	err := w.Write(reportMatches()[0])
	if err == nil {
		err = w.Flush()
	}
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error = %v, want the writer's error", err)
	}
}

func mustReadReportCSV(tb testing.TB, s string) [][]string {
	tb.Helper()
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\ufeff")))
	rows, err := r.ReadAll()
	if err != nil {
		tb.Fatalf("read CSV: %v", err)
	}
	return rows
}
