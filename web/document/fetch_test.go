package document

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// newIngestSite serves pages on loopback the way news sites answer.
func newIngestSite(tb testing.TB) *httptest.Server {
	tb.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(ingestPage))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("पुतीन आणि किम यांनी मंगळवारी सांगितले."))
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// Streamed without a Content-Length: the limit must hold while reading.
		w.Header().Set("Content-Type", "text/html")
		for range 64 {
			w.Write([]byte(strings.Repeat("<p>filler</p>", 100)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "100000")
		w.Write([]byte(strings.Repeat("x", 100000)))
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

func TestFetchDocument(t *testing.T) {
	srv := newIngestSite(t)
	tests := []struct {
		name, path string
		wantText   string
		wantSource string
	}{
		{"html page", "/article", "চুক্তিতে কী আছে", "দৈনিক খবর"},
		{"redirect keeps the asked URL", "/moved", "বাণিজ্য ও জ্বালানি", "দৈনিক খবর"},
		{"plain text", "/plain", "पुतीन आणि किम", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			doc, err := Fetch(context.Background(), u, 0)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Origin != u || doc.Meta.URL != u {
				t.Errorf("origin %q, meta URL %q; want both %q", doc.Origin, doc.Meta.URL, u)
			}
			if !strings.Contains(string(doc.Text), tt.wantText) {
				t.Errorf("text = %q, want it to contain %q", doc.Text, tt.wantText)
			}
			if doc.Meta.Source != tt.wantSource {
				t.Errorf("source = %q, want %q", doc.Meta.Source, tt.wantSource)
			}
		})
	}
}

func TestFetchDocumentRefuses(t *testing.T) {
	srv := newIngestSite(t)
	tests := []struct {
		name, url string
		limit     int64
		want      string
	}{
		{"not found", srv.URL + "/nothing", 0, "404 Not Found"},
		{"not a page", srv.URL + "/report.pdf", 0, "content type application/pdf"},
		{"streamed past the limit", srv.URL + "/huge", 4096, "too large: more than 4 KB"},
		{"declared past the limit", srv.URL + "/huge-declared", 4096, "too large"},
		{"other scheme", "ftp://example.org/a.html", 0, "not an http or https URL"},
		{"no host", "http:///a.html", 0, "not an http or https URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Fetch(context.Background(), tt.url, tt.limit)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if got := claims.ErrorCode(err); got != claims.EINVALID {
				t.Errorf("error code = %q, want %q", got, claims.EINVALID)
			}
		})
	}
}

func TestFetchDocumentCancelled(t *testing.T) {
	srv := newIngestSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Fetch(ctx, srv.URL+"/hang", 0)
	if err == nil || !strings.Contains(err.Error(), "context canceled") {
		t.Errorf("error = %v, want the cancellation", err)
	}
}

func TestFetchPublicDocumentRefusesInternal(t *testing.T) {
	srv := newIngestSite(t) // on 127.0.0.1
	_, err := FetchPublic(context.Background(), srv.URL+"/article", 0)
	if err == nil || !strings.Contains(err.Error(), "points inside the network") {
		t.Fatalf("error = %v, want the internal address refused", err)
	}
	if got := claims.ErrorCode(err); got != claims.EINVALID {
		t.Errorf("error code = %q, want %q", got, claims.EINVALID)
	}
}

func TestRefusePrivate(t *testing.T) {
	tests := []struct {
		address string
		refused bool
	}{
		{"127.0.0.1:80", true},
		{"[::1]:443", true},
		{"10.1.2.3:80", true},
		{"172.16.0.9:80", true},
		{"192.168.1.1:80", true},
		{"169.254.169.254:80", true}, // cloud metadata
		{"100.64.0.1:80", true},
		{"0.0.0.0:80", true},
		{"[::ffff:127.0.0.1]:80", true},
		{"[fe80::1]:80", true},
		{"[fd00::1]:80", true},
		{"93.184.216.34:80", false},
		{"[2606:4700::1111]:443", false},
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			err := refusePrivate("tcp", tt.address, nil)
			if got := err != nil; got != tt.refused {
				t.Errorf("refusePrivate(%s) = %v, want refused %v", tt.address, err, tt.refused)
			}
		})
	}
}
