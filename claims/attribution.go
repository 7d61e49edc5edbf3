package claims

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// SaidBy returns who a claim says stands behind it: "according to Ukraine
// and South Korea", "Zelensky said", "রেল মন্ত্রক জানিয়েছে", "पुलिस के
// अनुसार". It reads the attribution words of data/score_attribution.tsv
// (the ones check-worthiness scores) and takes, on the side where the
// source stands, the named people, countries and organisations (canonical
// names, joined by " and "), or when none is named there, up to three words
// as written ("railway officials"). The source stands before the words in
// Bengali, Hindi and Marathi (X-এর মতে, X के अनुसार, X यांनी सांगितले) and in
// English "X said"; after them in "according to X", "said X". "" when the
// claim attributes nothing.
func SaidBy(c *Claim) string {
	words := attributionTokens(c.Text)
	for i := range words {
		n, after, ending := attributionAt(words, i)
		if n == 0 {
			continue
		}
		if ending {
			// अहवालानुसार: the source is the word itself, or a name before it.
			if s := namesBefore(c, words, i+1); s != "" {
				return s
			}
			return strings.TrimSuffix(words[i].text, words[i].ending)
		}
		if after {
			if s := namesAfter(c, words, i+n); s != "" {
				return s
			}
			return wordsAfter(words, i+n)
		}
		// A named source before the verb, or after it (Bengali and
		// English may name the speaker last: "জানিয়েছে উত্তর কোরিয়ার
		// প্রেসিডেন্ট কিম জং উন", "said Zelensky"), before the words as
		// written before it ("railway officials said").
		if s := namesBefore(c, words, i); s != "" {
			return s
		}
		if s := namesAfter(c, words, i+n); s != "" {
			return s
		}
		if s := wordsBefore(words, i); s != "" {
			return s
		}
	}
	return ""
}

// attributionWord is a word of a claim with its rune span, and a clause
// break before it.
type attributionWord struct {
	text, key, ending string
	start, end        int
	breakBefore       bool
}

// attributionTokens splits text into words with rune offsets; punctuation
// between two words marks a clause break.
func attributionTokens(text string) []attributionWord {
	var out []attributionWord
	start, broke := -1, false
	runes := []rune(text)
	flush := func(end int) {
		if start >= 0 {
			w := string(runes[start:end])
			out = append(out, attributionWord{text: w, key: MatchKey(w), start: start, end: end, breakBefore: broke})
			start, broke = -1, false
		}
	}
	for i, r := range runes {
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		if !unicode.IsSpace(r) {
			broke = true
		}
	}
	flush(len(runes))
	return out
}

// attributionVocab is the attribution phrases in match-key words, and the
// endings glued to a noun.
type attributionVocab struct {
	phrases [][]string
	endings []string
}

var attribution = sync.OnceValue(func() attributionVocab {
	var v attributionVocab
	for _, row := range tsvRows(attributionTSV) {
		if e, ok := strings.CutPrefix(row[0], "-"); ok {
			v.endings = append(v.endings, MatchKey(e))
			continue
		}
		var keys []string
		for _, w := range strings.Fields(row[0]) {
			keys = append(keys, MatchKey(w))
		}
		if len(keys) > 0 {
			v.phrases = append(v.phrases, keys)
		}
	}
	return v
})

// sourceAfter are the phrases whose source follows them.
var sourceAfter = map[string]bool{"according": true, "quoted": true, "citing": true, "cited": true}

// attributionAt reports whether an attribution phrase starts at words[i]:
// its length in words, whether its source follows it, and whether it is an
// ending glued to the source's noun.
func attributionAt(words []attributionWord, i int) (n int, after, ending bool) {
	v := attribution()
	for _, p := range v.phrases {
		if i+len(p) > len(words) {
			continue
		}
		ok := true
		for k, key := range p {
			if words[i+k].key != key {
				ok = false
				break
			}
		}
		if ok {
			return len(p), sourceAfter[p[0]], false
		}
	}
	for _, e := range v.endings {
		if len(words[i].key) > len(e) && strings.HasSuffix(words[i].key, e) {
			words[i].ending = e
			return 1, false, true
		}
	}
	return 0, false, false
}

// sourceReach is how many words from the attribution a source may stand.
const sourceReach = 6

// namesBefore returns the canonical sources named in the words before
// words[i], back to a clause break.
func namesBefore(c *Claim, words []attributionWord, i int) string {
	if i == 0 {
		return ""
	}
	from := max(0, i-sourceReach)
	for k := i - 1; k > from; k-- {
		if words[k].breakBefore {
			from = k
			break
		}
	}
	return sourcesIn(c, words[from].start, words[i-1].end)
}

// namesAfter returns the canonical sources named in the words from
// words[i], up to a clause break.
func namesAfter(c *Claim, words []attributionWord, i int) string {
	if i >= len(words) {
		return ""
	}
	to := min(len(words), i+sourceReach) - 1
	for k := i + 1; k <= to; k++ {
		if words[k].breakBefore {
			to = k - 1
			break
		}
	}
	return sourcesIn(c, words[i].start, words[to].end)
}

// sourcesIn returns the people, countries and organisations of c named
// within runes [start, end), canonical and joined by " and ".
func sourcesIn(c *Claim, start, end int) string {
	var names []string
	for _, e := range c.Entities {
		if e.Start >= start && e.End <= end && isOwnerKind(e.Kind) && !slices.Contains(names, e.Name) {
			names = append(names, e.Name)
		}
	}
	return strings.Join(names, " and ")
}

// sourceGlue are the marks between a source and its attribution verb that
// are not part of the source's name (the agent marks ने, यांनी, and "has").
var sourceGlue = map[string]bool{"ने": true, "यांनी": true, "नी": true, "has": true, "have": true, "had": true, "also": true, "के": true, "की": true, "এর": true, "the": true}

// wordsBefore returns up to three words as written right before words[i],
// after a clause break, less the agent marks.
func wordsBefore(words []attributionWord, i int) string {
	var out []string
	for k := i - 1; k >= 0 && len(out) < 3; k-- {
		if !sourceGlue[words[k].key] {
			out = append([]string{words[k].text}, out...)
		}
		if words[k].breakBefore {
			break
		}
	}
	return strings.Join(out, " ")
}

// wordsAfter returns up to three words as written from words[i], up to a
// clause break.
func wordsAfter(words []attributionWord, i int) string {
	var out []string
	for k := i; k < len(words) && len(out) < 3; k++ {
		if k > i && words[k].breakBefore {
			break
		}
		if !sourceGlue[words[k].key] {
			out = append(out, words[k].text)
		}
	}
	return strings.Join(out, " ")
}
