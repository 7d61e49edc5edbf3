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
	keyUserID = "uid"
	keyFlash  = "flash"
)

type ctxKey int

const (
	userKey ctxKey = iota
	sessionKey
)

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

// session returns the request's session: the one requireUser loaded, or the
// one the cookie names, or a new empty one.
func (s *Server) session(r *http.Request) *sessions.Session {
	if sess, ok := r.Context().Value(sessionKey).(*sessions.Session); ok {
		return sess
	}
	sess, err := s.sessions.New(r, sessionName)
	if err != nil {
		s.log.Warn("read session", "err", err)
	}
	return sess
}

// startSession ends whatever session the browser had and starts a fresh one
// for u, with a new token: nothing from before the login survives (no
// session fixation).
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u store.User) error {
	if old := s.session(r); old.ID != "" {
		if err := s.db.DeleteSession(r.Context(), old.ID); err != nil {
			return err
		}
	}
	sess := sessions.NewSession(s.sessions, sessionName)
	opts := s.sessions.options(r)
	sess.Options = &opts
	sess.Values[keyUserID] = u.ID
	return sess.Save(r, w)
}

// endSession deletes the session on the server and tells the browser to drop
// its cookie: a copy of the cookie kept from before opens nothing.
func (s *Server) endSession(w http.ResponseWriter, r *http.Request) error {
	sess := s.session(r)
	sess.Options.MaxAge = -1
	return sess.Save(r, w)
}

// requireUser lets a request through only with a live session of an
// existing, enabled user, which it puts in the request context with the
// session; anyone else goes to /login.
func (s *Server) requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, err := s.sessions.New(r, sessionName)
		if err != nil {
			s.error(w, r, err)
			return
		}
		id, _ := sess.Values[keyUserID].(int64)
		if id == 0 {
			s.error(w, r, claims.Errorf(claims.EUNAUTHORIZED, "Please log in."))
			return
		}
		u, err := s.db.UserByID(r.Context(), id)
		if claims.ErrorCode(err) == claims.ENOTFOUND || (err == nil && u.Disabled) {
			s.error(w, r, claims.Errorf(claims.EUNAUTHORIZED, "Please log in."))
			return
		} else if err != nil {
			s.error(w, r, err)
			return
		}
		ctx := context.WithValue(r.Context(), userKey, u)
		ctx = context.WithValue(ctx, sessionKey, sess)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// currentSessionRow is the sessions row of a request that passed
// requireUser, so the admins' list can mark "this session".
func currentSessionRow(r *http.Request) int64 {
	sess, ok := r.Context().Value(sessionKey).(*sessions.Session)
	if !ok {
		return 0
	}
	id, _ := sess.Values[keySessionRow].(int64)
	return id
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

// takeFlashes returns and clears the pending messages.
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
