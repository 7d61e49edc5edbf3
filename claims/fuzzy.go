package claims

import (
	"math/bits"
	"slices"
	"strings"
)

// fuzzyThreshold is the largest normalised edit distance between two name
// skeletons that still counts as the same name. Tight on purpose: a wrong
// guess puts an entity into a claim that never named it.
const fuzzyThreshold = 0.2

// fuzzySkeleton reduces a Latin or transliterated name to the letters that
// survive spelling and transliteration differences: lower case, no spaces or
// punctuation, aspirates folded (kh->k, bh->b), v/w->b, z->j, y->i, o->a
// (Bengali writes the inherent vowel that English spells "o"), c->k,
// doubled letters once. "Vladimir Putin" and "ভ্লাদিমির পুতিন" both give
// "bladimirputin".
func fuzzySkeleton(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	b.Grow(len(s))
	var last byte
	emit := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		if next == 'h' {
			switch c {
			case 'k', 'g', 'j', 't', 'd', 'b', 'r':
				emit(c)
				i++
				continue
			case 'c':
				emit('c')
				i++
				if i+2 < len(s) && s[i+1] == 'c' && s[i+2] == 'h' { // "chh"
					i += 2
				}
				continue
			case 'p':
				emit('f')
				i++
				continue
			case 's':
				emit('s')
				i++
				continue
			case 'z':
				emit('j')
				i++
				continue
			case 'v', 'w':
				// Marathi writes a final "v" as व्ह: लावरोव्ह is Lavrov.
				emit('b')
				i++
				continue
			}
		}
		if c == 'n' && next == 'g' {
			emit('n')
			i++
			continue
		}
		switch c {
		case 'v', 'w':
			c = 'b'
		case 'z':
			c = 'j'
		case 'y', 'e':
			c = 'i'
		case 'o':
			c = 'a'
		case 'u':
			if last == 'a' {
				// "au" and "ou" are one vowel (ौ, Belousov); Hindi
				// बेलौसोव and Marathi बेलोसोव are one spelling.
				continue
			}
		case 'c', 'q':
			c = 'k'
		case 'x':
			emit('k')
			c = 's'
		}
		emit(c)
	}
	return b.String()
}

// editDistance returns the Levenshtein distance between two ASCII strings.
func editDistance(a, b string) int {
	return editDistanceWithin(a, b, len(a)+len(b))
}

// editDistanceWithin returns the Levenshtein distance between two ASCII
// strings when it is at most limit, and limit+1 otherwise: it gives up as
// soon as a whole row exceeds the limit, which is most of the time when
// scanning a lexicon for a near name.
func editDistanceWithin(a, b string, limit int) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > limit {
		return limit + 1
	}
	var buf [64]int
	row := buf[:0]
	if len(b)+1 > len(buf) {
		row = make([]int, 0, len(b)+1)
	}
	row = row[:len(b)+1]
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		best := row[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur := min(row[j]+1, row[j-1]+1, prev+cost)
			prev, row[j] = row[j], cur
			best = min(best, cur)
		}
		if best > limit {
			return limit + 1
		}
	}
	return min(row[len(b)], limit+1)
}

// fuzzyDistance returns the edit distance of two skeletons divided by the
// longer one's length: 0 for equal, 1 for nothing in common.
func fuzzyDistance(a, b string) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 0
	}
	return float64(editDistance(a, b)) / float64(n)
}

// fuzzyName finds the known entity whose alias is nearest to the name
// written as text, within fuzzyThreshold. A Latin name is compared letter
// for letter with Latin aliases ("Vladmir Poutin"): folding English spelling
// into a skeleton would make "Comment" look like "Khamenei". An Indic name
// is transliterated and compared by skeleton with the Indic aliases only
// (against English spellings "ইয়ং ইয়ং" came out as "Iranian"). Names shorter
// than five letters are never guessed at: too many words are that close to
// a short name. Only aliases of as many words as the name are compared: a
// misspelling keeps the word breaks ("ইয়ং ইয়ং" is not "ইয়ংবিয়ন").
func (ix *lexIndex) fuzzyName(text string, words int, latin bool) (*lexEntity, bool) {
	var probe string
	if latin {
		probe = latinLetters(text)
	} else {
		probe = fuzzySkeleton(Transliterate(text))
	}
	if len(probe) < 5 {
		return nil, false
	}
	var (
		best     *lexEntity
		bestDist = fuzzyThreshold + 1e-9
	)
	slack := len(probe)/5 + 1
	kind := 0
	if latin {
		kind = 1
	}
	if probe[0] < 'a' || probe[0] > 'z' {
		return nil, false
	}
	// Misspellings keep the first letter: only keys sharing it are tried,
	// and of those only the ones of about the probe's length (the bucket
	// is sorted by key length).
	bucket := ix.fuzzyNames[kind][probe[0]-'a']
	letters := letterBits(probe)
	from, _ := slices.BinarySearchFunc(bucket, len(probe)-slack, func(k lexFuzzyKey, n int) int {
		return len(k.fuzzyKey(latin)) - n
	})
	for _, k := range bucket[from:] {
		key := k.fuzzyKey(latin)
		if len(key)-len(probe) > slack {
			break
		}
		if k.tokens != words {
			continue
		}
		n := max(len(probe), len(key))
		limit := int(fuzzyThreshold * float64(n))
		if bits.OnesCount32(k.letters^letters) > 2*limit {
			continue
		}
		if d := float64(editDistanceWithin(probe, key, limit)) / float64(n); d < bestDist {
			best, bestDist = k.ent, d
		}
	}
	return best, best != nil
}

// latinLetters returns the ASCII letters of s in lower case.
func latinLetters(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			b = append(b, c)
		}
	}
	return string(b)
}

// fuzzyAbs returns the absolute value of n.
func fuzzyAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// letterBits returns the set of lower-case ASCII letters in s as bits.
func letterBits(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}
