package web

import (
	"net/http"

	"github.com/claimdesk/claimdesk/store"
)

// AdminSessionsView is the model of the sessions page.
type AdminSessionsView struct {
	Flashes  []string
	Sessions []store.Session
	Me       int64 // the sessions row of the admin looking at the page
}

// adminSessions lists the live sessions: who, from where, since when
// (admins only).
func (s *Server) adminSessions(w http.ResponseWriter, r *http.Request) {
	list, err := s.db.ActiveSessions(r.Context(), s.now(), s.sessions.policy)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := AdminSessionsView{Sessions: list, Me: currentSessionRow(r)}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, "Sessions", AdminSessionsPage(v))
}

// adminEndSession ends one session: its browser is logged out at its next
// request.
func (s *Server) adminEndSession(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	by, _ := userFrom(r.Context())
	ended, err := s.db.EndSession(r.Context(), by, id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.log.Info("session ended", "by", by.Name, "user", ended.UserName, "addr", ended.Address)
	if id == currentSessionRow(r) {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	s.flash(w, r, "Ended a session of "+ended.UserName+".")
	http.Redirect(w, r, "/admin/sessions", http.StatusSeeOther)
}

// shortAgent keeps the start of a user agent, enough to tell browsers apart
// in a table cell; the whole one is the cell's title.
func shortAgent(ua string) string {
	const n = 60
	if len([]rune(ua)) <= n {
		return ua
	}
	return string([]rune(ua)[:n]) + "…"
}
