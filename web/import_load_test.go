package web

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/seeds"
)

// largeFeed builds a JSONL feed of about size bytes from the seeds, each
// article made new content by its feed and copy number on every line (the
// cleaner keeps one copy of a paragraph it has seen in another article of a
// source).
func largeFeed(tb testing.TB, size, feedNo int) (feed []byte, articles int) {
	tb.Helper()
	names, _ := fs.Glob(seeds.FS, "*.txt")
	sort.Strings(names)
	var b strings.Builder
	for n := 0; b.Len() < size; n++ {
		raw, err := fs.ReadFile(seeds.FS, names[n%len(names)])
		if err != nil {
			tb.Fatal(err)
		}
		text := strings.ReplaceAll(strings.TrimSpace(string(raw)), "\n", fmt.Sprintf(" (%d.%d)\n", feedNo, n))
		line, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Copy %d.%d", feedNo, n), "source": fmt.Sprintf("Wire %d", n%7), "text": text})
		b.Write(line)
		b.WriteByte('\n')
		articles++
	}
	return []byte(b.String()), articles
}

// percentile returns the p-th percentile of ds (sorted in place).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

// saveVerdict saves a verdict on claim id with rationale, at the version
// the claim has, and returns how long the save took.
func saveVerdict(tb testing.TB, b *browser, id int64, rationale string) time.Duration {
	tb.Helper()
	v, err := b.app.db.Verdict(tb.Context(), id)
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Now()
	res := b.post(fmt.Sprintf("/claims/%d/verdict", id), url.Values{"version": {fmt.Sprint(v.Version)}, "verdict": {"supported"}, "rationale": {rationale}})
	took := time.Since(start)
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		tb.Fatalf("save on claim %d during the import: status %d, want 303", id, res.StatusCode)
	}
	got, err := b.app.db.Verdict(tb.Context(), id)
	if err != nil || got.Rationale != rationale {
		tb.Fatalf("claim %d after the save: rationale %q (%v), want %q", id, got.Rationale, err, rationale)
	}
	return took
}

// TestReviewerSavesDuringLargeImport: while a 5 MB feed imports, a
// reviewer's saves complete and hold. The wait is measured and logged
// (go test -run ReviewerSavesDuringLargeImport -v), never asserted: the
// machine's speed is not the code's.
func TestReviewerSavesDuringLargeImport(t *testing.T) {
	app := newTestApp(t)
	importer, reviewer := app.loggedIn("rui"), app.loggedIn("sen")
	feed, articles := largeFeed(t, 5<<20, 0)
	before := articleCount(t, app)
	start := time.Now()
	res := importer.upload(map[string]string{"archive.jsonl": string(feed)})
	answered := time.Since(start)
	wantRedirect(t, res, "/import/jobs/")
	job := res.Header.Get("Location")

	var waits []time.Duration
	for i := 0; ; i++ {
		r := importer.get(job)
		running := r.Header.Get("Refresh") != ""
		r.Body.Close()
		if !running && i > 0 {
			break
		}
		waits = append(waits, saveVerdict(t, reviewer, int64(1+i%20), fmt.Sprintf("save %d during the import", i)))
		time.Sleep(50 * time.Millisecond)
	}
	elapsed := time.Since(start)
	doc := importer.waitImport(job)
	added := articleCount(t, app) - before
	if added != articles {
		t.Errorf("the import added %d articles, want %d; failures: %q", added, articles, texts(doc.Find(".file-failures li")))
	}
	if len(waits) < 2 {
		t.Fatalf("only %d saves ran during the import, want the import to outlast a few", len(waits))
	}
	t.Logf("5 MB feed of %d articles: upload answered in %v, imported in %v (%.1f articles/s); %d saves during it: p50 %v, p99 %v, max %v",
		articles, answered.Round(time.Millisecond), elapsed.Round(time.Millisecond), float64(articles)/elapsed.Seconds(),
		len(waits), percentile(waits, 0.5).Round(time.Millisecond), percentile(waits, 0.99).Round(time.Millisecond), percentile(waits, 1).Round(time.Millisecond))
}
