package web

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// downloadGrace is how long a report download may go without the client
// taking any of it before the connection is cut. The server's WriteTimeout
// bounds a whole response, which would cut every report that takes longer
// than it to stream (5 GB of matches take many minutes); a download instead
// lives as long as it keeps moving.
const downloadGrace = time.Minute

// downloadWriter remembers whether the body has started, so a failure
// before the first byte can still be an error page, and moves the write
// deadline on as the body goes out.
type downloadWriter struct {
	http.ResponseWriter
	rc       *http.ResponseController
	started  bool
	extended time.Time // when the deadline was last moved
}

func newDownloadWriter(w http.ResponseWriter) *downloadWriter {
	d := &downloadWriter{ResponseWriter: w, rc: http.NewResponseController(w)}
	d.extend(time.Now())
	return d
}

// extend moves the write deadline downloadGrace past now. A writer without
// deadlines (a test recorder) has nothing to move.
func (d *downloadWriter) extend(now time.Time) {
	d.extended = now
	_ = d.rc.SetWriteDeadline(now.Add(downloadGrace))
}

// Write notes that the body has started and, every few seconds, moves the
// deadline on: a write that returns has been taken by the connection.
func (d *downloadWriter) Write(b []byte) (int, error) {
	d.started = true
	if now := time.Now(); now.Sub(d.extended) > downloadGrace/16 {
		d.extend(now)
	}
	return d.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer.
func (d *downloadWriter) Unwrap() http.ResponseWriter { return d.ResponseWriter }

// reportFile streams one report, honouring the filters in the URL:
// /reports/claims.csv, matches.csv, flags.csv, verdicts.csv, stories.csv,
// facts.csv and claimreview.jsonld, for as long as the client keeps
// taking it (downloadGrace).
func (s *Server) reportFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, bom, err := reportFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	f.LinkBase = s.baseURL // the configured address, never the request's Host header
	d := newDownloadWriter(w)
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	if name == "claimreview.jsonld" {
		h.Set("Content-Type", "application/ld+json; charset=utf-8")
		h.Set("Content-Disposition", `inline; filename="claimreview.jsonld"`)
		err = s.writeClaimReviews(r, d, f)
	} else {
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="claimdesk-%s"`, name))
		report, ok := strings.CutSuffix(name, ".csv")
		if ok && slices.Contains(store.CSVReports, report) {
			err = s.db.WriteCSV(r.Context(), report, f, d, bom)
		} else {
			err = claims.Errorf(claims.ENOTFOUND, "There is no report %q: choose facts.csv, claims.csv, matches.csv, flags.csv, verdicts.csv, stories.csv or claimreview.jsonld.", name)
		}
	}
	if err == nil {
		return
	}
	if !d.started {
		h.Del("Content-Disposition")
		s.error(w, r, err)
		return
	}
	// Half a file has gone out: cut the connection so the download fails
	// visibly instead of ending as a short, seemingly complete report.
	s.log.Error("report stream failed", "report", name, "err", err)
	panic(http.ErrAbortHandler)
}
