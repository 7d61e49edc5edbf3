package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Characters that carry no letter of their own. Zero-width joiners shape
// Indic conjuncts for display, so Clean keeps them in Text; match keys drop
// them so that two spellings of one word compare equal.
const (
	runeZWSP       = '\u200B' // zero-width space
	runeZWNJ       = '\u200C' // zero-width non-joiner
	runeZWJ        = '\u200D' // zero-width joiner
	runeWordJoiner = '\u2060'
	runeBOM        = '\uFEFF' // byte-order mark, also used as a zero-width no-break space
	runeSoftHyphen = '\u00AD'
)

// Danda marks. Scraped Bengali uses U+09F7 (a currency numerator that looks
// like a danda) and ASCII "|" where U+0964 belongs.
const (
	runeDanda        = '।'
	runeDoubleDanda  = '॥'
	runeBengaliDanda = '৷'
)

// isZeroWidth reports whether r is an invisible format character that match
// keys drop.
func isZeroWidth(r rune) bool {
	switch r {
	case runeZWSP, runeZWNJ, runeZWJ, runeWordJoiner, runeBOM, runeSoftHyphen:
		return true
	}
	return false
}

// isInvisibleJunk reports whether Clean drops r from Text: invisible
// characters that only break words apart for matching. ZWJ and ZWNJ are not
// junk: they change how Indic conjuncts render.
func isInvisibleJunk(r rune) bool {
	switch r {
	case runeZWSP, runeWordJoiner, runeBOM, runeSoftHyphen:
		return true
	}
	return false
}

// straightQuote returns the ASCII quote a typographic quote stands for, or r.
func straightQuote(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	}
	return r
}

// MatchKey returns the form of s that lookups and comparisons use: NFC,
// zero-width characters removed, curly quotes straightened, case folded,
// ASCII "|" and U+09F7 read as a danda, runs of white space folded to one
// space and trimmed. Two spellings a reader would call the same word get
// the same key.
func MatchKey(s string) string {
	if k, ok := asciiMatchKey(s); ok {
		return k
	}
	if isMatchKey(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isZeroWidth(r):
			continue
		case isSpaceRune(r):
			space = b.Len() > 0
			continue
		case r == '|' || r == runeBengaliDanda:
			r = runeDanda
		case r >= 0x0900 && r < 0x0E00:
			// Indic scripts have no case: skip the case tables.
		default:
			r = unicode.ToLower(straightQuote(r))
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	k := b.String()
	if isNFC(k) {
		return k
	}
	return norm.NFC.String(k)
}

// asciiMatchKey is MatchKey for pure ASCII input, the common case for Latin
// tokens, without a second pass. ok is false when s holds non-ASCII runes.
func asciiMatchKey(s string) (string, bool) {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if ('A' <= c && c <= 'Z') || c == '|' || (c <= ' ' && (c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			clean = false
		}
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if c == '|' {
			b = append(b, "।"...)
			continue
		}
		b = append(b, c)
	}
	return string(b), true
}

// isMatchKey reports whether s is already its own match key, so that
// MatchKey can return it without building a copy: the common case for
// Bengali and Devanagari words, which have no case.
func isMatchKey(s string) bool {
	var prev rune
	var prevCCC uint8
	space, unknown := true, false // true at the start: no leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c < ' ' || c == '|' || ('A' <= c && c <= 'Z'):
				return false
			default:
				space = false
			}
			prev, prevCCC = rune(c), 0
			i++
			continue
		}
		r, ok := indicRune(s, i)
		size := 3
		if !ok {
			r, size = decodeRune(s, i)
		}
		i += size
		switch {
		case r == runeBengaliDanda || isZeroWidth(r) || isSpaceRune(r):
			return false
		case r >= 0x0900 && r < 0x0E00:
		case straightQuote(r) != r || unicode.ToLower(r) != r:
			return false
		}
		space = false
		ccc, verdict := nfcStep(prev, prevCCC, r)
		switch verdict {
		case nfcNo:
			return false
		case nfcUnknown:
			unknown = true
		}
		prev, prevCCC = r, ccc
	}
	if space && s != "" {
		return false // trailing space
	}
	return !unknown || norm.NFC.IsNormalString(s)
}

// NormalizeText returns s in NFC with invisible junk (zero-width spaces,
// byte-order marks, soft hyphens) removed; ZWJ and ZWNJ stay. It is what
// Clean does to every kept character, for callers that hold text from
// elsewhere, such as lexicon entries.
func NormalizeText(s string) string {
	if strings.IndexFunc(s, isInvisibleJunk) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isInvisibleJunk(r) {
				return -1
			}
			return r
		}, s)
	}
	if isNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isSpaceRune reports whether r is white space, no-break spaces included:
// unicode.IsSpace spelt out, since it runs once per rune of every article.
func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// isNFC reports whether s is in NFC. Bengali, Devanagari, ASCII and common
// punctuation are checked by a direct scan, several times faster than the
// general quick check; anything else falls back to norm.
func isNFC(s string) bool {
	var prev rune
	var prevCCC uint8
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			prev, prevCCC = rune(c), 0
			i++
			continue
		}
		r, ok := indicRune(s, i)
		size := 3
		if !ok {
			r, size = decodeRune(s, i)
		}
		i += size
		ccc, verdict := nfcStep(prev, prevCCC, r)
		switch verdict {
		case nfcNo:
			return false
		case nfcUnknown:
			return norm.NFC.IsNormalString(s)
		}
		prev, prevCCC = r, ccc
	}
	return true
}

// Verdicts of nfcStep.
const (
	nfcYes     = iota // r keeps the text in NFC
	nfcNo             // r makes the text non-NFC
	nfcUnknown        // r is outside the scripts nfcStep knows: ask norm
)

// nfcIndicPlain says, for U+0900..U+09FF, whether nfcStep passes the rune
// with combining class 0 whatever comes before it: true of most letters,
// false of marks with a class, composition exclusions and the signs that
// compose with the letter before them. It is worked out by asking nfcStep
// about every rune after every Indic letter (the only runes it looks back
// at), so the two agree.
var nfcIndicPlain = func() (t [0x100]bool) {
	for i := range t {
		r := rune(0x0900 + i)
		t[i] = true
		for prev := rune(0); prev < 0x0A00 && t[i]; prev++ {
			if prev > 0 && prev < 0x0900 {
				prev = 0x0900 // nfcStep looks at prev only within these blocks
			}
			for _, prevCCC := range []uint8{0, 255} {
				if ccc, verdict := nfcStep(prev, prevCCC, r); ccc != 0 || verdict != nfcYes {
					t[i] = false
				}
			}
		}
		if isSpaceRune(r) || isInvisibleJunk(r) {
			t[i] = false
		}
	}
	return t
}()

// nfcStep judges non-ASCII rune r after prev (whose combining class was
// prevCCC) for NFC, and returns r's combining class.
func nfcStep(prev rune, prevCCC uint8, r rune) (ccc uint8, verdict int) {
	switch {
	case r >= 0x0900 && r <= 0x09FF:
		switch r {
		case 0x0958, 0x0959, 0x095A, 0x095B, 0x095C, 0x095D, 0x095E, 0x095F, 0x09DC, 0x09DD, 0x09DF:
			return 0, nfcNo // composition exclusions: NFC decomposes them
		case 0x093C:
			if prev == 0x0928 || prev == 0x0930 || prev == 0x0933 {
				return 0, nfcNo // न र ळ + nukta compose to ऩ ऱ ऴ
			}
			ccc = 7
		case 0x09BC:
			ccc = 7
		case 0x094D, 0x09CD:
			ccc = 9
		case 0x09BE, 0x09D7:
			if prev == 0x09C7 {
				return 0, nfcNo // ে + া, ে + ৗ compose to ো, ৌ
			}
		case 0x0951, 0x0953, 0x0954, 0x09FE:
			ccc = 230
		case 0x0952:
			ccc = 220
		}
	case r >= 0x00A0 && r <= 0x00BF, r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E,
		r == runeZWSP, r == runeZWNJ, r == runeZWJ, r == runeBOM:
		// Punctuation and format characters: no canonical mapping.
	default:
		return 0, nfcUnknown
	}
	if ccc != 0 && prevCCC > ccc {
		return 0, nfcNo // marks out of canonical order
	}
	return ccc, nfcYes
}

// indicRune decodes the Bengali or Devanagari letter (U+0900..U+09FF, the
// three bytes E0 A4..A7 xx) at byte i of s; ok is false for anything else.
// Unlike decodeRune it inlines, so the scanning loops try it first and the
// bulk of the text costs no call per letter.
func indicRune(s string, i int) (r rune, ok bool) {
	if i+2 < len(s) {
		b := s[i : i+3] // one bounds check for the three bytes, not three
		if b[0] == 0xE0 && b[1]-0xA4 < 4 && b[2]&0xC0 == 0x80 {
			return rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), true
		}
	}
	return 0, false
}

// indicRunOf returns the byte offset where the run of Bengali and
// Devanagari letters that in holds (by code point less U+0900) starting at
// byte i of s ends, and how many letters it holds. The scanning loops hand
// the rest of a word to it: a loop this small stays in registers, and the
// three bytes, read at constant indices of s sliced from the front, need
// no bounds check per letter.
func indicRunOf(s string, i int, in *[0x100]bool) (end, n int) {
	rest := s[i:]
	for len(rest) >= 3 && rest[0] == 0xE0 && rest[1]-0xA4 < 4 && rest[2]&0xC0 == 0x80 && in[int(rest[1]-0xA4)<<6|int(rest[2]&0x3F)] {
		rest = rest[3:]
	}
	end = len(s) - len(rest)
	return end, (end - i) / 3
}

// runeCount is utf8.RuneCountInString, invalid bytes counted one each as
// there, with Bengali and Devanagari letters counted without decoding.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		if _, ok := indicRune(s, i); ok {
			i += 3
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte case
// (all of Bengali and Devanagari) decoded inline: the general decoder takes
// its slow path for every such rune.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
