package web

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// mustBrowser starts headless chromium for an end-to-end test and returns its
// context and the directory screenshots go to ($CLAIMDESK_SCREENSHOTS, or a
// temporary directory named in the log). Without chromium the test skips,
// unless CLAIMDESK_E2E=require makes that a failure.
func mustBrowser(t *testing.T) (context.Context, string) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CLAIMDESK_E2E") == "require" {
			t.Fatalf("CLAIMDESK_E2E=require but %s is missing: %v", chromiumPath, err)
		}
		t.Skipf("%s not installed; set CLAIMDESK_E2E=require to make this a failure", chromiumPath)
	}
	shots := os.Getenv("CLAIMDESK_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	// This machine's network is closed: without the background-networking
	// flags chromium keeps trying to reach Google's hosts.
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancelBrowser := chromedp.NewContext(ctx)
	t.Cleanup(cancelBrowser)
	return ctx, shots
}
