package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/claimdesk/claimdesk/store"
	"github.com/claimdesk/claimdesk/web"
)

// shutdownTimeout is how long in-flight requests get to finish on SIGINT or
// SIGTERM.
const shutdownTimeout = 10 * time.Second

// runServe serves the workbench until ctx ends (main's ctx ends on SIGINT and
// SIGTERM). On an empty database it first imports the sample articles and
// creates the admin account.
func runServe(ctx context.Context, args []string, e *env) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dbPath := fs.String("db", "claimdesk.db", "the database `file` (created when missing)")
	addr := fs.String("addr", "127.0.0.1:8080", "the `address` to listen on")
	logRequests := fs.Bool("log-requests", false, "log every request (without it, only failed and slow ones)")
	trustProxy := fs.String("trust-proxy", "", "`CIDR[,CIDR]` of reverse proxies whose X-Forwarded-For names the client (default: trust none)")
	idle := fs.Duration("session-idle", web.SessionIdleTimeout, "end a session after this long without a request")
	lifetime := fs.Duration("session-lifetime", web.SessionMaxAge, "end a session this long after its login, however busy")
	baseURL := fs.String("base-url", "", "the `URL` readers reach the workbench at, for ClaimReview links (default: http:// and the address served on)")
	rest, err := parseAnywhere(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("serve: unexpected argument %q", rest[0])
	}
	proxies, err := web.ParseTrustedProxies(*trustProxy)
	if err != nil {
		return fmt.Errorf("serve --trust-proxy: %w", err)
	}
	if *idle <= 0 || *lifetime <= 0 {
		return fmt.Errorf("serve: --session-idle and --session-lifetime must be positive")
	}
	if *baseURL != "" {
		if _, err := web.ParseBaseURL(*baseURL); err != nil {
			return fmt.Errorf("serve --base-url: %w", err)
		}
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, w := range store.LoosePermissions(*dbPath) {
		log.Warn("database readable by others", "file", w)
	}
	if err := importSeedsIfEmpty(ctx, db, log); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer ln.Close()
	if err := createFirstAdmin(ctx, db, "http://"+ln.Addr().String(), *dbPath, e.stdout); err != nil {
		return err
	}
	base := *baseURL
	if base == "" {
		base = "http://" + ln.Addr().String()
		if host, _, _ := net.SplitHostPort(ln.Addr().String()); net.ParseIP(host).IsUnspecified() {
			log.Warn("ClaimReview links will name an address no reader can open; give serve --base-url", "base", base)
		}
	}
	srv, err := web.New(ctx, web.Config{DB: db, Log: log, LogRequests: *logRequests, TrustedProxies: proxies,
		SessionIdle: *idle, SessionLifetime: *lifetime, BaseURL: base})
	if err != nil {
		return err
	}
	defer srv.Close() // before the database closes: the import worker stops first
	return serveUntilDone(ctx, ln, srv, log)
}

// serveUntilDone serves on ln until ctx ends, then shuts down gracefully.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // uploads on slow links
		WriteTimeout:      2 * time.Minute, // pages; report downloads move their own deadline on while they stream
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	failed := make(chan error, 1)
	go func() { failed <- hs.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String())
	select {
	case err := <-failed:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-failed; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// createFirstAdmin makes an "admin" account with a random password when the
// database has no users, and prints the password once: only its hash is kept.
// On later starts it prints the address and how to set a new admin password,
// since the first one scrolled away long ago.
func createFirstAdmin(ctx context.Context, db *store.DB, url, dbPath string, stdout io.Writer) error {
	has, err := db.HasUsers(ctx)
	if err != nil {
		return err
	}
	if has {
		fmt.Fprintf(stdout, "Open %s and log in. Forgot the admin password? Set a new one with: claimdesk user passwd --db %s admin\n", url, dbPath)
		return nil
	}
	password := rand.Text() // 26 base32 characters, 130 bits
	if _, err := db.AddUser(ctx, "admin", store.RoleAdmin, password); err != nil {
		return fmt.Errorf("create admin: %w", err)
	}
	fmt.Fprintf(stdout, "Open %s and log in as admin with password %s\n", url, password)
	return nil
}
