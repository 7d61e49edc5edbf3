package web

import (
	"net/http"
	"net/url"

	"github.com/claimdesk/claimdesk/store"
)

// DashboardView is the model of the dashboard.
type DashboardView struct {
	D         store.Dashboard
	Conflicts []BarRow
	Verdicts  []BarRow
	Reviewers []ReviewerRow
	Total     int // verdicts given
	Chart     ChartView
}

// BarRow is one labelled bar of a breakdown; Width is in percent of the
// largest bar, for an SVG rect (inline styles are not allowed by the CSP).
type BarRow struct {
	Label, Href, Class string
	Count              int
	Width              string
}

// ReviewerRow is one reviewer's verdicts, by verdict in store.Verdicts order.
type ReviewerRow struct {
	Name      string
	Total     int
	ByVerdict []int
}

// dashboardPage shows the workbench at a glance: counts, breakdowns, and
// the chart of sources against the facts they agree and conflict on.
func (s *Server) dashboardPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.db.Dashboard(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := DashboardView{D: d, Chart: sourceFactChart(d.Chart)}
	v.Conflicts = bars(d.ConflictsByStatus, func(name string) (string, string) {
		return "/conflicts?status=" + url.QueryEscape(name), "status-" + name
	})
	v.Verdicts = bars(d.Verdicts, func(name string) (string, string) {
		return "/reports/verdicts.csv?kind=" + url.QueryEscape(name), "verdict-" + name
	})
	for _, rc := range d.Reviewers {
		row := ReviewerRow{Name: rc.Reviewer, Total: rc.Total}
		if row.Name == "" {
			row.Name = "(removed user)"
		}
		for _, verdict := range store.Verdicts {
			row.ByVerdict = append(row.ByVerdict, rc.ByVerdict[verdict])
		}
		v.Reviewers = append(v.Reviewers, row)
		v.Total += rc.Total
	}
	s.render(w, r, http.StatusOK, "Dashboard", DashboardPage(v))
}

func bars(counts []store.NamedCount, link func(name string) (href, class string)) []BarRow {
	top := 0
	for _, c := range counts {
		top = max(top, c.Count)
	}
	out := make([]BarRow, 0, len(counts))
	for _, c := range counts {
		href, class := link(c.Name)
		row := BarRow{Label: c.Name, Href: href, Class: class, Count: c.Count, Width: "0"}
		if top > 0 {
			row.Width = ftoa(100 * float64(c.Count) / float64(top))
		}
		out = append(out, row)
	}
	return out
}
