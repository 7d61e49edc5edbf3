package claims

import "strings"

// placeDateWords is the most words the place of a place-and-date dateline
// holds ("New Jalpaiguri", "পূর্ব বর্ধমান").
const placeDateWords = 3

// isPlaceDate reports whether t is a dateline of a place and a date, and
// nothing else: "Mumbai, May 5", "कोलकाता, १८ जून", "MORBI (Gujarat),
// October 31"), as papers in every script open a line of parts with it
// ("কলকাতা, ১৭ জুন | নিজস্ব প্রতিবেদন", "Jalpaiguri, January 14 |
// Published: 2022-01-14 | Agencies"): beside a byline or a timestamp it
// makes the line a masthead. The place is one to three words of letters
// (capitalised when Latin), maybe with a region in brackets; after the
// comma comes what isTimestampLine reads as a date and maybe a time.
//
// On a line of its own it stays: the place it names is what joins an
// article to its story when the text names it no other way (a Bengaluru
// dateline over a Chandrayaan story), and a claim of it asserts nothing.
func isPlaceDate(t string) bool {
	place, date, ok := strings.Cut(t, ",")
	if !ok || len(place) > 80 {
		return false
	}
	place = strings.TrimFunc(place, isTrimRune)
	if open := strings.IndexByte(place, '('); open > 0 {
		region, ok := strings.CutSuffix(place[open+1:], ")")
		words := strings.Fields(region)
		if !ok || len(words) == 0 || len(words) > 2 || !isPlaceLabel(words) {
			return false
		}
		place = place[:open]
	}
	words := strings.Fields(place)
	if len(words) == 0 || len(words) > placeDateWords || !isPlaceLabel(words) {
		return false
	}
	date = strings.TrimFunc(date, isTrimRune)
	return date != "" && hasDigit(date) && isTimestampLine(date)
}
