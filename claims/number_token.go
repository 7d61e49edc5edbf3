package claims

import (
	"strings"
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
// Start/End count runes in the claim; b0/b1 are the byte span, kept so that
// the text of a match is a slice of the claim and costs no allocation.
type qtoken struct {
	kind       int
	key        string // match key: lower-cased, zero-width joiners removed
	start, end int    // runes
	b0, b1     int    // bytes
	glued      bool   // no space between this token and the one before
	script     int
	upper      bool // a word whose first letter is upper case (May, not may)

	// Number tokens only.
	val      float64
	numOK    bool // well formed: valid grouping, at most one decimal point
	digits   int  // digits before the decimal point
	grouped  bool // written with grouping commas (10,000)
	decimal  bool // written with a decimal point
	leading0 bool // an integer part with a leading zero (07, ০১৭১২)
	dots     int  // decimal points seen (21.06.2024 has two)
	urlish   bool // inside a URL, handle, hashtag or ID: never a figure
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

// qWordRune reports whether r continues a word.
func qWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if _, ok := qDigitValue(r); ok {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || qZeroWidth(r)
}

// qRuneScript classifies the first letter of a word.
func qRuneScript(r rune) int {
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

// qtokenize splits text into words, numbers and single punctuation marks.
func qtokenize(text string) []qtoken {
	toks := make([]qtoken, 0, len(text)/4)
	runes, i := 0, 0
	space := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			runes++
			continue
		case qWordRune(r) && !qZeroWidth(r):
			t, n, nr := qScanWord(text, i)
			t.start, t.end = runes, runes+nr
			t.glued = !space
			toks = append(toks, t)
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
				b0: i, b1: i + size, glued: !space})
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

// qScanWord reads a word at byte i: its token, byte length and rune count.
func qScanWord(text string, i int) (qtoken, int, int) {
	j, nr := i, 0
	clean := true // key equals the raw text: no upper case, no joiners
	first := true
	t := qtoken{kind: qWord, b0: i}
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !qWordRune(r) {
			break
		}
		if first {
			t.script = qRuneScript(r)
			t.upper = unicode.IsUpper(r)
			first = false
		}
		if qZeroWidth(r) || unicode.IsUpper(r) {
			clean = false
		}
		j += size
		nr++
	}
	t.b1 = j
	raw := text[i:j]
	if clean {
		t.key = raw
	} else {
		var b strings.Builder
		for _, r := range raw {
			if !qZeroWidth(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		t.key = b.String()
	}
	return t, j - i, nr
}

// qScanNumber reads digits at byte i, taking in a comma or point only when a
// digit follows it, so that "2024, he" and "10." end at the last digit.
func qScanNumber(text string, i int) (qtoken, int, int) {
	t := qtoken{kind: qNum, b0: i, numOK: true}
	j, nr := i, 0
	var intPart, frac float64
	fracScale := 1.0
	groups := []int{} // digit counts of comma-separated groups
	cur := 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
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
	t.b1 = j
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
