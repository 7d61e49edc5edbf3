package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/claimdesk/claimdesk/store"
)

// waitImport reloads an import job's page until the job has ended, as the
// page's Refresh header has a browser do, and returns the final page.
func (b *browser) waitImport(path string) *goquery.Document {
	b.app.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		res := b.get(path)
		refresh := res.Header.Get("Refresh")
		doc := mustDoc(b.app.t, res, http.StatusOK)
		if refresh == "" {
			return doc
		}
		if time.Now().After(deadline) {
			b.app.t.Fatalf("import %s still running after 2 minutes: %s", path, doc.Find(".job-status").Text())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestImportJobPage: the job's page shows each file as it goes and the
// same result on every reload; a running page asks the browser to reload.
func TestImportJobPage(t *testing.T) {
	app := newTestApp(t)
	b := app.loggedIn("rui")
	res := b.upload(map[string]string{"good.md": goodArticle})
	wantRedirect(t, res, "/import/jobs/")
	loc := res.Header.Get("Location")
	first := b.waitImport(loc)
	again := mustDoc(t, b.get(loc), http.StatusOK)
	if a, b := first.Find("main").Text(), again.Find("main").Text(); a != b || !strings.Contains(a, "good.md") {
		t.Errorf("a reload shows another page:\n%s\n---\n%s", a, b)
	}
	if got := again.Find(".job-status").Text(); got != "Import finished." {
		t.Errorf("status = %q, want finished", got)
	}
	mustDoc(t, b.get("/import/jobs/999"), http.StatusNotFound)
	// A running job's page reloads itself.
	id, _, err := app.db.CreateImportJob(t.Context(), 0, []string{"slow.txt"}, []int64{10})
	if err != nil {
		t.Fatal(err)
	}
	res = b.get("/import/jobs/" + itoa64(id))
	if res.Header.Get("Refresh") == "" {
		t.Errorf("a queued job's page does not reload itself")
	}
	res.Body.Close()
}

// TestImportJobInterruptedByRestart: a job that was running when the server
// stopped is marked interrupted on the next start, and its page says so.
func TestImportJobInterruptedByRestart(t *testing.T) {
	app := newTestApp(t)
	ctx := context.Background()
	id, files, err := app.db.CreateImportJob(ctx, 0, []string{"done.txt", "cut.jsonl"}, []int64{10, 1000})
	if err != nil {
		t.Fatal(err)
	}
	if err := app.db.SetImportJobStatus(ctx, id, store.JobRunning); err != nil {
		t.Fatal(err)
	}
	if err := app.db.RecordImportFile(ctx, store.ImportFile{ID: files[0], Status: store.FileDone, Added: 1}, nil); err != nil {
		t.Fatal(err)
	}
	if err := app.db.RecordImportFile(ctx, store.ImportFile{ID: files[1], Status: store.FileRunning, BytesRead: 400, Added: 3}, nil); err != nil {
		t.Fatal(err)
	}
	// The restart: a new server over the same database.
	restarted, err := New(ctx, Config{DB: app.db, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer restarted.Close()
	doc := mustDoc(t, app.loggedIn("rui").get("/import/jobs/"+itoa64(id)), http.StatusOK)
	if got := doc.Find(".job-status").Text(); !strings.Contains(got, "cut short") {
		t.Errorf("status = %q, want the job marked as cut short", got)
	}
	statuses := doc.Find(".import-file").Map(func(_ int, s *goquery.Selection) string { return s.AttrOr("data-status", "") })
	if strings.Join(statuses, ",") != "done,interrupted" {
		t.Errorf("file statuses = %v, want done,interrupted", statuses)
	}
	if got := doc.Find(".import-file").Eq(1).Find(".file-result").Text(); got != "3 articles added; 0 claims, 0 conflicts, 0 agreements" {
		t.Errorf("the interrupted file's result = %q, want what it had stored", got)
	}
}

// TestImportQueueBounded: jobs beyond the queue are refused with a message,
// not piled up.
func TestImportQueueBounded(t *testing.T) {
	r := &importRunner{queue: make(chan importJob, 2)} // no worker: nothing drains it
	for i := range 2 {
		if err := r.submit(importJob{id: int64(i + 1)}); err != nil {
			t.Fatalf("job %d: %v, want it queued", i+1, err)
		}
	}
	if err := r.submit(importJob{id: 3}); err != errImportsBusy {
		t.Errorf("a job past the queue: got %v, want %v", err, errImportsBusy)
	}
}
