package claims

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseInput(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name      string
		raw       string
		wantMeta  Meta
		wantBody  string
		wantStart int
	}{
		{
			name:     "plain text",
			raw:      "কিম জং উন পিয়ংইয়ংয়ে।\n",
			wantBody: "কিম জং উন পিয়ংইয়ংয়ে।\n",
		},
		{
			name: "full front matter",
			raw: "---\ntitle: পুতিন ও কিম\nsource: Example Daily\nurl: https://example.com/a/1\n" +
				"language: bn\npublished: 2024-06-21\n---\nবডি।\n",
			wantMeta: Meta{Title: "পুতিন ও কিম", Source: "Example Daily", URL: "https://example.com/a/1",
				Language: "bn", Published: day(2024, 6, 21)},
			wantBody:  "বডি।\n",
			wantStart: utf8.RuneCountInString("---\ntitle: পুতিন ও কিম\nsource: Example Daily\nurl: https://example.com/a/1\nlanguage: bn\npublished: 2024-06-21\n---\n"),
		},
		{
			name:      "crlf, quotes, comments, unknown key, language name",
			raw:       "---\r\n# exported\r\ntitle: \"Kim: a profile\"\r\nauthor: x\r\nlanguage: Marathi\r\n---\r\nमजकूर.",
			wantMeta:  Meta{Title: "Kim: a profile", Language: "mr"},
			wantBody:  "मजकूर.",
			wantStart: utf8.RuneCountInString("---\r\n# exported\r\ntitle: \"Kim: a profile\"\r\nauthor: x\r\nlanguage: Marathi\r\n---\r\n"),
		},
		{
			name:      "region code and rfc3339",
			raw:       "---\nlanguage: en-US\npublished: 2025-08-15T09:30:00+06:00\n---\nText.",
			wantMeta:  Meta{Language: "en", Published: time.Date(2025, 8, 15, 9, 30, 0, 0, time.FixedZone("", 6*3600))},
			wantBody:  "Text.",
			wantStart: 61,
		},
		{
			name:      "long month layout",
			raw:       "---\npublished: June 21, 2024\n---\nText.",
			wantMeta:  Meta{Published: day(2024, 6, 21)},
			wantBody:  "Text.",
			wantStart: 33,
		},
		{
			name:      "byte-order mark before front matter",
			raw:       "\uFEFF---\ntitle: T\n---\nText.",
			wantMeta:  Meta{Title: "T"},
			wantBody:  "Text.",
			wantStart: 18,
		},
		{
			name:     "dashes later in the text are not front matter",
			raw:      "Text.\n---\ntitle: no\n---\n",
			wantBody: "Text.\n---\ntitle: no\n---\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := ParseInput([]byte(tt.raw), DefaultMaxBytes)
			if err != nil {
				t.Fatalf("ParseInput: %v", err)
			}
			if in.Meta.Title != tt.wantMeta.Title || in.Meta.Source != tt.wantMeta.Source ||
				in.Meta.URL != tt.wantMeta.URL || in.Meta.Language != tt.wantMeta.Language ||
				!in.Meta.Published.Equal(tt.wantMeta.Published) {
				t.Errorf("Meta = %+v, want %+v", in.Meta, tt.wantMeta)
			}
			if in.Body != tt.wantBody {
				t.Errorf("Body = %q, want %q", in.Body, tt.wantBody)
			}
			if in.BodyStart != tt.wantStart {
				t.Errorf("BodyStart = %d, want %d", in.BodyStart, tt.wantStart)
			}
			if got := string([]rune(tt.raw)[in.BodyStart:]); got != in.Body {
				t.Errorf("raw runes from BodyStart = %q, want the body %q", got, in.Body)
			}
		})
	}
}

func TestParseInputRejects(t *testing.T) {
	tests := []struct {
		name    string
		raw     []byte
		max     int
		wantMsg string
	}{
		{"empty", nil, 100, "article is empty"},
		{"only white space", []byte(" \n\t\u00A0\u200B\n"), 100, "article is empty"},
		{"oversized", []byte(strings.Repeat("a", 101)), 100, "article is 101 bytes, over the limit of 100 bytes"},
		{"NUL byte", []byte("abc\x00def"), 100, "article is binary: NUL byte at byte 3"},
		{"invalid UTF-8", []byte("কিম \xff জং"), 100, "invalid UTF-8 at byte 10"},
		{"truncated UTF-8 at the end", []byte("ok \xe0\xa6"), 100, "invalid UTF-8 at byte 3"},
		{"unterminated front matter", []byte("---\ntitle: T\nText."), 100, "front matter opened by --- on line 1 is never closed by a --- line"},
		{"unknown language", []byte("---\nlanguage: xx\n---\nText."), 100, "front matter line 2: unknown language code \"xx\" (use bn, mr, hi or en)"},
		{"bad published", []byte("---\npublished: yesterday\n---\nText."), 100, "front matter line 2: published \"yesterday\" is not a date (use 2006-01-02)"},
		{"bad url", []byte("---\nurl: example.com\n---\nText."), 100, "front matter line 2: url \"example.com\" is not an http(s) address"},
		{"not key value", []byte("---\ntitle T\n---\nText."), 100, "front matter line 2: want \"key: value\", got \"title T\""},
		{"duplicate key", []byte("---\ntitle: A\ntitle: B\n---\nText."), 100, "front matter line 3: title is given twice (first on line 2)"},
		{"front matter only", []byte("---\ntitle: A\n---\n\n"), 100, "article has no text after its front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseInput(tt.raw, tt.max)
			if err == nil {
				t.Fatalf("ParseInput(%q) = nil error, want %q", tt.raw, tt.wantMsg)
			}
			if code := ErrorCode(err); code != EINVALID {
				t.Errorf("code = %q, want %q", code, EINVALID)
			}
			if got := ErrorMessage(err); got != tt.wantMsg {
				t.Errorf("message = %q, want %q", got, tt.wantMsg)
			}
		})
	}
}

func TestLanguageCode(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"bn", "bn", true}, {"BN", "bn", true}, {"bn-BD", "bn", true}, {"Bangla", "bn", true},
		{"mr_IN", "mr", true}, {"मराठी", "mr", true}, {"hindi", "hi", true}, {"हिंदी", "hi", true},
		{"English", "en", true}, {"en-GB", "en", true},
		{"xx", "", false}, {"", "", false}, {"fr", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := LanguageCode(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("LanguageCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestProcessClaimOffsets checks that claim offsets index Raw exactly when
// front matter comes first: Raw's runes at [Start, End), residue out and
// NFC applied, read as the claim's text.
func TestProcessClaimOffsets(t *testing.T) {
	front := "---\ntitle: রাশিয়া ও কোরিয়া\nlanguage: bn\n---\n"
	for _, prefix := range []string{"000", "001", "002", "003", "004"} {
		t.Run(prefix, func(t *testing.T) {
			raw := front + mustSeed(t, prefix)
			a, err := Process(prefix+".txt", []byte(raw), Meta{}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Claims) == 0 {
				t.Fatal("no claims")
			}
			rs := []rune(a.Raw)
			for _, c := range a.Claims {
				var kept []rune
				for i := c.Start; i < c.End; i++ {
					if !inResidue(a.Removed, i) {
						kept = append(kept, rs[i])
					}
				}
				got := strings.Join(strings.Fields(NormalizeText(string(kept))), " ")
				if want := strings.Join(strings.Fields(c.Text), " "); got != want {
					t.Errorf("claim %d: Raw[%d:%d] reads %q, want %q", c.Ordinal, c.Start, c.End, got, want)
				}
				if clean := string([]rune(a.Clean)[c.CleanStart:c.CleanEnd]); clean != c.Text {
					t.Errorf("claim %d: Clean[%d:%d] = %q, want %q", c.Ordinal, c.CleanStart, c.CleanEnd, clean, c.Text)
				}
			}
			for _, r := range a.Removed {
				if got := string(rs[r.Start:r.End]); got != r.Text {
					t.Errorf("residue %q at [%d, %d) reads %q in Raw", r.Text, r.Start, r.End, got)
				}
			}
		})
	}
}
