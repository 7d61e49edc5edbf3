package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wholeLineReason returns why a whole line is residue, given its kept text,
// or "" when it is content.
func wholeLineReason(t string) string {
	if t == "" {
		return ""
	}
	if isTweetLine(t) {
		return ReasonTweetEmbed
	}
	if isBareURL(t) {
		return ReasonSourceLink
	}
	if isByline(t) {
		return ReasonByline
	}
	if r := placedBylineReason(t); r != "" {
		return r
	}
	var key string
	if len(t) <= 160 {
		key = MatchKey(t)
		bare := strings.TrimRight(key, " :ঃ-–—।")
		switch {
		case sourceLinkKeys[bare]:
			return ReasonSourceLink
		case furnitureKeys[keyShape(key)], furnitureKeys[keyShape(bare)]: // "Share", "Share:"
			return ReasonSiteFurniture
		case leadInKeys[bare]:
			return ReasonEmbedLeadIn
		case phrasePrefix(key, furnitureHeads) != "":
			return ReasonSiteFurniture
		}
	} else {
		key = MatchKey(lineHead(t, openingBytes))
	}
	if p := phrasePrefix(key, teaserKeys); p != "" {
		return ReasonReadMoreTeaser
	}
	if phrasePrefix(strings.TrimLeft(key, "(["), photoLabelKeys) != "" && len(strings.Fields(t)) <= 12 {
		return ReasonPhotoCredit
	}
	if isPhotoCaption(key, t) || isBarredCaption(key, t) || isLabelledCaption(t) {
		return ReasonPhotoCredit
	}
	if r := pageLineReason(t, key); r != "" {
		return r
	}
	if len(t) <= 160 {
		if isCallToAction(key, t) {
			return ReasonSiteFurniture
		}
		if isAgencyCredit(key, t) {
			return ReasonAgencyCredit
		}
		if isCopyrightLine(key) || isInitialsLine(t) {
			return ReasonSiteFurniture
		}
	}
	if r := compositeReason(t); r != "" {
		return r
	}
	return classifyLine(t)
}

// isTweetLine reports whether t is part of an embedded tweet: a line that
// carries a pic.twitter.com or status link, or the "— Name (@handle) date"
// attribution.
func isTweetLine(t string) bool {
	if strings.IndexByte(t, '/') >= 0 {
		if strings.Contains(t, "pic.twitter.com/") || strings.Contains(t, "://t.co/") {
			return true
		}
		if (strings.Contains(t, "twitter.com/") || strings.Contains(t, "x.com/")) && strings.Contains(t, "/status/") {
			return true
		}
	}
	for _, dash := range []string{"—", "–", "―", "-"} {
		if strings.HasPrefix(t, dash) {
			return strings.Contains(t, "(@") && strings.Contains(t, ")")
		}
	}
	return false
}

// isByline reports whether t only names who wrote the story: "By Staff
// Reporter", "By John Smith", or a bare desk label ("নিজস্ব প্রতিবেদক",
// "Staff Correspondent").
func isByline(t string) bool {
	if len(t) > 80 || endsSentence(t) || strings.ContainsAny(t, ":-–—") {
		return false
	}
	words := strings.Fields(t)
	if len(words) >= 2 && len(words) <= 6 && words[0] == "By" {
		r, _ := utf8.DecodeRuneInString(words[1])
		return unicode.IsUpper(r)
	}
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	return endsInDesk(words)
}

// endsInDesk reports whether a label's words end in a desk word of
// data/residue_datelines.txt: its last word ends with one ("ওয়েবডেস্ক",
// "Correspondent"), or its last two words are a desk phrase of two ("ऑनलाइन
// टीम", "নিজস্ব প্রতিবেদন"), as a newsroom signs a story.
func endsInDesk(words []string) bool {
	last := MatchKey(words[len(words)-1])
	for _, d := range datelineKeys {
		if strings.HasSuffix(last, d) {
			return true
		}
	}
	if len(words) < 2 {
		return false
	}
	return deskPhrases[MatchKey(words[len(words)-2])+" "+last]
}

// isASCIIWord reports whether s is one word of ASCII letters.
func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// isBareURL reports whether t is nothing but a web address: a link left
// behind by the scrape, not text.
func isBareURL(t string) bool {
	return (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www.")) &&
		strings.IndexFunc(t, isSpaceRune) < 0
}

// phrasePrefix returns the first of phrases that opens key and is followed
// by a separator (":", "|", a dash, "»") or the end of the key; "" if none.
// A phrase followed by more words ("দেখুন, তিনি বলেছেন") is not a teaser.
func phrasePrefix(key string, phrases openingSet) string {
	if key == "" {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(key)
	for _, p := range phrases.byFirst[first] {
		if !strings.HasPrefix(key, p) {
			continue
		}
		rest := strings.TrimLeft(key[len(p):], " ")
		if rest == "" {
			return p
		}
		r, size := utf8.DecodeRuneInString(rest)
		switch r {
		case ':', 'ঃ', runeDanda, '»', '>', '|':
			return p
		case '-', '–', '—':
			// "আরও পড়ুন- ...", "यह भी पढ़ें-पुतिन", "দেখুন আরও খবর-", but a
			// single English word before a glued dash is a compound:
			// "tag-team", "read-only".
			if after := rest[size:]; after == "" || after[0] == ' ' || !isASCIIWord(p) {
				return p
			}
		}
	}
	return ""
}

// agencyCredit finds a photo credit of agencies separated by "/" at the
// start of a line ("स्पुतनिक/ईपीए ईएफई/रेक्स/शटरस्टॉक"). When the scrape
// glued the last agency to the first word of the article, the credit ends
// inside that word and a run-together flag quotes the glued word.
func agencyCredit(body string, l *cleanLine) (cleanCut, cleanFlag, bool) {
	start, stop := keptStart(body, l)
	text := body[start:stop]
	slash := strings.IndexByte(text, '/')
	if slash <= 0 || slash > 60 {
		return cleanCut{}, cleanFlag{}, false
	}
	// Every part before the last is a short name; the last opens with one.
	at := 0
	for {
		j := strings.IndexByte(text[at:], '/')
		if j < 0 {
			break
		}
		part := strings.TrimSpace(text[at : at+j])
		if part == "" || utf8.RuneCountInString(part) > 30 || len(strings.Fields(part)) > 3 {
			return cleanCut{}, cleanFlag{}, false
		}
		at += j + 1
	}
	last := strings.TrimLeft(text[at:], " ")
	at = len(text) - len(last)
	name := agencyPrefix(last)
	if name == "" {
		return cleanCut{}, cleanFlag{}, false
	}
	end := at + len(name)
	rest := text[end:]
	next, _ := utf8.DecodeRuneInString(rest)
	cut := cleanCut{start, start + end, ReasonPhotoCredit}
	if rest == "" || isSpaceRune(next) || !(unicode.IsLetter(next) || unicode.IsMark(next)) {
		return cut, cleanFlag{}, true
	}
	if next < utf8.RuneSelf && !unicode.IsUpper(next) {
		// "APPLE" after "AP/": a Latin word that merely starts like an agency.
		return cleanCut{}, cleanFlag{}, false
	}
	wordEnd := strings.IndexFunc(rest, isSpaceRune)
	if wordEnd < 0 {
		wordEnd = len(rest)
	}
	f := cleanFlag{
		start: start + at, end: start + end + wordEnd, kind: FlagRunTogether,
		note: "photo credit \"" + name + "\" is run into the first word of the article",
	}
	return cut, f, true
}

// agencyPrefix returns the longest agency name that opens s, compared
// without regard to case, or "".
func agencyPrefix(s string) string {
	for _, a := range agencyNames {
		if len(s) >= len(a) && strings.EqualFold(s[:len(a)], a) {
			return s[:len(a)]
		}
	}
	return ""
}

// markDateline cuts a dateline label ("International Desk:", "ওয়েবডেস্ক-")
// from the start of the first content line, or of the one after a title.
func markDateline(body string, lines []cleanLine, hasTitle bool) {
	tries := 1
	if hasTitle {
		tries = 2
	}
	for i := range lines {
		l := &lines[i]
		if !isContent(body, l) {
			continue
		}
		start, stop := keptStart(body, l)
		if n := datelineLen(body[start:stop]); n > 0 {
			l.cuts = insertCut(l.cuts, cleanCut{start, start + n, ReasonDateline})
			return
		}
		if tries == 1 && !hasTitle && isHeadlineLike(keptText(body, l)) {
			// A headline not set apart by a blank line still comes before
			// the dateline: "... রাশিয়ায়\nঢাকা: রাশিয়ার ...".
			tries++
			hasTitle = true
		}
		if tries--; tries == 0 {
			return
		}
	}
}

// datelineLen returns the length of a dateline opening s: a label of at
// most four words whose last ends in a desk word ("International Desk:",
// "ওয়েবডেস্ক-"), a place and a colon ("नई दिल्ली:", "Dhaka:"), or a wire
// dateline ("SEOUL, Sept 13 (Reuters) - ").
func datelineLen(s string) int {
	head := lineHead(s, 120)
	if n := wireDatelineLen(head); n > 0 {
		return n
	}
	end := strings.IndexAny(head, ":-–—ঃ")
	if end <= 0 || end > 80 {
		return 0
	}
	words := strings.Fields(s[:end])
	if len(words) == 0 || len(words) > 4 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[end:])
	if endsInDesk(words) {
		return end + size
	}
	if s[end] == ':' && len(words) <= 2 && isPlaceLabel(words) && strings.HasPrefix(s[end+1:], " ") && !isHeadlineLike(strings.TrimRightFunc(s, isTrimRune)) {
		// A headline's kicker has the same shape ("Cyclone Michaung:
		// Chennai under water", "রাজকোট অগ্নিকাণ্ড: মৃত ২৭") and is the
		// headline's: a dateline opens the first paragraph, a sentence.
		return end + size
	}
	return 0
}

// isPlaceLabel reports whether words can name a place: letters only, and a
// capital first letter for Latin words.
func isPlaceLabel(words []string) bool {
	for _, w := range words {
		for i, r := range w {
			if !isLetterOrSign(r) {
				return false
			}
			if i == 0 && r < utf8.RuneSelf && !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// wireDatelineLen returns the length of a wire-service dateline opening s:
// a capitalised place, maybe a date, an agency in brackets and a dash or
// colon ("SEOUL, Sept 13 (Reuters) - ", "New Delhi, June 21 (PTI): ").
func wireDatelineLen(s string) int {
	open := strings.IndexByte(s, '(')
	if open <= 0 || open > 60 || s[0] < 'A' || s[0] > 'Z' || strings.ContainsAny(s[:open], ".!?।") {
		return 0
	}
	shut := strings.IndexByte(s[open:], ')')
	if shut < 0 {
		return 0
	}
	shut += open
	name := strings.TrimSpace(s[open+1 : shut])
	if agencyPrefix(name) != name || name == "" {
		return 0
	}
	rest := strings.TrimLeft(s[shut+1:], " ")
	r, size := utf8.DecodeRuneInString(rest)
	if r >= 'A' && r <= 'Z' && len(rest) < len(s[shut+1:]) && strings.IndexByte(s[:open], ',') > 0 {
		// "Ranchi, Nov 23 (PTI) The ...": the wire's own style puts no
		// separator after a place-and-date dateline.
		return len(s) - len(rest)
	}
	if r != '-' && r != '–' && r != '—' && r != ':' {
		return 0
	}
	at := len(s) - len(rest) + size
	return at + len(s[at:]) - len(strings.TrimLeft(s[at:], " "))
}

// markFootTeasers cuts the truncated teasers of other stories at the foot of
// a page: content lines, counted from the end, that stop in "..." or "…".
// Two or more in a row go; a single one only when it opens with a label
// ("Tangail Correspondent: ...").
func markFootTeasers(body string, lines []cleanLine) {
	var foot []int
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		if !isContent(body, l) {
			continue
		}
		t := keptText(body, l)
		if !(strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")) || len(t) > 800 || utf8.RuneCountInString(t) > 200 {
			break
		}
		foot = append(foot, i)
	}
	if len(foot) == 1 {
		t := keptText(body, &lines[foot[0]])
		colon := strings.IndexAny(t, ":ঃ")
		if colon < 0 || len(strings.Fields(t[:colon])) > 4 {
			return
		}
	}
	for _, i := range foot {
		l := &lines[i]
		l.cuts = []cleanCut{{l.start, l.end, ReasonTruncatedTeaser}}
	}
}
