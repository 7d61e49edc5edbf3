package web

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// loginPage shows the login form; a logged-in user goes straight on.
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	next := localPath(r.URL.Query().Get("next"))
	s.render(w, r, http.StatusOK, "Log in", LoginPage(LoginView{Next: next}))
}

// login checks the form's username and password. Failures are counted per
// account and per address; past a few, both are locked out for a window that
// doubles each time, and the password is not even checked.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("username"))
	password := r.PostFormValue("password")
	view := LoginView{Username: name, Next: localPath(r.PostFormValue("next"))}
	keys := []string{"user:" + strings.ToLower(name), "addr:" + clientAddr(r)}
	now := s.now()
	wait, err := s.db.LoginLockout(r.Context(), now, keys...)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if wait > 0 {
		view.Error = fmt.Sprintf("Too many failed attempts. Try again in %d seconds.", int(math.Ceil(wait.Seconds())))
		w.Header().Set("Retry-After", fmt.Sprint(int(math.Ceil(wait.Seconds()))))
		s.render(w, r, http.StatusTooManyRequests, "Log in", LoginPage(view))
		return
	}
	u, err := s.db.Authenticate(r.Context(), name, password)
	if claims.ErrorCode(err) == claims.EUNAUTHORIZED {
		if err := s.db.RecordLoginFailure(r.Context(), now, keys...); err != nil {
			s.error(w, r, err)
			return
		}
		s.log.Warn("login failed", "user", name, "addr", clientAddr(r))
		view.Error = claims.ErrorMessage(err)
		s.render(w, r, http.StatusUnauthorized, "Log in", LoginPage(view))
		return
	} else if err != nil {
		s.error(w, r, err)
		return
	}
	// Only the account's count is cleared: a valid login must not reset the
	// address's count, or one known account would unlock guessing others.
	if err := s.db.ClearLoginFailures(r.Context(), keys[0]); err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.startSession(w, r, u); err != nil {
		s.error(w, r, fmt.Errorf("start session: %w", err))
		return
	}
	s.log.Info("login", "user", u.Name)
	http.Redirect(w, r, view.Next, http.StatusSeeOther)
}

// logout ends the session.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := s.endSession(w, r); err != nil {
		s.error(w, r, fmt.Errorf("end session: %w", err))
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// clientAddr is the peer's IP. Forwarded-for headers are not trusted: anyone
// can send them, and trusting them would let a guesser pick a fresh address
// per attempt.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
