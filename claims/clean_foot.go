package claims

import (
	"strings"
	"unicode/utf8"
)

// ReasonRelatedList is the residue reason for the headlines of other stories
// listed under a "related news" heading at the foot of a page.
const ReasonRelatedList = "related-article list"

// relatedListMax is how many headlines a foot list may hold; more lines
// after a heading are more likely the article going on.
const relatedListMax = 10

// relatedHeadlineRunes is the longest line taken for a listed headline.
const relatedHeadlineRunes = 140

// markRelatedList cuts the headlines listed under bare teaser headings at
// the foot of a page ("Related News", "আরও পড়ুন:", "এই বিভাগের আরও খবর"):
// counted from the end, the lines that read as headlines (short, not ending
// a sentence) and the headings among them form the foot; the headlines
// after its first heading go. A line of prose ends the foot, so a heading
// in the middle of the article never takes the article with it.
func markRelatedList(body string, lines []cleanLine) {
	first := -1
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		if isBareTeaserHeading(body, l) {
			first = i
			continue
		}
		if !isContent(body, l) {
			continue
		}
		if !isListedHeadline(keptText(body, l)) {
			break
		}
	}
	if first < 0 {
		return
	}
	var list []int
	for i := first + 1; i < len(lines); i++ {
		if l := &lines[i]; isContent(body, l) {
			list = append(list, i)
		}
	}
	if len(list) > relatedListMax {
		return
	}
	for _, i := range list {
		l := &lines[i]
		l.cuts = []cleanCut{{l.start, l.end, ReasonRelatedList}}
	}
}

// isBareTeaserHeading reports whether a line went whole as a read-more
// teaser or furniture and holds nothing but a teaser phrase and a
// separator: a heading over a list, not a teaser that names its story.
func isBareTeaserHeading(body string, l *cleanLine) bool {
	// A bare heading may be furniture by its own list too ("Trending").
	if !isWholeResidue(l) || (l.cuts[0].reason != ReasonReadMoreTeaser && l.cuts[0].reason != ReasonSiteFurniture) {
		return false
	}
	t := strings.TrimFunc(body[l.start:l.end], isTrimRune)
	if len(t) > openingBytes {
		return false
	}
	key := strings.TrimRight(MatchKey(t), " :ঃ-–—।|»>")
	return key != "" && phrasePrefix(key, teaserKeys) == key
}

// compositeReason returns why a line made of parts separated by "|" is
// residue when every part is ("By Web Desk | Updated: Jan 14, 2025"), or "".
// The first part's reason stands for the line.
func compositeReason(t string) string {
	if !strings.Contains(t, "|") {
		return ""
	}
	first := ""
	for part := range strings.SplitSeq(t, "|") {
		part = strings.TrimFunc(part, isTrimRune)
		if part == "" {
			continue
		}
		r := wholeLineReason(part)
		if r == "" {
			r = placedBylineReason(part)
		}
		if r == "" {
			return ""
		}
		if first == "" {
			first = r
		}
	}
	return first
}

// placedBylineReason returns ReasonByline for a byline followed by the place
// it was filed from ("নিজস্ব প্রতিবেদক, সিলেট", "Staff Reporter, Dhaka"), or
// "".
func placedBylineReason(t string) string {
	comma := strings.IndexByte(t, ',')
	if comma <= 0 || len(t) > 80 || endsSentence(t) {
		return ""
	}
	place := strings.Fields(t[comma+1:])
	if len(place) == 0 || len(place) > 3 || !isPlaceLabel(place) {
		return ""
	}
	if !isByline(strings.TrimSpace(t[:comma])) {
		return ""
	}
	return ReasonByline
}

// isPhotoCaption reports whether a short line opens with a photo label and
// "of" ("File photo of Hemant Soren. (PTI)"): a caption under a picture.
// key is the match key of the line's opening, t the line.
func isPhotoCaption(key, t string) bool {
	first, _ := utf8.DecodeRuneInString(key)
	for _, p := range photoLabelKeys.byFirst[first] {
		if strings.HasPrefix(key, p) && strings.HasPrefix(key[len(p):], " of ") {
			// Words are counted only here: most lines open with no label.
			return len(t) <= 200 && len(strings.Fields(t)) <= 14
		}
	}
	return false
}

// isLabelledCaption reports whether t is a photo label and a colon, then
// the caption ("Photo: Kim Jong Un signs the visitors' book ... (Reuters)",
// "ছবি: ত্রাণ শিবিরে দুর্গতরা"): the label says the line describes a picture,
// however long the description, up to a paragraph's length.
func isLabelledCaption(t string) bool {
	colon := strings.IndexAny(t, ":ঃ")
	if colon <= 0 || colon > 40 || len(t) > classifyMaxBytes {
		return false
	}
	label := MatchKey(t[:colon])
	return label != "" && phrasePrefix(label, photoLabelKeys) == label
}

// captionCreditWords is the most words before the bar of a barred caption:
// the photo label and its credit ("File photo: PTI", "ছবি: সংগৃহীত").
const captionCreditWords = 6

// isBarredCaption reports whether t is a photo's caption line: a photo
// label, its credit or image file (cut as a file path, which leaves the
// label bare), a "|" and the caption ("Photo: /uploads/2023/09/ward.jpg | A
// patient being moved to the isolation ward (PTI)", "ছবি: পিটিআই |
// উদ্ধারকাজ চলছে"). A caption describes the picture, not the story, and runs
// longer than a credit, so up to a paragraph's length is read. key is
// MatchKey of t or of its head.
func isBarredCaption(key, t string) bool {
	if len(t) > classifyMaxBytes || phrasePrefix(strings.TrimLeft(key, "(["), photoLabelKeys) == "" {
		return false
	}
	bar := strings.IndexByte(t, '|')
	return bar > 0 && len(strings.Fields(t[:bar])) <= captionCreditWords
}

// isListedHeadline reports whether t reads as a headline in a list of other
// stories: a headline, or a short question or exclamation of one sentence
// ("নতুন মন্ত্রিসভায় কে কে?", "किती मंत्रिपदे?"), as headlines often are.
func isListedHeadline(t string) bool {
	if isHeadlineLike(t) {
		return true
	}
	s := strings.TrimRight(t, "\"'”’»)] ")
	r, size := utf8.DecodeLastRuneInString(s)
	if (r != '?' && r != '!') || utf8.RuneCountInString(s) > relatedHeadlineRunes {
		return false
	}
	return strings.IndexFunc(s[:len(s)-size], isSentenceMark) < 0
}

// isHeadlineLike reports whether t reads as a headline: short, and not
// ending a sentence.
func isHeadlineLike(t string) bool {
	return !endsSentence(t) && utf8.RuneCountInString(t) <= relatedHeadlineRunes
}
