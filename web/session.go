package web

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

const sessionName = "claimdesk"

// Session value keys.
const (
	keyUserID  = "uid"
	keyExpires = "exp" // unix seconds: sessions end even if a cookie is replayed
	keyFlash   = "flash"
)

type ctxKey int

const userKey ctxKey = 0

// userFrom returns the logged-in user of a request that passed requireUser.
func userFrom(ctx context.Context) (store.User, bool) {
	u, ok := ctx.Value(userKey).(store.User)
	return u, ok
}

// isSecure reports whether the browser reached us over HTTPS, directly or
// through a proxy that says so.
func isSecure(r *http.Request) bool {
	return r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
}

func (s *Server) cookieStore(r *http.Request) *sessions.CookieStore {
	if isSecure(r) {
		return s.secureSessions
	}
	return s.sessions
}

// session decodes the request's session; a missing, tampered or expired
// cookie gives a new empty session.
func (s *Server) session(r *http.Request) *sessions.Session {
	sess, err := s.cookieStore(r).New(r, sessionName)
	if err != nil || sess == nil {
		sess = sessions.NewSession(s.cookieStore(r), sessionName)
		opts := *s.cookieStore(r).Options
		sess.Options = &opts
	}
	return sess
}

// startSession replaces whatever session the browser had with a fresh one for
// u: nothing from before the login survives (no session fixation).
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u store.User) error {
	cs := s.cookieStore(r)
	sess := sessions.NewSession(cs, sessionName)
	opts := *cs.Options
	sess.Options = &opts
	sess.Values[keyUserID] = u.ID
	sess.Values[keyExpires] = s.now().Add(SessionMaxAge).Unix()
	return sess.Save(r, w)
}

// endSession tells the browser to drop the session cookie.
func (s *Server) endSession(w http.ResponseWriter, r *http.Request) error {
	sess := s.session(r)
	sess.Values = map[any]any{}
	sess.Options.MaxAge = -1
	return sess.Save(r, w)
}

// requireUser lets a request through only with a live session of an existing
// user, which it puts in the request context; anyone else goes to /login.
func (s *Server) requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess := s.session(r)
		id, _ := sess.Values[keyUserID].(int64)
		exp, _ := sess.Values[keyExpires].(int64)
		if id == 0 || s.now().Unix() >= exp {
			s.error(w, r, claims.Errorf(claims.EUNAUTHORIZED, "Please log in."))
			return
		}
		u, err := s.db.UserByID(r.Context(), id)
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			s.error(w, r, claims.Errorf(claims.EUNAUTHORIZED, "Please log in."))
			return
		} else if err != nil {
			s.error(w, r, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, u)))
	})
}

// requireAdmin refuses, with a 403 page, users who are not admins. It must
// run inside requireUser.
func (s *Server) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, ok := userFrom(r.Context()); !ok || !u.IsAdmin() {
			s.error(w, r, claims.Errorf(claims.EFORBIDDEN, "This page is for admins."))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// flash keeps a one-line message for the next page the user sees, after a
// redirect.
func (s *Server) flash(w http.ResponseWriter, r *http.Request, msg string) {
	sess := s.session(r)
	sess.AddFlash(msg, keyFlash)
	if err := sess.Save(r, w); err != nil {
		s.log.Warn("save flash", "err", err)
	}
}

// takeFlashes returns and clears the pending messages. Call it before the
// page writes its body: clearing sets a cookie.
func (s *Server) takeFlashes(w http.ResponseWriter, r *http.Request) []string {
	sess := s.session(r)
	raw := sess.Flashes(keyFlash)
	if len(raw) == 0 {
		return nil
	}
	if err := sess.Save(r, w); err != nil {
		s.log.Warn("clear flash", "err", err)
	}
	out := make([]string, 0, len(raw))
	for _, f := range raw {
		if m, ok := f.(string); ok {
			out = append(out, m)
		}
	}
	return out
}
