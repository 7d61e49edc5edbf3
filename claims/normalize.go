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
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isZeroWidth(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '|' || r == runeBengaliDanda:
			r = runeDanda
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
	if norm.NFC.IsNormalString(k) {
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
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isSpaceRune reports whether r is white space, no-break spaces included.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || (r > 0x7f && unicode.IsSpace(r))
}
