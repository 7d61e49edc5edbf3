package web

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/store"
)

// TestSoak: 20 reviewers save verdicts for 60 s while 3 large imports run,
// all on loopback. It reports the saves' p50 and p99 latency and the
// import's articles per second, and fails on any lost update (a save
// answered 303 whose version the claim does not count) or any 5xx. Bounded
// and skipped unless CLAIMDESK_SOAK=1; CLAIMDESK_SOAK_SECONDS changes the
// length and CLAIMDESK_SOAK_IMPORTS the number of imports:
//
//	CLAIMDESK_SOAK=1 go test -tags sqlite_fts5 -run TestSoak -v -timeout 10m ./web/
func TestSoak(t *testing.T) {
	if os.Getenv("CLAIMDESK_SOAK") != "1" {
		t.Skip("set CLAIMDESK_SOAK=1 to run the soak test")
	}
	length := 60 * time.Second
	if s, err := strconv.Atoi(os.Getenv("CLAIMDESK_SOAK_SECONDS")); err == nil && s > 0 {
		length = time.Duration(s) * time.Second
	}
	const reviewers = 20
	imports := 3
	if n, err := strconv.Atoi(os.Getenv("CLAIMDESK_SOAK_IMPORTS")); err == nil && n >= 0 {
		imports = n // 0 gives the saves' latency without imports, to compare
	}
	const ownBase, shared = 1, 5 // each reviewer's own claim is ownBase+i; five claims all share
	app := newTestApp(t)
	for i := range reviewers {
		if _, err := app.db.AddUser(t.Context(), fmt.Sprintf("soak%02d", i), store.RoleReviewer, testPassword); err != nil {
			t.Fatal(err)
		}
	}
	before := articleCount(t, app)

	// The imports: three 5 MB feeds of distinct articles, queued at once.
	var jobs []string
	want := 0
	for n := range imports {
		feed, articles := largeFeed(t, 5<<20, n)
		want += articles
		res := app.loggedIn("rui").upload(map[string]string{fmt.Sprintf("archive%d.jsonl", n): string(feed)})
		wantRedirect(t, res, "/import/jobs/")
		jobs = append(jobs, res.Header.Get("Location"))
	}

	type result struct {
		latencies     []time.Duration
		fiveXX, stale int
		acked         map[int64]int // claim → saves answered 303
		unexpected    []string
	}
	results := make([]result, reviewers)
	start := time.Now()
	deadline := start.Add(length)
	var wg sync.WaitGroup
	for i := range reviewers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := app.loggedIn(fmt.Sprintf("soak%02d", i))
			r := &results[i]
			r.acked = map[int64]int{}
			own := int64(ownBase + 20 + i) // clear of the shared claims
			for n := 0; time.Now().Before(deadline); n++ {
				claim := own
				if n%4 == 3 {
					claim = int64(ownBase + n%shared)
				}
				v, err := app.db.Verdict(t.Context(), claim)
				if err != nil {
					r.unexpected = append(r.unexpected, err.Error())
					return
				}
				form := url.Values{"version": {strconv.Itoa(v.Version)}, "verdict": {"supported"}, "rationale": {fmt.Sprintf("soak%02d save %d", i, n)}}
				req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/claims/%d/verdict", app.srv.URL, claim), strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("Sec-Fetch-Site", "same-origin")
				t0 := time.Now()
				res, err := b.c.Do(req)
				took := time.Since(t0)
				if err != nil {
					r.unexpected = append(r.unexpected, err.Error())
					continue
				}
				res.Body.Close()
				r.latencies = append(r.latencies, took)
				switch {
				case res.StatusCode == http.StatusSeeOther:
					r.acked[claim]++
				case res.StatusCode == http.StatusConflict:
					r.stale++ // another reviewer saved first: refused, as it should be
				case res.StatusCode >= 500:
					r.fiveXX++
				default:
					r.unexpected = append(r.unexpected, fmt.Sprintf("claim %d: status %d", claim, res.StatusCode))
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	imported := articleCount(t, app) - before

	var all []time.Duration
	acked := map[int64]int{}
	fiveXX, stale := 0, 0
	for _, r := range results {
		all = append(all, r.latencies...)
		fiveXX += r.fiveXX
		stale += r.stale
		for c, n := range r.acked {
			acked[c] += n
		}
		for _, u := range r.unexpected {
			t.Errorf("unexpected: %s", u)
		}
	}
	// Every save answered 303 moved its claim's version by one: a claim's
	// version counts exactly the saves acknowledged on it.
	lost := 0
	for c, n := range acked {
		v, err := app.db.Verdict(t.Context(), c)
		if err != nil {
			t.Fatal(err)
		}
		if v.Version != n {
			lost += n - v.Version
			t.Errorf("claim %d: %d saves acknowledged, version %d", c, n, v.Version)
		}
	}
	if fiveXX > 0 {
		t.Errorf("%d saves answered 5xx", fiveXX)
	}
	t.Logf("%d reviewers for %v while %d imports of 5 MB ran (%d articles queued): %d saves (%d refused as stale), p50 %v, p99 %v, max %v; %d lost updates, %d 5xx; %d articles imported, %.1f articles/s; jobs %v",
		reviewers, elapsed.Round(time.Second), imports, want, len(all), stale,
		percentile(all, 0.5).Round(time.Millisecond), percentile(all, 0.99).Round(time.Millisecond), percentile(all, 1).Round(time.Millisecond),
		lost, fiveXX, imported, float64(imported)/elapsed.Seconds(), jobs)
}
