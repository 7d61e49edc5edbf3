package claims

import (
	"strings"
	"unicode"
)

// MaxDerivedTitle is the most runes a title derived from an article's first
// claim keeps: enough to tell two stories apart in a list, short enough for a
// queue row.
const MaxDerivedTitle = 90

// DeriveTitle names an article that came without a title (no front matter,
// no repeated headline): its first claim, the lead sentence, cut at a word
// boundary to MaxDerivedTitle runes with an ellipsis, and without its closing
// full stop or danda. Reviewers then see words instead of a file name such as
// 002_b0534f73c2cf9c0f.txt. It returns "" for an article with no claims.
func DeriveTitle(cs []Claim) string {
	for _, c := range cs {
		if t := shortTitle(c.Text, MaxDerivedTitle); t != "" {
			return t
		}
	}
	return ""
}

// shortTitle is text on one line, at most max runes: cut after the last whole
// word that fits, marked with "…", or, when it fits, without its closing
// sentence mark.
func shortTitle(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	runes := []rune(text)
	if len(runes) <= max {
		return strings.TrimRightFunc(text, func(r rune) bool {
			return r == '.' || r == '।' || r == '॥' || unicode.IsSpace(r)
		})
	}
	cut := max - 1 // room for the ellipsis
	for i := cut; i > max/2; i-- {
		if runes[i] == ' ' {
			cut = i
			break
		}
	}
	head := strings.TrimRightFunc(string(runes[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	})
	return head + "…"
}
