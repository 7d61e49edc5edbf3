package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// ConflictView is the model of the conflict page.
type ConflictView struct {
	Flashes []string
	Errors  []string // why a save was refused (shown in red); the form keeps what was typed
	Stale   string   // why a save was refused: someone else saved first
	// Clash is what the other reviewer saved, shown beside this reviewer's
	// draft after a refused (stale) save; nil otherwise.
	Clash     *ConflictClash
	Match     store.MatchReview
	Agrees    bool
	A, B      ConflictSide
	Assignees []Option
	Note      string // the note textarea: the saved note, or the reviewer's draft
	Evidence  string // the evidence textarea, one link per line: saved, or the draft
	Back      string // the queue filters, carried by every form
	QueueHref string
	PrevHref  string // "" at the start of the queue
	NextHref  string // "" at the end
	// NextOpen is the most check-worthy other open conflict under the same
	// filters: where a reviewer goes after deciding this one.
	NextOpen string
	History  []HistoryRow
}

// ConflictClash is the saved state another reviewer wrote while this one was
// editing: who, when, and their note and evidence.
type ConflictClash struct {
	Who, At  string
	Status   string
	Note     string
	Evidence []string
}

// ConflictSide is one claim of a conflict, in its article's context.
type ConflictSide struct {
	Label string // A or B
	store.QueueSide
	Before, After string
	Parts         []TextPart
	ClaimHref     string
	ArticleHref   string
}

// HistoryRow is one line of a history list.
type HistoryRow struct {
	When, Who, What, Old, New string
}

// conflictPage shows a match's two claims side by side with the review
// actions.
func (s *Server) conflictPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	p := parseQueueParams(r.URL.Query())
	if !p.Pair {
		// Old links to a pair the engine derived lead to its fact, where
		// reviewers now decide it; pairs raised by hand have no fact.
		fact, err := s.db.MatchFact(r.Context(), id)
		if err != nil {
			s.error(w, r, err)
			return
		}
		if fact != 0 {
			http.Redirect(w, r, fmt.Sprintf("/facts/%d", fact), http.StatusSeeOther)
			return
		}
	}
	v, err := s.conflictView(r.Context(), id, p)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, conflictTitle(v), ConflictPage(v))
}

func conflictTitle(v ConflictView) string {
	return fmt.Sprintf("%s: %s vs %s", v.Match.Subject, v.Match.A.Value, v.Match.B.Value)
}

// conflictView gathers the page's model for match id, with the queue under p
// for previous/next.
func (s *Server) conflictView(ctx context.Context, id int64, p queueParams) (ConflictView, error) {
	u, _ := userFrom(ctx)
	m, err := s.db.MatchReview(ctx, id)
	if err != nil {
		return ConflictView{}, err
	}
	fa, fb, err := s.db.ComparedFacets(ctx, id)
	if err != nil {
		return ConflictView{}, err
	}
	v := ConflictView{Match: m, Agrees: m.Relation == claims.Agrees, Note: m.Note, Evidence: strings.Join(m.Evidence, "\n")}
	back := p.Values()
	back.Del("page")
	v.Back = back.Encode()
	v.QueueHref = p.url("/conflicts")
	if v.A, err = s.conflictSide(ctx, "A", m.A, fa); err != nil {
		return ConflictView{}, err
	}
	if v.B, err = s.conflictSide(ctx, "B", m.B, fb); err != nil {
		return ConflictView{}, err
	}
	prev, next, err := s.db.QueueNeighbours(ctx, p.filter(u), id)
	if err != nil {
		return ConflictView{}, err
	}
	if prev != 0 {
		v.PrevHref = conflictURL(prev, v.Back)
	}
	if next != 0 {
		v.NextHref = conflictURL(next, v.Back)
	}
	open := p.filter(u)
	open.Status = store.StatusOpen
	firstOpen, err := s.db.Queue(ctx, open, 2, 0)
	if err != nil {
		return ConflictView{}, err
	}
	for _, it := range firstOpen {
		if it.MatchID != id {
			v.NextOpen = conflictURL(it.MatchID, v.Back)
			break
		}
	}
	users, err := s.db.Users(ctx)
	if err != nil {
		return ConflictView{}, err
	}
	v.Assignees = []Option{{Value: "0", Label: "Nobody", Selected: m.AssignedID == 0}}
	for _, x := range users {
		v.Assignees = append(v.Assignees, Option{Value: fmt.Sprint(x.ID), Label: x.Name, Selected: x.ID == m.AssignedID})
	}
	if v.History, err = s.history(ctx, store.AuditMatch, id); err != nil {
		return ConflictView{}, err
	}
	return v, nil
}

func (s *Server) conflictSide(ctx context.Context, label string, side store.QueueSide, f *claims.Facet) (ConflictSide, error) {
	cs := ConflictSide{
		Label:       label,
		QueueSide:   side,
		ClaimHref:   fmt.Sprintf("/claims/%d", side.ClaimID),
		ArticleHref: fmt.Sprintf("/articles/%d", side.ArticleID),
	}
	var err error
	if cs.Before, cs.After, err = s.db.ClaimContext(ctx, side.ClaimID); err != nil {
		return ConflictSide{}, err
	}
	sp, ok := facetSpan(f)
	if !ok {
		sp, ok = findSpan(side.Text, side.Value)
	}
	var spans []span
	if ok {
		spans = append(spans, sp)
	}
	cs.Parts = markSpans(side.Text, spans)
	return cs, nil
}

func conflictURL(id int64, back string) string {
	if back != "" {
		return fmt.Sprintf("/conflicts/%d?%s", id, back)
	}
	return fmt.Sprintf("/conflicts/%d", id)
}

// history turns a row's audit log into lines for a history list.
func (s *Server) history(ctx context.Context, entity string, id int64) ([]HistoryRow, error) {
	entries, err := s.db.History(ctx, entity, id)
	if err != nil {
		return nil, err
	}
	out := make([]HistoryRow, 0, len(entries))
	for _, e := range entries {
		who := e.User
		if who == "" {
			who = "system"
		}
		out = append(out, HistoryRow{When: e.At.Format("2006-01-02 15:04 UTC"), Who: who, What: e.Action, Old: e.Old, New: e.New})
	}
	return out, nil
}

// saveConflict applies one reviewer action from a form and redirects back to
// the conflict; a stale version shows the page as it is now, with a 409 and
// what changed.
func (s *Server) saveConflict(w http.ResponseWriter, r *http.Request, ch store.MatchChange, done string) {
	u, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if ch.Version, err = formVersion(r); err != nil {
		s.error(w, r, err)
		return
	}
	p := backParams(r)
	_, err = s.db.UpdateMatch(r.Context(), u, id, ch)
	var stale *store.StaleError
	if errors.As(err, &stale) || claims.ErrorCode(err) == claims.EINVALID {
		// Show the page again with what the reviewer typed in the form, so
		// nothing they wrote is lost; after a clash, beside what the other
		// reviewer saved.
		v, verr := s.conflictView(r.Context(), id, p)
		if verr != nil {
			s.error(w, r, verr)
			return
		}
		status := http.StatusBadRequest
		if stale != nil {
			status = http.StatusConflict
			v.Stale = stale.Error()
			who := stale.Last.User
			if who == "" {
				who = "someone else"
			}
			v.Clash = &ConflictClash{Who: who, At: stale.Last.At.Format("2006-01-02 15:04 UTC"),
				Status: v.Match.Status, Note: v.Match.Note, Evidence: v.Match.Evidence}
		} else {
			v.Errors = []string{claims.ErrorMessage(err)}
		}
		if _, typed := r.PostForm["note"]; typed {
			v.Note = r.PostFormValue("note")
		}
		if _, typed := r.PostForm["evidence"]; typed {
			v.Evidence = r.PostFormValue("evidence")
		}
		s.render(w, r, status, conflictTitle(v), ConflictPage(v))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	s.flash(w, r, done)
	back := p.Values()
	back.Del("page")
	http.Redirect(w, r, conflictURL(id, back.Encode()), http.StatusSeeOther)
}
