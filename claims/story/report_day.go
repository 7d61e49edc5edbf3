package story

import (
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// ReportDay returns the day an article reports on: the latest day to the
// day its claims state, not after its publication and within seasonStart
// before it ("राज्यात रविवारी (१८ एप्रिल) ..." in a paper of April 19),
// "" when they state none. A morning paper's count "during the day" is of
// the day before it was printed, which its other claims name.
func ReportDay(a *claims.Article) string {
	day := ""
	for i := range a.Claims {
		for _, d := range a.Claims[i].Dates {
			if len(d.ISO) == 10 && d.ISO > day && nearReport(d.ISO, a.Published) {
				day = d.ISO
			}
		}
	}
	return day
}

// OnReportDay returns st as of the article's report day (ReportDay) when
// st is one day's count whose claim names no day of its own, so that it
// took the published date: "दिवसभरात ८,४६८ नवे रुग्ण" in a paper of April
// 19 whose other claims report April 18 is April 18's count. Any other
// statement is returned as it is.
func OnReportDay(st Statement, day string, published time.Time) Statement {
	if day == "" || published.IsZero() || !strings.HasSuffix(st.Facet.Attribute, claims.DailyScope) {
		return st
	}
	if st.AsOf == published.UTC().Format(time.DateOnly) {
		st.AsOf = day
	}
	return st
}
