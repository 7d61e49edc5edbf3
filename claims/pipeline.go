package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// DefaultMaxBytes is the largest article Process accepts unless told otherwise.
const DefaultMaxBytes = 5 << 20

// Meta is what is known about an article besides its text: from front matter,
// a JSONL record or an HTML page.
type Meta struct {
	Title, Source, URL, Language string
	Published                    time.Time
}

// Options tune Process. The zero value is ready to use.
type Options struct {
	MaxBytes int // 0 means DefaultMaxBytes
}

// Process turns one raw article into an Article: parse front matter, clean
// residue, segment into claims, and extract facets and flags for each claim.
// meta's non-empty fields win over the front matter's. Bad input (empty,
// binary, invalid UTF-8, oversized) returns an EINVALID *Error.
func Process(origin string, raw []byte, meta Meta, opt Options) (*Article, error) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	in, text, err := parseInput(raw, opt.MaxBytes)
	if err != nil {
		return nil, err
	}
	m := in.Meta
	overlay(&m, meta)
	sum := sha256.Sum256(raw)
	a := &Article{
		Origin:    origin,
		Title:     m.Title,
		Source:    m.Source,
		URL:       m.URL,
		Language:  m.Language,
		Published: m.Published,
		Raw:       text,
		Hash:      hex.EncodeToString(sum[:]),
	}
	cl := Clean(in.Body)
	a.Clean = cl.Text
	for _, r := range cl.Removed {
		r.Start += in.BodyStart
		r.End += in.BodyStart
		a.Removed = append(a.Removed, r)
	}
	for _, f := range cl.Flags {
		f.Start += in.BodyStart
		f.End += in.BodyStart
		a.Flags = append(a.Flags, f)
	}
	if a.Title == "" {
		a.Title = cl.Title
	}
	if a.Language == "" {
		a.Language, _ = DetectLanguage(cl.Text)
	}
	spans := Segment(cl.Text)
	texts := SpanTexts(cl.Text, spans)
	a.Claims = make([]Claim, 0, len(spans))
	lex := DefaultLexicon()
	for i, sp := range spans {
		c := Claim{
			Ordinal:    i + 1,
			Text:       texts[i],
			CleanStart: sp[0],
			CleanEnd:   sp[1],
		}
		c.Start, c.End = cl.RawSpan(sp[0], sp[1])
		c.Start += in.BodyStart
		c.End += in.BodyStart
		c.Language = a.Language
		if lang, conf := DetectLanguage(c.Text); conf >= 0.5 {
			c.Language = lang
		}
		c.Quantities = FindQuantities(c.Text, c.Language)
		c.Dates = FindDates(c.Text, c.Language, a.Published)
		// Entities, roles and flags, as FindEntities, FindRoles and
		// FindFlags would set them, from one reading of the claim's words.
		lex.readClaim(&c)
		c.Score, c.ScoreReasons = Score(&c)
		a.Claims = append(a.Claims, c)
	}
	return a, nil
}

// overlay copies the non-empty fields of src over dst.
func overlay(dst *Meta, src Meta) {
	if src.Title != "" {
		dst.Title = src.Title
	}
	if src.Source != "" {
		dst.Source = src.Source
	}
	if src.URL != "" {
		dst.URL = src.URL
	}
	if src.Language != "" {
		dst.Language = src.Language
	}
	if !src.Published.IsZero() {
		dst.Published = src.Published
	}
}
