package story

import (
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

func TestOnReportDay(t *testing.T) {
	pub := time.Date(2021, 4, 19, 0, 0, 0, 0, time.UTC)
	count := func(attribute, asOf string) Statement {
		return Statement{Facet: claims.Facet{Kind: claims.KindQuantity, Attribute: attribute}, AsOf: asOf}
	}
	tests := []struct {
		name, day string
		st        Statement
		want      string
	}{
		{"a day's count with no day of its own is of the report's day", "2021-04-18", count("infected person count daily", "2021-04-19"), "2021-04-18"},
		{"a day's count that names its day keeps it", "2021-04-18", count("infected person count daily", "2021-04-04"), "2021-04-04"},
		{"a running total keeps the published date", "2021-04-18", count("killed person count", "2021-04-19"), "2021-04-19"},
		{"an article that states no day changes nothing", "", count("infected person count daily", "2021-04-19"), "2021-04-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OnReportDay(tt.st, tt.day, pub).AsOf; got != tt.want {
				t.Errorf("as of %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReportDay(t *testing.T) {
	pub := time.Date(2021, 4, 22, 0, 0, 0, 0, time.UTC)
	a := &claims.Article{Published: pub, Claims: []claims.Claim{
		{Dates: []claims.Date{{ISO: "2021-04-18"}}},
		{Dates: []claims.Date{{ISO: "2021-04-21"}, {ISO: "2021-05-15"}}}, // a deadline after the report is no report day
		{Dates: []claims.Date{{ISO: "2021-04"}}},                         // a month is not a day
	}}
	if got := ReportDay(a); got != "2021-04-21" {
		t.Errorf("ReportDay = %q, want 2021-04-21", got)
	}
}
