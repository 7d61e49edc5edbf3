package claims

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// FindEntities returns the people, countries, places and organisations text
// names, by the default lexicon: sorted, non-overlapping, spans in runes of
// text. See (*Lexicon).FindEntities.
func FindEntities(text, lang string) []Entity {
	return DefaultLexicon().FindEntities(text, lang)
}

// FindEntities returns the entities text names, sorted and non-overlapping,
// with spans in runes of text:
//   - aliases in any script, the longest first (দক্ষিণ কোরিয়া is South Korea,
//     never কোরিয়া), with case endings and postpositions written glued to
//     the last word (পুতিনকে, रशियाचे, युक्रेनविरूद्ध);
//   - known translation garbles (কিম জং আপনি) and misspellings of a longer
//     name whose first word is right (কিম জিং উন), both with Garbled set;
//   - words glued to a name (शटरस्टॉकडोनाल्ड) split first;
//   - unknown capitalised Latin names, and unknown Indic words right after a
//     title, transliterated and fuzzy-matched to a known name (Guessed set);
//     a name that matches nothing is left out rather than invented.
//
// lang is accepted for symmetry with the other finders: the script of each
// word decides how it is read, so mixed-script claims work.
func (l *Lexicon) FindEntities(text, lang string) []Entity {
	ix := l.index()
	toks := lexTokenize(text)
	l.lastTokens.Store(&lexTokenCache{text: text, toks: toks})
	return ix.findEntities(text, toks)
}

// findEntities is FindEntities over the tokens of text.
func (ix *lexIndex) findEntities(text string, toks []lexToken) []Entity {
	ents, _ := ix.findEntitiesGlued(text, toks)
	return ents
}

// findEntitiesGlued is findEntities that also reports whether any token was
// two words glued together: if none was, runTogetherFlags has nothing to
// flag in the same tokens.
func (ix *lexIndex) findEntitiesGlued(text string, toks []lexToken) (ents []Entity, glued bool) {
	split := ix.splitGlued(text, toks)
	glued = len(split) != len(toks)
	toks = split
	// Entities gather on the stack and leave in one allocation of the
	// right size, not in the three or four that append's doubling takes.
	var buf [8]Entity
	out := buf[:0]
	matched := make([]bool, len(toks))
	for i := 0; i < len(toks); {
		m, ok := ix.matchAt(text, toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, m.entity(text, toks, i))
		for j := i; j < i+m.n; j++ {
			matched[j] = true
		}
		i += m.n
	}
	guessed := ix.guessUnknown(text, toks, matched)
	if len(guessed) > 0 {
		out = append(out, guessed...)
		slices.SortFunc(out, func(a, b Entity) int { return a.Start - b.Start })
		out = foldGivenNames(text, out)
	}
	if len(out) == 0 {
		return nil, glued
	}
	return slices.Clone(out), glued
}

// entityMatch is an entity found at a token: how many tokens it covers and
// whether its written form is a garble.
type entityMatch struct {
	ent     *lexEntity
	n       int
	garbled bool
	note    string // what the garble is, for the reviewer
}

// entity turns a match at token i into an Entity.
func (m entityMatch) entity(text string, toks []lexToken, i int) Entity {
	first, last := toks[i], toks[i+m.n-1]
	return Entity{
		Name:    m.ent.name,
		Kind:    m.ent.kind,
		Type:    m.ent.typ,
		Text:    text[first.bs:last.be],
		Start:   first.start,
		End:     last.end,
		Garbled: m.garbled,
	}
}

// matchAt finds the longest alias starting at token i.
func (ix *lexIndex) matchAt(text string, toks []lexToken, i int) (entityMatch, bool) {
	t := &toks[i]
	if t.script == lexScriptLatin && !t.upper {
		// English writes names capitalised: "polish", "turkey" and "trump"
		// in lower case are ordinary words.
		return entityMatch{}, false
	}
	var cands []*lexAlias
	if ix.maybe.mayHave(t.key) {
		cands = ix.byFirst[t.key]
	}
	if alt := t.alt(); alt != "" {
		cands = append(slices.Clip(cands), ix.byFirst[alt]...)
	}
	best, found := entityMatch{}, false
	for _, a := range cands {
		if len(a.keys) > best.n && ix.fits(toks, i, a) {
			best, found = entityMatch{ent: a.ent, n: len(a.keys), garbled: a.garble != "", note: a.garble}, true
		}
	}
	if !found && t.script >= lexScriptBengali {
		if a, _ := ix.inflectedAlias(t.key); a != nil {
			best, found = entityMatch{ent: a.ent, n: 1}, true
		}
	}
	if len(cands) > 0 {
		if m, ok := ix.misspeltAt(text, toks, i, cands, best.n); ok {
			return m, true
		}
	}
	return best, found
}

// fits reports whether alias a matches the tokens from i on: every word but
// the last exactly, the last exactly or with a case ending, all run on
// without punctuation between.
func (ix *lexIndex) fits(toks []lexToken, i int, a *lexAlias) bool {
	n := len(a.keys)
	if i+n > len(toks) {
		return false
	}
	for j := 1; j < n; j++ {
		t := &toks[i+j]
		if !t.joined {
			return false
		}
		if t.keyMatches(a.keys[j]) {
			continue
		}
		if j < n-1 || !ix.stemOf(t.key, t.script, a.keys[j]) {
			return false
		}
	}
	return true
}

// misspeltAt tries the person aliases longer than have tokens whose first
// word matches token i: when the words that follow are a close misspelling
// of the rest of the name (কিম জিং উন for কিম জং উন), the name is resolved
// and marked garbled.
func (ix *lexIndex) misspeltAt(text string, toks []lexToken, i int, cands []*lexAlias, have int) (entityMatch, bool) {
	for _, a := range cands {
		n := len(a.keys)
		if n <= have || len(a.rest) < 3 || a.garble != "" || i+n > len(toks) {
			continue
		}
		window := toks[i+1 : i+n]
		if !lexAllJoined(window) || window[0].script != toks[i].script {
			continue
		}
		if !sameFirstSound(text[window[0].bs:window[0].be], a.rest) {
			continue // "কিম এবং পুতিন" is no misspelt "কিম জং উন": spare the work
		}
		last := window[len(window)-1]
		head := text[window[0].bs:last.bs]
		hit, same := nameNear(a.rest, head+text[last.bs:last.be])
		if !hit {
			ix.stems(last.key, last.script, func(stem string) bool {
				hit, same = nameNear(a.rest, head+stem)
				return hit
			})
		}
		if hit {
			return entityMatch{ent: a.ent, n: n, garbled: !same}, true
		}
	}
	return entityMatch{}, false
}

// sameFirstSound reports whether word, transliterated, opens with the first
// letter of the skeleton skel.
func sameFirstSound(word, skel string) bool {
	r, size := utf8.DecodeRuneInString(word)
	if skel == "" || size == 0 {
		return false
	}
	if d, ok := translitTwin(r); ok {
		latin := translitTable[d-0x0900].latin
		if r == 0x09AF { // Bengali য opening a word is spoken "j"
			latin = "j"
		}
		if nd, ok := translitTwin(nextRune(word[size:])); ok && nd == '़' {
			latin = translitNukta[d]
		}
		// A digit or sign has no skeleton ("২" in a run of Bengali).
		first := fuzzySkeleton(latin)
		return first != "" && first[0] == skel[0]
	}
	if r >= utf8.RuneSelf {
		return false
	}
	first := fuzzySkeleton(word[:min(len(word), 2)]) // two letters: "Zh" and "Ph" fold to one
	return first != "" && first[0] == skel[0]
}

// nextRune returns the first rune of s, or 0.
func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// nameNear reports whether written, transliterated, is the name whose skeleton
// is want: same when the skeletons are equal (a spelling variant the
// lexicon lacks), else a misspelling at most two edits and the fuzzy
// threshold away.
func nameNear(want, written string) (hit, same bool) {
	got := fuzzySkeleton(Transliterate(written))
	if got == want {
		return true, true
	}
	return editDistance(got, want) <= 2 && fuzzyDistance(got, want) <= fuzzyThreshold+0.05, false
}

// lexAllJoined reports whether every token runs on from the one before.
func lexAllJoined(toks []lexToken) bool {
	for i := range toks {
		if !toks[i].joined {
			return false
		}
	}
	return true
}

// lexJoinKeys joins token keys with spaces.
func lexJoinKeys(keys []string) string {
	n := len(keys)
	for _, k := range keys {
		n += len(k)
	}
	b := make([]byte, 0, n)
	for i, k := range keys {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
	}
	return string(b)
}

// foldGivenNames joins an unknown name written right before a known
// person's surname to that person: "राष्ट्रपति वोलोदिमिर ज़ेलेंस्की" is
// Zelensky with his first name spelt as no alias has it, not a second
// man "Volodimir" who takes the title.
func foldGivenNames(text string, ents []Entity) []Entity {
	var runes []rune
	out := ents[:0]
	for i := range ents {
		e := ents[i]
		if e.Unknown && e.Kind == Person && i+1 < len(ents) {
			next := &ents[i+1]
			if next.Kind == Person && !next.Unknown && next.Start > e.End {
				if runes == nil {
					runes = []rune(text)
				}
				if next.Start <= len(runes) && strings.TrimSpace(string(runes[e.End:next.Start])) == "" {
					next.Start, next.Text = e.Start, string(runes[e.Start:next.End])
					continue
				}
			}
		}
		out = append(out, e)
	}
	return out
}
