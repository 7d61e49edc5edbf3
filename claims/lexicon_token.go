package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scripts a token is written in. Bengali and Devanagari share one suffix
// logic but keep separate suffix lists.
const (
	lexScriptOther = iota
	lexScriptLatin
	lexScriptBengali
	lexScriptDeva
	lexNumScripts
)

// lexToken is one word of a claim as the lexicon sees it.
type lexToken struct {
	start, end int    // runes in the text
	bs, be     int    // bytes in the text, for slicing without []rune
	key        string // match key: lower case, zero-width joiners dropped; "^US" for Latin capitals
	alt        string // lower-case key of a capitals-only Latin token ("us" for "^US"), else ""
	script     int
	// joined is true when only spaces or a hyphen separate the token from the
	// one before: a name may run on across it, not across a comma or a danda.
	joined bool
	upper  bool // a Latin token that starts with a capital letter
}

// lexScriptOf tells which script a rune belongs to.
func lexScriptOf(r rune) int {
	switch {
	case r >= 0x0980 && r <= 0x09FF:
		return lexScriptBengali
	case r >= 0x0900 && r <= 0x097F, r >= 0xA8E0 && r <= 0xA8FF:
		return lexScriptDeva
	case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
		return lexScriptLatin
	case r >= 0xC0 && r <= 0x24F:
		return lexScriptLatin
	}
	return lexScriptOther
}

// lexWordRune reports whether r belongs inside a word: letters, combining
// marks (vowel signs, virama, nukta), digits and the zero-width joiners that
// shape Indic conjuncts.
func lexWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.M, r) || unicode.IsDigit(r) || r == 0x200C || r == 0x200D
}

// lexIsMark reports whether r is a combining mark: an Indic vowel sign,
// virama, nukta, anusvara or chandrabindu.
func lexIsMark(r rune) bool {
	return r >= 0x0300 && unicode.Is(unicode.M, r)
}

// lexTokenize splits text into words with rune and byte offsets and match keys.
// Initials such as "U.S." become one token keyed "^US".
func lexTokenize(text string) []lexToken {
	toks := make([]lexToken, 0, len(text)/6+1)
	var (
		inWord          bool
		cur             lexToken
		runeAt          int
		sawPrevWord     bool
		hyphens, others int
	)
	flush := func(bEnd, rEnd int) {
		cur.be, cur.end = bEnd, rEnd
		cur.key, cur.alt = lexTokenKey(text[cur.bs:cur.be])
		toks = append(toks, cur)
		inWord = false
	}
	for bi, r := range text {
		if lexWordRune(r) {
			if !inWord {
				cur = lexToken{start: runeAt, bs: bi, script: lexScriptOf(r)}
				cur.joined = sawPrevWord && others == 0 && hyphens <= 1
				cur.upper = r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || cur.script == lexScriptLatin && unicode.IsUpper(r)
				inWord = true
			} else if cur.script == lexScriptOther {
				cur.script = lexScriptOf(r)
			}
		} else {
			if inWord {
				flush(bi, runeAt)
				sawPrevWord = true
				hyphens, others = 0, 0
			}
			switch {
			case r == ' ' || r == '\u00A0' || r == '\t':
			case r == '-' || r == '\u2010' || r == '\u2011':
				hyphens++
			default:
				others++
			}
		}
		runeAt++
	}
	if inWord {
		flush(len(text), runeAt)
	}
	return lexMergeInitials(text, toks)
}

// lexTokenKey returns the match key of one word and, for a capitals-only Latin
// word, its lower-case fallback. Capitals-only aliases (US, UN) must match
// capitals only, so that the pronoun "us" is never the United States.
func lexTokenKey(w string) (key, alt string) {
	ascii, upper, lower := true, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		}
	}
	if ascii {
		if upper >= 2 && lower == 0 {
			return "^" + w, strings.ToLower(w)
		}
		return strings.ToLower(w), ""
	}
	for _, r := range w {
		if r == 0x200C || r == 0x200D || unicode.IsUpper(r) {
			return MatchKey(w), ""
		}
	}
	return w, ""
}

// lexMergeInitials joins single capital letters written with dots ("U.S.",
// "J.D.") into one token, so they match the alias "US" or "J.D.".
func lexMergeInitials(text string, toks []lexToken) []lexToken {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !lexIsInitial(text, t) {
			out = append(out, t)
			continue
		}
		j := i
		letters := text[t.bs:t.be]
		for j+1 < len(toks) && lexIsInitial(text, toks[j+1]) && toks[j+1].bs == toks[j].be+1 {
			j++
			letters += text[toks[j].bs:toks[j].be]
		}
		if j == i {
			out = append(out, t)
			continue
		}
		t.end, t.be = toks[j].end+1, toks[j].be+1 // the closing dot belongs to the initials
		t.key, t.alt = "^"+letters, strings.ToLower(letters)
		out = append(out, t)
		i = j
	}
	return out
}

// lexIsInitial reports whether t is one capital Latin letter followed by a dot.
func lexIsInitial(text string, t lexToken) bool {
	return t.be-t.bs == 1 && text[t.bs] >= 'A' && text[t.bs] <= 'Z' && t.be < len(text) && text[t.be] == '.'
}

// keyMatches reports whether the text token t stands for the alias token key k.
func (t *lexToken) keyMatches(k string) bool {
	return t.key == k || t.alt != "" && t.alt == k
}
