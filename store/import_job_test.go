package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestImportJobLifecycle(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	u, err := db.AddUser(ctx, "rui", RoleReviewer, "correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	jobID, fileIDs, err := db.CreateImportJob(ctx, u.ID, []string{"a.txt", "feed.jsonl"}, []int64{100, 2000})
	if err != nil {
		t.Fatal(err)
	}
	if len(fileIDs) != 2 {
		t.Fatalf("got %d file ids, want 2", len(fileIDs))
	}
	j, err := db.ImportJob(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	if j.Status != JobQueued || j.User != "rui" || len(j.Files) != 2 || j.Files[0].Name != "a.txt" || j.Files[1].Status != FileWaiting || j.Files[1].BytesTotal != 2000 {
		t.Fatalf("new job = %+v, want queued with two waiting files", j)
	}

	art := processedSeeds(t)[0]
	res := mustAddArticle(t, db, art)
	if err := db.SetImportJobStatus(ctx, jobID, JobRunning); err != nil {
		t.Fatal(err)
	}
	done := ImportFile{ID: fileIDs[0], Status: FileDone, BytesRead: 100, Added: 1, Claims: res.Claims, ArticleID: res.ArticleID}
	if err := db.RecordImportFile(ctx, done, nil); err != nil {
		t.Fatal(err)
	}
	// More failures than are kept: the count says how many, the list keeps the first.
	var failures []ImportFailure
	for i := range ImportFailuresKept + 5 {
		failures = append(failures, ImportFailure{Origin: fmt.Sprintf("feed.jsonl#%d", i+1), Reason: "not a JSON object"})
	}
	half := ImportFile{ID: fileIDs[1], Status: FileRunning, BytesRead: 1000, Failed: 3}
	if err := db.RecordImportFile(ctx, half, failures[:3]); err != nil {
		t.Fatal(err)
	}
	half.Failed = len(failures)
	if err := db.RecordImportFile(ctx, half, failures[3:]); err != nil {
		t.Fatal(err)
	}
	j, err = db.ImportJob(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	if f := j.Files[0]; f.Status != FileDone || f.Added != 1 || f.ArticleID != res.ArticleID || f.Claims != res.Claims {
		t.Errorf("first file = %+v, want done with the article", f)
	}
	f := j.Files[1]
	if f.Failed != len(failures) || len(f.Failures) != ImportFailuresKept || f.Failures[0].Origin != "feed.jsonl#1" || f.BytesRead != 1000 {
		t.Errorf("second file: failed %d, kept %d failures (first %+v), read %d; want %d, %d, feed.jsonl#1, 1000",
			f.Failed, len(f.Failures), f.Failures[0], f.BytesRead, len(failures), ImportFailuresKept)
	}

	// A restart cuts the job short: it is marked, its finished file is not.
	n, err := db.InterruptImportJobs(ctx)
	if err != nil || n != 1 {
		t.Fatalf("InterruptImportJobs = %d, %v; want 1", n, err)
	}
	j, _ = db.ImportJob(ctx, jobID)
	if j.Status != JobInterrupted || j.Files[0].Status != FileDone || j.Files[1].Status != FileInterrupted {
		t.Errorf("after a restart: job %s, files %s and %s; want interrupted, done, interrupted", j.Status, j.Files[0].Status, j.Files[1].Status)
	}
	if n, _ := db.InterruptImportJobs(ctx); n != 0 {
		t.Errorf("a second start interrupted %d jobs, want 0", n)
	}
	if _, err := db.ImportJob(ctx, jobID+100); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("a missing job: got %v, want ENOTFOUND", err)
	}
}
