package web

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestE2EWorkbenchPages opens the articles, article, search, import,
// reports, dashboard, flag-a-pair and admin pages in Debian's chromium, at
// desktop width and on a phone, checks that each renders its main element,
// and saves a screenshot of each into
// $CLAIMDESK_SCREENSHOTS (or a temporary directory named in the log).
func TestE2EWorkbenchPages(t *testing.T) {
	ctx, shots := mustBrowser(t)
	app := newTestApp(t)
	base := app.srv.URL
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS("#username"), "ada"),
		chromedp.SendKeys(chromedp.CSS("#password"), testPassword),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(".who .username")),
	); err != nil {
		t.Fatalf("log in: %v", err)
	}
	pages := []struct{ name, path, sel string }{
		{"articles", "/articles", "table.articles"},
		{"article", "/articles/1", ".article-text a.claimspan"},
		{"article-residue", "/articles/1?residue=1", "details#residue[open]"},
		{"search", "/search?q=" + "পুতিন", "table.results mark"},
		{"search-empty", "/search", ".help"},
		{"import", "/import", "#import-paste"},
		{"import-result", "/import/result?added=1,2&dup=3&failed=1", ".tiles"},
		{"reports", "/reports?language=bn", ".report-links"},
		{"dashboard", "/dashboard", "svg#source-fact-chart .cell"},
		{"flag-pair", "/claims/1/flag-pair?q=" + "किम", "#flag-pair-form"},
		{"admin-lexicon", "/admin/lexicon", "#add-alias"},
		{"admin-users", "/admin/users", "#add-user"},
	}
	for _, width := range []int64{1280, 390} {
		var opts []chromedp.EmulateViewportOption
		if width < 500 {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulatePortrait)
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900, opts...)); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			err := chromedp.Do(ctx, chromedp.Navigate(base+p.path), chromedp.WaitReady(chromedp.CSS(p.sel)))
			if err != nil {
				t.Errorf("%s at %d px: %v", p.name, width, err)
				continue
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%s-%d.png", strings.ReplaceAll(p.name, "/", "-"), width)
			if err := os.WriteFile(filepath.Join(shots, name), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
