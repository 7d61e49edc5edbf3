package claims

import (
	"strings"
	"unicode/utf8"
)

// splitGlued splits Indic tokens that are two known words run together
// (शटरस्टॉकडोनाल्ड = शटरस्टॉक + डोनाल्ड, জারগ্রাদবিশেষ = জারগ্রাদ + বিশেষ) into
// two tokens, so the name in them is found. The second half runs on from
// the first, so a name may continue into the next word (डोनाल्ड ट्रम्प).
func (ix *lexIndex) splitGlued(text string, toks []lexToken) []lexToken {
	var out []lexToken
	for i := range toks {
		t := &toks[i] // by pointer: a token is too big to copy for every word
		cut, ok := ix.gluedCut(t)
		if !ok || text[t.bs:t.be] != t.key {
			if out != nil {
				out = append(out, *t)
			}
			continue
		}
		if out == nil {
			out = append(make([]lexToken, 0, len(toks)+2), toks[:i]...)
		}
		left, right := *t, *t
		left.be, left.key = t.bs+cut, t.key[:cut]
		left.end = t.start + utf8.RuneCountInString(left.key)
		right.bs, right.key, right.start = left.be, t.key[cut:], left.end
		right.joined = true
		out = append(out, left, right)
	}
	if out == nil {
		return toks
	}
	return out
}

// gluedCut returns the byte offset in t.key where two known words meet when
// t is a glued pair: one half a known name of four letters or more, the
// other a known name, role word or common word (garbled_glue.tsv), each half
// three letters or more. A token the lexicon knows, with or without an
// ending, is never split. Names are looked up by their first and last three
// letters, so an ordinary long word costs two map lookups.
func (ix *lexIndex) gluedCut(t *lexToken) (int, bool) {
	if t.script < lexScriptBengali || t.end-t.start < 7 {
		return 0, false
	}
	for _, name := range ix.namesBy(ix.namesByHead, lexRuneHead(t.key)) { // the name first: জারগ্রাদ|বিশেষ
		if cut := len(name); strings.HasPrefix(t.key, name) && ix.goodCut(t.key, cut) {
			if _, ok := ix.known[t.key[cut:]]; ok {
				return cut, !ix.knownWord(t.key)
			}
		}
	}
	for _, name := range ix.namesBy(ix.namesByTail, lexRuneTail(t.key)) { // the name last: शटरस्टॉक|डोनाल्ड
		if cut := len(t.key) - len(name); strings.HasSuffix(t.key, name) && ix.goodCut(t.key, cut) {
			if _, ok := ix.known[t.key[:cut]]; ok {
				return cut, !ix.knownWord(t.key)
			}
		}
	}
	return 0, false
}

// namesBy returns the names m files under the three runes key, asking the
// filter first: most long words open and end like no name.
func (ix *lexIndex) namesBy(m map[string][]string, key string) []string {
	if !ix.maybe.mayHave(key) {
		return nil
	}
	return m[key]
}

// knownWord reports whether key is an alias word, or one with an ending.
func (ix *lexIndex) knownWord(key string) bool {
	if ix.maybe.mayHave(key) {
		if _, ok := ix.byFirst[key]; ok {
			return true
		}
		if _, ok := ix.roleFirst[key]; ok {
			return true // a title (प्रधानमंत्री) is no Pradhan glued to मंत्री
		}
	}
	_, ok := ix.inflectedAlias(key)
	return ok
}

// goodCut reports whether key can be cut at byte cut into two words of three
// letters or more, the second not opening with a combining mark.
func (ix *lexIndex) goodCut(key string, cut int) bool {
	if cut <= 0 || cut >= len(key) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(key[cut:])
	return !lexIsMark(r) && r != 0x200C && r != 0x200D && lexAtLeastRunes(key[:cut], 3) && lexAtLeastRunes(key[cut:], 3)
}

// lexAtLeastRunes reports whether s holds n runes or more, counting no
// further than n: utf8.RuneCountInString(s) >= n for a positive n.
func lexAtLeastRunes(s string, n int) bool {
	for range s {
		if n--; n == 0 {
			return true
		}
	}
	return false
}

// lexRuneHead returns the first three runes of s (all of s when shorter).
func lexRuneHead(s string) string {
	if _, ok := indicRune(s, 6); ok {
		if _, ok := indicRune(s, 3); ok {
			if _, ok := indicRune(s, 0); ok {
				return s[:9] // three Bengali or Devanagari letters, the usual case
			}
		}
	}
	n := 0
	for i := range s {
		if n == 3 {
			return s[:i]
		}
		n++
	}
	return s
}

// lexRuneTail returns the last three runes of s (all of s when shorter).
func lexRuneTail(s string) string {
	p := len(s)
	for range 3 {
		if p == 0 {
			break
		}
		if p >= 3 {
			if _, ok := indicRune(s, p-3); ok {
				p -= 3 // a Bengali or Devanagari letter, the usual case, without a call
				continue
			}
		}
		_, size := utf8.DecodeLastRuneInString(s[:p])
		p -= size
	}
	return s[p:]
}
