package web

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/gorilla/sessions"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// dbSessions is a gorilla/sessions Store that keeps sessions in the
// database. The cookie carries only a random 256-bit token; the store keeps
// its SHA-256 with the user, so a session ends on the server (logout, a new
// password, a new role, a disabled user, an admin's say) and a replayed
// cookie opens nothing. Nothing is signed, so no key can leak.
type dbSessions struct {
	db     *store.DB
	now    func() time.Time
	policy store.SessionPolicy
	addr   func(*http.Request) string // the client address kept with a session
}

// Values the store keeps in columns rather than in the session's data.
const (
	keySessionRow = "sid" // the sessions row, for the admins' list
)

var _ sessions.Store = (*dbSessions)(nil)

// Get returns the request's session, decoded once per request.
func (st *dbSessions) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(st, name)
}

// New returns the session the request's cookie names, or a new empty one
// when the cookie is missing, malformed, or names a session that has ended.
func (st *dbSessions) New(r *http.Request, name string) (*sessions.Session, error) {
	sess := sessions.NewSession(st, name)
	opts := st.options(r)
	sess.Options = &opts
	sess.IsNew = true
	c, err := r.Cookie(name)
	if err != nil || !wellFormedToken(c.Value) {
		return sess, nil
	}
	rec, err := st.db.SessionByToken(r.Context(), c.Value, st.now(), st.policy)
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		return sess, nil
	} else if err != nil {
		return sess, err
	}
	if len(rec.Data) > 0 {
		// Data the store wrote itself; one that no longer decodes (a newer
		// binary's) only loses its flash messages.
		_ = gob.NewDecoder(bytes.NewReader(rec.Data)).Decode(&sess.Values)
	}
	sess.ID, sess.IsNew = c.Value, false
	sess.Values[keyUserID] = rec.UserID
	sess.Values[keySessionRow] = rec.ID
	return sess, nil
}

// Save keeps sess: a new session with a user gets a row and a cookie, a
// known one has its data replaced, and one with a negative MaxAge is deleted
// with its cookie. A session without a user is never kept: nobody who has
// not logged in gets a row.
func (st *dbSessions) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	if sess.Options != nil && sess.Options.MaxAge < 0 {
		if sess.ID != "" {
			if err := st.db.DeleteSession(r.Context(), sess.ID); err != nil {
				return err
			}
		}
		http.SetCookie(w, sessions.NewCookie(sess.Name(), "", sess.Options))
		return nil
	}
	uid, _ := sess.Values[keyUserID].(int64)
	if uid == 0 {
		return nil
	}
	data, err := encodeValues(sess.Values)
	if err != nil {
		return err
	}
	if sess.ID != "" {
		err := st.db.SaveSessionData(r.Context(), sess.ID, data)
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			return nil // ended meanwhile (an admin, a password change): stays ended
		}
		return err
	}
	token, err := newToken()
	if err != nil {
		return err
	}
	rec := store.Session{UserID: uid, CreatedAt: st.now(), Address: st.addr(r), UserAgent: truncate(r.UserAgent(), 200), Data: data}
	if err := st.db.CreateSession(r.Context(), token, rec, st.policy); err != nil {
		return err
	}
	sess.ID = token
	http.SetCookie(w, sessions.NewCookie(sess.Name(), token, sess.Options))
	return nil
}

// options are the cookie's: HttpOnly, SameSite=Lax, Secure over TLS, and a
// MaxAge of the session's lifetime (the server ends it sooner when idle).
func (st *dbSessions) options(r *http.Request) sessions.Options {
	return sessions.Options{
		Path:     "/",
		MaxAge:   int(st.policy.Lifetime / time.Second),
		HttpOnly: true,
		Secure:   isSecure(r),
		SameSite: http.SameSiteLaxMode,
	}
}

// encodeValues gobs the session's values but those kept in columns.
func encodeValues(values map[any]any) ([]byte, error) {
	rest := make(map[any]any, len(values))
	for k, v := range values {
		if k == keyUserID || k == keySessionRow {
			continue
		}
		rest[k] = v
	}
	if len(rest) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(rest); err != nil {
		return nil, fmt.Errorf("encode session: %w", err)
	}
	return buf.Bytes(), nil
}

// tokenBytes is the entropy of a session or device token.
const tokenBytes = 32

// newToken returns a random token for a cookie.
func newToken() (string, error) {
	b := make([]byte, tokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("session token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// wellFormedToken reports whether v could be a token newToken made, so junk
// never reaches the database.
func wellFormedToken(v string) bool {
	if len(v) != base64.RawURLEncoding.EncodedLen(tokenBytes) {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(v)
	return err == nil
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
