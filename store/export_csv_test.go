package store

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

func TestWriteCSV(t *testing.T) {
	db := mustOpenImportDB(t)
	for _, report := range CSVReports {
		t.Run(report, func(t *testing.T) {
			var buf bytes.Buffer
			if err := db.WriteCSV(context.Background(), report, claims.ReportFilter{}, &buf, true); err != nil {
				t.Fatalf("WriteCSV: %v", err)
			}
			if got := buf.String(); !strings.HasPrefix(got, "\ufeff") || !strings.Contains(got, "_id,") {
				t.Errorf("got %q, want a BOM and a header row", got)
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		err := db.WriteCSV(context.Background(), "rumours", claims.ReportFilter{}, &bytes.Buffer{}, false)
		if got := claims.ErrorCode(err); got != claims.ENOTFOUND {
			t.Errorf("got code %q (%v), want %q", got, err, claims.ENOTFOUND)
		}
	})
}
