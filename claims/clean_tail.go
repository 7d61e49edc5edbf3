package claims

import (
	"strings"
	"unicode/utf8"
)

// ReasonCutOff is the residue reason for the unfinished words at the end of
// an excerpt: a page that stops mid-sentence ("... on Tuesday. More than")
// or mid-word leaves a fragment that is no claim.
const ReasonCutOff = "cut-off excerpt"

// cutOffWords is the most words an unfinished sentence at the end may hold
// and still go: a longer one says enough to be checked, cut off or not.
const cutOffWords = 6

// cutOffLineWords is the most words of a last line that is unfinished from
// its start: a lone syllable or "More than" under the last paragraph.
const cutOffLineWords = 3

// markCutOff cuts the fragment the page stops on: in the last content line,
// an unfinished sentence of a few words after a finished one; or a last line
// of a few words with no sentence end under a paragraph that has one. A
// line that ends in "..." or "…" keeps its sentences (markFootTeasers reads
// teaser lines), and the title is never a fragment.
func markCutOff(body string, lines []cleanLine, title string) {
	last, prev := -1, -1
	for i := len(lines) - 1; i >= 0; i-- {
		if !isContent(body, &lines[i]) {
			continue
		}
		if last < 0 {
			last = i
			continue
		}
		prev = i
		break
	}
	if last < 0 || prev < 0 {
		return
	}
	l := &lines[last]
	t := keptText(body, l)
	ellipsis := strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
	if (endsSentence(t) && !ellipsis) || NormalizeText(t) == title {
		return
	}
	spans := Segment(t)
	if len(spans) == 0 {
		return
	}
	if len(spans) == 1 {
		if !ellipsis && len(strings.Fields(t)) <= cutOffLineWords && endsSentence(keptText(body, &lines[prev])) {
			l.cuts = []cleanCut{{l.start, l.end, ReasonCutOff}}
		}
		return
	}
	tail := t[runeByteOffset(t, spans[len(spans)-1][0]):]
	// An ellipsis ends a teaser's excerpt as often as a writer's pause:
	// only a stub of a sentence after it goes ("... on Tuesday. More
	// than..."), never a line that is all ellipsis.
	if n := len(strings.Fields(tail)); n > cutOffWords || (ellipsis && n > cutOffLineWords) {
		return
	}
	pieces := linePieces(body, l)
	if len(pieces) == 0 {
		return
	}
	p := pieces[len(pieces)-1]
	if p[1]-p[0] < len(tail) || body[p[1]-len(tail):p[1]] != tail {
		return
	}
	l.cuts = insertCut(l.cuts, cleanCut{p[1] - len(tail), p[1], ReasonCutOff})
}

// runeByteOffset returns the byte offset of rune n of s.
func runeByteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// deskLabelPrefixLen returns the length of a desk label and its colon
// opening s ("HL: ", "KICKER: "), or 0: the label is the template's, what
// follows it the article's.
func deskLabelPrefixLen(s string) int {
	colon := strings.IndexByte(s, ':')
	if colon < 2 || colon > 12 || !isCapsWord(s[:colon]) || !deskLabels[strings.ToLower(s[:colon])] {
		return 0
	}
	n := colon + 1
	for n < len(s) && s[n] == ' ' {
		n++
	}
	if n == len(s) {
		return 0 // a bare "HL:" line is a label line, cut whole
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); r == '/' {
		return 0 // "HTTP://": not a label
	}
	return n
}
