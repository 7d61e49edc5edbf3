package web

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer a handler may write while a test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRequestLogging(t *testing.T) {
	app := newTestApp(t)
	tests := []struct {
		name    string
		cfg     Config
		path    string
		wantLog string // "" for no line at all
	}{
		{"static file, quiet by default", Config{}, "/static/app.css", ""},
		{"health check, quiet by default", Config{}, "/healthz", ""},
		{"a missing page is no server error", Config{}, "/no-such-page", ""},
		{"every request with --log-requests", Config{LogRequests: true}, "/static/app.css", `level=INFO msg=request method=GET path=/static/app.css status=200`},
		{"slow request", Config{SlowRequest: time.Nanosecond}, "/healthz", `level=WARN msg="slow request" method=GET path=/healthz status=200`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf syncBuffer
			cfg := tt.cfg
			cfg.DB, cfg.Log = app.db, slog.New(slog.NewTextHandler(&buf, nil))
			s, err := New(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			got := buf.String()
			if tt.wantLog == "" && got != "" {
				t.Errorf("GET %s logged %q, want nothing", tt.path, got)
			}
			if tt.wantLog != "" && !strings.Contains(got, tt.wantLog) {
				t.Errorf("GET %s logged %q, want a line with %q", tt.path, got, tt.wantLog)
			}
		})
	}
}

func TestRequestLoggingServerError(t *testing.T) {
	var buf syncBuffer
	s := &Server{log: slog.New(slog.NewTextHandler(&buf, nil)), slowRequest: time.Hour}
	h := s.logRequests(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/broken", nil))
	if want := `level=ERROR msg="request failed" method=GET path=/broken status=500`; !strings.Contains(buf.String(), want) {
		t.Errorf("a 500 logged %q, want a line with %q", buf.String(), want)
	}
}
