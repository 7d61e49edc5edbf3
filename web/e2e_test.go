package web

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestE2EReviewLoop drives the real workbench in Debian's chromium: log in,
// confirm the 10,000 vs 1.5 troops conflict with a note, give a claim a
// verdict and find it in /reports/verdicts.csv, flag a pair by hand, and save
// screenshots of the queue, conflict, claim and article pages (into
// $CLAIMDESK_SCREENSHOTS, or a temporary directory named in the log).
func TestE2EReviewLoop(t *testing.T) {
	ctx, shots := mustBrowser(t)
	app := newTestApp(t)
	base := app.srv.URL
	must := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	shoot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		must("screenshot "+name, err)
		must("save "+name, os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644))
	}
	text := func(sel string) string {
		t.Helper()
		// Evaluate rather than chromedp.Text: a missing element should fail
		// the check at once, not wait for the test's deadline.
		q, _ := json.Marshal(sel)
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(document.querySelector(%s) || {}).innerText || ""`, q)))
		must("read "+sel, err)
		return strings.TrimSpace(s)
	}
	location := func() string {
		t.Helper()
		loc, err := chromedp.Run(ctx, chromedp.Location())
		must("location", err)
		return strings.TrimPrefix(loc, base)
	}

	// Log in through the form.
	must("open login", chromedp.Do(ctx, chromedp.Navigate(base+"/")))
	if loc := location(); !strings.HasPrefix(loc, "/login") {
		t.Fatalf("an anonymous visit landed on %s, want /login", loc)
	}
	must("type user", chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#username"), "ada"), chromedp.SendKeys(chromedp.CSS("#password"), testPassword)))
	_, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)))
	must("log in", err)
	if got := text(".who .username"); got != "ada" {
		t.Fatalf("after login the nav shows %q, want ada", got)
	}
	shoot("queue")

	// Keyboard: j selects the next row, ? opens the help; nothing while
	// typing in the search box.
	must("press j", chromedp.Do(ctx, chromedp.KeyEvent("j"), chromedp.KeyEvent("j")))
	if got := text("tr.current .rowlink"); got == "" {
		t.Errorf("j selected no queue row")
	}
	must("press ?", chromedp.Do(ctx, chromedp.KeyEvent("?")))
	if open, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("keys-help").open`)); !open {
		t.Errorf("? did not open the keyboard help")
	} else {
		shoot("keys-help")
	}
	must("close help", chromedp.Do(ctx, chromedp.KeyEvent("?")))
	selected := text("tr.current .rowlink")
	// The DevTools protocol sends the "/" character apart from its keydown,
	// so unlike a real keyboard it may land in the box too; what matters is
	// that the j after it is typed, not taken as a shortcut.
	must("type in search", chromedp.Do(ctx, chromedp.KeyEvent("/"), chromedp.KeyEvent("j")))
	if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("search-box").value`)); !strings.HasSuffix(got, "j") {
		t.Errorf("after / and j the search box holds %q, want j typed into it", got)
	}
	if got := text("tr.current .rowlink"); got != selected {
		t.Errorf("typing j in the search box moved the selection from %q to %q", selected, got)
	}

	// Find the troops conflict in the list of pairs by its values and open it.
	must("open the pairs", chromedp.Do(ctx, chromedp.Navigate(base+"/conflicts")))
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		for (const row of document.querySelectorAll("tr[data-row]")) {
			const v = [...row.querySelectorAll(".val")].map(e => e.textContent);
			if (v.some(s => s.includes("10000")) && v.some(s => s.includes("1.5"))) return row.dataset.href;
		}
		return "";
	})()`))
	must("find the troops conflict", err)
	if href == "" {
		t.Fatal("the queue has no conflict between 10000 and 1.5 troops")
	}
	must("open conflict", chromedp.Do(ctx, chromedp.Navigate(base+href)))
	if n := text(".sides mark"); n == "" {
		t.Errorf("the conflict page marks no differing value")
	}
	shoot("conflict")

	// Confirm it with a note.
	note := "Other outlets report about 10,000 troops; 1.5 is a garbled figure."
	must("type note", chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS("#note"), note)))
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS("button[data-key=confirm]")))
	must("confirm", err)
	if got := text(".pagehead .chips .status-confirmed"); got != "confirmed" {
		t.Errorf("status after confirming = %q, want confirmed", got)
	}
	if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#note").value`)); got != note {
		t.Errorf("note after confirming = %q, want %q", got, note)
	}
	if h := text(".history"); !strings.Contains(h, "confirmed") || !strings.Contains(h, "ada") {
		t.Errorf("history = %q, want ada's confirmation", h)
	}
	shoot("conflict-confirmed")

	// The same page on a phone: the two sides stack.
	must("phone", chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)))
	shoot("conflict-phone")
	must("queue on a phone", chromedp.Do(ctx, chromedp.Navigate(base+"/")))
	shoot("queue-phone")
	must("desktop", chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+href)))

	// A verdict on claim A of that conflict.
	claimHref, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(".side-A a.claimlink").getAttribute("href")`))
	must("claim link", err)
	must("open claim", chromedp.Do(ctx, chromedp.Navigate(base+claimHref)))
	rationale := "Contradicted by two outlets; the figure is a mistranslation of 1.5 lakh."
	must("fill verdict", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`input[name=verdict][value=refuted]`)),
		chromedp.SetValue(chromedp.CSS("#rationale"), rationale),
		chromedp.SetValue(chromedp.CSS("#verdict-evidence"), "https://example.org/troops-report"),
	))
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`#verdict-form button[type=submit]`)))
	must("save verdict", err)
	if got := text(".pagehead .chips .verdict-refuted"); got != "verdict: refuted" {
		t.Errorf("verdict chip = %q, want verdict: refuted", got)
	}
	shoot("claim")

	// The verdict is in the CSV report.
	report, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(async () => {
		const r = await fetch("/reports/verdicts.csv");
		return r.status + "\n" + await r.text();
	})()`, chromedp.EvalAwaitPromise))
	must("download verdicts.csv", err)
	status, body, _ := strings.Cut(report, "\n")
	if status != "200" || !strings.Contains(body, "refuted") || !strings.Contains(body, rationale) {
		t.Errorf("GET /reports/verdicts.csv = %s, body %.300q; want 200 with the refuted verdict and its rationale", status, body)
	}

	// The article page of that claim.
	articleHref, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(".crumbs a").getAttribute("href")`))
	must("article link", err)
	must("open article", chromedp.Do(ctx, chromedp.Navigate(base+articleHref)))
	shoot("article")

	// Flag a pair by hand between claims of two articles that no match links.
	a, b := unmatchedPair(t, app)
	must("open claim for flagging", chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/claims/%d", base, a))))
	form := map[string]string{"other_claim": fmt.Sprint(b), "relation": "conflicts", "kind": "quantity",
		"value_a": "10000 soldier", "value_b": "12000 soldier", "note": "Raised by hand in the e2e test.",
		"subject": "North Korea", "attribute": "soldier count"}
	js, _ := json.Marshal(form)
	res, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(async () => {
		const body = new URLSearchParams(%s);
		const r = await fetch("/claims/%d/flag-pair", {method: "POST", body, redirect: "follow"});
		return r.status + " " + r.url;
	})()`, js, a), chromedp.EvalAwaitPromise))
	must("flag a pair", err)
	if !strings.HasPrefix(res, "200 ") {
		t.Errorf("POST /claims/%d/flag-pair = %s, want a redirect to a 200 page", a, res)
	} else {
		must("open queue", chromedp.Do(ctx, chromedp.Navigate(base+"/conflicts?status=open")))
		if q := text("table.queue"); !strings.Contains(q, "raised by ada") {
			t.Errorf("the queue does not show the pair raised by ada")
		}
	}
}

// unmatchedPair picks two claims of different articles that no match links.
func unmatchedPair(t *testing.T, app *testApp) (a, b int64) {
	t.Helper()
	ctx := t.Context()
	first, err := app.db.ClaimPage(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	linked := map[int64]bool{}
	for _, m := range first.Matches {
		linked[m.B.ClaimID] = true
	}
	for id := int64(2); id < 1000; id++ {
		p, err := app.db.ClaimPage(ctx, id)
		if err != nil {
			break
		}
		if p.ArticleID != first.ArticleID && !linked[id] {
			return 1, id
		}
	}
	t.Fatal("no unmatched pair of claims in the seeds")
	return 0, 0
}
