package claims

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Residue reasons of the line classifier.
const (
	ReasonMasthead   = "masthead"
	ReasonContact    = "contact line"
	ReasonDeskLabels = "desk labels"
	ReasonDateLine   = "date line"
	ReasonNavigation = "navigation menu"
)

// classifyMaxBytes is the longest line the classifier reads: longer lines
// are paragraphs (jusText's "long" blocks), and their residue is inline.
const classifyMaxBytes = 600

// classifyLine returns why a line that no phrase list recognised is still
// page residue, judged by its features, or "":
//
//   - a masthead: parts between separators, each a site name, a date, an
//     address or other residue ("Dhaka Tribune | news@dhakatribune.com |
//     Wednesday, December 2, 2026"), or a navigation menu of short names
//     ("Home | India | World | Videos");
//   - a credit in brackets ("(Reporting by Jane Doe; Editing by John Roe)");
//   - a contact or link line: e-mail or web addresses in a line that does
//     not read as prose ("Email: desk@example.com");
//   - desk labels: capitals only, half of them known CMS field names
//     ("KICKER HL BODY");
//   - a date line: a date and maybe a time and labels, nothing else ("Date:
//     2025-03-14, created: 2025-03-14 11:05:37", a site's banner date above
//     the headline);
//   - a call to the reader: an imperative and a channel of the site
//     ("Download the X app and watch the latest videos").
//
// An address in a sentence ("See https://example.com for more.") leaves the
// line alone: a contact line is the address and a label at most, or words
// with no sentence end and too few stop words to be prose.
func classifyLine(t string) string {
	if t == "" || len(t) > classifyMaxBytes {
		return ""
	}
	if endsSentence(t) && !sentenceMayBeResidue(t) {
		// Most lines of an article: the classifier reads them at the cost
		// of a few byte searches, not a word count.
		return ""
	}
	f := measureLine(t)
	if f.words == 0 {
		return ""
	}
	if f.seps > 0 && !f.sentEnd {
		if r := partsReason(t); r != "" {
			return r
		}
	}
	if r := bracketedCredit(t); r != "" {
		return r
	}
	if f.emails+f.links > 0 && (f.words-f.emails-f.links <= 2 || !f.sentEnd && !f.hasStopShare()) {
		if f.emails > 0 {
			return ReasonContact
		}
		return ReasonSourceLink
	}
	if f.stops == 0 && !f.sentEnd && f.caps == f.words && 2*f.labels >= f.words {
		return ReasonDeskLabels
	}
	if f.digits > 0 && !f.sentEnd && f.words <= timestampWords && isTimestampLine(t) {
		return ReasonDateLine
	}
	if f.words <= callMaxWords+8 && isReaderCall(t) {
		return ReasonSiteFurniture
	}
	return ""
}

// sentenceMayBeResidue reports whether a line that ends a sentence may
// still be residue: a short line with an address in it ("Email:
// desk@example.com."), or a short line that opens or closes with an
// imperative to the reader. The rules of classifyLine that need no
// sentence end cannot fire on it, so it is read only in these cases.
func sentenceMayBeResidue(t string) bool {
	spaces := strings.Count(t, " ")
	if spaces >= callMaxWords+8 {
		return false
	}
	if spaces <= 6 && (strings.IndexByte(t, '@') >= 0 || strings.Contains(t, "://") || strings.Contains(t, "www.")) {
		return true
	}
	return hasCallVerbEdge(t)
}

// mastheadPartWords is the most words a site name in a masthead holds.
const mastheadPartWords = 5

// navigationParts is the fewest parts of a navigation menu: fewer short
// names between bars are as likely a headline's ("Kerala | Floods").
const navigationParts = 4

// partsReason returns why t, parts between separators, is residue, or "":
// a masthead when at least one part is residue on its own (a date, a place
// and a date, an address, a byline, furniture) and the rest are short names with no stop
// word and no figure; a navigation menu when there are four parts or more
// and all are such names ("Home | India | World | Videos"). A headline with
// a "|" has prose in a part.
func partsReason(t string) string {
	parts := splitParts(t)
	if len(parts) < 2 {
		return ""
	}
	residue, stamps := 0, 0 // parts residue on their own; dates and addresses among them
	for _, part := range parts {
		pf := measureLine(part)
		switch {
		case pf.words == 0:
		case pf.emails+pf.links > 0 && pf.words-pf.emails-pf.links <= 2:
			residue++
			stamps++
		case pf.digits > 0 && (isTimestampLine(part) || isPlaceDate(part)):
			residue++
			stamps++
		case pf.words <= 12 && wholeLineReason(part) != "":
			residue++
		case pf.words <= mastheadPartWords && pf.stops == 0 && pf.digits == 0 && !pf.sentEnd:
		default:
			return ""
		}
	}
	// A menu may name the site's own pages ("Videos", "Photos"), which
	// are furniture on their own; a date or an address makes a masthead.
	switch {
	case stamps == 0 && len(parts) >= navigationParts && shortParts(parts):
		return ReasonNavigation
	case residue > 0:
		return ReasonMasthead
	}
	return ""
}

// shortParts reports whether every part is a name of at most three words.
func shortParts(parts []string) bool {
	for _, p := range parts {
		if len(strings.Fields(p)) > 3 {
			return false
		}
	}
	return true
}

// bracketedCredit returns ReasonByline for a line wholly in brackets that
// credits the story's reporters, editors or sources ("(Reporting by Jane
// Doe; Editing by John Roe)", "(इनपुट: एजेंसी)"), or "".
func bracketedCredit(t string) string {
	if !strings.HasPrefix(t, "(") || len(t) > 300 {
		return ""
	}
	inner, ok := strings.CutSuffix(strings.TrimRight(t, ".।"), ")")
	if !ok {
		return ""
	}
	inner = strings.TrimFunc(inner[1:], isTrimRune)
	if inner == "" || strings.ContainsAny(inner, "()") {
		return ""
	}
	key := MatchKey(inner)
	if isCallToAction(key, inner) || isAgencyCredit(key, inner) {
		return ReasonByline
	}
	return ""
}

// splitParts returns the parts of t between separators: "|" (spaced or
// not), and a spaced "•", "·" or dash.
func splitParts(t string) []string {
	var parts []string
	start := 0
	emit := func(end, next int) {
		if p := strings.TrimFunc(t[start:end], isTrimRune); p != "" {
			parts = append(parts, p)
		}
		start = next
	}
	for i := 0; i < len(t); i++ {
		if t[i] == '|' {
			emit(i, i+1)
			continue
		}
		if t[i] != ' ' {
			continue
		}
		for _, sep := range [...]string{" • ", " · ", " – ", " — ", " - "} {
			if strings.HasPrefix(t[i:], sep) {
				emit(i, i+len(sep))
				i += len(sep) - 1
				break
			}
		}
	}
	emit(len(t), len(t))
	return parts
}

// isReaderCall reports whether t asks the reader to use a channel of the
// site: an imperative (data/residue_calls.txt, "verb:") and a channel
// ("channel:", or a platform the site posts on, "platform:") among its
// words. An English imperative opens the line or
// follows "and"; a Bengali, Hindi or Marathi one has a form of its own
// ("ডাউনলোড করুন", "डाउनलोड करें", "डाउनलोड करा") and counts anywhere:
// an app prompt often puts its promise after the verb ("অ্যাপ ডাউনলোড
// করুন, সব খবর এক জায়গায়", "ऐप डाउनलोड करें और पाएं हर खबर"), and a
// Bengali or Marathi channel may carry a case ending ("অ্যাপে পড়ুন").
func isReaderCall(t string) bool {
	if !hasCallVerbEdge(t) && !strings.Contains(t, " and ") && !hasIndicCallVerb(t) {
		return false
	}
	words := callWords(t)
	if words == "" {
		return false
	}
	channel := false
	for _, list := range [...][]string{calls.channels, calls.platforms} {
		for _, c := range list {
			if hasChannelWord(words, c) {
				channel = true
				break
			}
		}
	}
	if !channel {
		return false
	}
	for _, v := range calls.verbs {
		if v[0] < 0x80 {
			if strings.HasPrefix(words, " "+v+" ") || strings.Contains(words, " and "+v+" ") {
				return true
			}
			continue
		}
		if strings.Contains(words, " "+v+" ") {
			return true
		}
	}
	return false
}

// hasChannelWord reports whether words (callWords form) holds channel c
// as a word, or, for a channel in an Indic script, c with one of the case
// endings of data/residue_calls.txt ("ending:") glued on.
func hasChannelWord(words, c string) bool {
	if strings.Contains(words, " "+c+" ") {
		return true
	}
	if c[0] < utf8.RuneSelf {
		return false
	}
	for at := 0; ; {
		i := strings.Index(words[at:], " "+c)
		if i < 0 {
			return false
		}
		at += i + 1 + len(c)
		end := strings.IndexByte(words[at:], ' ')
		if end < 0 {
			return false
		}
		if slices.Contains(calls.endings, words[at:at+end]) {
			return true
		}
	}
}

// hasIndicCallVerb reports whether a word of t is the last word of a
// Bengali, Hindi or Marathi imperative ("করুন", "करें", "वाचा"): the cheap
// test, without folding the line, before an Indic line is read as a call.
func hasIndicCallVerb(t string) bool {
	for w := range strings.FieldsSeq(t) {
		if w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf {
			if w = trimWordPunct(w); w != "" && w[0] >= utf8.RuneSelf && callVerbEdges[w] {
				return true
			}
		}
	}
	return false
}

// callVerbEdges are the words an imperative puts at a line's edge: the
// first word of each English verb, the last word of each Indic one (they
// close the clause).
var callVerbEdges = func() map[string]bool {
	set := map[string]bool{}
	for _, v := range calls.verbs {
		if v[0] < 0x80 {
			first, _, _ := strings.Cut(v, " ")
			set[first] = true
			continue
		}
		set[v[strings.LastIndexByte(v, ' ')+1:]] = true
	}
	return set
}()

// hasCallVerbEdge reports whether t opens with the first word of an
// English imperative or closes with the last word of an Indic one: the
// cheap test before a line is read as a call.
func hasCallVerbEdge(t string) bool {
	if t == "" {
		return false
	}
	if isASCIILetter(t[0]) {
		first := t
		if i := strings.IndexByte(t, ' '); i >= 0 {
			first = t[:i]
		}
		var buf [24]byte
		if k, ok := lowerASCII(trimWordPunct(first), buf[:]); ok && callVerbEdges[string(k)] {
			return true
		}
	}
	if t[len(t)-1] < 0x80 && !strings.ContainsAny(t[max(0, len(t)-3):], ".!?") {
		return false // an Indic imperative ends the line, with at most a mark after it
	}
	last := trimWordPunct(t[strings.LastIndexByte(t, ' ')+1:])
	return last != "" && last[0] >= 0x80 && callVerbEdges[last]
}

// lowerASCII returns w in lower case, written into buf, when w is ASCII and
// fits; ok is false otherwise. A map lookup with string(result) allocates
// nothing.
func lowerASCII(w string, buf []byte) ([]byte, bool) {
	if len(w) > len(buf) || w == "" {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// callWords returns t's words in match-key form, punctuation stripped from
// their ends, joined by single spaces and with a space at each end, so that
// phrases are found as whole words.
func callWords(t string) string {
	var b strings.Builder
	b.Grow(len(t) + 2)
	b.WriteByte(' ')
	for w := range strings.FieldsFuncSeq(MatchKey(t), isSpaceRune) {
		if w = strings.TrimFunc(w, isWordPunct); w != "" {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	if b.Len() == 1 {
		return ""
	}
	return b.String()
}
