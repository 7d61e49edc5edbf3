package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// decisionDone says what a decision did, for the flash on the next fact.
var decisionDone = map[string]string{
	store.DecisionConfirmed: "reviewed: the engine's reading stands",
	store.DecisionDismissed: "not a conflict",
	store.DecisionMistrans:  "a mistranslation",
	store.DecisionResolved:  "resolved",
	store.DecisionOpen:      "reopened",
}

// decideFact saves the decision form: the statements' reviews, the note,
// the evidence and, when a decision button was pressed, the decision.
// After a decision the next open fact opens; a save without one stays.
func (s *Server) decideFact(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	ch := store.FactChange{SetNote: true, Note: r.PostFormValue("note"),
		SetEvidence: true, Evidence: store.SplitURLs(r.PostFormValue("evidence")), Reviews: map[int64]string{}}
	for key, vals := range r.PostForm {
		if sid, ok := strings.CutPrefix(key, "review_"); ok && len(vals) > 0 {
			if n, err := strconv.ParseInt(sid, 10, 64); err == nil {
				ch.Reviews[n] = vals[0]
			}
		}
	}
	decision := r.PostFormValue("decision")
	if decision != "" {
		ch.SetDecision, ch.Decision, ch.Resolution = true, decision, r.PostFormValue("resolution")
	}
	s.saveFact(w, r, ch)
}

// assignFact gives the fact to a reviewer (0: nobody).
func (s *Server) assignFact(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PostFormValue("assignee"), 10, 64)
	s.saveFact(w, r, store.FactChange{SetAssignee: true, AssignTo: id})
}

// saveFact applies ch to the fact of the path. A stale version or a
// refused value shows the page again with what the reviewer typed (409 or
// 400); a decision goes on to the next open fact.
func (s *Server) saveFact(w http.ResponseWriter, r *http.Request, ch store.FactChange) {
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
	p := backFactParams(r)
	saved, err := s.db.UpdateFact(r.Context(), u, id, ch)
	var stale *store.FactStaleError
	if errors.As(err, &stale) || claims.ErrorCode(err) == claims.EINVALID {
		v, verr := s.factView(r.Context(), id, p, formStatementParams(r))
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
				Status: decisionLabel(v.Fact.Decision), Note: v.Fact.Note, Evidence: v.Fact.Evidence}
		} else {
			v.Errors = []string{claims.ErrorMessage(err)}
		}
		// Keep everything typed: note, evidence, the value and the reviews.
		if _, typed := r.PostForm["note"]; typed {
			v.Note = r.PostFormValue("note")
		}
		if _, typed := r.PostForm["evidence"]; typed {
			v.Evidence = r.PostFormValue("evidence")
		}
		if _, typed := r.PostForm["resolution"]; typed {
			v.Resolution = r.PostFormValue("resolution")
		}
		for i := range v.Statements {
			if rv, ok := ch.Reviews[v.Statements[i].ID]; ok {
				v.Statements[i].Review = rv
			}
		}
		s.render(w, r, status, factTitle(v), FactPageView(v))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	if !ch.SetDecision {
		if ch.SetAssignee {
			s.flash(w, r, "Assignment saved.")
		} else {
			s.flash(w, r, "Saved.")
		}
		http.Redirect(w, r, factPageURL(id, p.back(), formStatementParams(r)), http.StatusSeeOther)
		return
	}
	users, err := s.db.Users(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	done := fmt.Sprintf("%s · %s: %s.", factLabel(saved), saved.Attribute, decisionDone[saved.Decision])
	if saved.Decision == store.DecisionOpen {
		s.flash(w, r, done)
		http.Redirect(w, r, factPageURL(id, p.back(), formStatementParams(r)), http.StatusSeeOther)
		return
	}
	next, err := s.nextOpenFact(r.Context(), p.filter(u, users), saved)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if next == 0 {
		s.flash(w, r, done+" Nothing else is left to decide under these filters.")
		http.Redirect(w, r, p.url("/"), http.StatusSeeOther)
		return
	}
	s.flash(w, r, done+" This is the next open fact.")
	http.Redirect(w, r, factURL(next, p.back()), http.StatusSeeOther)
}
