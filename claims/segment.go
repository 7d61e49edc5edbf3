package claims

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Claim length limits, in runes. A quote longer than maxQuotedRunes is split
// at its own sentence ends; no claim is longer than maxClaimRunes.
const (
	maxQuotedRunes = 400
	maxClaimRunes  = 600
)

// abbreviations are the words whose full stop does not end a sentence, as
// match keys. An entry ending in "#" ("no#") counts only before a number:
// "No. 5" but "said no. Then".
var abbreviations, numberAbbreviations = loadAbbreviations()

// loadAbbreviations reads data/abbreviations.txt into its two sets.
func loadAbbreviations() (plain, beforeNumber map[string]bool) {
	plain, beforeNumber = map[string]bool{}, map[string]bool{}
	for _, a := range textDataList("abbreviations.txt") {
		if k, ok := strings.CutSuffix(MatchKey(a), "#"); ok {
			beforeNumber[k] = true
			continue
		}
		plain[MatchKey(a)] = true
	}
	return plain, beforeNumber
}

// Segment returns the rune spans of the claims in clean text, in order and
// trimmed of spaces. A claim ends at a line break, at "।", "॥", "৷", "|",
// "?", "!" and at a "." that is not part of a decimal (1.5, ১.৫, १.५), an
// abbreviation (Dr., মি., डॉ.) or initials (U.S., J. K.). Sentence ends
// inside a quote do not count unless the quote runs past 400 characters;
// a claim longer than 600 characters is split at a comma or semicolon near
// its middle. Spans without a letter are skipped.
func Segment(clean string) [][2]int {
	buf := segmentBufs.Get().(*segmentBuf)
	defer segmentBufs.Put(buf)
	rs, marks := segmentRunes(clean, buf)
	var spans [][2]int
	ls, m := 0, 0
	for {
		// The marks of this line run up to its line break, if any.
		lm := m
		for lm < len(marks) && !isLineBreak(rs[marks[lm]]) {
			lm++
		}
		le := len(rs)
		if lm < len(marks) {
			le = int(marks[lm])
		}
		spans = segmentLine(rs, ls, le, marks[m:lm], spans)
		if lm == len(marks) {
			return spans
		}
		ls, m = le+1, lm+1
	}
}

// segmentBuf is the scratch space of one Segment call, reused across calls:
// a pipeline segments every article, and the rune copy is its largest
// allocation.
type segmentBuf struct {
	runes []rune
	marks []int32
}

var segmentBufs = sync.Pool{New: func() any { return new(segmentBuf) }}

// segmentRunes decodes text into buf and notes where its line breaks,
// sentence marks and quote marks are: the scanner visits those, not every
// rune.
func segmentRunes(text string, buf *segmentBuf) (rs []rune, marks []int32) {
	rs, marks = buf.runes[:0], buf.marks[:0]
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		var mark bool
		if ir, ok := indicRune(text, i); ok {
			r, size, mark = ir, 3, segIndicMark[ir-0x0900]
		} else {
			if r >= utf8.RuneSelf {
				r, size = decodeRune(text, i)
			}
			mark = isSegmentMark(r)
		}
		if mark {
			marks = append(marks, int32(len(rs)))
		}
		rs = append(rs, r)
		i += size
	}
	// Stored here, not by a deferred closure: one that captured rs and
	// marks kept both in memory at every rune.
	buf.runes, buf.marks = rs, marks
	return rs, marks
}

// isSegmentMark reports whether the scanner visits r: a line break, sentence
// mark or quote mark.
func isSegmentMark(r rune) bool { return isLineBreak(r) || isSentenceMark(r) || isQuoteMark(r) }

// segIndicMark caches isSegmentMark for U+0900..U+09FF (the dandas), where
// segmentRunes spends most of its letters.
var segIndicMark = func() (t [0x100]bool) {
	for i := range t {
		t[i] = isSegmentMark(rune(0x0900 + i))
	}
	return t
}()

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool { return r == '\n' || r == '\r' }

// isQuoteMark reports whether r may open or close a quote.
func isQuoteMark(r rune) bool {
	switch r {
	case '“', '”', '«', '»', '"', '‘', '’':
		return true
	}
	return false
}

// segmentLine appends the claims of line rs[ls:le] to spans; marks are the
// positions of its sentence and quote marks.
func segmentLine(rs []rune, ls, le int, marks []int32, spans [][2]int) [][2]int {
	quotes := quoteRegions(rs, ls, le, marks)
	q := 0
	start := ls
	next := ls // marks before next were taken in by the last claim end
	for _, mk := range marks {
		k := int(mk)
		if k < next || !isSentenceMark(rs[k]) {
			continue
		}
		for q < len(quotes) && quotes[q][1] < k {
			q++
		}
		end := k + 1
		inQuote := q < len(quotes) && quotes[q][0] < k && k < quotes[q][1]
		switch {
		case inQuote:
			// Only a sentence end that closes the quote itself ends a claim,
			// after the closing quote.
			j := k + 1
			for j < quotes[q][1] && (isSentenceMark(rs[j]) || isClosingMark(rs[j])) {
				j++
			}
			if j != quotes[q][1] || quoteGoesOn(rs, j+1, le) {
				continue
			}
			end = j + 1
		case rs[k] == '.' || rs[k] == '…':
			var ok bool
			if end, ok = fullStopEnd(rs, ls, le, k); !ok {
				next = end
				continue
			}
		case (rs[k] == '?' || rs[k] == '!') && k+1 < le && isWordOrDigit(rs[k+1]):
			continue
		}
		for end < le && (isSentenceMark(rs[end]) || isClosingMark(rs[end])) {
			end++
		}
		spans = appendClaim(rs, start, end, spans)
		start, next = end, end
	}
	return appendClaim(rs, start, le, spans)
}

// fullStopEnd decides whether the "." or "…" (or "...") at k ends a
// sentence. It returns the end of the dot run and whether it is a sentence
// end.
func fullStopEnd(rs []rune, ls, le, k int) (end int, ok bool) {
	end = k + 1
	for end < le && (rs[end] == '.' || rs[end] == '…') {
		end++
	}
	ellipsis := end-k > 1 || rs[k] == '…'
	if end < le && isWordOrDigit(rs[end]) {
		// 1.5, ১.৫, U.S, pic.twitter.com: no space after the dot.
		return end, false
	}
	next := end
	for next < le && isSpaceRune(rs[next]) {
		next++
	}
	if next < le && rs[next] < 0x80 && unicode.IsLower(rs[next]) {
		// "approx. three", "and so on... and": the sentence goes on.
		return end, false
	}
	if ellipsis {
		return end, true
	}
	ws := k
	for ws > ls && (isLetterOrSign(rs[ws-1]) || (rs[ws-1] == '.' && ws-1 > ls && isLetterOrSign(rs[ws-2]))) {
		ws--
	}
	if ws == k {
		return end, true
	}
	word := MatchKey(string(rs[ws:k]))
	if abbreviations[word] || (numberAbbreviations[word] && next < le && unicode.IsDigit(rs[next])) {
		return end, false
	}
	if isInitialLetter(rs[ws:k]) || (ws >= 2 && rs[ws-1] == ' ' && rs[ws-2] == '.' && isIndicSyllable(rs[ws:k])) {
		return end, false
	}
	if _, ok := indicInitials[string(rs[ws:k])]; ok && next < le && !isSentenceMark(rs[next]) {
		return end, false // "इसरो अध्यक्ष एस. सोमनाथ": a letter spelt out is an initial
	}
	if spelledInitials(string(rs[ws:k])) && next < le && !isSentenceMark(rs[next]) {
		return end, false // "मुख्यमंत्री एम.के. स्टालिन": initials run together
	}
	return end, true
}

// spelledInitials reports whether word is two or more initials joined by
// full stops with no space ("एम.के", "এম.কে"), each a letter spelt out
// in Bengali or Devanagari (initials.tsv) or one letter.
func spelledInitials(word string) bool {
	parts := strings.Split(word, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, ok := indicInitials[p]; !ok && !isInitialLetter([]rune(p)) {
			return false
		}
	}
	return true
}

// isIndicSyllable reports whether word is one Bengali or Devanagari letter
// with one sign: after another initial ("এ. কে."), it is an initial too.
func isIndicSyllable(word []rune) bool {
	return len(word) == 2 && word[0] >= 0x900 && word[0] < 0xA00 && unicode.IsLetter(word[0]) && unicode.IsMark(word[1])
}

// quoteGoesOn reports whether the sentence continues after a quote that
// closed with its own sentence end at rs[k-1]: a lower-case Latin word
// follows (`"Run." and left`), or a short attribution of at most two words
// before the next sentence end ("‘…।’ বলে।", "”, ते म्हणाले.").
func quoteGoesOn(rs []rune, k, le int) bool {
	for k < le && isSpaceRune(rs[k]) {
		k++
	}
	if k == le {
		return false
	}
	if rs[k] < 0x80 {
		return unicode.IsLower(rs[k])
	}
	words, inWord := 0, false
	for ; k < le && !isSentenceMark(rs[k]); k++ {
		switch w := isLetterOrSign(rs[k]); {
		case w && !inWord:
			words++
			inWord = true
		case !w:
			inWord = false
		}
	}
	return words <= 2
}

// isInitialLetter reports whether word (the letters before a ".") is an initial:
// one Latin capital, or one Indic letter with at most a nukta or vowel sign
// of its own, as in "J. K." or "এ. কে.". Single-letter Bengali and Devanagari
// words that end sentences are rare next to initials.
func isInitialLetter(word []rune) bool {
	switch {
	case len(word) == 1 && word[0] < 0x80:
		return unicode.IsUpper(word[0])
	case len(word) == 1:
		return unicode.IsLetter(word[0])
	case len(word) == 2:
		return word[0] >= 0x900 && unicode.IsLetter(word[0]) && (word[1] == '\u093C' || word[1] == '\u09BC')
	}
	return false
}

// quoteRegions returns the quotes of line rs[ls:le] that protect their
// sentence ends: [open, close] rune positions of quotes that close on the
// same line within maxQuotedRunes. An unclosed quote protects nothing, so a
// stray quote mark cannot glue a paragraph into one claim.
func quoteRegions(rs []rune, ls, le int, marks []int32) [][2]int {
	var regions [][2]int
	open := -1
	var want rune
	for _, mk := range marks {
		k := int(mk)
		r := rs[k]
		if open >= 0 {
			closes := r == want
			if want == '’' && closes && k+1 < le && isLetterOrSign(rs[k+1]) {
				closes = false // দু’জন, it’s: an apostrophe, not a closing quote
			}
			if closes {
				if k-open <= maxQuotedRunes {
					regions = append(regions, [2]int{open, k})
				}
				open = -1
			}
			continue
		}
		switch r {
		case '“':
			open, want = k, '”'
		case '«':
			open, want = k, '»'
		case '"':
			open, want = k, '"'
		case '‘':
			if k == ls || !isLetterOrSign(rs[k-1]) {
				open, want = k, '’'
			}
		}
	}
	return regions
}

// appendClaim appends rs[s:e] trimmed, split when too long, unless it holds
// no letter.
func appendClaim(rs []rune, s, e int, spans [][2]int) [][2]int {
	for s < e && isSpaceRune(rs[s]) {
		s++
	}
	for e > s && isSpaceRune(rs[e-1]) {
		e--
	}
	if !hasAnyLetter(rs[s:e]) {
		return spans
	}
	if e-s <= maxClaimRunes {
		return append(spans, [2]int{s, e})
	}
	m := splitPoint(rs, s, e)
	spans = appendClaim(rs, s, m, spans)
	return appendClaim(rs, m, e, spans)
}

// splitPoint returns where to cut an over-long claim rs[s:e]: after the
// "," or ";" nearest the middle (not one inside a number such as
// 1,00,000), else at the space nearest the middle, else at the middle.
func splitPoint(rs []rune, s, e int) int {
	mid := s + (e-s)/2
	best, space := -1, -1
	for d := 0; d < (e-s)/2; d++ {
		for _, k := range [2]int{mid - d, mid + d} {
			if k <= s || k >= e-1 {
				continue
			}
			switch r := rs[k]; {
			case (r == ',' || r == ';' || r == '،') && !(unicode.IsDigit(rs[k-1]) && unicode.IsDigit(rs[k+1])):
				best = k + 1
			case space < 0 && isSpaceRune(r):
				space = k
			}
			if best >= 0 {
				return best
			}
		}
	}
	if space > s {
		return space
	}
	return mid
}

// isSentenceMark reports whether r can end a sentence.
func isSentenceMark(r rune) bool {
	switch r {
	case '.', '?', '!', '|', '…', runeDanda, runeDoubleDanda, runeBengaliDanda:
		return true
	}
	return false
}

// isClosingMark reports whether r closes a quote or bracket: it stays with the
// sentence it closes.
func isClosingMark(r rune) bool {
	switch r {
	case '”', '’', '"', '\'', ')', ']', '»':
		return true
	}
	return false
}

// isLetterOrSign reports whether r belongs to a word: Indic vowel signs and
// viramas are marks, not letters.
func isLetterOrSign(r rune) bool {
	if r < 0x80 {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isWordOrDigit reports whether r is a letter, mark or digit of any script.
func isWordOrDigit(r rune) bool {
	return isLetterOrSign(r) || unicode.IsDigit(r)
}

// hasAnyLetter reports whether rs holds a letter of any script.
func hasAnyLetter(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// SpanTexts returns the text of each rune span of s, as Segment returns
// them, by one walk over s: the texts are substrings of s, so a caller need
// not copy s into runes and back for every claim. Spans out of order still
// work, at the cost of walking again from the start.
func SpanTexts(s string, spans [][2]int) []string {
	out := make([]string, len(spans))
	var at byteCursor
	for i, sp := range spans {
		start := at.seek(s, sp[0])
		out[i] = s[start:at.seek(s, sp[1])]
	}
	return out
}

// byteCursor turns rune offsets of a text into byte offsets, reading on
// from the last offset asked for. Its position lives in locals while it
// reads: a closure over them kept both in memory at every rune.
type byteCursor struct{ b, r int } // byte and rune position

// seek returns the byte offset of rune target of s.
func (c *byteCursor) seek(s string, target int) int {
	b, r := c.b, c.r
	if target < r {
		b, r = 0, 0
	}
	for r < target && b < len(s) {
		if s[b] < utf8.RuneSelf {
			b++
		} else if _, ok := indicRune(s, b); ok {
			b += 3
		} else {
			_, size := decodeRune(s, b)
			b += size
		}
		r++
	}
	c.b, c.r = b, r
	return b
}
