package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims/story"
	"github.com/claimdesk/claimdesk/store"
)

// factsPageSize is how many facts the queue shows at once.
const factsPageSize = 50

// FactsView is the model of the queue of facts (the home page).
type FactsView struct {
	Flashes    []string
	Heading    string
	Rows       []FactRow
	ViewTabs   []FilterLink
	StatusTabs []FilterLink
	Kinds      []Option
	Languages  []Option
	Sources    []Option
	Statuses   []Option
	Deciders   []Option
	Stories    []Option // the story filter: the latest stories and the one in force
	Assignees  []Option // the bulk form's assignee choice
	Story      int64
	StoryTitle string
	View       string
	AssignedMe bool
	Back       string
	Download   string
	NextPage   string // "" on the last page
	FirstPage  string // "" on the first page
	// RaisedPairs is how many open pairs reviewers raised by hand: they
	// belong to no fact and are reviewed on the list of pairs.
	RaisedPairs int
	// Total is the number of facts in the view when a kept count knows it
	// (the view filters by status and decision only); -1 otherwise.
	Total int
}

// FactRow is one fact in the queue.
type FactRow struct {
	store.FactItem
	Href     string
	Label    string // the subject, or the story's title for its own event
	Worth    string
	Decided  bool
	Disputed bool
}

// factLabel names a fact: its subject and attribute, or for the story's
// own event (subject "") the story's title.
func factLabel(it store.FactItem) string {
	if it.Subject != "" {
		return it.Subject
	}
	if it.StoryTitle != "" {
		return it.StoryTitle
	}
	return fmt.Sprintf("Story %d", it.StoryID)
}

// factsPage lists facts, disputed first, those most sources disagree on and
// the most check-worthy first, with filters; by default what still needs a
// decision.
func (s *Server) factsPage(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	p := parseFactParams(r.URL.Query())
	users, err := s.db.Users(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	f := p.filter(u, users)
	page, err := s.db.FactQueue(r.Context(), f, p.After, factsPageSize)
	if err != nil {
		s.error(w, r, err)
		return
	}
	counts, err := s.db.CountFacts(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	sources, err := s.db.Outlets(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if p.Source != "" && !oneOf(p.Source, sources...) {
		sources = append(sources, p.Source) // an origin from a link keeps its choice
	}
	v := FactsView{
		Flashes: s.takeFlashes(w, r), Heading: "Facts to decide", Story: p.Story, View: p.View,
		AssignedMe: p.AssignedToMe, Back: p.back(), Download: p.download(u), Total: -1,
	}
	if v.RaisedPairs, err = s.db.OpenRaisedPairs(r.Context()); err != nil {
		s.error(w, r, err)
		return
	}
	switch p.View {
	case store.ViewDecided:
		v.Heading = "Decided facts"
	case store.ViewAll:
		v.Heading = "All facts"
	default:
		if p.Status != "" {
			v.Heading = "Open facts"
		}
	}
	if p.Story != 0 {
		if st, err := s.db.Story(r.Context(), p.Story); err == nil {
			v.StoryTitle = st.Title
		}
	}
	if v.Stories, err = s.storyOptions(r, p.Story, v.StoryTitle); err != nil {
		s.error(w, r, err)
		return
	}
	for _, it := range page.Items {
		v.Rows = append(v.Rows, FactRow{FactItem: it, Href: factURL(it.ID, v.Back), Label: factLabel(it),
			Worth: fmt.Sprintf("%.0f%%", it.Worth*100), Decided: it.Decision != store.DecisionOpen, Disputed: it.Status == story.Disputed})
	}
	if page.Next != "" {
		q := p
		q.After = page.Next
		v.NextPage = "/?" + q.Values().Encode()
	}
	if p.After != "" {
		v.FirstPage = p.url("/")
	}
	simple := p.Story == 0 && p.Kind == "" && p.Language == "" && p.Source == "" && !p.AssignedToMe && p.DecidedBy == ""
	v.ViewTabs = []FilterLink{
		viewTab("Needs a decision", "", counts.NeedsDecision(), p),
		viewTab("Decided", store.ViewDecided, sum(counts.Decided), p),
		viewTab("All", store.ViewAll, sum(counts.Open)+sum(counts.Decided), p),
	}
	for _, st := range store.FactStatuses {
		n := counts.Open[st]
		switch p.View {
		case store.ViewDecided:
			n = counts.Decided[st]
		case store.ViewAll:
			n = counts.Open[st] + counts.Decided[st]
		}
		q := p
		q.Status = st
		if p.Status == st {
			q.Status = ""
		}
		v.StatusTabs = append(v.StatusTabs, FilterLink{Label: st, Count: n, Href: q.url("/"), Active: p.Status == st})
	}
	if simple {
		for _, t := range append(v.ViewTabs, v.StatusTabs...) {
			if t.Active && (p.Status == "" || t.Label == p.Status) {
				v.Total = t.Count
			}
		}
	}
	v.Kinds = options(matchKinds, p.Kind, "Any kind")
	v.Statuses = options(store.FactStatuses, p.Status, "Needing a decision")
	if p.View != "" {
		v.Statuses[0].Label = "Any status"
	}
	v.Sources = options(sources, p.Source, "Any source")
	v.Languages = []Option{{Value: "", Label: "Any language", Selected: p.Language == ""}}
	for _, l := range languages {
		v.Languages = append(v.Languages, Option{Value: l.Code, Label: l.Name, Selected: p.Language == l.Code})
	}
	names := make([]string, 0, len(users))
	for _, x := range users {
		names = append(names, x.Name)
	}
	v.Deciders = options(names, p.DecidedBy, "Decided by anyone")
	v.Assignees = []Option{{Value: "0", Label: "Nobody"}}
	for _, x := range users {
		v.Assignees = append(v.Assignees, Option{Value: itoa64(x.ID), Label: x.Name, Selected: x.ID == u.ID})
	}
	s.render(w, r, http.StatusOK, "Queue", FactsPage(v))
}

// storyChoices bounds the story filter's list: a newsroom with thousands
// of stories picks older ones from the stories list, whose rows link here.
const storyChoices = 100

// storyOptions is the story filter's choices: the latest published stories,
// and the story in force when it is older than those.
func (s *Server) storyOptions(r *http.Request, current int64, currentTitle string) ([]Option, error) {
	list, err := s.db.Stories(r.Context(), "", storyChoices)
	if err != nil {
		return nil, err
	}
	out := []Option{{Value: "", Label: "Any story", Selected: current == 0}}
	found := current == 0
	for _, st := range list.Stories {
		out = append(out, Option{Value: itoa64(st.ID), Label: storyName(st.Title, st.ID), Selected: st.ID == current})
		found = found || st.ID == current
	}
	if !found {
		out = append(out, Option{Value: itoa64(current), Label: storyName(currentTitle, current), Selected: true})
	}
	return out, nil
}

// viewTab is a tab that picks a view, keeping the other filters.
func viewTab(label, view string, count int, p factParams) FilterLink {
	q := p
	q.View = view
	return FilterLink{Label: label, Count: count, Href: q.url("/"), Active: p.View == view}
}

func factURL(id int64, back string) string {
	if back != "" {
		return fmt.Sprintf("/facts/%d?%s", id, back)
	}
	return fmt.Sprintf("/facts/%d", id)
}

// bulkFacts applies one action to the facts selected in the queue: assign,
// dismiss as not a conflict, or mark reviewed (the engine's reading stands).
func (s *Server) bulkFacts(w http.ResponseWriter, r *http.Request) {
	u, _ := userFrom(r.Context())
	r.ParseForm()
	p := backFactParams(r)
	var picked []store.FactVersion
	for _, raw := range r.PostForm["fact"] {
		// Each checkbox carries "id:version", so a fact changed since the
		// queue was drawn is left alone rather than overwritten.
		id, ver, ok := strings.Cut(raw, ":")
		fid, err1 := strconv.ParseInt(id, 10, 64)
		fv, err2 := strconv.Atoi(ver)
		if !ok || err1 != nil || err2 != nil {
			continue
		}
		picked = append(picked, store.FactVersion{ID: fid, Version: fv})
	}
	var ch store.FactChange
	var did string
	switch r.PostFormValue("action") {
	case "assign":
		id, _ := strconv.ParseInt(r.PostFormValue("assignee"), 10, 64)
		ch = store.FactChange{SetAssignee: true, AssignTo: id}
		did = "assigned"
	case "dismiss":
		ch = store.FactChange{SetDecision: true, Decision: store.DecisionDismissed}
		did = "dismissed as not a conflict"
	case "reviewed":
		ch = store.FactChange{SetDecision: true, Decision: store.DecisionConfirmed}
		did = "marked reviewed"
	default:
		s.flash(w, r, "Choose an action: assign, not a conflict, or reviewed.")
		http.Redirect(w, r, p.url("/"), http.StatusSeeOther)
		return
	}
	if len(picked) == 0 {
		s.flash(w, r, "No facts were selected, so nothing changed.")
		http.Redirect(w, r, p.url("/"), http.StatusSeeOther)
		return
	}
	saved, stale, err := s.db.UpdateFacts(r.Context(), u, picked, ch)
	if err != nil {
		s.error(w, r, err)
		return
	}
	msg := plural(saved, "fact", "facts") + " " + did + "."
	if len(stale) == 1 {
		msg += " 1 fact changed by someone else meanwhile was left alone: look at it again."
	} else if len(stale) > 1 {
		msg += fmt.Sprintf(" %d facts changed by someone else meanwhile were left alone: look at them again.", len(stale))
	}
	s.flash(w, r, msg)
	http.Redirect(w, r, p.url("/"), http.StatusSeeOther)
}

// storyName is a story's title, or its number when it has none yet.
func storyName(title string, id int64) string {
	if title != "" {
		return title
	}
	return "Story " + itoa64(id)
}

// pluralWord picks the word for n.
func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// decisionLabel says a decision in a reviewer's words.
func decisionLabel(d string) string {
	switch d {
	case store.DecisionConfirmed:
		return "reviewed"
	case store.DecisionDismissed:
		return "not a conflict"
	case store.DecisionMistrans:
		return "mistranslation"
	case store.DecisionResolved:
		return "resolved"
	}
	return d
}
