package claims

// Lines that repeat: a paragraph the page printed twice, and the lines a
// source repeats across its articles (a masthead, an app banner, a desk
// note), which only show themselves when several articles of the source are
// read together.

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
)

// Residue reasons of repetition.
const (
	ReasonRepeatedParagraph = "repeated paragraph"
	ReasonSourceRepeat      = "repeated on this source"
)

// SourceLines is what the other articles of one source say about its page
// template: in how many of them each line stands. Learn it with
// LearnSourceLines and hand it to CleanSource; the zero value knows
// nothing, and Clean uses it. It is never changed once learnt, so one value
// serves any number of concurrent cleanings.
type SourceLines struct {
	articles int
	counts   map[uint64]int32
}

// sourceLineMaxBytes is the longest line learnt: a paragraph that long is
// the article's, however often a source reprints it.
const sourceLineMaxBytes = classifyMaxBytes

// LearnSourceLines counts the lines of bodies, the articles of one source
// (raw bodies, as Clean takes them): each line once per article, compared
// with case and spacing folded.
func LearnSourceLines(bodies []string) SourceLines {
	s := SourceLines{articles: len(bodies), counts: map[uint64]int32{}}
	seen := map[uint64]bool{}
	for _, b := range bodies {
		clear(seen)
		for _, l := range splitCleanLines(b) {
			t := b[l.start:l.end]
			if l.blank || len(t) > sourceLineMaxBytes {
				continue
			}
			k := foldHash(t)
			if !seen[k] {
				seen[k] = true
				s.counts[k]++
			}
		}
	}
	return s
}

// Articles returns how many articles s was learnt from.
func (s SourceLines) Articles() int { return s.articles }

// Count returns in how many of the learnt articles line stands.
func (s SourceLines) Count(line string) int {
	if s.counts == nil {
		return 0
	}
	return int(s.counts[foldHash(line)])
}

// isTemplate reports whether line is part of the source's template: in at
// least two of its articles and in half of them or more. The article being
// cleaned counts when it was among those learnt.
func (s SourceLines) isTemplate(line string) bool {
	if s.articles < 2 || len(line) > sourceLineMaxBytes {
		return false
	}
	n := s.Count(line)
	return n >= 2 && 2*n >= s.articles
}

// markSourceRepeats cuts the content lines that the source repeats across
// its articles, unless they read as prose: a background sentence that a
// source reprints in every story of a series is still the article's.
func markSourceRepeats(body string, lines []cleanLine, src SourceLines) {
	if src.articles < 2 {
		return
	}
	for i := range lines {
		l := &lines[i]
		if !isContent(body, l) {
			continue
		}
		t := keptText(body, l)
		if !src.isTemplate(t) {
			continue
		}
		if f := measureLine(t); f.isProse() {
			continue
		}
		l.cuts = []cleanCut{{l.start, l.end, ReasonSourceRepeat}}
	}
}

// markRepeatedParagraphs cuts a content line that says what an earlier one
// said, word for word: a scrape that printed a paragraph twice keeps one
// claim of it. A paragraph retyped with other spacing or case is rare in
// scrapes and not worth a folded copy of every line. Lines are compared by hash, sorted, so that an
// article costs one slice rather than a map of its lines.
func markRepeatedParagraphs(body string, lines []cleanLine) {
	type lineHash struct {
		h uint64
		i int
	}
	hs := make([]lineHash, 0, len(lines))
	var h maphash.Hash
	h.SetSeed(repeatSeed)
	for i := range lines {
		l := &lines[i]
		if l.blank {
			continue
		}
		if len(l.cuts) == 0 {
			// Most lines: their kept text is a slice of the body, hashed
			// without a copy.
			if t := strings.TrimFunc(body[l.start:l.end], isTrimRune); t != "" {
				hs = append(hs, lineHash{maphash.String(repeatSeed, t), i})
			}
			continue
		}
		if isContent(body, l) {
			h.Reset()
			h.WriteString(keptText(body, l))
			hs = append(hs, lineHash{h.Sum64(), i})
		}
	}
	if len(hs) < 2 {
		return
	}
	slices.SortFunc(hs, func(a, b lineHash) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	var cut []int
	for k := 1; k < len(hs); k++ {
		if hs[k].h != hs[k-1].h {
			continue
		}
		// The earliest line of the run is the one kept; a later one goes
		// when it reads the same (a hash collision does not).
		first := k - 1
		for first > 0 && hs[first-1].h == hs[k].h {
			first--
		}
		if keptText(body, &lines[hs[first].i]) == keptText(body, &lines[hs[k].i]) {
			cut = append(cut, hs[k].i)
		}
	}
	for _, i := range cut {
		l := &lines[i]
		l.cuts = []cleanCut{{l.start, l.end, ReasonRepeatedParagraph}}
	}
}

// repeatSeed seeds the hashes of markRepeatedParagraphs.
var repeatSeed = maphash.MakeSeed()

// foldHash is an FNV-1a hash of t with ASCII case folded, runs of white
// space read as one space and the ends trimmed: the same line typed twice
// hashes the same without a folded copy being made.
func foldHash(t string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	space := false
	started := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == ' ' || c == '\t' || c == '\r' {
			space = started
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * prime
		started = true
	}
	return h
}

// foldEqual reports whether a and b are the same line as foldHash reads
// them. It runs only when two hashes meet, so it may allocate.
func foldEqual(a, b string) bool {
	fold := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s), func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' }), " ")
	}
	return fold(a) == fold(b)
}
