package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to read while the server writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var openLine = regexp.MustCompile(`Open (http://\S+) and log in as admin with password (\S+)`)

// startServe runs `claimdesk serve` on a free port until the returned stop
// is called; it returns the base URL and what was printed.
func startServe(t *testing.T, db string) (base string, stdout *lockedBuffer, stop func() error) {
	t.Helper()
	base, stdout, _, stop = startServeLog(t, db)
	return base, stdout, stop
}

// startServeLog is startServe that also returns the log serve writes.
func startServeLog(t *testing.T, db string, flags ...string) (base string, stdout, stderr *lockedBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr = &lockedBuffer{}, &lockedBuffer{}
	e := &env{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr, getenv: func(string) string { return "" }}
	done := make(chan error, 1)
	go func() { done <- run(ctx, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, flags...), e) }()
	addr := regexp.MustCompile(`msg=serving addr=(\S+)`)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
			break
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended early: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve did not start:\n%s", stderr.String())
	}
	return base, stdout, stderr, func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(15 * time.Second):
			return context.DeadlineExceeded
		}
	}
}

func TestServeFirstStartAndRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	base, stdout, stop := startServe(t, db)
	m := openLine.FindStringSubmatch(stdout.String())
	if m == nil || m[1] != base || len(m[2]) < 16 {
		t.Fatalf("first start printed %q, want the address and a 16+ character admin password", stdout.String())
	}
	password := m[2]
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || string(body) != "ok" {
		t.Errorf("GET /healthz = %d %q, want 200 ok", res.StatusCode, body)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	res, err = client.PostForm(base+"/login", url.Values{"username": {"admin"}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	// The seeds were imported: the queue lists conflicts.
	if res.StatusCode != http.StatusOK || !strings.Contains(string(page), "data-row") {
		t.Fatalf("login and queue = %d, want 200 with queue rows", res.StatusCode)
	}
	if err := stop(); err != nil {
		t.Fatalf("graceful stop: %v", err)
	}

	// A restart keeps the admin, prints no new password but the address and
	// how to reset it, and keeps sessions.
	base2, stdout2, stop2 := startServe(t, db)
	defer stop2()
	if strings.Contains(stdout2.String(), password) || openLine.MatchString(stdout2.String()) {
		t.Errorf("restart printed a password again: %q", stdout2.String())
	}
	for _, want := range []string{"Open " + base2 + " ", "claimdesk user passwd --db " + db + " admin"} {
		if !strings.Contains(stdout2.String(), want) {
			t.Errorf("restart printed %q, want it to say %q", stdout2.String(), want)
		}
	}
	u2, _ := url.Parse(base2)
	u1, _ := url.Parse(base)
	jar.SetCookies(u2, jar.Cookies(u1))
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	res, err = client.Get(base2 + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("after a restart the old session gets %d, want 200", res.StatusCode)
	}
}

// The database and its -wal and -shm are created 0600; one made readable
// by others before gets a warning on start.
func TestServeDatabasePrivate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "private.db")
	_, _, stop := startServe(t, db)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		if st, err := os.Stat(p); err == nil && st.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want -rw-------", filepath.Base(p), st.Mode().Perm())
		}
	}
	if err := os.Chmod(db, 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr, stop2 := startServeLog(t, db)
	defer stop2()
	if !strings.Contains(stderr.String(), "database readable by others") || !strings.Contains(stderr.String(), "chmod 600") {
		t.Errorf("a 0644 database started without a warning:\n%s", stderr.String())
	}
}

// ClaimReview urls come from --base-url, whatever Host the request names.
func TestServeBaseURL(t *testing.T) {
	db := filepath.Join(t.TempDir(), "base.db")
	if err := run(context.Background(), []string{"serve", "--db", db, "--base-url", "javascript:alert(1)"}, &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}); err == nil || !strings.Contains(err.Error(), "base-url") {
		t.Errorf("serve --base-url javascript:... = %v, want refused", err)
	}
}
