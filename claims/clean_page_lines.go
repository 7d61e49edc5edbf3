package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// syndicationKeys are words that mark a bracketed note about where a story
// came from ("(यह खबर सिंडिकेट फीड से ली गई है)", "(With inputs from
// agencies)"): such a note is the page's, not the article's.
var syndicationKeys = keysOf(textDataList("residue_syndication.txt"))

// disclaimerLabels open a page's disclaimer line ("अस्वीकरण: ...").
var disclaimerLabels = newOpeningSet(keysOf(textDataList("residue_disclaimer_labels.txt")))

// pageLineReason returns why a short line that no single rule of
// wholeLineReason recognised is still page residue, or "":
//
//   - a dateline or byline line with a place after a comma ("अमर उजाला
//     नेटवर्क, मॉस्को/सियोल"), a place and date with an agency in brackets
//     at the end ("कोल्हापुर, 24 जुलाई (भाषा)"), or a place, a colon and a
//     desk ("मुंबई : लोकमत न्यूज नेटवर्क");
//   - a furniture opening followed by nothing but a date and time ("Updated
//     Thu, 04 Sep 2025 10:15 PM IST"), where the page left out the colon;
//   - a bracketed syndication note, or a disclaimer line;
//   - the credit line of an Instagram embed ("A post shared by Kremlin
//     (@kremlin)").
//
// key is MatchKey(t).
func pageLineReason(t, key string) string {
	if isSyndicationNote(t) || isDisclaimer(t) {
		return ReasonSiteFurniture
	}
	if len(t) > 160 {
		return ""
	}
	if isPlaceByline(t) || isPlaceColonByline(t) {
		return ReasonByline
	}
	// Hindi papers close the dateline with a danda: "मॉस्को, एजेंसी।".
	if bare := strings.TrimRight(t, "।. "); len(bare) < len(t) && bare != "" && (isByline(bare) || isPlaceByline(bare)) {
		return ReasonByline
	}
	if isEmbedCredit(t) {
		return ReasonTweetEmbed
	}
	if isDatedFurniture(key) {
		return ReasonSiteFurniture
	}
	return ""
}

// isPlaceByline reports whether t is a short label line of comma-separated
// parts with no sentence in it, whose first part ends in a desk word
// ("अमर उजाला नेटवर्क, मॉस्को", "Staff Correspondent, Dhaka") or whose last
// word is an agency in brackets ("कोल्हापुर, 24 जुलाई (भाषा)").
func isPlaceByline(t string) bool {
	comma := strings.IndexByte(t, ',')
	if comma <= 0 || strings.ContainsAny(t, ".?!।॥:") {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 7 {
		return false
	}
	if last := words[len(words)-1]; strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") {
		name := strings.Trim(last, "()")
		if name != "" && agencyPrefix(name) == name {
			return true
		}
	}
	head := strings.Fields(t[:comma])
	if len(head) == 0 || len(head) > 4 {
		return false
	}
	return endsInDesk(head)
}

// isPlaceColonByline reports whether t is a place of one or two words, a
// colon and a byline ("मुंबई : लोकमत न्यूज नेटवर्क", "Dhaka: Staff
// Correspondent"): the dateline line of Marathi and Hindi papers.
func isPlaceColonByline(t string) bool {
	colon := strings.IndexByte(t, ':')
	if colon <= 0 {
		return false
	}
	place := strings.Fields(t[:colon])
	if len(place) == 0 || len(place) > 2 || !isPlaceLabel(place) {
		return false
	}
	return isByline(strings.TrimSpace(t[colon+1:]))
}

// isDatedFurniture reports whether key opens with a furniture phrase
// ("updated", "published on") followed by a space and nothing but a date
// and time: digits, at most three short words (weekday, month, AM/PM, time
// zone) and punctuation.
func isDatedFurniture(key string) bool {
	p := phraseOpening(key, furnitureHeads)
	if p == "" || len(key) == len(p) || key[len(p)] != ' ' {
		return false
	}
	rest := key[len(p)+1:]
	digits, words := false, 0
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",.")
		switch {
		case w == "":
		case strings.IndexFunc(w, unicode.IsDigit) >= 0:
			digits = true
		case utf8.RuneCountInString(w) <= 9:
			words++
		default:
			return false
		}
	}
	return digits && words <= 4
}

// phraseOpening returns the longest of phrases that opens key and ends at a
// word boundary, "" if none.
func phraseOpening(key string, phrases openingSet) string {
	if key == "" {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(key)
	for _, p := range phrases.byFirst[first] {
		if strings.HasPrefix(key, p) && (len(key) == len(p) || key[len(p)] == ' ') {
			return p
		}
	}
	return ""
}

// isSyndicationNote reports whether t is wholly in brackets and names a
// syndicated feed or agency inputs. Such notes run longer than furniture
// lines (NDTV's Hindi note is over 300 bytes), so up to 600 bytes are read.
func isSyndicationNote(t string) bool {
	if len(t) > 600 || !strings.HasPrefix(t, "(") || !strings.HasSuffix(strings.TrimRight(t, "।."), ")") {
		return false
	}
	key := MatchKey(t)
	for _, k := range syndicationKeys {
		if strings.Contains(key, k) {
			return true
		}
	}
	return false
}

// isDisclaimer reports whether t opens with a disclaimer label and a
// separator ("अस्वीकरण: यह खबर एजेंसी फीड से ली गई है।").
func isDisclaimer(t string) bool {
	if len(t) > 600 {
		return false
	}
	// Most lines open with no label's first letter: skip them without
	// folding the line.
	r, _ := utf8.DecodeRuneInString(t)
	if len(disclaimerLabels.byFirst[unicode.ToLower(r)]) == 0 {
		return false
	}
	return phrasePrefix(MatchKey(lineHead(t, openingBytes)), disclaimerLabels) != ""
}

// isEmbedCredit reports whether t is the credit line of an Instagram
// embed: "A post shared by" and a handle.
func isEmbedCredit(t string) bool {
	return strings.HasPrefix(t, "A post shared by ") && strings.Contains(t, "(@")
}
