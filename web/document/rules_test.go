package document

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/claimdesk/claimdesk/claims"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, order binary.AppendByteOrder) []byte {
	var out []byte
	if order == binary.LittleEndian {
		out = []byte{0xFF, 0xFE}
	} else {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// articlePage wraps paragraphs in enough of a page for readability.
func articlePage(head, para string) string {
	p := "<p>" + strings.Repeat(para+" ", 8) + "</p>"
	return "<html><head>" + head + "<title>T</title></head><body><article>" + p + p + "</article></body></html>"
}

const bengali = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার ভোরে পিয়ংইয়ংয়ে পৌঁছান।"

// TestInputRules: every format obeys the same rules for text encoding and
// addresses, through the reader and then the engine as an import does.
func TestInputRules(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		wantErr    string // "" for a document that must import
		wantText   string
	}{
		// Addresses: http(s) only, whatever carries them.
		{"txt front matter javascript url", "a.txt", []byte("---\nurl: javascript:alert(1)\n---\n" + bengali), "not an http(s) address", ""},
		{"jsonl javascript url", "f.jsonl", []byte(`{"text":"` + bengali + `","url":"javascript:alert(1)"}`), "line 1: url", ""},
		{"jsonl data url", "f.jsonl", []byte(`{"text":"` + bengali + `","url":"data:text/html,x"}`), "not an http(s) address", ""},
		{"jsonl https url", "f.jsonl", []byte(`{"text":"` + bengali + `","url":"https://example.com/a"}`), "", bengali},
		// UTF-8.
		{"txt invalid UTF-8", "a.txt", []byte("caf\xe9 " + bengali), "not valid UTF-8 (at byte 3)", ""},
		{"jsonl invalid UTF-8", "f.jsonl", []byte("{\"text\":\"caf\xe9\"}"), "line 1: not valid UTF-8", ""},
		{"jsonl NUL escape", "f.jsonl", []byte(`{"text":"a\u0000b"}`), "line 1: text: binary content", ""},
		{"jsonl UTF-8 byte order mark", "f.jsonl", []byte("\uFEFF{\"text\":\"" + bengali + "\"}"), "", bengali},
		{"html undeclared invalid UTF-8", "p.html", []byte(articlePage("", "caf\xe9 "+bengali)), "not valid UTF-8 (at byte", ""},
		{"html declared UTF-8 but invalid", "p.html", []byte(articlePage(`<meta charset="utf-8">`, "caf\xe9 "+bengali)), "declares UTF-8 but is not valid UTF-8", ""},
		{"html unknown charset", "p.html", []byte(articlePage(`<meta charset="x-klingon">`, bengali)), `declares the character set "x-klingon"`, ""},
		{"html http-equiv windows-1252", "p.html", []byte(articlePage(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "Le caf\xe9 a servi trois cents clients mardi, selon le patron.")), "", "Le café a servi"},
		{"html undeclared UTF-8", "p.html", []byte(articlePage("", bengali)), "", bengali},
		{"html undeclared, detected ISO-8859-1", "p.html", []byte(articlePage("", "Le caf\xe9 a servi trois cents clients mardi, selon le patron. \xc0 la fen\xeatre, l'\xe9t\xe9 d\xe9j\xe0.")), "", "Le café a servi"},
		{"html undeclared, broken UTF-8 is not windows-1252", "p.html", []byte(articlePage("", bengali+" caf\xe9 "+bengali)), "not valid UTF-8 (at byte", ""},
		{"html undeclared, too short to detect", "p.html", []byte("<p>caf\xe9</p>"), "not valid UTF-8", ""},
		// UTF-16 with a byte order mark is decoded, strictly.
		{"txt UTF-16LE", "a.txt", utf16Bytes(bengali+"\n", binary.LittleEndian), "", bengali},
		{"txt UTF-16BE", "a.txt", utf16Bytes(bengali+"\n", binary.BigEndian), "", bengali},
		{"jsonl UTF-16LE", "f.jsonl", utf16Bytes(`{"text":"`+bengali+`"}`+"\n", binary.LittleEndian), "", bengali},
		{"html UTF-16LE declaring utf-16", "p.html", utf16Bytes(articlePage(`<meta charset="utf-16">`, bengali), binary.LittleEndian), "", bengali},
		{"txt UTF-16 odd length", "a.txt", append(utf16Bytes("abc", binary.LittleEndian), 'x'), "ends in half a character", ""},
		{"txt UTF-16 unpaired surrogate", "a.txt", binary.LittleEndian.AppendUint16(utf16Bytes("ab", binary.LittleEndian), 0xD800), "unpaired surrogate at byte 6", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := ReadAll(tt.file, strings.NewReader(string(tt.data)), 0)
			var err error
			if len(errs) > 0 {
				err = errs[0]
			} else if len(docs) != 1 {
				t.Fatalf("got %d documents and no error, want 1", len(docs))
			} else {
				// The engine applies the rules once more, front matter included.
				_, err = claims.Process(docs[0].Origin, docs[0].Text, docs[0].Meta, claims.Options{})
			}
			if tt.wantErr != "" {
				if err == nil || claims.ErrorCode(err) != claims.EINVALID || !strings.Contains(claims.ErrorMessage(err), tt.wantErr) {
					t.Fatalf("got error %v, want EINVALID containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want the document", err)
			}
			if got := string(docs[0].Text); !strings.Contains(got, tt.wantText) {
				t.Errorf("text = %q, want it to contain %q", got, tt.wantText)
			}
		})
	}
}

// TestProcessRefusesMetaURL: a URL that reaches the engine by Meta (a
// pasted form, a caller of Process) meets the front matter's rule.
func TestProcessRefusesMetaURL(t *testing.T) {
	for _, u := range []string{"javascript:alert(1)", "data:text/html,x", "//example.com/a", "ftp://example.com/a"} {
		_, err := claims.Process("a.txt", []byte(bengali), claims.Meta{URL: u}, claims.Options{})
		if claims.ErrorCode(err) != claims.EINVALID {
			t.Errorf("url %q: got %v, want EINVALID", u, err)
		}
	}
}

// TestFetchRedirects: the fetch follows five redirects and refuses a sixth.
func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(ingestPage))
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n <= 1 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write([]byte(articlePage("", "Le caf\xe9 a servi trois cents clients mardi, selon le patron.")))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, tt := range []struct {
		redirects int
		ok        bool
	}{{1, true}, {5, true}, {6, false}} {
		_, err := Fetch(context.Background(), fmt.Sprintf("%s/hop/%d", srv.URL, tt.redirects), 0)
		if (err == nil) != tt.ok {
			t.Errorf("%d redirects: got error %v, want ok=%v", tt.redirects, err, tt.ok)
		}
	}
	doc, err := Fetch(context.Background(), srv.URL+"/latin1", 0)
	if err != nil || !strings.Contains(string(doc.Text), "Le café") {
		t.Errorf("a page whose header says ISO-8859-1: got %q, %v; want it decoded", doc.Text, err)
	}
}

// TestEachStreamsJSONL: each line reaches the caller as soon as it is read,
// before the rest of the file has arrived, so a feed is never held whole.
func TestEachStreamsJSONL(t *testing.T) {
	pr, pw := io.Pipe()
	got := make(chan Document)
	go func() {
		Each("feed.jsonl", pr, 0, func(d Document, err error) bool {
			if err != nil {
				t.Errorf("line: %v", err)
				return false
			}
			got <- d
			return true
		})
		close(got)
	}()
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(pw, "{\"text\":\"line %d %s\"}\n", i, bengali)
		select {
		case d := <-got:
			if want := fmt.Sprintf("feed.jsonl#%d", i); d.Origin != want {
				t.Errorf("got %s, want %s", d.Origin, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("line %d was not handed on before the file ended", i)
		}
	}
	pw.Close()
	if d, ok := <-got; ok {
		t.Errorf("got %s after the end", d.Origin)
	}
}
