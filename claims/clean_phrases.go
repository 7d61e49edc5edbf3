package claims

// The residue phrase lists and how lines are compared with them.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Residue word lists, loaded once from data/ as match keys.
var (
	teaserKeys     = newOpeningSet(keysOf(textDataGlob("teasers_*.txt")))
	leadInKeys     = textDataKeys(textDataList("residue_leadins.txt"))
	sourceLinkKeys = textDataKeys(textDataList("residue_source_links.txt"))
	furnitureKeys  = furnitureShapes(textDataList("residue_furniture.txt"))
	furnitureHeads = newOpeningSet(keysOf(textDataList("residue_furniture_prefixes.txt")))
	photoLabelKeys = newOpeningSet(keysOf(textDataList("residue_photo_labels.txt")))
	datelineKeys   = singleWords(keysOf(textDataList("residue_datelines.txt")))
	deskPhrases    = twoWordSet(keysOf(textDataList("residue_datelines.txt")))
	agencyNames    = sortedByLength(textDataList("residue_agencies.txt"))
)

// openingBytes is how much of a line can hold a teaser or credit opening
// and its separator: the longest phrase and some slack for spacing.
var openingBytes = max(teaserKeys.longest, photoLabelKeys.longest) + 16

// openingSet holds line openings as match keys, longest first, indexed by
// their first byte so that a line is compared with a handful, not all.
type openingSet struct {
	// byFirst is keyed by the first rune, not byte: every Bengali or
	// Devanagari opening starts with byte E0, and one bucket for them all
	// cost a prefix test against each.
	byFirst map[rune][]string
	longest int // bytes
}

// newOpeningSet indexes phrases.
func newOpeningSet(phrases []string) openingSet {
	ps := openingSet{byFirst: map[rune][]string{}}
	for _, p := range sortedByLength(phrases) {
		if p == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(p)
		ps.byFirst[first] = append(ps.byFirst[first], p)
		ps.longest = max(ps.longest, len(p))
	}
	return ps
}

// lineHead returns at most n bytes from the start of t, cut at a rune
// boundary: enough to match openings without folding a whole paragraph.
func lineHead(t string, n int) string {
	if len(t) <= n {
		return t
	}
	for n > 0 && !utf8.RuneStart(t[n]) {
		n--
	}
	return t[:n]
}

// keysOf returns the match keys of entries.
func keysOf(entries []string) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = MatchKey(e)
	}
	return out
}

// singleWords returns the entries of one word.
func singleWords(keys []string) []string {
	var out []string
	for _, k := range keys {
		if !strings.Contains(k, " ") {
			out = append(out, k)
		}
	}
	return out
}

// twoWordSet returns the entries of two words as a set.
func twoWordSet(keys []string) map[string]bool {
	set := map[string]bool{}
	for _, k := range keys {
		if strings.Count(k, " ") == 1 {
			set[k] = true
		}
	}
	return set
}

// sortedByLength sorts longest first, so that a prefix search finds the
// longest phrase ("আরও পড়ুন" before "পড়ুন").
func sortedByLength(s []string) []string {
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}

// furnitureShapes returns the shape set of furniture lines.
func furnitureShapes(entries []string) map[string]bool {
	set := make(map[string]bool, len(entries))
	for _, e := range entries {
		set[lineShape(e)] = true
	}
	return set
}

// lineShape is how site furniture is compared: match key without spaces,
// every run of digits (any script) written "#". "Comment ( 0)" is
// "comment(#)".
func lineShape(s string) string { return keyShape(MatchKey(s)) }

// keyShape is lineShape of a line already in match-key form.
func keyShape(key string) string {
	var b strings.Builder
	b.Grow(len(key)) // never longer than key: one allocation
	digit := false
	for _, r := range key {
		switch {
		case r == ' ':
			continue
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String()
}
