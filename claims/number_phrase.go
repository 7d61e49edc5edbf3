package claims

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// phraseSet finds lexicon phrases (one or more tokens) in a token stream.
// Entries are indexed by their first token's key; the longest phrase wins.
// A single-word entry also matches a word that carries one of the allowed
// case endings (সেনাকে is সেনা, सैन्याला is सैन्य).
type phraseSet[T any] struct {
	byFirst map[string][]phraseEntry[T]
	// ended maps every single-word entry with every allowed case ending
	// glued on to the entry and the ending: one lookup per word instead of
	// one per ending. Built once by addEndings.
	ended   map[string]endedEntry[T]
	endings *endingSet
}

type endedEntry[T any] struct {
	val    T
	ending string
}

type phraseEntry[T any] struct {
	rest []string // keys of the tokens after the first
	val  T
}

// phraseMatch is where a phrase matched: its value, the index just past its
// last token, and the case ending stripped from its last word ("" if none).
type phraseMatch[T any] struct {
	val    T
	next   int
	ending string
}

func newPhraseSet[T any]() *phraseSet[T] {
	return &phraseSet[T]{byFirst: map[string][]phraseEntry[T]{}}
}

// add indexes phrase, tokenised the way claims are, so "km/h" and "কি.মি."
// match the tokens a claim splits them into.
func (s *phraseSet[T]) add(phrase string, val T) {
	toks := qtokenize(phrase)
	if len(toks) == 0 {
		return
	}
	e := phraseEntry[T]{val: val}
	for _, t := range toks[1:] {
		e.rest = append(e.rest, t.key)
	}
	first := toks[0].key
	list := append(s.byFirst[first], e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].rest) > len(list[j].rest) })
	s.byFirst[first] = list
}

// match finds the longest phrase starting at toks[i]. endings lists the case
// endings a single word may carry; nil allows none.
func (s *phraseSet[T]) match(toks []qtoken, i int, endings *endingSet) (phraseMatch[T], bool) {
	if i >= len(toks) {
		return phraseMatch[T]{}, false
	}
	for _, e := range s.byFirst[toks[i].key] {
		if i+len(e.rest) >= len(toks) && len(e.rest) > 0 {
			continue
		}
		ok := true
		for k, key := range e.rest {
			if toks[i+1+k].key != key {
				ok = false
				break
			}
		}
		if ok {
			return phraseMatch[T]{val: e.val, next: i + 1 + len(e.rest)}, true
		}
	}
	t := toks[i]
	if endings == nil || t.kind != qWord {
		return phraseMatch[T]{}, false
	}
	if s.endings == endings {
		if e, ok := s.ended[t.key]; ok {
			return phraseMatch[T]{val: e.val, next: i + 1, ending: e.ending}, true
		}
		return phraseMatch[T]{}, false
	}
	for _, end := range endings.forScript(t.script) {
		if len(t.key) <= len(end) || !strings.HasSuffix(t.key, end) {
			continue
		}
		for _, e := range s.byFirst[t.key[:len(t.key)-len(end)]] {
			if len(e.rest) == 0 {
				return phraseMatch[T]{val: e.val, next: i + 1, ending: end}, true
			}
		}
	}
	return phraseMatch[T]{}, false
}

// addEndings precomputes every single-word entry with every ending of its
// script glued on, longest ending first, so that match with these endings
// costs one map lookup. Call it once the set is complete.
func (s *phraseSet[T]) addEndings(endings *endingSet) {
	s.ended = map[string]endedEntry[T]{}
	s.endings = endings
	for sc := range endings.byScript {
		for _, end := range endings.byScript[sc] {
			for key, list := range s.byFirst {
				if r, _ := utf8.DecodeRuneInString(key); qRuneScript(r) != int8(sc) {
					continue
				}
				for _, e := range list {
					if len(e.rest) > 0 {
						continue
					}
					if _, taken := s.ended[key+end]; !taken {
						s.ended[key+end] = endedEntry[T]{val: e.val, ending: end}
					}
					break
				}
			}
		}
	}
}

// addEndedOnly adds word with each ending of its script glued on, and not
// alone: a word that is something else when bare. Call it after addEndings.
func (s *phraseSet[T]) addEndedOnly(word string, val T, endings *endingSet) {
	r, _ := utf8.DecodeRuneInString(word)
	for _, end := range endings.forScript(qRuneScript(r)) {
		if _, taken := s.ended[word+end]; !taken {
			s.ended[word+end] = endedEntry[T]{val: val, ending: end}
		}
	}
}

// addKeysTo adds every word this set can match first, with and without
// endings, to keys.
func (s *phraseSet[T]) addKeysTo(keys *keySet) {
	for k := range s.byFirst {
		keys.add(k)
	}
	for k := range s.ended {
		keys.add(k)
	}
}

// keySet tells whether a token can start a match at all. Most words of a
// claim cannot, and a Bloom filter (keyBits), which stays in cache, says so
// before the map, which with every ending spelt out does not.
type keySet struct {
	bits keyBits
	keys map[string]bool
}

func (k *keySet) add(key string) {
	if k.keys == nil {
		k.keys = map[string]bool{}
	}
	k.bits.add(key)
	k.keys[key] = true
}

func (k *keySet) has(key string) bool {
	return k.bits.mayHave(key) && k.keys[key]
}

// hasToken is has(t.key) for a word or punctuation token, whose key was
// hashed once when it was read: the quantity, date and attribution finders
// each ask about every word of a claim.
func (k *keySet) hasToken(t *qtoken) bool {
	return k.bits.mayHaveHash(t.hash) && k.keys[t.key]
}

// keyBits is a one-hash Bloom filter of 32 KB over word keys: mayHave is
// false for most keys that were never added, at the cost of a hash of a few
// loads, and never false for one that was. It guards lookups in maps too big
// to stay in cache, where a miss costs more than the whole test.
type keyBits [1 << 12]uint64

func (b *keyBits) add(key string) {
	h := keyHash(key)
	b[h>>6] |= 1 << (h & 63)
}

func (b *keyBits) mayHave(key string) bool {
	return b.mayHaveHash(keyHash(key))
}

// mayHaveHash is mayHave for a key whose keyHash is h.
func (b *keyBits) mayHaveHash(h uint32) bool {
	return b[h>>6]&(1<<(h&63)) != 0
}

// keyHash hashes key to the filter's 2^18 bits from its length and its
// first and last eight bytes: a Bengali or Devanagari word is mostly three
// bytes a letter, so a byte-at-a-time hash spent more than the map lookup it
// was meant to spare. Words that share both ends and the length collide,
// which costs a map lookup, never a wrong answer.
//
// Keys of eight bytes or more, most of them, take two loads; the byte loop
// for shorter ones is kept in keyHashShort, out of the common path.
func keyHash(key string) uint32 {
	n := len(key)
	if n < 8 {
		return keyHashShort(key)
	}
	return keyMix(load64(key), load64(key[n-8:]), n)
}

// keyHashShort is keyHash for a key of fewer than eight bytes.
func keyHashShort(key string) uint32 {
	var head uint64
	for i := 0; i < len(key); i++ {
		head = head<<8 | uint64(key[i])
	}
	return keyMix(head, 0, len(key))
}

// keyMix mixes a key's head and tail bytes and its length into the
// filter's 2^18 bits.
func keyMix(head, tail uint64, n int) uint32 {
	h := (head*0x9E3779B97F4A7C15 ^ tail) * 0xC2B2AE3D27D4EB4F
	h ^= uint64(n) * 0x165667B19E3779F9
	return uint32(h>>40) & (1<<18 - 1)
}

// load64 reads the first eight bytes of s, little-endian; the compiler
// turns it into one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// endingSet holds case endings by script, longest first.
type endingSet struct {
	byScript [4][]string
}

func (e *endingSet) add(ending string) {
	ending = strings.TrimPrefix(ending, "-")
	if ending == "" {
		return
	}
	sc := int8(scriptOther)
	for _, r := range ending {
		if sc = qRuneScript(r); sc != scriptOther {
			break
		}
	}
	e.byScript[sc] = append(e.byScript[sc], ending)
	sort.SliceStable(e.byScript[sc], func(i, j int) bool { return len(e.byScript[sc][i]) > len(e.byScript[sc][j]) })
}

func (e *endingSet) forScript(sc int8) []string { return e.byScript[sc] }

func (e *endingSet) has(ending string) bool {
	for _, list := range e.byScript {
		for _, x := range list {
			if x == ending {
				return true
			}
		}
	}
	return false
}
