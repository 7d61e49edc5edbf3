package store

import (
	"context"
	"io"

	"github.com/claimdesk/claimdesk/claims"
)

// CSVReports are the reports WriteCSV knows, by the names the command line
// and the /reports/NAME.csv links use.
var CSVReports = []string{"claims", "matches", "flags", "verdicts", "stories", "facts"}

// WriteCSV streams one CSV report to w, honouring f: rows go out as the
// database yields them, so memory stays flat however large the report. An
// unknown report is ENOTFOUND.
func (db *DB) WriteCSV(ctx context.Context, report string, f claims.ReportFilter, w io.Writer, bom bool) error {
	switch report {
	case "claims":
		cw := claims.WriteClaimsCSV(w, bom)
		return flushAfter(db.ExportClaims(ctx, f, cw.Write), cw.Flush)
	case "matches":
		cw := claims.WriteMatchesCSV(w, bom)
		return flushAfter(db.ExportMatches(ctx, f, cw.Write), cw.Flush)
	case "flags":
		cw := claims.WriteFlagsCSV(w, bom)
		return flushAfter(db.ExportFlags(ctx, f, cw.Write), cw.Flush)
	case "verdicts":
		cw := claims.WriteVerdictsCSV(w, bom)
		return flushAfter(db.ExportVerdicts(ctx, f, cw.Write), cw.Flush)
	case "stories":
		cw := claims.WriteStoriesCSV(w, bom)
		return flushAfter(db.ExportStories(ctx, f, cw.Write), cw.Flush)
	case "facts":
		cw := claims.WriteFactsCSV(w, bom)
		return flushAfter(db.ExportFacts(ctx, f, cw.Write), cw.Flush)
	}
	return claims.Errorf(claims.ENOTFOUND, "There is no report %q: choose claims, matches, flags, verdicts, stories or facts.", report)
}

// flushAfter flushes a report writer once its rows are written without error.
func flushAfter(err error, flush func() error) error {
	if err != nil {
		return err
	}
	return flush()
}
