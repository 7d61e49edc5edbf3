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

// DefaultMaxClaims is the most claims an article may have unless told
// otherwise. A reviewer cannot check 50,000 claims of one article, and each
// claim is compared with the article's others on a shared key, so a huge
// article costs far more than its share to store: it is refused, with a
// message that says to split it.
const DefaultMaxClaims = 2000

// Options tune Process. The zero value is ready to use.
type Options struct {
	MaxBytes  int // 0 means DefaultMaxBytes
	MaxClaims int // 0 means DefaultMaxClaims; negative means no limit
	// Source is what the source's other articles repeat (LearnSourceLines):
	// its template lines go as residue. The zero value knows none.
	Source SourceLines
}

// Process turns one raw article into an Article: parse front matter, clean
// residue, segment into claims, and extract facets and flags for each claim.
// meta's non-empty fields win over the front matter's. Bad input (empty,
// binary, invalid UTF-8, oversized, more claims than opt.MaxClaims) returns
// an EINVALID *Error.
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
	if m.URL != "" {
		if err := CheckURL(m.URL); err != nil {
			return nil, err
		}
	}
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
	cl := CleanSource(in.Body, opt.Source)
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
	if a.Published.IsZero() {
		a.Published = pageDate(a.Removed, a.Language)
	}
	spans := Segment(cl.Text)
	// Checked before extraction, the costly part, so a refusal is quick.
	if limit := opt.maxClaims(); limit > 0 && len(spans) > limit {
		return nil, Errorf(EINVALID, "the article has %d claims and one article may have at most %d: split it into smaller articles", len(spans), limit)
	}
	texts := SpanTexts(cl.Text, spans)
	a.Claims = make([]Claim, 0, len(spans))
	lex := DefaultLexicon()
	var loose []looseWord // the article's words that may be short names
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
		lex.readClaimLoose(&c, &loose)
		c.Score, c.ScoreReasons = Score(&c)
		a.Claims = append(a.Claims, c)
	}
	// Short names and names no lexicon has, through the article's own
	// full names: a claim alone cannot tell which Kim "Kim" is.
	lex.resolveNames(a.Claims, a.Claims, loose)
	// A currency word two countries share is read by the article's names.
	localiseCurrency(a.Claims)
	if a.Title == "" {
		a.Title = DeriveTitle(a.Claims)
	}
	return a, nil
}

func (o Options) maxClaims() int {
	if o.MaxClaims == 0 {
		return DefaultMaxClaims
	}
	return o.MaxClaims
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
