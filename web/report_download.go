package web

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// downloadWriter remembers whether the body has started, so a failure
// before the first byte can still be an error page.
type downloadWriter struct {
	http.ResponseWriter
	started bool
}

// Write notes that the body has started.
func (d *downloadWriter) Write(b []byte) (int, error) {
	d.started = true
	return d.ResponseWriter.Write(b)
}

// reportFile streams one report, honouring the filters in the URL:
// /reports/claims.csv, matches.csv, flags.csv, verdicts.csv and
// claimreview.jsonld.
func (s *Server) reportFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, bom, err := reportFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	d := &downloadWriter{ResponseWriter: w}
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
			err = claims.Errorf(claims.ENOTFOUND, "There is no report %q: choose claims.csv, matches.csv, flags.csv, verdicts.csv or claimreview.jsonld.", name)
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
