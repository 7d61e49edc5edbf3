package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// Import job and file states.
const (
	JobQueued      = "queued"
	JobRunning     = "running"
	JobDone        = "done"
	JobInterrupted = "interrupted"

	FileWaiting     = "waiting"
	FileRunning     = "running"
	FileDone        = "done"
	FileFailed      = "failed"
	FileInterrupted = "interrupted"
)

// ImportFailuresKept is the most failures kept per file: a feed of 50,000
// bad lines needs its count and the first reasons, not all of them.
const ImportFailuresKept = 200

// ImportJob is a background import from the workbench: what it was asked
// to import and how far it got.
type ImportJob struct {
	ID     int64
	User   string // who started it; empty when the user was deleted
	Status string // JobQueued, JobRunning, JobDone, JobInterrupted
	Files  []ImportFile
}

// ImportFile is one file, pasted text or URL of a job, and what came of it.
type ImportFile struct {
	ID                        int64
	Name                      string
	Status                    string // FileWaiting, FileRunning, FileDone, FileFailed, FileInterrupted
	BytesTotal, BytesRead     int64  // progress through the file, when its size is known
	Added, Duplicates, Failed int    // articles
	Claims, Conflicts, Agrees int    // of the articles added
	ArticleID                 int64  // the first article added, 0 if none
	ArticleTitle              string // its title
	Failures                  []ImportFailure
}

// ImportFailure says why a file, or one article of it, was not imported.
type ImportFailure struct {
	Origin string // the file, or the article within it (feed.jsonl#3)
	Reason string // in a reviewer's words
}

// CreateImportJob records a queued job for userID with one waiting file per
// name, and returns the job's id and the files' ids in order. bytes gives
// each file's size when known (0 otherwise).
func (db *DB) CreateImportJob(ctx context.Context, userID int64, names []string, bytes []int64) (int64, []int64, error) {
	var jobID int64
	var ids []int64
	err := db.jobTx(ctx, func(tx *sql.Tx) error {
		var user any
		if userID > 0 {
			user = userID
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO import_jobs (user_id) VALUES (?) RETURNING id`, user).Scan(&jobID); err != nil {
			return err
		}
		for i, name := range names {
			var size int64
			if i < len(bytes) {
				size = bytes[i]
			}
			var id int64
			if err := tx.QueryRowContext(ctx, `INSERT INTO import_files (job_id, ordinal, name, bytes_total)
				VALUES (?, ?, ?, ?) RETURNING id`, jobID, i+1, name, size).Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		return 0, nil, fmt.Errorf("create import job: %w", err)
	}
	return jobID, ids, nil
}

// SetImportJobStatus moves a job to status (JobRunning, JobDone).
func (db *DB) SetImportJobStatus(ctx context.Context, id int64, status string) error {
	err := db.jobTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE import_jobs SET status = ?,
			finished_at = CASE WHEN ? IN ('done', 'interrupted') THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END
			WHERE id = ?`, status, status, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("import job %d: %w", id, err)
	}
	return nil
}

// RecordImportFile stores how far a file has got (its status, bytes read and
// counts, as f holds them) and adds failures to its list, keeping at most
// ImportFailuresKept. One short transaction: the job runner calls it a few
// times a second at most.
func (db *DB) RecordImportFile(ctx context.Context, f ImportFile, failures []ImportFailure) error {
	err := db.jobTx(ctx, func(tx *sql.Tx) error {
		var article any
		if f.ArticleID > 0 {
			article = f.ArticleID
		}
		r, err := tx.ExecContext(ctx, `UPDATE import_files SET status = ?, bytes_read = ?, added = ?, duplicates = ?,
			failed = ?, claims = ?, conflicts = ?, agreements = ?, article_id = COALESCE(article_id, ?)
			WHERE id = ?`, f.Status, f.BytesRead, f.Added, f.Duplicates, f.Failed, f.Claims, f.Conflicts, f.Agrees, article, f.ID)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return claims.Errorf(claims.ENOTFOUND, "No import file %d.", f.ID)
		}
		if len(failures) == 0 {
			return nil
		}
		var kept int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM import_failures WHERE file_id = ?`, f.ID).Scan(&kept); err != nil {
			return err
		}
		for _, fl := range failures {
			if kept >= ImportFailuresKept {
				break
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO import_failures (file_id, origin, reason) VALUES (?, ?, ?)`,
				f.ID, fl.Origin, fl.Reason); err != nil {
				return err
			}
			kept++
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import file %d: %w", f.ID, err)
	}
	return nil
}

// InterruptImportJobs marks every job and file that was queued or running as
// interrupted: called when the server starts, since a job runs inside the
// server and dies with it. The articles it had stored stay. It returns how
// many jobs it marked.
func (db *DB) InterruptImportJobs(ctx context.Context) (int, error) {
	var n int64
	err := db.jobTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE import_files SET status = 'interrupted'
			WHERE status IN ('waiting', 'running')`); err != nil {
			return err
		}
		r, err := tx.ExecContext(ctx, `UPDATE import_jobs SET status = 'interrupted',
			finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE status IN ('queued', 'running')`)
		if err != nil {
			return err
		}
		n, err = r.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("interrupt import jobs: %w", err)
	}
	return int(n), nil
}

// ImportJob returns a job with its files and their failures.
func (db *DB) ImportJob(ctx context.Context, id int64) (ImportJob, error) {
	j := ImportJob{ID: id}
	err := db.read.QueryRowContext(ctx, `SELECT j.status, COALESCE(u.name, '')
		FROM import_jobs j LEFT JOIN users u ON u.id = j.user_id WHERE j.id = ?`, id).Scan(&j.Status, &j.User)
	if errors.Is(err, sql.ErrNoRows) {
		return j, claims.Errorf(claims.ENOTFOUND, "There is no import %d.", id)
	} else if err != nil {
		return j, fmt.Errorf("import job %d: %w", id, err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT id, name, status, bytes_total, bytes_read, added, duplicates,
		failed, claims, conflicts, agreements, COALESCE(article_id, 0),
		COALESCE((SELECT a.title FROM articles a WHERE a.id = import_files.article_id), '')
		FROM import_files WHERE job_id = ? ORDER BY ordinal`, id)
	if err != nil {
		return j, fmt.Errorf("import job %d: %w", id, err)
	}
	defer rows.Close()
	byID := map[int64]int{}
	for rows.Next() {
		var f ImportFile
		if err := rows.Scan(&f.ID, &f.Name, &f.Status, &f.BytesTotal, &f.BytesRead, &f.Added, &f.Duplicates,
			&f.Failed, &f.Claims, &f.Conflicts, &f.Agrees, &f.ArticleID, &f.ArticleTitle); err != nil {
			return j, fmt.Errorf("import job %d: %w", id, err)
		}
		byID[f.ID] = len(j.Files)
		j.Files = append(j.Files, f)
	}
	if err := rows.Err(); err != nil {
		return j, fmt.Errorf("import job %d: %w", id, err)
	}
	frows, err := db.read.QueryContext(ctx, `SELECT x.file_id, x.origin, x.reason FROM import_failures x
		JOIN import_files f ON f.id = x.file_id WHERE f.job_id = ? ORDER BY x.id`, id)
	if err != nil {
		return j, fmt.Errorf("import job %d: %w", id, err)
	}
	defer frows.Close()
	for frows.Next() {
		var fileID int64
		var fl ImportFailure
		if err := frows.Scan(&fileID, &fl.Origin, &fl.Reason); err != nil {
			return j, fmt.Errorf("import job %d: %w", id, err)
		}
		if i, ok := byID[fileID]; ok {
			j.Files[i].Failures = append(j.Files[i].Failures, fl)
		}
	}
	return j, frows.Err()
}

// jobTx runs fn in one write transaction, committed when fn returns nil.
func (db *DB) jobTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}
