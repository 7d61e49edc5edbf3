package web

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
	"github.com/claimdesk/claimdesk/web/document"
)

// importQueueSize is how many jobs may wait behind the running one. The
// worker runs one job at a time, one article at a time: on a small machine
// an import must leave room for reviewers, and a full queue is refused with
// a message rather than left to pile up.
const importQueueSize = 8

// importProgressEvery is how often a running file's progress is written:
// often enough for the job page, rarely enough not to compete with saves.
const importProgressEvery = 500 * time.Millisecond

// errImportsBusy refuses a job when the queue is full.
var errImportsBusy = claims.Errorf(claims.ECONFLICT, "Too many imports are waiting: try again in a minute.")

// importJob is a queued job: what each of its files is to read.
type importJob struct {
	id    int64
	files []importSource
}

// importSource is one file of a job: an uploaded file saved to a temporary
// file (path), pasted text (doc), or a URL to fetch.
type importSource struct {
	fileID int64
	name   string
	path   string
	doc    *document.Document
	url    string
	size   int64
}

// importRunner runs import jobs in the background, one at a time, each
// article in its own short transaction.
type importRunner struct {
	db    *store.DB
	log   *slog.Logger
	opt   claims.Options
	queue chan importJob
	wg    sync.WaitGroup
	// fetch reads a URL; the public fetcher, refusing internal addresses.
	fetch func(ctx context.Context, rawurl string, limit int64) (document.Document, error)
}

// newImportRunner starts the worker; it stops when ctx ends, leaving any job
// it was running for the next start to mark interrupted.
func newImportRunner(ctx context.Context, db *store.DB, log *slog.Logger) *importRunner {
	r := &importRunner{db: db, log: log, queue: make(chan importJob, importQueueSize), fetch: document.FetchPublic}
	r.wg.Add(1)
	go r.work(ctx)
	return r
}

// submit queues a job, or refuses it when the queue is full.
func (r *importRunner) submit(j importJob) error {
	select {
	case r.queue <- j:
		return nil
	default:
		return errImportsBusy
	}
}

func (r *importRunner) work(ctx context.Context) {
	defer r.wg.Done()
	for {
		select {
		case <-ctx.Done():
			// Jobs still queued stay queued in the database, for the next
			// start to mark interrupted; their uploads go now.
			for {
				select {
				case j := <-r.queue:
					removeSaved(j.files)
				default:
					return
				}
			}
		case j := <-r.queue:
			r.run(ctx, j)
		}
	}
}

// run imports every file of j, recording progress and results.
func (r *importRunner) run(ctx context.Context, j importJob) {
	defer removeSaved(j.files)
	if err := r.db.SetImportJobStatus(ctx, j.id, store.JobRunning); err != nil {
		r.log.Error("import job", "job", j.id, "err", err)
		return
	}
	for _, src := range j.files {
		if ctx.Err() != nil {
			return
		}
		r.file(ctx, src)
	}
	if err := r.db.SetImportJobStatus(ctx, j.id, store.JobDone); err != nil && ctx.Err() == nil {
		r.log.Error("import job", "job", j.id, "err", err)
	}
}

// fileRun is the state of one file being imported.
type fileRun struct {
	r       *importRunner
	f       store.ImportFile
	pending []store.ImportFailure // not yet written
	last    time.Time
	read    int64 // bytes of the file read, for an uploaded file (counted)
	counted bool
}

// file imports one source: its documents are read one by one (a JSONL
// feed streamed) and run through the engine ahead of the writer
// (readAhead), outside any transaction, and each article is stored in its
// own, in the file's order.
func (r *importRunner) file(ctx context.Context, src importSource) {
	fr := &fileRun{r: r, f: store.ImportFile{ID: src.fileID, Name: src.name, Status: store.FileRunning, BytesTotal: src.size},
		last: time.Now(), counted: src.doc == nil && src.url == ""}
	fr.flush(ctx)
	for s := range r.readAhead(ctx, src) {
		if s.err != nil {
			fr.fail(s.origin, s.err)
		} else {
			fr.article(ctx, s.origin, s.article)
		}
		fr.read = s.read
		fr.maybeFlush(ctx)
	}
	if ctx.Err() != nil {
		return // the next start marks the file interrupted
	}
	fr.f.Status = store.FileDone
	if fr.f.Added+fr.f.Duplicates == 0 && fr.f.Failed > 0 {
		fr.f.Status = store.FileFailed
	}
	fr.f.BytesRead = fr.f.BytesTotal
	fr.flush(ctx)
}

// article stores one prepared article.
func (fr *fileRun) article(ctx context.Context, origin string, p *store.PreparedArticle) {
	res, err := fr.r.db.AddPreparedArticle(ctx, p)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		fr.fail(origin, err)
		return
	}
	if res.Duplicate {
		fr.f.Duplicates++
		return
	}
	fr.f.Added++
	fr.f.Claims += res.Claims
	fr.f.Conflicts += res.Conflicts
	fr.f.Agrees += res.Agreements
	if fr.f.ArticleID == 0 {
		fr.f.ArticleID = res.ArticleID
	}
}

// fail counts one failure and keeps its reason, in a reviewer's words:
// internal errors are logged and shown as such, without their detail.
func (fr *fileRun) fail(origin string, err error) {
	reason := claims.ErrorMessage(err)
	if code := claims.ErrorCode(err); code == claims.EINTERNAL || code == "" {
		fr.r.log.Error("import", "file", fr.f.Name, "origin", origin, "err", err)
		reason = "an internal error stopped this article; it was not stored"
	}
	fr.f.Failed++
	fr.pending = append(fr.pending, store.ImportFailure{Origin: origin, Reason: reason})
}

func (fr *fileRun) maybeFlush(ctx context.Context) {
	if time.Since(fr.last) >= importProgressEvery {
		fr.flush(ctx)
	}
}

// flush writes the file's progress and new failures.
func (fr *fileRun) flush(ctx context.Context) {
	if fr.counted {
		fr.f.BytesRead = fr.read
	}
	if err := fr.r.db.RecordImportFile(ctx, fr.f, fr.pending); err != nil {
		if ctx.Err() == nil {
			fr.r.log.Error("import progress", "file", fr.f.Name, "err", err)
		}
		return
	}
	fr.pending = nil
	fr.last = time.Now()
}

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
