package claims

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ReasonAgencyCredit is the residue reason for a line that only names the
// agency a story came from ("— ANI", "(PTI)").
const ReasonAgencyCredit = "agency credit"

// callMaxWords is the longest line taken for a call to action.
const callMaxWords = 16

// residueCalls are the phrase lists of data/residue_calls.txt, as match keys.
type residueCalls struct {
	openings, closings []string        // longest first
	platforms          []string        // named by "follow ... on WhatsApp"
	credits            []string        // source labels, longest first
	times              map[string]bool // words a timestamp line may hold
	verbs, channels    []string        // imperatives to the reader and the site's channels
	endings            []string        // case endings glued to a Bengali or Marathi channel ("অ্যাপে")
}

// calls is loaded once: wholeLineReason consults it for every short line.
var calls = loadCalls(textDataList("residue_calls.txt"))

// callVerbs open a line that is a call only when it names a platform.
var callVerbs = []string{"follow ", "join ", "subscribe "}

// loadCalls sorts the entries of residue_calls.txt by their label.
func loadCalls(entries []string) residueCalls {
	c := residueCalls{times: map[string]bool{}}
	for _, e := range entries {
		label, phrase, ok := strings.Cut(e, ":")
		if !ok {
			continue
		}
		key := MatchKey(phrase)
		switch strings.TrimSpace(label) {
		case "open":
			c.openings = append(c.openings, key)
		case "close":
			c.closings = append(c.closings, key)
		case "platform":
			c.platforms = append(c.platforms, key)
		case "credit":
			c.credits = append(c.credits, key)
		case "time":
			c.times[key] = true
		case "verb":
			c.verbs = append(c.verbs, key)
		case "channel":
			c.channels = append(c.channels, key)
		case "ending":
			c.endings = append(c.endings, key)
		}
	}
	c.openings, c.closings, c.credits = sortedByLength(c.openings), sortedByLength(c.closings), sortedByLength(c.credits)
	return c
}

// isCallToAction reports whether a short line asks the reader to follow,
// subscribe, click or download, or only credits who wrote or edited the
// story. key is the line's match key, t the line.
func isCallToAction(key, t string) bool {
	return callPhraseIn(strings.TrimRight(key, " .!।:")) && len(strings.Fields(t)) <= callMaxWords
}

// callPhraseIn reports whether key opens or closes with a call phrase, or
// opens with a call verb and names a platform.
func callPhraseIn(key string) bool {
	for _, p := range calls.openings {
		if strings.HasPrefix(key, p) && (len(key) == len(p) || key[len(p)] == ' ') {
			return true
		}
	}
	for _, p := range calls.closings {
		if strings.HasSuffix(key, p) && (len(key) == len(p) || key[len(key)-len(p)-1] == ' ') {
			return true
		}
	}
	for _, v := range callVerbs {
		if !strings.HasPrefix(key, v) {
			continue
		}
		for _, p := range calls.platforms {
			if strings.Contains(key, p) {
				return true
			}
		}
	}
	return false
}

// isAgencyCredit reports whether t only says where the story came from: an
// agency behind a dash or in brackets, the sign-off of a wire story ("—
// ANI", "(PTI)"); an agency and the place it filed from ("UNB, Dhaka"); or
// a source label and a few words ("সূত্র: রয়টার্স", "Source: AFP"). key is
// the line's match key.
func isAgencyCredit(key, t string) bool {
	s := strings.TrimLeft(t, "—–-―( ")
	s = strings.TrimRight(s, ") .")
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return false
	}
	if len(s) < len(t) && agencyPrefix(s) == s {
		return true
	}
	if name, place, ok := strings.Cut(s, ","); ok && agencyPrefix(name) == name {
		words := strings.Fields(place)
		if len(words) > 0 && len(words) <= 2 && isPlaceLabel(words) {
			return true
		}
	}
	for _, label := range calls.credits {
		rest, ok := strings.CutPrefix(key, label)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if r, size := utf8.DecodeRuneInString(rest); r == ':' || r == 'ঃ' {
			return len(strings.Fields(rest[size:])) <= 6
		}
	}
	return false
}

// isCopyrightLine reports whether t is a copyright notice: "© IE Online
// Media Services Pvt Ltd", "Copyright © 2024 ...".
func isCopyrightLine(key string) bool {
	return strings.HasPrefix(key, "©") || strings.HasPrefix(key, "copyright ©") || strings.HasPrefix(key, "copyright (c)")
}

// isInitialsLine reports whether t is nothing but editors' initials
// separated by slashes, as Bangladeshi sites sign a story ("এমএইচ/এএসএম").
func isInitialsLine(t string) bool {
	if strings.IndexByte(t, '/') < 0 || strings.ContainsAny(t, " .:") || len(t) > 60 {
		return false
	}
	for part := range strings.SplitSeq(t, "/") {
		n := 0
		for _, r := range part {
			if !isLetterOrSign(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 6 {
			return false
		}
	}
	return true
}

// timestampWords is the most words a timestamp line holds, labels included.
const timestampWords = 12

// timestampLabels is the most labels a timestamp line holds ("Date: ...,
// created: ...").
const timestampLabels = 3

// isTimestampLine reports whether t is nothing but dates and maybe times,
// with at most a few labels ("Date:", "created:", "প্রকাশিত:") and time
// words (AM, IST): left on a line of its own by a page's "Published:"
// label, or a site's banner date ("Jun 19 2024, 10:12 IST", "১৯ জুন ২০২৪,
// ১০:১৫ পিএম", "Date: 2025-03-14, created: 2025-03-14 11:05:37",
// "Wednesday, 2 December 2026").
func isTimestampLine(t string) bool {
	if strings.HasSuffix(t, "।") || !strings.ContainsFunc(t, unicode.IsDigit) || len(strings.Fields(t)) > timestampWords {
		return false
	}
	dates := FindDates(t, "", time.Time{})
	if len(dates) == 0 {
		return false
	}
	at, labels := 0, 0 // rune offset of the word being read; labels seen
	for _, w := range strings.Fields(t) {
		at = runeIndexFrom(t, w, at)
		end := at + utf8.RuneCountInString(w)
		inDate := slices.ContainsFunc(dates, func(d Date) bool { return d.Start < end && at < d.End && onlyPunctOutside(w, d.Start-at, d.End-at) })
		at = end
		if inDate {
			continue
		}
		bare := strings.Trim(w, ",|;()")
		if bare == "" || calls.times[MatchKey(bare)] || strings.IndexFunc(bare, func(r rune) bool {
			return !unicode.IsDigit(r) && r != ':' && r != '.' && r != ',' && r != '/' && r != '-'
		}) < 0 {
			continue
		}
		if label, ok := strings.CutSuffix(bare, ":"); ok && labels < timestampLabels && label != "" && !strings.ContainsFunc(label, func(r rune) bool { return !isLetterOrSign(r) && r != '-' }) {
			labels++
			continue
		}
		return false
	}
	return true
}

// onlyPunctOutside reports whether the runes of w before rune s and from
// rune e on are punctuation: a word that a date covers but for a comma.
func onlyPunctOutside(w string, s, e int) bool {
	i := 0
	for _, r := range w {
		if (i < s || i >= e) && !isWordPunct(r) {
			return false
		}
		i++
	}
	return true
}

// runeIndexFrom returns the rune offset in s of the first w at or after
// rune offset from.
func runeIndexFrom(s, w string, from int) int {
	i := 0
	for b := range s {
		if i >= from && strings.HasPrefix(s[b:], w) {
			return i
		}
		i++
	}
	return from
}
