package claims

import "unicode/utf8"

// splitGlued splits Indic tokens that are two known words run together
// (शटरस्टॉकडोनाल्ड = शटरस्टॉक + डोनाल्ड, জারগ্রাদবিশেষ = জারগ্রাদ + বিশেষ) into
// two tokens, so the name in them is found. The second half runs on from
// the first, so a name may continue into the next word (डोनाल्ड ट्रम्प).
func (ix *lexIndex) splitGlued(text string, toks []lexToken) []lexToken {
	var out []lexToken
	for i, t := range toks {
		cut, ok := ix.gluedCut(t)
		if !ok || text[t.bs:t.be] != t.key {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]lexToken, 0, len(toks)+2), toks[:i]...)
		}
		left, right := t, t
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
// other a known name, role word or common word (garbled_glue.tsv), neither
// half an ending. A token the lexicon knows, with or without an ending, is
// never split.
func (ix *lexIndex) gluedCut(t lexToken) (int, bool) {
	if t.script < lexScriptBengali || t.end-t.start < 7 {
		return 0, false
	}
	if _, ok := ix.byFirst[t.key]; ok {
		return 0, false
	}
	if _, ok := ix.inflected[t.key]; ok {
		return 0, false
	}
	if _, ok := ix.knownHeads[lexRuneHead(t.key)]; !ok {
		return 0, false // no known word starts like this: the left half cannot be one
	}
	if _, ok := ix.knownTails[lexRuneTail(t.key)]; !ok {
		return 0, false // nor ends like this: the right half cannot be one
	}
	total := utf8.RuneCountInString(t.key)
	left := 0
	for p, r := range t.key {
		if p == 0 {
			continue
		}
		left++
		if total-left < 3 {
			break
		}
		if left < 3 || lexIsMark(r) || r == 0x200C || r == 0x200D {
			continue
		}
		a, b := t.key[:p], t.key[p:]
		if _, ok := ix.known[a]; !ok {
			continue // names are known words too: most cut points stop here
		}
		if _, ok := ix.known[b]; !ok {
			continue
		}
		_, aName := ix.names[a]
		_, bName := ix.names[b]
		if aName || bName {
			return p, true
		}
	}
	return 0, false
}

// lexRuneHead returns the first three runes of s (all of s when shorter).
func lexRuneHead(s string) string {
	n := 0
	for i := range s {
		if n == 3 {
			return s[:i]
		}
		n++
	}
	return s
}

// lexRuneTail returns the last two runes of s (all of s when shorter).
func lexRuneTail(s string) string {
	p := len(s)
	for range 2 {
		if p == 0 {
			break
		}
		_, size := utf8.DecodeLastRuneInString(s[:p])
		p -= size
	}
	return s[p:]
}
