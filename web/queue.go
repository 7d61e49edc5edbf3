package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// queuePageSize is how many rows the queue shows at once.
const queuePageSize = 50

// QueueView is the model of the queue (home) page.
type QueueView struct {
	Flashes      []string
	Heading      string
	Rows         []QueueRow
	Total        int
	RelationTabs []FilterLink
	StatusTabs   []FilterLink
	KindTabs     []FilterLink
	Kinds        []Option
	Languages    []Option
	Sources      []Option
	Statuses     []Option
	Relation     string
	AssignedToMe bool
	// Subject and Attribute narrow the queue to one fact (a dashboard cell's
	// link); AllFacts is the same queue without that narrowing.
	Subject, Attribute, AllFacts string
	PrevPage                     string // "" on the first page
	NextPage                     string // "" on the last page
	Range                        string // "1–50 of 120"
}

// QueueRow is one conflict in the queue, with its links.
type QueueRow struct {
	store.QueueItem
	Href   string // the conflict page, carrying the filters
	Worth  string // check-worthiness as a percentage
	Agrees bool
}

// FilterLink is a tab that sets one filter, with how many rows it would show.
type FilterLink struct {
	Label  string
	Count  int
	Href   string
	Active bool
}

// Option is one choice of a select.
type Option struct {
	Value, Label string
	Selected     bool
}

// queuePage lists pairs of claims (/conflicts): the engine's derived match
// rows and pairs reviewers raised by hand, open first, most check-worthy
// first, with filters and counts. The home page reviews by fact (factsPage).
func (s *Server) queuePage(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	p := parseQueueParams(r.URL.Query())
	p.Pair = true
	f := p.filter(u)
	page := max(p.Page, 1)
	// after (the last match of the page before) pages by keyset: the store
	// reads the next page from its index whatever its depth. A bare page=N
	// from an older link still skips rows.
	after, _ := atoiPositive(r.URL.Query().Get("after"))
	var items []store.QueueItem
	var more bool
	var err error
	if after != 0 || page == 1 {
		items, more, err = s.db.QueueAfter(r.Context(), f, int64(after), queuePageSize)
	} else {
		items, err = s.db.Queue(r.Context(), f, queuePageSize+1, (page-1)*queuePageSize)
		if len(items) > queuePageSize {
			items, more = items[:queuePageSize], true
		}
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	counts, err := s.db.CountQueue(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	sources, err := s.db.QueueSources(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := QueueView{
		Flashes:      s.takeFlashes(w, r),
		Heading:      "Pairs of claims",
		Total:        counts.Total,
		Relation:     p.Relation,
		AssignedToMe: p.AssignedToMe,
	}
	if p.Relation == claims.Agrees {
		v.Heading = "Agreements between sources"
	}
	back := p.Values()
	back.Del("page")
	for _, it := range items {
		href := conflictURL(it.MatchID, back.Encode())
		v.Rows = append(v.Rows, QueueRow{QueueItem: it, Href: href, Worth: fmt.Sprintf("%.0f%%", it.Worth*100), Agrees: it.Relation == claims.Agrees})
	}
	v.RelationTabs = []FilterLink{
		relationTab("Conflicts", "", p),
		relationTab("Agreements", claims.Agrees, p),
	}
	all := p
	all.Status = ""
	v.StatusTabs = append(v.StatusTabs, FilterLink{Label: "All", Count: sum(counts.ByStatus), Href: all.url("/conflicts"), Active: p.Status == ""})
	for _, st := range store.Statuses {
		q := p
		q.Status = st
		v.StatusTabs = append(v.StatusTabs, FilterLink{Label: st, Count: counts.ByStatus[st], Href: q.url("/conflicts"), Active: p.Status == st})
	}
	for _, k := range matchKinds {
		if counts.ByKind[k] == 0 && p.Kind != k {
			continue
		}
		q := p
		q.Kind = k
		if p.Kind == k {
			q.Kind = "" // a second click clears the filter
		}
		v.KindTabs = append(v.KindTabs, FilterLink{Label: k, Count: counts.ByKind[k], Href: q.url("/conflicts"), Active: p.Kind == k})
	}
	v.Kinds = options(matchKinds, p.Kind, "Any kind")
	v.Statuses = options(store.Statuses, p.Status, "Any status")
	v.Sources = sourceOptions(sources, p.Source)
	if p.Subject != "" || p.Attribute != "" {
		v.Subject, v.Attribute = p.Subject, p.Attribute
		all := p
		all.Subject, all.Attribute = "", ""
		v.AllFacts = all.url("/")
	}
	v.Languages = []Option{{Value: "", Label: "Any language", Selected: p.Language == ""}}
	for _, l := range languages {
		v.Languages = append(v.Languages, Option{Value: l.Code, Label: l.Name, Selected: p.Language == l.Code})
	}
	first := (page-1)*queuePageSize + 1
	if len(items) == 0 {
		first = 0
	}
	v.Range = fmt.Sprintf("%d–%d of %d", first, (page-1)*queuePageSize+len(items), counts.Total)
	if page > 1 {
		q := p
		q.Page = page - 1
		v.PrevPage = pageURL(q)
	}
	if more {
		q := p
		q.Page = page + 1
		v.NextPage = pageURL(q) + "&after=" + strconv.FormatInt(items[len(items)-1].MatchID, 10)
	}
	s.render(w, r, http.StatusOK, "Queue", QueuePage(v))
}

func relationTab(label, relation string, p queueParams) FilterLink {
	q := p
	q.Relation = relation
	q.Kind = "" // kinds differ between conflicts and agreements
	return FilterLink{Label: label, Href: q.url("/conflicts"), Active: p.Relation == relation}
}

func pageURL(p queueParams) string {
	if q := p.Values().Encode(); q != "" {
		return "/conflicts?" + q
	}
	return "/conflicts"
}

func options(values []string, selected, anyLabel string) []Option {
	out := []Option{{Value: "", Label: anyLabel, Selected: selected == ""}}
	for _, v := range values {
		out = append(out, Option{Value: v, Label: v, Selected: v == selected})
	}
	return out
}

// sourceOptions is the source filter's choices: outlets, and articles
// without one by their title.
func sourceOptions(sources []store.SourceChoice, selected string) []Option {
	out := []Option{{Value: "", Label: "Any source", Selected: selected == ""}}
	for _, s := range sources {
		out = append(out, Option{Value: s.Value, Label: shorten(s.Label, 40), Selected: s.Value == selected})
	}
	return out
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// sourceLabel names the article a claim comes from: its outlet when known,
// its origin otherwise, shortened for a table cell.
func sourceLabel(side store.QueueSide) string {
	return articleByline(side.Title, side.Source, side.Origin)
}
