package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// loginPage shows the login form; a logged-in user goes straight on.
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	next := localPath(r.URL.Query().Get("next"))
	s.render(w, r, http.StatusOK, "Log in", LoginPage(LoginView{Next: next}))
}

// login checks the form's username and password, throttled as
// login_throttle.go says: an account's failures slow its next attempts by a
// few seconds at most, an address's refuse it for a while, and a browser
// that logged in before as that user skips both.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("username"))
	password := r.PostFormValue("password")
	view := LoginView{Username: name, Next: localPath(r.PostFormValue("next"))}
	gate, err := s.gateLogin(r, name)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if gate.refused {
		minutes := int(addressFailureWindow.Minutes())
		view.Error = fmt.Sprintf("Too many failed attempts from your network. Try again within %d minutes, or from a browser that has logged in here before.", minutes)
		w.Header().Set("Retry-After", fmt.Sprint(minutes*60))
		s.render(w, r, http.StatusTooManyRequests, "Log in", LoginPage(view))
		return
	}
	if err := s.sleep(r.Context(), gate.delay); err != nil {
		return // the client gave up waiting
	}
	u, err := s.db.Authenticate(r.Context(), name, password)
	switch claims.ErrorCode(err) {
	case "":
	case claims.EUNAUTHORIZED:
		if err := s.loginFailed(r.Context(), gate); err != nil {
			s.error(w, r, err)
			return
		}
		s.log.Warn("login failed", "user", name, "addr", s.clientAddr(r))
		view.Error = claims.ErrorMessage(err)
		s.render(w, r, http.StatusUnauthorized, "Log in", LoginPage(view))
		return
	case claims.EFORBIDDEN:
		s.log.Warn("login refused: user disabled", "user", name, "addr", s.clientAddr(r))
		view.Error = claims.ErrorMessage(err)
		s.render(w, r, http.StatusForbidden, "Log in", LoginPage(view))
		return
	default:
		s.error(w, r, err)
		return
	}
	if err := s.loginSucceeded(w, r, gate, u); err != nil {
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

// logout ends the session, on the server as well as in the browser.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := s.endSession(w, r); err != nil {
		s.error(w, r, fmt.Errorf("end session: %w", err))
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
