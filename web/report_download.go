package web

import (
	"fmt"
	"net/http"

	"github.com/claimdesk/claimdesk/claims"
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
		err = s.writeCSV(r, d, name, f, bom)
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

// writeCSV streams one CSV report through the engine's writers.
func (s *Server) writeCSV(r *http.Request, w *downloadWriter, name string, f claims.ReportFilter, bom bool) error {
	ctx := r.Context()
	switch name {
	case "claims.csv":
		cw := claims.WriteClaimsCSV(w, bom)
		if err := s.db.ExportClaims(ctx, f, cw.Write); err != nil {
			return err
		}
		return cw.Flush()
	case "matches.csv":
		cw := claims.WriteMatchesCSV(w, bom)
		if err := s.db.ExportMatches(ctx, f, cw.Write); err != nil {
			return err
		}
		return cw.Flush()
	case "flags.csv":
		cw := claims.WriteFlagsCSV(w, bom)
		if err := s.db.ExportFlags(ctx, f, cw.Write); err != nil {
			return err
		}
		return cw.Flush()
	case "verdicts.csv":
		cw := claims.WriteVerdictsCSV(w, bom)
		if err := s.db.ExportVerdicts(ctx, f, cw.Write); err != nil {
			return err
		}
		return cw.Flush()
	}
	return claims.Errorf(claims.ENOTFOUND, "There is no report %q: choose claims.csv, matches.csv, flags.csv, verdicts.csv or claimreview.jsonld.", name)
}
