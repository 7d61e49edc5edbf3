package claims

import (
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are starting inputs for both fuzz targets: the sample articles
// plus the shapes that have broken parsers before.
func fuzzSeeds(f *testing.F) {
	texts, _ := seedCorpus(f)
	for _, s := range texts {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		"",
		"---\n",
		"---\ntitle: T\n---\n",
		"---\ntitle: T\nlanguage: mr\npublished: 2024-06-21\n---\nमजकूर आहे.",
		"\uFEFF---\r\nurl: https://e.com\r\n---\r\nText.",
		"[ad_1]\nqjn\">Source link",
		"“unclosed quote. and more. “nested ‘x’ ” end.",
		"প\u09DCে রাশি\u09DFা। \u095Bमीन।",
		"a\u200B\u200D\u00AD b\u00A0\u00A0c",
		"x.y. 1.5 ১.৫ Dr. মি. ...",
		"स्पुतनिक/ईपीए/शटरस्टॉकडोनाल्ड",
		"Title\n\nTitle\n\nBody.",
		"Tangail Correspondent: Police...\nNews Desk: fire...",
		"\xff\xfe",
		"a\x00b",
	} {
		f.Add([]byte(s))
	}
}

// FuzzParseInput: no panic; either an EINVALID error or an Input whose body
// starts at BodyStart runes into the input.
func FuzzParseInput(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		in, err := ParseInput(raw, 1<<16)
		if err != nil {
			if code := ErrorCode(err); code != EINVALID {
				t.Fatalf("error code = %q, want %q (%v)", code, EINVALID, err)
			}
			return
		}
		n := utf8.RuneCount(raw)
		if in.BodyStart < 0 || in.BodyStart > n {
			t.Fatalf("BodyStart = %d outside input of %d runes", in.BodyStart, n)
		}
		if got := string([]rune(string(raw))[in.BodyStart:]); got != in.Body {
			t.Fatalf("input from BodyStart = %q, want Body %q", got, in.Body)
		}
	})
}

// FuzzProcess runs the whole pipeline: no panic, every claim's spans inside
// Raw and Clean, every facet span inside its claim, residue quoting Raw.
func FuzzProcess(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Process("fuzz.txt", raw, Meta{}, Options{MaxBytes: 1 << 16})
		if err != nil {
			if code := ErrorCode(err); code != EINVALID {
				t.Fatalf("error code = %q, want %q (%v)", code, EINVALID, err)
			}
			return
		}
		rawRunes := []rune(a.Raw)
		cleanLen := utf8.RuneCountInString(a.Clean)
		for _, r := range a.Removed {
			if r.Start < 0 || r.End > len(rawRunes) || r.Start > r.End || string(rawRunes[r.Start:r.End]) != r.Text {
				t.Fatalf("residue %q at [%d, %d) does not quote Raw", r.Text, r.Start, r.End)
			}
		}
		for _, fl := range a.Flags {
			if fl.Start < 0 || fl.End > len(rawRunes) || fl.Start > fl.End {
				t.Fatalf("article flag span [%d, %d) outside Raw of %d runes", fl.Start, fl.End, len(rawRunes))
			}
		}
		for _, c := range a.Claims {
			if c.Start < 0 || c.Start > c.End || c.End > len(rawRunes) {
				t.Fatalf("claim %d span [%d, %d) outside Raw of %d runes", c.Ordinal, c.Start, c.End, len(rawRunes))
			}
			if c.CleanStart < 0 || c.CleanStart > c.CleanEnd || c.CleanEnd > cleanLen {
				t.Fatalf("claim %d clean span [%d, %d) outside Clean of %d runes", c.Ordinal, c.CleanStart, c.CleanEnd, cleanLen)
			}
			if n := c.CleanEnd - c.CleanStart; n > maxClaimRunes {
				t.Fatalf("claim %d has %d runes, over %d", c.Ordinal, n, maxClaimRunes)
			}
			n := utf8.RuneCountInString(c.Text)
			inside := func(what string, s, e int) {
				if s < 0 || s > e || e > n {
					t.Fatalf("claim %d %s span [%d, %d) outside claim of %d runes", c.Ordinal, what, s, e, n)
				}
			}
			for _, q := range c.Quantities {
				inside("quantity", q.Start, q.End)
			}
			for _, d := range c.Dates {
				inside("date", d.Start, d.End)
			}
			for _, e := range c.Entities {
				inside("entity", e.Start, e.End)
			}
			for _, r := range c.Roles {
				inside("role", r.Start, r.End)
			}
			for _, fl := range c.Flags {
				inside("flag", fl.Start, fl.End)
			}
		}
	})
}

// FuzzClean checks Clean's own invariants on any valid text: residue quotes
// the body, and every claim maps back to body text that reads the same once
// residue and invisible junk are out.
func FuzzClean(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !utf8.Valid(raw) {
			return
		}
		body := string(raw)
		checkCleanInvariants(t, body, Clean(body))
	})
}
