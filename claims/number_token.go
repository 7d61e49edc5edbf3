package claims

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kinds of qtoken.
const (
	qWord  = iota // a run of letters and combining marks in one script
	qNum          // digits, with grouping commas and one decimal point
	qPunct        // any other single non-space character
)

// Scripts of a word, for picking its case endings.
const (
	scriptLatin = iota
	scriptBengali
	scriptDevanagari
	scriptOther
)

// qtoken is one token of a claim as the quantity and date finders see it.
// start/end count runes in the claim; b0/b1 are the byte span, kept so that
// the text of a match is a slice of the claim and costs no allocation.
// Number fields (val, digits, dots, numOK, ...) are set on number tokens.
type qtoken struct {
	key        string // match key: lower-cased, zero-width joiners removed
	start, end int    // runes
	val        float64
	b0, b1     int32  // bytes
	hash       uint32 // keyHash(key) of a word or punctuation mark, for keySet.hasToken
	digits     int16  // digits before the decimal point
	kind       int8
	script     int8
	dots       int8 // decimal points seen (21.06.2024 has two)
	glued      bool // no space between this token and the one before
	upper      bool // a word whose first letter is upper case (May, not may)
	numOK      bool // well formed: valid grouping, at most one decimal point
	grouped    bool // written with grouping commas (10,000)
	decimal    bool // written with a decimal point
	leading0   bool // an integer part with a leading zero (07, ০১৭১২)
	urlish     bool // inside a URL, handle, hashtag or ID: never a figure
}

// qDigitValue returns the value of an ASCII, Bengali or Devanagari digit.
func qDigitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '০' && r <= '৯':
		return int(r - '০'), true
	case r >= '०' && r <= '९':
		return int(r - '०'), true
	}
	return 0, false
}

// qZeroWidth reports whether r is a zero-width character that writers put
// inside Indic words at will; it is kept in the text but not in match keys.
func qZeroWidth(r rune) bool {
	return r == '\u200c' || r == '\u200d' || r == '\u200b' || r == '\ufeff'
}

// qWordRune reports whether r continues a word. Bengali and Devanagari,
// the bulk of the text, are decided by range without Unicode tables.
func qWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r >= 0x0900 && r <= 0x097f:
		// Dandas, digits and the abbreviation sign are not letters.
		return r < 0x0964 || r > 0x0970
	case r >= 0x0980 && r <= 0x09ff:
		// Digits, currency signs, numerators and the abbreviation sign.
		return !(r >= 0x09e6 && r <= 0x09fb) && r != 0x09fd
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || qZeroWidth(r)
}

// qRuneScript classifies the first letter of a word.
func qRuneScript(r rune) int8 {
	switch {
	case r < 0x250:
		return scriptLatin
	case r >= 0x0980 && r <= 0x09ff:
		return scriptBengali
	case r >= 0x0900 && r <= 0x097f:
		return scriptDevanagari
	}
	return scriptOther
}

// qDecode decodes the rune at byte i of s. Bengali and Devanagari letters
// take three bytes and are decoded inline; anything else, invalid UTF-8
// included, goes to the standard decoder.
func qDecode(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b&0xf0 == 0xe0 && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xc0 == 0x80 && b2&0xc0 == 0x80 {
			r := rune(b&0x0f)<<12 | rune(b1&0x3f)<<6 | rune(b2&0x3f)
			if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// qtokenPool recycles tokenisations. Each claim's text is read by
// FindQuantities, FindDates and Score one after the other; an entry
// remembers the text it holds the tokens of, and the pool mostly hands the
// same goroutine back the entry it just returned, so the second and third
// reader skip tokenising. A miss only costs a fresh tokenisation.
var qtokenPool = sync.Pool{New: func() any { return &tokenized{toks: make([]qtoken, 0, 256)} }}

type tokenized struct {
	text string
	toks []qtoken
}

// getTokens returns the tokens of text from the pool; give them back with
// putTokens once nothing refers to them.
func getTokens(text string) *tokenized {
	p := qtokenPool.Get().(*tokenized)
	if p.text != text || len(p.toks) == 0 && text != "" {
		p.toks = qtokenizeInto(p.toks[:0], text)
		p.text = text
	}
	return p
}

func putTokens(p *tokenized) {
	if cap(p.toks) <= 1<<14 {
		qtokenPool.Put(p)
	}
}

// qtokenize splits text into words, numbers and single punctuation marks.
func qtokenize(text string) []qtoken {
	return qtokenizeInto(make([]qtoken, 0, len(text)/16+4), text)
}

// qtokenizeInto is qtokenize appending to toks.
func qtokenizeInto(toks []qtoken, text string) []qtoken {
	runes, i := 0, 0
	space := true
	for i < len(text) {
		// ASCII and Bengali and Devanagari, the bulk of the text, are
		// decoded and told apart here without a call.
		var r rune
		var size int
		var word bool
		if c := text[i]; c < utf8.RuneSelf {
			r, size, word = rune(c), 1, c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		} else if ir, ok := indicRune(text, i); ok {
			r, size, word = ir, 3, indicWordByte[ir-0x0900]
		} else {
			r, size = qDecode(text, i)
			word = qWordRune(r) && !qZeroWidth(r)
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r > utf8.RuneSelf && (r < 0x900 || r >= 0x2000) && unicode.IsSpace(r):
			space = true
			i += size
			runes++
			continue
		case word:
			// Read in place: a token is too big to copy twice per word.
			toks = append(toks, qtoken{})
			t := &toks[len(toks)-1]
			n, nr := qScanWord(text, i, t)
			t.start, t.end = runes, runes+nr
			t.glued = !space
			t.hash = keyHash(t.key)
			i, runes = i+n, runes+nr
		case qDigitRune(r):
			t, n, nr := qScanNumber(text, i)
			t.start, t.end = runes, runes+nr
			t.glued = !space
			toks = append(toks, t)
			i, runes = i+n, runes+nr
		case qZeroWidth(r):
			// A stray joiner between words is neither space nor text.
			i += size
			runes++
			continue
		default:
			toks = append(toks, qtoken{kind: qPunct, key: text[i : i+size], start: runes, end: runes + 1,
				b0: int32(i), b1: int32(i + size), glued: !space, hash: keyHash(text[i : i+size])})
			i += size
			runes++
		}
		space = false
	}
	markURLish(toks)
	return toks
}

func qDigitRune(r rune) bool {
	_, ok := qDigitValue(r)
	return ok
}

// qScanWord reads a word at byte i into t, which is zero, and returns its
// byte length and rune count.
func qScanWord(text string, i int, t *qtoken) (int, int) {
	j, nr := i, 0
	clean := true // key equals the raw text: no upper case, no joiners
	t.kind, t.b0 = qWord, int32(i)
	r0, _ := qDecode(text, i)
	t.script = qRuneScript(r0)
	for j < len(text) {
		// Bengali and Devanagari letters, the bulk of the text, are three
		// bytes E0 A4..A7 xx: a run of them decided by table, without
		// decoding. A letter of theirs that ends the word is decoded
		// below, and qWordRune, which the table holds, ends it there.
		if text[j] == 0xe0 {
			if end, n := indicRunOf(text, j, &indicWordByte); n > 0 {
				j, nr = end, nr+n
				continue
			}
		}
		if c := text[j]; c < utf8.RuneSelf {
			// ASCII, the bulk of English text: qWordRune and the case
			// test below, without decoding.
			up := c >= 'A' && c <= 'Z'
			if !up && (c < 'a' || c > 'z') {
				break
			}
			if j == i {
				t.upper = up
			}
			clean = clean && !up
			j++
			nr++
			continue
		}
		r, size := qDecode(text, j)
		if !qWordRune(r) {
			break
		}
		if r < 0x250 {
			up := r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r)
			if j == i {
				t.upper = up
			}
			clean = clean && !up
		} else if r >= 0x200b && qZeroWidth(r) {
			clean = false
		}
		j += size
		nr++
	}
	t.b1 = int32(j)
	raw := text[i:j]
	if clean {
		t.key = raw
	} else {
		var b strings.Builder
		b.Grow(len(raw)) // lower case is mostly the same length: one allocation
		for _, r := range raw {
			if !qZeroWidth(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		t.key = b.String()
	}
	return j - i, nr
}

// indicWordByte says, for each code point of U+0900..U+09FF, whether it
// continues a word: qWordRune precomputed for the hot loop of qScanWord.
var indicWordByte = func() (tab [256]bool) {
	for k := range tab {
		tab[k] = qWordRune(rune(0x900 + k))
	}
	return tab
}()

// qScanNumber reads digits at byte i, taking in a comma or point only when a
// digit follows it, so that "2024, he" and "10." end at the last digit.
func qScanNumber(text string, i int) (qtoken, int, int) {
	t := qtoken{kind: qNum, b0: int32(i), numOK: true}
	j, nr := i, 0
	var intPart, frac float64
	fracScale := 1.0
	groups := []int{} // digit counts of comma-separated groups
	cur := 0
	for j < len(text) {
		r, size := qDecode(text, j)
		if d, ok := qDigitValue(r); ok {
			if t.dots == 0 {
				if t.digits == 0 && d == 0 {
					t.leading0 = true
				}
				intPart = intPart*10 + float64(d)
				cur++
				t.digits++
			} else if t.dots == 1 {
				fracScale /= 10
				frac += float64(d) * fracScale
			}
			j += size
			nr++
			continue
		}
		if (r == ',' || r == '.') && j+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if qDigitRune(next) {
				if r == ',' {
					if t.dots > 0 {
						t.numOK = false
					}
					t.grouped = true
					groups = append(groups, cur)
					cur = 0
				} else {
					t.dots++
				}
				j += size
				nr++
				continue
			}
		}
		break
	}
	if t.grouped {
		groups = append(groups, cur)
		t.numOK = t.numOK && validGrouping(groups)
	}
	// "0" and "0.5" are numbers; "07" and "০১৭১২" are codes or phone numbers.
	t.leading0 = t.leading0 && t.digits > 1
	t.decimal = t.dots == 1
	if t.dots > 1 {
		t.numOK = false
	}
	t.val = intPart + frac
	t.b1 = int32(j)
	t.key = text[i:j]
	return t, j - i, nr
}

// validGrouping accepts Western (100,000) and Indian (1,00,000) grouping:
// a first group of 1-3 digits, middle groups of 2 or 3, a last group of 3.
func validGrouping(groups []int) bool {
	if len(groups) < 2 || groups[0] < 1 || groups[0] > 3 || groups[len(groups)-1] != 3 {
		return false
	}
	for _, g := range groups[1 : len(groups)-1] {
		if g != 2 && g != 3 {
			return false
		}
	}
	return true
}

// markURLish marks the numbers of every glued chunk (tokens with no space
// between them) that looks like a URL, handle, hashtag or ID: their digits
// are not figures (pic.twitter.com/3IufORS27H, @user123, #G20).
func markURLish(toks []qtoken) {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].glued {
			j++
		}
		if chunkURLish(toks[i:j]) {
			for k := i; k < j; k++ {
				toks[k].urlish = true
			}
		}
		i = j
	}
}

func chunkURLish(chunk []qtoken) bool {
	if len(chunk) < 2 {
		return false
	}
	slashes, latinDot := 0, false
	for k, t := range chunk {
		if t.kind != qPunct {
			// Digits wedged between Latin letters: an ID such as 3IufORS27H.
			if t.kind == qNum && k > 0 && k+1 < len(chunk) &&
				chunk[k-1].kind == qWord && chunk[k-1].script == scriptLatin &&
				chunk[k+1].kind == qWord && chunk[k+1].script == scriptLatin {
				return true
			}
			continue
		}
		switch t.key {
		case "@", "#", "_", "=", "&", "?":
			return true
		case "/":
			slashes++
		case ".":
			if k > 0 && k+1 < len(chunk) && chunk[k-1].kind == qWord && chunk[k+1].kind == qWord &&
				chunk[k-1].script == scriptLatin {
				latinDot = true
			}
		case ":":
			if k+2 < len(chunk) && chunk[k+1].key == "/" && chunk[k+2].key == "/" {
				return true
			}
		}
	}
	return latinDot && slashes > 0 || slashes > 2
}
