package web

import (
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

// statusRecorder remembers the status a handler wrote, for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the real writer.
func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// DefaultSlowRequest is how long a request may take before it is logged as
// slow when Config.SlowRequest is zero.
const DefaultSlowRequest = 500 * time.Millisecond

// logRequests logs what an operator needs to see: a request that failed on
// the server's side (status 500 and up) as an error, one slower than
// s.slowRequest as a warning, and every other request at INFO only when
// s.logAll is set (serve --log-requests). Logging every request, static
// files included, wrote 600 MB in a few minutes of load testing.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		took := time.Since(start)
		level, msg := slog.LevelInfo, "request"
		switch {
		case rec.status >= http.StatusInternalServerError:
			level, msg = slog.LevelError, "request failed"
		case took >= s.slowRequest:
			level, msg = slog.LevelWarn, "slow request"
		case !s.logAll:
			return
		}
		s.log.Log(r.Context(), level, msg, "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes", rec.bytes, "duration", took.Round(time.Microsecond))
	})
}

// recoverPanics turns a handler panic into a logged 500 instead of a dropped
// connection.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.error(w, r, fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// securityHeaders forbids inline and third-party script (article text is
// untrusted: even if escaping failed somewhere, injected script would not
// run), framing, and content sniffing.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
