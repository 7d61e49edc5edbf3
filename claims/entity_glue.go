package claims

import (
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
// ending, is never split. The name is looked for first at the start, then
// at the end, the longest first either way, so a glued word always splits
// the same way.
//
// Each cut is tried in turn, a half asked of the names' filter before the
// map: the cost grows with the token's length, not with the number of
// names that open or end like it, which the gazetteers make large.
func (ix *lexIndex) gluedCut(t *lexToken) (int, bool) {
	if t.script < lexScriptBengali || t.end-t.start < 7 {
		return 0, false
	}
	key := t.key
	var buf [48]int
	at := buf[:0]
	if t.indic {
		for i := 0; i < len(key); i += 3 { // every rune three bytes: nothing to decode
			at = append(at, i)
		}
	} else {
		at = runeStarts(key, at)
	}
	n := len(at)
	for k := n - 3; k >= 4; k-- { // the name first: জারগ্রাদ|বিশেষ
		if cut := at[k]; ix.isName(key[:cut]) && ix.goodCut(key, cut) {
			if _, ok := ix.known[key[cut:]]; ok {
				return cut, !ix.knownWord(key)
			}
		}
	}
	for k := 3; k <= n-4; k++ { // the name last: शटरस्टॉक|डोनाल्ड
		if cut := at[k]; ix.isName(key[cut:]) && ix.goodCut(key, cut) {
			if _, ok := ix.known[key[:cut]]; ok {
				return cut, !ix.knownWord(key)
			}
		}
	}
	return 0, false
}

// isName reports whether s is one of ix.names, asking the filter first.
func (ix *lexIndex) isName(s string) bool {
	if !ix.nameBits.mayHave(s) {
		return false
	}
	_, ok := ix.names[s]
	return ok
}

// runeStarts appends the byte offset of every rune of s to at.
func runeStarts(s string, at []int) []int {
	for i := 0; i < len(s); {
		at = append(at, i)
		if _, ok := indicRune(s, i); ok {
			i += 3 // a Bengali or Devanagari letter, the usual case, without a call
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return at
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
