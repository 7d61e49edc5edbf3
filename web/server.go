// Package web is Claimdesk's reviewer workbench: server-rendered pages (templ)
// over the store, with cookie sessions, a login wall, a role wall and
// cross-origin protection. It is the only package that speaks HTTP.
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// SessionMaxAge is how long a login lasts at most, however busy;
// SessionIdleTimeout how long it lasts without a request. Config may set
// others.
const (
	SessionMaxAge      = 12 * time.Hour
	SessionIdleTimeout = 2 * time.Hour
)

// Server serves the workbench. Its dependencies are explicit: build it with
// New.
type Server struct {
	db             *store.DB
	log            *slog.Logger
	sessions       *dbSessions
	trustedProxies []netip.Prefix
	baseURL        string // what ClaimReview urls start with (Config.BaseURL)
	now            func() time.Time
	sleep          func(context.Context, time.Duration) error
	handler        http.Handler
	logAll         bool          // log every request at INFO (Config.LogRequests)
	slowRequest    time.Duration // a request slower than this is logged as a warning
	imports        *importRunner // background import jobs (import_jobs.go)
	stopImports    context.CancelFunc
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
	// SessionIdle and SessionLifetime end a session that has seen no
	// request for that long, or that began that long ago; zero means
	// SessionIdleTimeout and SessionMaxAge.
	SessionIdle, SessionLifetime time.Duration
	// TrustedProxies are the proxies whose X-Forwarded-For names the
	// client (serve --trust-proxy); none means the header is ignored.
	TrustedProxies []netip.Prefix
	// BaseURL is where readers reach the workbench (serve --base-url, or the
	// address served on), for the urls in ClaimReview; http://localhost if
	// empty. Never taken from a request's Host header.
	BaseURL string
	// Sleep waits out a login delay; tests replace it to keep time fake.
	Sleep func(context.Context, time.Duration) error
}

// New builds a Server over the database, where sessions are kept too.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.DB == nil {
		return nil, fmt.Errorf("web: no database")
	}
	s := &Server{db: cfg.DB, log: cfg.Log, now: cfg.Now, sleep: cfg.Sleep, trustedProxies: cfg.TrustedProxies, logAll: cfg.LogRequests, slowRequest: cfg.SlowRequest}
	if s.sleep == nil {
		s.sleep = sleepCtx
	}
	if s.slowRequest <= 0 {
		s.slowRequest = DefaultSlowRequest
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
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
	s.baseURL = "http://localhost"
	if cfg.BaseURL != "" {
		base, err := ParseBaseURL(cfg.BaseURL)
		if err != nil {
			return nil, fmt.Errorf("web: %w", err)
		}
		s.baseURL = base
	}
	// Import jobs run inside the server: one that was running when it last
	// stopped is marked so its page says so.
	if n, err := cfg.DB.InterruptImportJobs(ctx); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	} else if n > 0 {
		s.log.Warn("imports interrupted by the last stop", "jobs", n)
	}
	ictx, stop := context.WithCancel(ctx)
	s.stopImports = stop
	s.imports = newImportRunner(ictx, cfg.DB, s.log)
	policy := store.SessionPolicy{Idle: cfg.SessionIdle, Lifetime: cfg.SessionLifetime}
	if policy.Idle <= 0 {
		policy.Idle = SessionIdleTimeout
	}
	if policy.Lifetime <= 0 {
		policy.Lifetime = SessionMaxAge
	}
	s.sessions = &dbSessions{db: cfg.DB, now: s.now, policy: policy, addr: s.clientAddr}
	s.handler = s.routes()
	return s, nil
}

// Close stops the import worker and waits for it: call it before closing
// the database. A job it was running is marked interrupted on the next start.
func (s *Server) Close() {
	s.stopImports()
	s.imports.wg.Wait()
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }
