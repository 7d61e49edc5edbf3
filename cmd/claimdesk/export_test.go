package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// mustSeedDB returns a fresh database with the seeds imported.
func mustSeedDB(tb testing.TB) string {
	tb.Helper()
	db := filepath.Join(tb.TempDir(), "seeds.db")
	mustRunCLI(tb, "import", "--db", db, seedsDir)
	return db
}

func TestExportColumns(t *testing.T) {
	db := mustSeedDB(t)
	tests := []struct {
		report string
		want   []string
	}{
		{"claims", []string{"claim_id", "article", "language", "ordinal", "text", "quantities", "dates", "entities", "roles", "flags"}},
		{"matches", []string{"match_id", "relation", "kind", "subject", "attribute", "article_a", "claim_a", "value_a", "text_a", "article_b", "claim_b", "value_b", "text_b"}},
		{"flags", []string{"flag_id", "article", "claim_id", "kind", "evidence", "note"}},
		{"verdicts", []string{"verdict_id", "claim_id", "article", "claim_text", "verdict", "rationale", "evidence", "reviewer", "updated_at"}},
		{"stories", []string{"story_id", "title", "article", "language", "published", "joined_by"}},
		{"facts", []string{"fact_id", "story_id", "status", "kind", "subject", "attribute", "article", "claim_id", "value", "as_of", "said_by", "text"}},
	}
	for _, tt := range tests {
		t.Run(tt.report, func(t *testing.T) {
			rows, header := mustExport(t, db, tt.report)
			if len(header) < len(tt.want) || !reflect.DeepEqual(header[:len(tt.want)], tt.want) {
				t.Errorf("header = %v, want it to start with %v", header, tt.want)
			}
			if tt.report != "verdicts" && len(rows) == 0 {
				t.Errorf("no %s rows from the seeds", tt.report)
			}
		})
	}
}

func TestExportFilters(t *testing.T) {
	db := mustSeedDB(t)
	tests := []struct {
		report string
		args   []string
		col    string
		want   string
	}{
		{"claims", []string{"--article", "003_c2713db5242469b2.txt"}, "article", "003_c2713db5242469b2.txt"},
		{"claims", []string{"--language", "en"}, "language", "en"},
		{"matches", []string{"--relation", claims.Conflicts}, "relation", claims.Conflicts},
		{"matches", []string{"--relation", claims.Agrees}, "relation", claims.Agrees},
		{"matches", []string{"--kind", claims.KindRole}, "kind", claims.KindRole},
		{"flags", []string{"--article", "003_c2713db5242469b2.txt"}, "article", "003_c2713db5242469b2.txt"},
		{"flags", []string{"--kind", claims.FlagMixedScript}, "kind", claims.FlagMixedScript},
	}
	for _, tt := range tests {
		t.Run(tt.report+" "+strings.Join(tt.args, " "), func(t *testing.T) {
			all, _ := mustExport(t, db, tt.report)
			rows, _ := mustExport(t, db, tt.report, tt.args...)
			if len(rows) == 0 {
				t.Fatalf("no rows; the seeds should have some")
			}
			if len(rows) >= len(all) && tt.col != "relation" {
				t.Errorf("filter kept %d of %d rows: it did not narrow", len(rows), len(all))
			}
			for _, row := range rows {
				if row[tt.col] != tt.want {
					t.Errorf("row %v has %s %q, want %q", row, tt.col, row[tt.col], tt.want)
				}
			}
		})
	}
}

func TestExportOutAndBOM(t *testing.T) {
	db := mustSeedDB(t)
	dir := t.TempDir()
	tests := []struct {
		name    string
		args    []string
		wantBOM bool
	}{
		{"plain", nil, false},
		{"bom", []string{"--bom"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, tt.name+".csv")
			r := mustRunCLI(t, append([]string{"export", "flags", "--out", out, "--db", db}, tt.args...)...)
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing with --out", r.stdout)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.HasPrefix(string(data), "\ufeff"); got != tt.wantBOM {
				t.Errorf("file starts with BOM = %v, want %v", got, tt.wantBOM)
			}
			if !strings.Contains(string(data), "flag_id,article,claim_id,kind,evidence,note") {
				t.Errorf("no header in %s", data)
			}
			if !strings.HasSuffix(string(data), "\r\n") {
				t.Errorf("records do not end with CRLF (RFC 4180)")
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
			if len(leftovers) != 0 {
				t.Errorf("temporary files left behind: %v", leftovers)
			}
		})
	}
}

func TestExportRefuses(t *testing.T) {
	db := mustSeedDB(t)
	missing := filepath.Join(t.TempDir(), "nope.db")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing database", []string{"export", "claims", "--db", missing}, "does not exist"},
		{"unknown report", []string{"export", "people", "--db", db}, `unknown report "people"`},
		{"no report", []string{"export", "--db", db}, "name one report"},
		{"bad relation", []string{"export", "matches", "--db", db, "--relation", "maybe"}, `--relation "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.args...)
			if r.err == nil || !strings.Contains(r.err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", r.err, tt.want)
			}
		})
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("export created the missing database %s (stat: %v)", missing, err)
	}
}

// TestExportFormulaInjection imports an article whose name and lines look
// like spreadsheet formulas and checks that no cell of any report would run.
func TestExportFormulaInjection(t *testing.T) {
	dir := t.TempDir()
	name := "=HYPERLINK(evil).txt"
	mustWriteFile(t, filepath.Join(dir, name), []byte(
		"=1+2 North Korea sent 10,000 soldiers to Russia, officials said on Tuesday.\n"+
			"+Kim Jong Un, the leader of North Korea, visited Moscow in September 2023.\n"+
			"@Russian President Vladimir Putin visited Pyongyang in June 2024.\n"))
	db := filepath.Join(dir, "c.db")
	mustRunCLI(t, "import", "--db", db, filepath.Join(dir, name))
	rows, _ := mustExport(t, db, "claims")
	if len(rows) == 0 {
		t.Fatal("no claims")
	}
	for _, report := range []string{"claims", "matches", "flags"} {
		t.Run(report, func(t *testing.T) {
			rows, _ := mustExport(t, db, report)
			for _, row := range rows {
				for col, cell := range row {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Errorf("%s cell %s = %q starts a formula", report, col, cell)
					}
				}
			}
		})
	}
	if got := rows[0]["article"]; got != "'"+name {
		t.Errorf("article = %q, want %q", got, "'"+name)
	}
}

// TestExportVerdicts stores a reviewer's verdict through the store and reads
// it back from `export verdicts`, formula defused.
func TestExportVerdicts(t *testing.T) {
	db := mustSeedDB(t)
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := mustExport(t, db, "claims", "--article", "003_c2713db5242469b2.txt")
	claimID, err := strconv.ParseInt(rows[0]["claim_id"], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	u, err := s.AddUser(ctx, "rina", "reviewer", "a long enough password")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetVerdict(ctx, u, claimID, store.VerdictChange{Verdict: "mistranslated",
		Rationale: "=the original says 15,000", Evidence: []string{"https://example.org/a", "https://example.org/b"}}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	tests := []struct {
		name string
		args []string
		want int
	}{
		{"all", nil, 1},
		{"its article", []string{"--article", "003_c2713db5242469b2.txt"}, 1},
		{"another article", []string{"--article", "000_18b798f3635bd0dd.txt"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustExport(t, db, "verdicts", tt.args...)
			if len(got) != tt.want {
				t.Fatalf("%d verdict rows, want %d: %v", len(got), tt.want, got)
			}
			if tt.want == 0 {
				return
			}
			want := map[string]string{
				"claim_id":   rows[0]["claim_id"],
				"article":    "003_c2713db5242469b2.txt",
				"claim_text": rows[0]["text"],
				"verdict":    "mistranslated",
				"rationale":  "'=the original says 15,000",
				"evidence":   "https://example.org/a; https://example.org/b",
				"reviewer":   "rina",
			}
			for col, w := range want {
				if got[0][col] != w {
					t.Errorf("%s = %q, want %q", col, got[0][col], w)
				}
			}
			if _, err := time.Parse(time.RFC3339, got[0]["updated_at"]); err != nil {
				t.Errorf("updated_at = %q, want RFC 3339: %v", got[0]["updated_at"], err)
			}
		})
	}
}
