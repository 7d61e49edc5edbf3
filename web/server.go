// Package web is Claimdesk's reviewer workbench: server-rendered pages (templ)
// over the store, with cookie sessions, a login wall, a role wall and
// cross-origin protection. It is the only package that speaks HTTP.
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/sessions"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// SessionMaxAge is how long a login lasts.
const SessionMaxAge = 12 * time.Hour

// Server serves the workbench. Its dependencies are explicit: build it with
// New.
type Server struct {
	db  *store.DB
	log *slog.Logger
	// Two cookie stores that differ only in the Secure flag: which one a
	// request uses depends on whether it came over TLS (or a proxy says so).
	sessions, secureSessions *sessions.CookieStore
	now                      func() time.Time
	handler                  http.Handler
	logAll                   bool          // log every request at INFO (Config.LogRequests)
	slowRequest              time.Duration // a request slower than this is logged as a warning
}

// Config is what New needs. Log and Now may be left zero.
type Config struct {
	DB  *store.DB
	Log *slog.Logger
	// Now is the clock for login throttling and sessions; time.Now if nil.
	Now func() time.Time
	// LogRequests logs every request at INFO. Without it only failed
	// (5xx) and slow requests are logged.
	LogRequests bool
	// SlowRequest is the duration from which a request is logged as slow;
	// DefaultSlowRequest if zero.
	SlowRequest time.Duration
}

// New builds a Server, loading (or creating, on first start) the session keys
// kept in the database.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.DB == nil {
		return nil, fmt.Errorf("web: no database")
	}
	s := &Server{db: cfg.DB, log: cfg.Log, now: cfg.Now, logAll: cfg.LogRequests, slowRequest: cfg.SlowRequest}
	if s.slowRequest <= 0 {
		s.slowRequest = DefaultSlowRequest
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	hashKey, blockKey, err := cfg.DB.SessionKeys(ctx)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	// Aliases and role words admins added live in the database; the
	// lexicon the engine reads must know them before the first import.
	skipped, err := cfg.DB.ReplayLexicon(ctx, claims.DefaultLexicon())
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	for _, err := range skipped {
		s.log.Warn("lexicon addition not applied", "err", err)
	}
	s.sessions = newCookieStore(hashKey, blockKey, false)
	s.secureSessions = newCookieStore(hashKey, blockKey, true)
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// newCookieStore sets the options gorilla/sessions leaves unsafe by default:
// HttpOnly, SameSite=Lax, an expiry, and Secure when asked.
func newCookieStore(hashKey, blockKey []byte, secure bool) *sessions.CookieStore {
	cs := sessions.NewCookieStore(hashKey, blockKey)
	cs.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   int(SessionMaxAge / time.Second),
		HttpOnly: true,
		Secure:   secure,
		SameSite: http.SameSiteLaxMode,
	}
	// MaxAge also bounds how old a signed cookie the codecs accept.
	cs.MaxAge(cs.Options.MaxAge)
	return cs
}
