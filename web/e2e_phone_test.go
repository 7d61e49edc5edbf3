package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestE2EPhoneQueue: on a phone 390 px wide, with the height a browser
// leaves a page under its own bars (664 px), the first queue row is in view
// without scrolling; the dashboard's cells open the queue they count. Saves
// queue-390.png and dashboard-1280.png.
func TestE2EPhoneQueue(t *testing.T) {
	ctx, shots := mustBrowser(t)
	app := newTestApp(t)
	base := app.srv.URL
	must := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	must("open login", chromedp.Do(ctx, chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS("#username"), "rui"), chromedp.SendKeys(chromedp.CSS("#password"), testPassword)))
	_, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)))
	must("log in", err)

	must("phone viewport", chromedp.Do(ctx, chromedp.EmulateViewport(390, 664), chromedp.Navigate(base+"/")))
	bottom, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector("tr[data-row]").getBoundingClientRect().bottom`))
	must("first row", err)
	height, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.innerHeight`))
	must("viewport height", err)
	if bottom > height {
		t.Errorf("the first queue row ends at %.0f px, below the %.0f px a phone shows", bottom, height)
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - window.innerWidth`))
	must("page width", err)
	if overflow > 0 {
		t.Errorf("the queue is %.0f px wider than the phone: it scrolls sideways", overflow)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	must("screenshot", err)
	must("save", os.WriteFile(filepath.Join(shots, "queue-390.png"), png, 0o644))

	must("desktop viewport", chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/dashboard")))
	png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	must("screenshot", err)
	must("save", os.WriteFile(filepath.Join(shots, "dashboard-1280.png"), png, 0o644))
	// SVG links: follow the first conflict half the way a reviewer clicks.
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`#source-fact-chart a.cell-conflicts rect`)))
	must("click a cell", err)
	loc, err := chromedp.Run(ctx, chromedp.Location())
	must("location", err)
	if !strings.Contains(loc, "subject=") || !strings.Contains(loc, "source=") {
		t.Errorf("a dashboard cell opened %s, want the queue filtered by source and fact", loc)
	}
}
