package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/store"
)

// importJobRefresh is how often, in seconds, the page of a running job
// reloads itself: a Refresh header needs no script, which the CSP forbids.
const importJobRefresh = "2"

// ImportJobView is the model of an import job's page.
type ImportJobView struct {
	ID         int64
	Running    bool
	StatusText string
	Files      []ImportFileRow
	// Totals over the files.
	Added, Duplicates, Failed, Claims, Conflicts, Agrees int
}

// ImportFileRow is one file of the job: its progress while it runs, then its
// result line and every failure with its reason.
type ImportFileRow struct {
	Name       string
	Status     string // store.File*
	StatusText string
	Percent    int    // of the file read; -1 when unknown
	Result     string // the success line: what was added and found
	// ArticleTitle names the (first) article the file added: the file name
	// is only where it came from.
	ArticleTitle string
	ArticleURL   string // the first article added
	Failures     []string
	// MoreFailures counts failures beyond those kept.
	MoreFailures int
}

// importJobPage shows an import job; while it runs the page reloads itself,
// and since the job lives in the database a reload, or a restart of the
// server, loses nothing.
func (s *Server) importJobPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	j, err := s.db.ImportJob(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := importJobView(j)
	if v.Running {
		w.Header().Set("Refresh", importJobRefresh)
	}
	s.render(w, r, http.StatusOK, "Import", ImportJobPage(v))
}

func importJobView(j store.ImportJob) ImportJobView {
	v := ImportJobView{ID: j.ID, Running: j.Status == store.JobQueued || j.Status == store.JobRunning}
	switch j.Status {
	case store.JobQueued:
		v.StatusText = "Waiting for the import before it to finish."
	case store.JobRunning:
		v.StatusText = "Importing. This page follows along; you can leave it and come back."
	case store.JobDone:
		v.StatusText = "Import finished."
	case store.JobInterrupted:
		v.StatusText = "The import was cut short when the server stopped. What is marked done was stored; import the rest again."
	}
	for _, f := range j.Files {
		v.Added += f.Added
		v.Duplicates += f.Duplicates
		v.Failed += f.Failed
		v.Claims += f.Claims
		v.Conflicts += f.Conflicts
		v.Agrees += f.Agrees
		v.Files = append(v.Files, importFileRow(f))
	}
	return v
}

func importFileRow(f store.ImportFile) ImportFileRow {
	row := ImportFileRow{Name: f.Name, Status: f.Status, Percent: -1}
	if f.BytesTotal > 0 {
		row.Percent = int(min(100, 100*f.BytesRead/f.BytesTotal))
	}
	switch f.Status {
	case store.FileWaiting:
		row.StatusText = "waiting"
	case store.FileRunning:
		row.StatusText = "importing"
	case store.FileDone:
		row.StatusText = "done"
	case store.FileFailed:
		row.StatusText = "not imported"
	case store.FileInterrupted:
		row.StatusText = "cut short by a restart"
	}
	if f.ArticleID > 0 {
		row.ArticleURL = fmt.Sprintf("/articles/%d", f.ArticleID)
		row.ArticleTitle = f.ArticleTitle
	}
	row.Result = importResultLine(f)
	for _, fl := range f.Failures {
		reason := strings.TrimSuffix(fl.Reason, ".")
		if !strings.HasPrefix(reason, fl.Origin) {
			reason = fl.Origin + ": " + reason
		}
		row.Failures = append(row.Failures, reason+".")
	}
	row.MoreFailures = max(0, f.Failed-len(f.Failures))
	return row
}

// importResultLine says in one line what a file brought: "added: 12 claims,
// 2 conflicts, 1 agreement", "812 articles added, 3 already imported; …".
func importResultLine(f store.ImportFile) string {
	if f.Added+f.Duplicates == 0 {
		if f.Status == store.FileRunning || f.Status == store.FileWaiting {
			return ""
		}
		if f.Failed == 0 {
			return "nothing imported"
		}
		return ""
	}
	found := plural(f.Claims, "claim", "claims") + ", " + plural(f.Conflicts, "conflict", "conflicts") + ", " + plural(f.Agrees, "agreement", "agreements")
	if f.Added == 1 && f.Duplicates == 0 && f.Failed == 0 {
		return "added: " + found
	}
	if f.Added == 0 && f.Duplicates == 1 && f.Failed == 0 {
		return "already imported, skipped"
	}
	line := plural(f.Added, "article", "articles") + " added"
	if f.Duplicates > 0 {
		line += ", " + itoa(f.Duplicates) + " already imported"
	}
	if f.Added > 0 {
		line += "; " + found
	}
	return line
}
