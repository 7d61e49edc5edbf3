package claims

import (
	"strings"
	"sync"
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
	script     int8
	// joined is true when only spaces or a hyphen separate the token from the
	// one before: a name may run on across it, not across a comma or a danda.
	joined bool
	upper  bool // a Latin token that starts with a capital letter
	indic  bool // every rune is in U+0900..U+09FF: no Latin letter inside
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
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case r >= 0x0900 && r <= 0x097F: // Devanagari: all but the dandas and the abbreviation sign
		return r != 0x0964 && r != 0x0965 && r != 0x0970
	case r >= 0x0980 && r <= 0x09FF: // Bengali: all but currency signs and numerators (৷ used as a danda)
		return r < 0x09F2 || r > 0x09FB
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.M, r) || unicode.IsDigit(r) || r == 0x200C || r == 0x200D
}

// lexIndicWord caches lexWordRune for the Devanagari and Bengali blocks,
// which lexTokenizeInto walks through letter by letter.
var lexIndicWord = func() (t [0x100]bool) {
	for i := range t {
		t[i] = lexWordRune(rune(0x0900 + i))
	}
	return t
}()

// lexIsMark reports whether r is a combining mark: an Indic vowel sign,
// virama, nukta, anusvara or chandrabindu.
func lexIsMark(r rune) bool {
	if r >= 0x0900 && r <= 0x09FF {
		return indicMarks[r-0x0900]
	}
	return r >= 0x0300 && unicode.Is(unicode.M, r)
}

// indicMarks caches unicode.M for the Devanagari and Bengali blocks, which
// every Indic word walks through.
var indicMarks = func() (t [0x100]bool) {
	for i := range t {
		t[i] = unicode.Is(unicode.M, rune(0x0900+i))
	}
	return t
}()

// lexTokenize splits text into words with rune and byte offsets and match keys.
// Initials such as "U.S." become one token keyed "^US".
func lexTokenize(text string) []lexToken {
	// One token per space is close enough to size the slice once.
	return lexTokenizeInto(make([]lexToken, 0, strings.Count(text, " ")+2), text)
}

// lexTokenPool recycles token buffers: every claim is tokenised three times
// (entities, roles, flags) and the tokens never outlive the call.
var lexTokenPool = sync.Pool{New: func() any { b := make([]lexToken, 0, 64); return &b }}

// withTokens tokenises text into a pooled buffer, calls fn with the tokens
// and recycles the buffer; fn must not keep the slice.
func withTokens[T any](text string, fn func([]lexToken) T) T {
	p := lexTokenPool.Get().(*[]lexToken)
	toks := lexTokenizeInto((*p)[:0], text)
	out := fn(toks)
	clear(toks) // drop references to text before the buffer waits in the pool
	*p = toks[:0]
	lexTokenPool.Put(p)
	return out
}

// lexTokenCache is the last text FindEntities tokenised: the pipeline asks
// for entities, roles and flags of one claim in a row, and reading the
// tokens of a claim once instead of three times is most of their cost.
type lexTokenCache struct {
	text string
	toks []lexToken // read-only once cached
}

// lexWithTokens calls fn with the tokens of text, from l's cache when it
// holds text, else from a pooled buffer.
func lexWithTokens[T any](l *Lexicon, text string, fn func([]lexToken) T) T {
	if c := l.lastTokens.Load(); c != nil && c.text == text {
		return fn(c.toks)
	}
	return withTokens(text, fn)
}

// lexTokenizeInto is lexTokenize appending to toks.
func lexTokenizeInto(toks []lexToken, text string) []lexToken {
	var (
		inWord          bool
		cur             lexToken
		runeAt          int
		sawPrevWord     bool
		hyphens, others int
		plain           bool // the word so far is caseless Indic without joiners: its key is itself
	)
	flush := func(bEnd, rEnd int) {
		cur.be, cur.end = bEnd, rEnd
		cur.indic = plain
		if w := text[cur.bs:cur.be]; plain {
			cur.key = w
		} else {
			cur.key = lexTokenKey(w)
		}
		toks = append(toks, cur)
		inWord = false
	}
	for bi := 0; bi < len(text); {
		// As a range loop would, but without a call per Indic letter.
		r, size := rune(text[bi]), 1
		var word, indic bool
		if ir, ok := indicRune(text, bi); ok {
			r, size, word, indic = ir, 3, lexIndicWord[ir-0x0900], true
		} else if r < utf8.RuneSelf {
			word = r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' // lexWordRune, inline
		} else {
			r, size = decodeRune(text, bi)
			word = lexWordRune(r)
		}
		if word {
			if !inWord {
				plain = true
			}
			if plain && (r < 0x0900 || r > 0x09FF) {
				plain = false
			}
			if !inWord {
				cur = lexToken{start: runeAt, bs: bi, script: int8(lexScriptOf(r))}
				cur.joined = sawPrevWord && others == 0 && hyphens <= 1
				cur.upper = r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || cur.script == lexScriptLatin && unicode.IsUpper(r)
				inWord = true
			} else if cur.script == lexScriptOther {
				cur.script = int8(lexScriptOf(r))
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
			case r == '.' && others == 0 && hyphens == 0 && len(toks) > 0 && toks[len(toks)-1].be == bi && isInitialWord(text[toks[len(toks)-1].bs:bi]):
				// "S. Somanath", "एस. सोमनाथ": an initial's dot does not
				// part it from the rest of the name.
			default:
				others++
			}
		}
		runeAt++
		bi += size
		if word && indic {
			// The rest of a Bengali or Devanagari word changes nothing
			// above but the position: read on in a loop of its own,
			// which the compiler keeps in registers.
			end, n := indicRunOf(text, bi, &lexIndicWord)
			bi, runeAt = end, runeAt+n
		}
	}
	if inWord {
		flush(len(text), runeAt)
	}
	return lexMergeInitials(text, toks)
}

// lexTokenKey returns the match key of one word: lower case, except that a
// capitals-only Latin word keeps its capitals behind a "^" ("^US").
// Capitals-only aliases (US, UN) must match capitals only, so that the
// pronoun "us" is never the United States.
func lexTokenKey(w string) string {
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
			return "^" + w
		}
		if upper == 0 {
			return w // already lower case: spare ToLower its own scan
		}
		return strings.ToLower(w)
	}
	for _, r := range w {
		// Bengali and Devanagari have no case: only joiners need removing.
		if r == 0x200C || r == 0x200D || r < 0x0900 && unicode.IsUpper(r) {
			return MatchKey(w)
		}
	}
	return w
}

// lexMergeInitials joins single capital letters written with dots ("U.S.",
// "J.D.") into one token, so they match the alias "US" or "J.D.".
func lexMergeInitials(text string, toks []lexToken) []lexToken {
	// Most claims have no initials: leave their tokens where they are.
	first := 0
	for first < len(toks) && !lexIsInitial(text, &toks[first]) {
		first++
	}
	if first == len(toks) {
		return toks
	}
	out := toks[:first]
	for i := first; i < len(toks); i++ {
		t := toks[i]
		if !lexIsInitial(text, &t) {
			out = append(out, t)
			continue
		}
		j := i
		letters := text[t.bs:t.be]
		for j+1 < len(toks) && lexIsInitial(text, &toks[j+1]) && toks[j+1].bs == toks[j].be+1 {
			j++
			letters += text[toks[j].bs:toks[j].be]
		}
		if j == i {
			out = append(out, t)
			continue
		}
		t.end, t.be = toks[j].end+1, toks[j].be+1 // the closing dot belongs to the initials
		t.key = "^" + letters
		out = append(out, t)
		i = j
	}
	return out
}

// lexIsInitial reports whether t is one capital Latin letter followed by a dot.
func lexIsInitial(text string, t *lexToken) bool {
	return t.be-t.bs == 1 && text[t.bs] >= 'A' && text[t.bs] <= 'Z' && t.be < len(text) && text[t.be] == '.'
}

// keyMatches reports whether the text token t stands for the alias token key k.
func (t *lexToken) keyMatches(k string) bool {
	return t.key == k || len(t.key) > 1 && t.key[0] == '^' && len(k) == len(t.key)-1 && strings.EqualFold(t.key[1:], k)
}

// alt returns the lower-case key of a capitals-only Latin token ("us" for
// "^US"), or "": capitals may also spell an ordinary name ("RUSSIA").
func (t *lexToken) alt() string {
	if len(t.key) > 1 && t.key[0] == '^' {
		return strings.ToLower(t.key[1:])
	}
	return ""
}
