package web

import (
	"net/http"
	"strconv"

	"github.com/claimdesk/claimdesk/store"
)

// decision is a status change from the decision form, which also saves the
// note typed with it.
func (s *Server) decision(w http.ResponseWriter, r *http.Request, status, done string) {
	ch := store.MatchChange{SetStatus: true, Status: status}
	r.ParseForm()
	// A form without a note field (a one-button form) leaves the note alone.
	if _, ok := r.PostForm["note"]; ok {
		ch.SetNote, ch.Note = true, r.PostFormValue("note")
	}
	s.saveConflict(w, r, ch, done)
}

// confirmConflict: the sources do conflict.
func (s *Server) confirmConflict(w http.ResponseWriter, r *http.Request) {
	s.decision(w, r, store.StatusConfirmed, "Confirmed: the sources conflict.")
}

// dismissConflict: not a conflict after all.
func (s *Server) dismissConflict(w http.ResponseWriter, r *http.Request) {
	s.decision(w, r, store.StatusDismissed, "Dismissed: not a conflict.")
}

// markMistranslation: the difference comes from a bad translation.
func (s *Server) markMistranslation(w http.ResponseWriter, r *http.Request) {
	s.decision(w, r, store.StatusMistranslation, "Marked as a mistranslation.")
}

// reopenConflict puts a decided conflict back in the open queue.
func (s *Server) reopenConflict(w http.ResponseWriter, r *http.Request) {
	s.decision(w, r, store.StatusOpen, "Reopened.")
}

// noteConflict saves the note alone.
func (s *Server) noteConflict(w http.ResponseWriter, r *http.Request) {
	s.saveConflict(w, r, store.MatchChange{SetNote: true, Note: r.PostFormValue("note")}, "Note saved.")
}

// evidenceConflict saves the evidence links, one per line.
func (s *Server) evidenceConflict(w http.ResponseWriter, r *http.Request) {
	s.saveConflict(w, r, store.MatchChange{SetEvidence: true, Evidence: store.SplitURLs(r.PostFormValue("evidence"))}, "Evidence saved.")
}

// assignConflict gives the conflict to a reviewer (0: nobody).
func (s *Server) assignConflict(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PostFormValue("assignee"), 10, 64)
	s.saveConflict(w, r, store.MatchChange{SetAssignee: true, AssignTo: id}, "Assignment saved.")
}
