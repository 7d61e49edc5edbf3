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

// TestE2EReviewByFact drives the queue of facts in chromium: open the
// disputed troops fact from the queue with the keyboard, review a
// statement, decide it with c after typing a note and Esc, land on the next
// open fact; download the filtered view; move an article between stories;
// and save screenshots of the queue, a fact page and a story page at 1280
// and 390 px.
func TestE2EReviewByFact(t *testing.T) {
	ctx, shots := mustBrowser(t)
	app := newTestApp(t)
	base := app.srv.URL
	must := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
		must("evaluate "+js[:min(len(js), 40)], err)
		return s
	}
	text := func(sel string) string {
		q, _ := json.Marshal(sel)
		return strings.TrimSpace(eval(fmt.Sprintf(`(document.querySelector(%s) || {}).innerText || ""`, q)))
	}
	location := func() string {
		loc, err := chromedp.Run(ctx, chromedp.Location())
		must("location", err)
		return strings.TrimPrefix(loc, base)
	}
	shoot := func(name string) {
		t.Helper()
		for _, width := range []int64{1280, 390} {
			var opts []chromedp.EmulateViewportOption
			if width < 500 {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulatePortrait)
			}
			must("viewport", chromedp.Do(ctx, chromedp.EmulateViewport(width, 900, opts...), chromedp.Reload()))
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			must("screenshot "+name, err)
			must("save "+name, os.WriteFile(filepath.Join(shots, fmt.Sprintf("%s-%d.png", name, width)), png, 0o644))
		}
		must("desktop", chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)))
	}

	must("log in", chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS("#username"), "ada"),
		chromedp.SendKeys(chromedp.CSS("#password"), testPassword),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("table.facts")),
	))
	shoot("facts-queue")

	// Walk to the troops fact with j and open it with Enter.
	row := eval(`(() => {
		const rows = [...document.querySelectorAll("table.facts tr[data-row]")];
		return String(rows.findIndex(r => r.querySelector(".values").innerText.includes("10,000") && r.querySelector(".values").innerText.includes("1.5")));
	})()`)
	if row == "-1" {
		t.Fatal("the queue has no fact with 10000 and 1.5 soldiers")
	}
	var n int
	fmt.Sscan(row, &n)
	for i := 0; i <= n; i++ {
		must("press j", chromedp.Do(ctx, chromedp.KeyEvent("j")))
	}
	_, err := chromedp.RunResponse(ctx, chromedp.KeyEvent("\r"))
	must("open with Enter", err)
	if loc := location(); !strings.HasPrefix(loc, "/facts/") {
		t.Fatalf("Enter opened %s, want a fact page", loc)
	}
	factLoc := location()
	if got := text(".pagehead .chips .fstatus-disputed"); got != "disputed" {
		t.Errorf("the fact's status chip = %q", got)
	}
	if n := eval(`String(document.querySelectorAll(".numberline svg circle").length)`); n == "0" {
		t.Errorf("the fact page draws no number line")
	}
	shoot("fact")

	// Review the garbled statement, type a note, Esc, then c decides.
	if eval(`(() => {
		const card = [...document.querySelectorAll(".stmt")].find(c => c.querySelector(".gloss").innerText.includes("1.5"));
		if (!card) return "";
		card.querySelector('input[value="garbled"]').click();
		return "ok";
	})()`) != "ok" {
		t.Fatal("no statement of 1.5 soldiers to review")
	}
	must("type note", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#note")), chromedp.SendKeys(chromedp.CSS("#note"), "1.5 is a garbled 15,000; Yonhap says 10,000.")))
	_, err = chromedp.RunResponse(ctx, chromedp.KeyEvent("\x1b"), chromedp.KeyEvent("c"))
	must("decide with c", err)
	next := location()
	if !strings.HasPrefix(next, "/facts/") || next == factLoc {
		t.Fatalf("after the decision the browser is at %s, want the next open fact", next)
	}
	if got := text(".flash"); !strings.Contains(got, "reviewed") {
		t.Errorf("flash on the next fact = %q", got)
	}
	// j and k on the next fact never lead back to the decided one.
	for _, sel := range []string{"a[data-key=next]", "a[data-key=prev]"} {
		q, _ := json.Marshal(sel)
		if h := eval(fmt.Sprintf(`(document.querySelector(%s) || {}).getAttribute ? document.querySelector(%s).getAttribute("href") : ""`, q, q)); h != "" && strings.HasPrefix(factLoc, strings.SplitN(h, "?", 2)[0]) {
			t.Errorf("%s walks back into the decided fact", sel)
		}
	}
	must("back to the decided fact", chromedp.Do(ctx, chromedp.Navigate(base+factLoc)))
	if h := text(".history"); !strings.Contains(h, "garbled") || !strings.Contains(h, "confirmed") || !strings.Contains(h, "ada") {
		t.Errorf("history = %q", h)
	}

	// Download the filtered view: the Marathi facts still to decide.
	must("filter", chromedp.Do(ctx, chromedp.Navigate(base+"/?language=mr")))
	ids := eval(`[...document.querySelectorAll("table.facts tr[data-row]")].map(r => r.dataset.href.split("?")[0].split("/")[2]).sort().join(",")`)
	csv := eval(`(async () => {
		const r = await fetch(document.querySelector("a[data-download]").href);
		return r.status + "\n" + await r.text();
	})()`)
	status, body, _ := strings.Cut(csv, "\n")
	got := map[string]bool{}
	for _, line := range strings.Split(body, "\n")[1:] {
		if id, _, ok := strings.Cut(line, ","); ok && id != "" {
			got[id] = true
		}
	}
	for _, id := range strings.Split(ids, ",") {
		if id != "" && !got[id] {
			t.Errorf("fact %s of the view is not in its download", id)
		}
	}
	if status != "200" || len(got) != len(strings.Split(ids, ",")) {
		t.Errorf("download: status %s, facts %v, view %s", status, got, ids)
	}

	// Move an article of the first story with two or more into another.
	from := eval(`(async () => {
		const list = await (await fetch("/stories")).text();
		const doc = new DOMParser().parseFromString(list, "text/html");
		for (const r of doc.querySelectorAll("table.stories tr[data-row]")) {
			if (Number(r.querySelectorAll("td.num")[0].innerText) >= 2) return r.dataset.href;
		}
		return "";
	})()`)
	if from == "" {
		t.Fatal("no story with two articles")
	}
	to := eval(`(async () => {
		const doc = new DOMParser().parseFromString(await (await fetch("/stories")).text(), "text/html");
		for (const r of doc.querySelectorAll("table.stories tr[data-row]")) if (r.dataset.href !== "` + from + `") return r.dataset.href;
		return "";
	})()`)
	must("open story", chromedp.Do(ctx, chromedp.Navigate(base+from)))
	shoot("story")
	article := eval(`document.querySelector("#move-article").value`)
	must("type target", chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#move-to"), strings.TrimPrefix(to, "/stories/"))))
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS("form.move-form button[type=submit]")))
	must("move", err)
	if loc := location(); loc != to {
		t.Errorf("after the move the browser is at %s, want %s", loc, to)
	}
	if eval(`String(!!document.querySelector('table.story-articles tr[data-article="`+article+`"]'))`) != "true" {
		t.Errorf("article %s is not in %s after the move", article, to)
	}
	if h := text(".history"); !strings.Contains(h, "move article "+article) {
		t.Errorf("the story's history = %q", h)
	}
}
