package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// seedsDir holds the sample articles: 5 .txt files and seeds.go.
const seedsDir = "../../seeds"

// cliResult is what one in-process run of the command printed and returned.
type cliResult struct {
	stdout, stderr string
	err            error
}

// runCLI runs claimdesk in-process with args, as main would.
func runCLI(tb testing.TB, args ...string) cliResult {
	tb.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	err := run(context.Background(), args, e)
	return cliResult{out.String(), errOut.String(), err}
}

// mustRunCLI runs claimdesk and fails the test when it fails.
func mustRunCLI(tb testing.TB, args ...string) cliResult {
	tb.Helper()
	r := runCLI(tb, args...)
	if r.err != nil {
		tb.Fatalf("claimdesk %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.err, r.stdout, r.stderr)
	}
	return r
}

// mustWriteFile writes a test input file, making its directory.
func mustWriteFile(tb testing.TB, path string, data []byte) string {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// mustExport runs `claimdesk export report` with extra args and returns the
// CSV records as maps by column, and the header.
func mustExport(tb testing.TB, db, report string, args ...string) ([]map[string]string, []string) {
	tb.Helper()
	r := mustRunCLI(tb, append([]string{"export", report, "--db", db}, args...)...)
	return mustParseCSV(tb, r.stdout)
}

func mustParseCSV(tb testing.TB, s string) ([]map[string]string, []string) {
	tb.Helper()
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\ufeff"))).ReadAll()
	if err != nil {
		tb.Fatalf("report is not valid CSV: %v\n%s", err, s)
	}
	if len(recs) == 0 {
		tb.Fatalf("report has no header row")
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, col := range recs[0] {
			row[col] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows, recs[0]
}

func TestImportSeedsTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	first := mustRunCLI(t, "import", "--db", db, seedsDir)
	if !strings.Contains(first.stdout, "5 added, 0 skipped as duplicates, 0 failed") {
		t.Errorf("first import summary:\n%s\nwant 5 added", first.stdout)
	}
	if !strings.Contains(first.stdout, "003_c2713db5242469b2.txt: added") {
		t.Errorf("first import does not name the article by base name:\n%s", first.stdout)
	}
	if !strings.Contains(first.stdout, "1 file of other types left out") {
		t.Errorf("seeds.go not counted as left out:\n%s", first.stdout)
	}
	claimsBefore, _ := mustExport(t, db, "claims")
	matchesBefore, _ := mustExport(t, db, "matches")
	if len(claimsBefore) == 0 {
		t.Fatal("no claims after importing the seeds")
	}

	// Flags after the path mean the same.
	second := mustRunCLI(t, "import", seedsDir, "--db", db)
	if !strings.Contains(second.stdout, "0 added, 5 skipped as duplicates, 0 failed; 0 claims") {
		t.Errorf("second import summary:\n%s\nwant 5 skipped", second.stdout)
	}
	if got := strings.Count(second.stdout, "skipped, already imported"); got != 5 {
		t.Errorf("second import says 'skipped, already imported' %d times, want 5:\n%s", got, second.stdout)
	}
	claimsAfter, _ := mustExport(t, db, "claims")
	matchesAfter, _ := mustExport(t, db, "matches")
	if len(claimsAfter) != len(claimsBefore) || len(matchesAfter) != len(matchesBefore) {
		t.Errorf("second import changed the reports: claims %d -> %d, matches %d -> %d",
			len(claimsBefore), len(claimsAfter), len(matchesBefore), len(matchesAfter))
	}
}

func TestImportBadFilesAmongGood(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	mustWriteFile(t, filepath.Join(in, "a_good.txt"), []byte("Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.\n"))
	mustWriteFile(t, filepath.Join(in, "b_empty.txt"), []byte("\n \n"))
	mustWriteFile(t, filepath.Join(in, "c_binary.txt"), []byte("GIF89a\x00\x01\x02\x03"))
	mustWriteFile(t, filepath.Join(in, "d_latin1.txt"), []byte("Caf\xe9 owners said 300 people came.\n"))
	mustWriteFile(t, filepath.Join(in, "e_huge.txt"), bytes.Repeat([]byte("ten thousand soldiers. "), 5<<20/23+1))
	mustWriteFile(t, filepath.Join(in, "sub", "f_good.md"), []byte("---\ntitle: Kim\nlanguage: en\n---\nKim Jong Un visited Moscow in September.\n"))
	mustWriteFile(t, filepath.Join(in, ".hidden", "secret_note.txt"), []byte("never read\n"))
	mustWriteFile(t, filepath.Join(in, "h_photo.png"), []byte("\x89PNG"))
	db := filepath.Join(dir, "c.db")

	r := runCLI(t, "import", "--db", db, in, filepath.Join(dir, "missing.txt"))
	if r.err == nil {
		t.Fatalf("import succeeded with bad files; want an error\nstdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	}
	tests := []struct{ file, reason string }{
		{"b_empty.txt", "empty"},
		{"c_binary.txt", "binary content"},
		{"d_latin1.txt", "not valid UTF-8"},
		{"e_huge.txt", "too large"},
		{"missing.txt", "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			for _, line := range strings.Split(r.stderr, "\n") {
				if strings.Contains(line, tt.file) && strings.Contains(line, tt.reason) {
					return
				}
			}
			t.Errorf("no line naming %s with %q in stderr:\n%s", tt.file, tt.reason, r.stderr)
		})
	}
	if !strings.Contains(r.stdout, "2 added, 0 skipped as duplicates, 5 failed") {
		t.Errorf("summary:\n%s\nwant 2 added and 5 failed", r.stdout)
	}
	if !strings.Contains(r.stdout, "1 file of other types left out") {
		t.Errorf("the .png is not reported as left out:\n%s", r.stdout)
	}
	if strings.Contains(r.stdout+r.stderr, "secret_note") {
		t.Errorf("a file in a hidden directory was read:\n%s%s", r.stdout, r.stderr)
	}
	rows, _ := mustExport(t, db, "claims")
	var origins []string
	for _, row := range rows {
		if len(origins) == 0 || origins[len(origins)-1] != row["article"] {
			origins = append(origins, row["article"])
		}
	}
	if want := []string{"a_good.txt", "f_good.md"}; !reflect.DeepEqual(origins, want) {
		t.Errorf("articles in the claims report = %v, want %v", origins, want)
	}
}

func TestImportJSONLWithBadLine(t *testing.T) {
	dir := t.TempDir()
	feed := mustWriteFile(t, filepath.Join(dir, "feed.jsonl"), []byte(strings.Join([]string{
		`{"title":"One","source":"Daily","url":"https://example.org/1","language":"en","published":"2024-06-19","text":"North Korea sent 10,000 soldiers to Russia, officials said."}`,
		`{"title":"Two", "text": "unterminated`,
		`{"title":"Three","language":"en","text":"Russian forces advanced about 10 km near Dobropillia on Tuesday."}`,
	}, "\n")))
	db := filepath.Join(dir, "c.db")
	r := runCLI(t, "import", feed, "--db", db)
	if r.err == nil {
		t.Fatalf("import succeeded with a bad line; want an error\n%s%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "feed.jsonl: failed: line 2: not a JSON object") {
		t.Errorf("stderr does not name line 2:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "2 added, 0 skipped as duplicates, 1 failed") {
		t.Errorf("summary:\n%s\nwant 2 added, 1 failed", r.stdout)
	}
	rows, _ := mustExport(t, db, "claims", "--article", "feed.jsonl#3")
	if len(rows) == 0 || !strings.Contains(rows[0]["text"], "Dobropillia") {
		t.Errorf("claims of feed.jsonl#3 = %v, want the Dobropillia claim", rows)
	}
}

// articlePage is enough prose for readability to find the article.
const articlePage = `<!DOCTYPE html><html lang="en"><head><title>Kim and Putin sign pact</title>
<meta property="og:site_name" content="World Desk"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kim and Putin sign pact</h1>
<p>Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for a one-day visit, his first in 24 years.</p>
<p>North Korean leader Kim Jong Un greeted him at the airport, and the two leaders spent more than 10 hours together, according to the TASS news agency.</p>
<p>The two countries signed a strategic partnership agreement that includes a pledge of mutual defence, officials in both capitals said afterwards.</p>
</article><footer>Comments (0)</footer></body></html>`

func TestImportHTMLAndURL(t *testing.T) {
	dir := t.TempDir()
	page := mustWriteFile(t, filepath.Join(dir, "pact.html"), []byte(articlePage))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// A different page from the file's, or the import would skip it as a duplicate.
		w.Write([]byte(strings.Replace(articlePage, "24 years", "twenty-four years", 1)))
	}))
	defer srv.Close()
	url := srv.URL + "/world/pact"
	db := filepath.Join(dir, "c.db")

	r := mustRunCLI(t, "import", "--db", db, page, url)
	if !strings.Contains(r.stdout, "2 added") {
		t.Errorf("summary:\n%s\nwant 2 added", r.stdout)
	}
	for _, origin := range []string{"pact.html", url} {
		t.Run(origin, func(t *testing.T) {
			rows, _ := mustExport(t, db, "claims", "--article", origin)
			all := ""
			for _, row := range rows {
				all += row["text"] + "\n"
			}
			if !strings.Contains(all, "Vladimir Putin arrived in Pyongyang") {
				t.Errorf("claims of %s lack the article text:\n%s", origin, all)
			}
			for _, furniture := range []string{"Home", "Comments (0)"} {
				if strings.Contains(all, furniture) {
					t.Errorf("claims of %s hold page furniture %q:\n%s", origin, furniture, all)
				}
			}
		})
	}
}

func TestImportUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no path", []string{"import"}, "no file, directory or URL given"},
		{"unknown flag", []string{"import", "--frobnicate", "a.txt"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.args...)
			if r.err == nil || !strings.Contains(r.err.Error()+r.stderr, tt.want) {
				t.Errorf("error = %v, stderr %q; want %q", r.err, r.stderr, tt.want)
			}
		})
	}
}

func TestParseAnywhere(t *testing.T) {
	tests := []struct {
		args     []string
		wantDB   string
		wantArgs []string
	}{
		{[]string{"--db", "x.db", "a.txt"}, "x.db", []string{"a.txt"}},
		{[]string{"a.txt", "--db", "x.db", "b.txt"}, "x.db", []string{"a.txt", "b.txt"}},
		{[]string{"a.txt", "b.txt", "-db=y.db"}, "y.db", []string{"a.txt", "b.txt"}},
		{[]string{"a.txt", "--", "--db", "-x.txt"}, "d.db", []string{"a.txt", "--db", "-x.txt"}},
		{nil, "d.db", nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			db := fs.String("db", "d.db", "")
			got, err := parseAnywhere(fs, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if *db != tt.wantDB || !reflect.DeepEqual(got, tt.wantArgs) {
				t.Errorf("db %q args %q, want db %q args %q", *db, got, tt.wantDB, tt.wantArgs)
			}
		})
	}
}

// cancelOnWrite cancels a context at the first line written to it: an
// interrupt (Ctrl-C) that lands right after the first articles are stored.
type cancelOnWrite struct {
	bytes.Buffer
	cancel context.CancelFunc
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.cancel()
	return w.Buffer.Write(p)
}

// TestImportInterrupted: an interrupt stops the import after the batch
// being stored; the summary counts what was stored, and the next run
// stores the rest without storing any article twice.
func TestImportInterrupted(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelOnWrite{cancel: cancel}
	var errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: &errOut, getenv: func(string) string { return "" }}
	// Two copies of the seeds, so the first batch cannot hold them all.
	dir := t.TempDir()
	const copies = 2
	seeds, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for c := range copies {
		for _, path := range seeds {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			body = fmt.Appendf(body, "\ncopy %d\n", c)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d_%s", c, filepath.Base(path))), body, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	total := copies * len(seeds)
	if total <= importBatch {
		t.Fatalf("%d articles fit in one batch of %d: the test needs more", total, importBatch)
	}
	err = run(ctx, []string{"import", "--db", db, dir}, e)
	if err == nil || !strings.Contains(err.Error(), "import interrupted") {
		t.Fatalf("error = %v, want the import interrupted\nstdout:\n%s", err, out.String())
	}
	rows, _ := mustExport(t, db, "claims")
	articles := map[string]bool{}
	for _, row := range rows {
		articles[row["article"]] = true
	}
	stored := len(articles)
	if stored == 0 || stored >= total {
		t.Fatalf("%d of %d articles stored after the interrupt, want the first batch only", stored, total)
	}
	if want := fmt.Sprintf("%d added, 0 skipped as duplicates, 0 failed", stored); !strings.Contains(out.String(), want) {
		t.Errorf("summary after the interrupt:\n%s\nwant %q", out.String(), want)
	}
	// The rest imports on the next run; none is stored twice.
	r := mustRunCLI(t, "import", "--db", db, dir)
	if want := fmt.Sprintf("%d added, %d skipped as duplicates, 0 failed", total-stored, stored); !strings.Contains(r.stdout, want) {
		t.Errorf("resumed import:\n%s\nwant %q", r.stdout, want)
	}
}
