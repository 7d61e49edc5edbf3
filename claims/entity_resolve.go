package claims

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// ResolveNames resolves the names of cs that one claim alone cannot, by
// the default lexicon. See (*Lexicon).ResolveNames.
func ResolveNames(cs []Claim, scope []Claim) int {
	return DefaultLexicon().ResolveNames(cs, scope)
}

// ResolveNames resolves, in the claims cs, the names that need the claims
// around them, the full names found in scope:
//   - names no lexicon has (Entity.Unknown) that are one name written in
//     several scripts or spellings become one entity: the spelling English
//     gives when there is one, else the commonest; a spelling that is
//     only near the others (a misspelling, an odd transliteration) is
//     marked Garbled and flagged, as a misspelt known name is;
//   - a short name (a surname or a first name alone: "Kim", "শর্মা") is
//     the person of scope whose full name opens or ends with it. When
//     several full names do, the one scope names most often wins, and a
//     tie leaves the short name unresolved: no entry assumes what the
//     corpus is about.
//
// Roles and scores of the claims that gained a person are read again. It
// returns how many entities it added or renamed. Process calls it with an
// article's own claims as both cs and scope; a story may call it again
// with all its articles' claims as scope, to resolve what one article
// left unresolved.
func (l *Lexicon) ResolveNames(cs []Claim, scope []Claim) int {
	return l.resolveNames(cs, scope, nil)
}

// resolveNames is ResolveNames with the loose words Process kept of cs
// (Claim.looseFrom, looseTo); nil to read every claim again.
func (l *Lexicon) resolveNames(cs []Claim, scope []Claim, loose []looseWord) int {
	ix := l.index()
	ix.yieldGuesses(cs, scope)
	changed := ix.unifyUnknown(cs, scope)
	short := ix.shortNames(scope)
	if len(short) == 0 {
		return changed
	}
	var unknownProbes []string // how an unknown person's short name is written
	for _, s := range short {
		if s.unknown {
			p := s.key
			if s.script == lexScriptLatin {
				p = capitalise(p)
			}
			unknownProbes = append(unknownProbes, p)
		}
	}
	byKey := make(map[string]*shortName, len(short))
	heads := map[string]bool{}
	for _, s := range short {
		byKey[s.key] = s
		if s.script >= lexScriptBengali {
			heads[lexRuneHead(s.key)] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		// The words Process kept serve for known people's short names;
		// an unknown person's ("শর্মা") needs the claim read again.
		var words []looseWord
		if loose != nil && !slices.ContainsFunc(unknownProbes, func(p string) bool { return strings.Contains(c.Text, p) }) {
			words = loose[c.looseFrom:c.looseTo]
		} else {
			words = withTokens(c.Text, func(toks []lexToken) []looseWord { return appendLooseWords(nil, toks, c.Entities, nil) })
		}
		added := ix.resolveShort(c, words, byKey, heads)
		if added == 0 {
			continue
		}
		changed += added
		c.Roles = withTokens(c.Text, func(toks []lexToken) []Role { return ix.findRoles(c.Text, toks, c.Entities) })
		c.Score, c.ScoreReasons = Score(c)
	}
	return changed
}

// looseWord is a word of a claim no entity covers, or only a one-word
// person no lexicon has, that may be a short name: capitalised English,
// or Bengali or Devanagari, three letters or more.
//
// It holds no pointer (the word is read back from the claim's text): the
// article's buffer of them costs the garbage collector nothing.
type looseWord struct {
	bs, be, start, end int32
	script             int8
}

// appendLooseWords appends to out the loose words of the tokens toks,
// whose entities are ents (sorted by start); with heads, only those
// opening like a word of a known person's name (lexIndex.partHeads).
func appendLooseWords(out []looseWord, toks []lexToken, ents []Entity, heads *keyBits) []looseWord {
	e := 0
	for i := range toks {
		t := &toks[i]
		// Three letters at least: three bytes in English, nine in Bengali
		// or Devanagari (three bytes a letter), counted without decoding.
		if t.script == lexScriptOther || t.script == lexScriptLatin && (!t.upper || t.be-t.bs < 3) || t.script >= lexScriptBengali && t.be-t.bs < 9 {
			continue
		}
		if heads != nil && !heads.mayHave(lexRuneHead(lowerKey(t.key))) {
			continue
		}
		for e < len(ents) && ents[e].End <= t.start {
			e++
		}
		if e < len(ents) && ents[e].Start <= t.start && !lonePersonEntity(ents[e]) {
			continue
		}
		out = append(out, looseWord{bs: int32(t.bs), be: int32(t.be), start: int32(t.start), end: int32(t.end), script: t.script})
	}
	return out
}

// shortName is a word that stands for a full name: the word as a token
// key, the names it may stand for and how often scope names each.
type shortName struct {
	key     string
	script  int8
	unknown bool // a word of a name no lexicon has
	// best is the full name scope names most often of those the word may
	// stand for, n how often; tie when another is named as often.
	best string
	n    int
	tie  bool
}

// add counts name, named n times, among the names s may stand for.
func (s *shortName) add(name string, n int) {
	switch {
	case name == s.best:
	case n > s.n:
		s.best, s.n, s.tie = name, n, false
	case n == s.n:
		s.tie = true
	}
}

// lexShortKey is a word a person's full name may be shortened to.
type lexShortKey struct {
	key    string
	script int8
}

// shortNames returns the short forms of every full person name scope
// holds: the first and last words of its aliases (of a known person) or of
// its written forms (of a person no lexicon has), three letters or more.
func (ix *lexIndex) shortNames(scope []Claim) []*shortName {
	mentions := map[string]int{}
	var unknown []Entity
	for i := range scope {
		for _, e := range scope[i].Entities {
			if e.Kind != Person || e.Garbled || !strings.ContainsAny(strings.TrimSpace(e.Name), " ") {
				continue
			}
			mentions[e.Name]++
			if e.Unknown {
				unknown = append(unknown, e)
			}
		}
	}
	if len(mentions) == 0 {
		return nil
	}
	size := 4 * len(unknown)
	for name := range mentions {
		size += len(ix.personShort[name])
	}
	// One allocation for all: the pointers below stay valid because the
	// slice never grows past size.
	pool := make([]shortName, 0, size)
	byKey := make(map[string]*shortName, size)
	add := func(k string, script int8, name string) *shortName {
		s := byKey[k]
		if s == nil {
			if len(pool) == cap(pool) {
				return nil
			}
			pool = append(pool, shortName{key: k, script: script, n: -1})
			s = &pool[len(pool)-1]
			byKey[k] = s
		}
		s.add(name, mentions[name])
		return s
	}
	for name := range mentions {
		for _, sk := range ix.personShort[name] {
			add(sk.key, sk.script, name)
		}
	}
	for _, e := range unknown {
		for _, written := range []string{e.Name, e.Text} {
			toks := lexTokenize(written)
			if len(toks) < 2 {
				continue
			}
			last := toks[len(toks)-1]
			if last.script >= lexScriptBengali {
				last.key = ix.bareName(last.key, last.script)
			}
			first := toks[0]
			if ix.isHonorific(&first) && len(toks) > 2 {
				first = toks[1]
			}
			for _, t := range []lexToken{first, last} {
				if k := lowerKey(t.key); lexAtLeastRunes(k, 3) {
					if s := add(k, t.script, e.Name); s != nil {
						s.unknown = true
					}
				}
			}
		}
	}
	out := make([]*shortName, 0, len(byKey))
	for _, s := range byKey {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *shortName) int { return strings.Compare(a.key, b.key) })
	return out
}

// resolveShort adds to c the people its loose words stand for, and
// returns how many it added. A one-word person read from a title
// ("President Kim") is replaced by the full name.
func (ix *lexIndex) resolveShort(c *Claim, words []looseWord, short map[string]*shortName, heads map[string]bool) int {
	added := 0
	for _, w := range words {
		var s *shortName
		if w.script == lexScriptLatin {
			s = short[strings.ToLower(c.Text[w.bs:w.be])]
		} else if key := c.Text[w.bs:w.be]; heads[lexRuneHead(key)] { // a stem opens as its word does
			key = lexTokenKey(key) // without joiners
			if s = short[key]; s == nil {
				ix.stems(key, w.script, func(stem string) bool {
					s = short[stem]
					return s != nil
				})
			}
		}
		if s == nil || s.script != w.script {
			continue
		}
		name, ok := s.bestName()
		if !ok {
			continue
		}
		e := Entity{Name: name, Kind: Person, Type: Person, Text: c.Text[w.bs:w.be], Start: int(w.start), End: int(w.end)}
		if at := coveredBy(c.Entities, e.Start, e.End); at >= 0 {
			e.Start, e.Text = c.Entities[at].Start, c.Entities[at].Text // with its honorific
			c.Entities[at] = e
		} else {
			c.Entities = append(c.Entities, e)
		}
		added++
	}
	if added > 0 {
		slices.SortFunc(c.Entities, func(a, b Entity) int { return a.Start - b.Start })
	}
	return added
}

// best returns the full name s stands for: the only one, or the one named
// most often; false on a tie.
func (s *shortName) bestName() (string, bool) {
	return s.best, s.best != "" && !s.tie
}

// coveredBy returns the index of the entity covering runes start..end, or
// -1.
func coveredBy(ents []Entity, start, end int) int {
	for i, e := range ents {
		if e.Start <= start && end <= e.End {
			return i
		}
	}
	return -1
}

// lonePersonEntity reports whether e is a one-word person no lexicon has.
func lonePersonEntity(e Entity) bool {
	return e.Unknown && e.Kind == Person && !strings.Contains(e.Name, " ")
}

// unifyUnknown gives the names no lexicon has one spelling across scope
// and marks the near spellings garbled (see ResolveNames). It returns how
// many entities of cs it renamed.
//
// The full names of people scope holds that are not Unknown are spellings
// too, to be renamed to but never renamed: a person of the lexicon, or a
// name a story has already settled (the store hands a story's names over
// as scope), so that "राजू भार्गव" in a Hindi article takes the "Raju
// Bhargava" its story's English article gave.
func (ix *lexIndex) unifyUnknown(cs []Claim, scope []Claim) int {
	type spelling struct {
		name, kind, skel string
		latin, settled   bool
		n                int
	}
	var spellings []*spelling
	find := func(name, kind string) *spelling {
		for _, s := range spellings {
			if s.name == name && s.kind == kind {
				return s
			}
		}
		return nil
	}
	unknown := 0
	read := scope
	if len(cs) > 0 && (len(scope) == 0 || &cs[0] != &scope[0]) {
		// A story's names as scope: the article's own spellings count too,
		// but not again towards a name its story has settled.
		read = append(slices.Clip(scope), cs...)
	}
	for i := range read {
		own := i >= len(scope)
		for _, e := range read[i].Entities {
			settled := !e.Unknown && e.Kind == Person && !e.Garbled && strings.Contains(strings.TrimSpace(e.Name), " ")
			if !e.Unknown && !settled {
				continue
			}
			s := find(e.Name, e.Kind)
			if s == nil {
				r, _ := utf8.DecodeRuneInString(e.Text)
				s = &spelling{name: e.Name, kind: e.Kind, skel: unknownSkeleton(e.Name), latin: lexScriptOf(r) == lexScriptLatin}
				spellings = append(spellings, s)
			}
			if e.Unknown {
				unknown++
			} else {
				s.settled = true
			}
			if !own || !s.settled {
				s.n++
			}
		}
	}
	if len(spellings) < 2 || unknown == 0 {
		return 0
	}
	// The canonical spelling of each: the lexicon's, then English's, then
	// the commonest (a story's counts as often as its articles named it),
	// then the richer (richerSpelling).
	rank := func(s *spelling) int {
		if _, known := ix.personAliases[s.name]; known && s.settled {
			return 1_000_000 + s.n
		}
		return s.n + boolInt(s.latin && !s.settled)*1000
	}
	canon := map[*spelling]*spelling{}
	for _, s := range spellings {
		canon[s] = s
		for _, o := range spellings {
			if o == s || o.kind != s.kind || strings.Count(o.name, " ") != strings.Count(s.name, " ") {
				continue
			}
			if o.skel != s.skel && !nearSkeleton(o.skel, s.skel) {
				continue
			}
			if c := canon[s]; rank(o) > rank(c) || rank(o) == rank(c) && richerSpelling(o.name, c.name) {
				canon[s] = o
			}
		}
	}
	changed := 0
	for i := range cs {
		c := &cs[i]
		for j := range c.Entities {
			e := &c.Entities[j]
			if !e.Unknown {
				continue
			}
			s := find(e.Name, e.Kind)
			if s == nil || canon[s] == s {
				continue
			}
			to := canon[s]
			if f, ok := ix.translatedSpelling(e, to.name); ok && to.skel == s.skel {
				e.Garbled = true
				c.Flags = append(c.Flags, f)
			} else if to.skel != s.skel {
				e.Garbled = true
				c.Flags = append(c.Flags, Flag{
					Kind:     FlagGarbledName,
					Evidence: e.Text,
					Note:     fmt.Sprintf("“%s” looks like a misspelling of %s, as the article names this %s elsewhere.", e.Text, to.name, e.Kind),
					Start:    e.Start,
					End:      e.End,
				})
			}
			for k := range c.Roles {
				if c.Roles[k].Person == e.Name {
					c.Roles[k].Person = to.name // the title goes with its holder's spelling
				}
			}
			e.Name = to.name
			changed++
		}
	}
	return changed
}

// richerSpelling reports whether a is the better of two spellings of one
// name that are named as often: the one with more letters (Hindi and
// Marathi drop the final "a" English writes), then the one with more v's
// (Bengali writes ব for both b and v, so its "Barma" is a "Varma" it
// could not tell), then the first in byte order, so the choice is stable.
func richerSpelling(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	if va, vb := strings.Count(strings.ToLower(a), "v"), strings.Count(strings.ToLower(b), "v"); va != vb {
		return va > vb
	}
	return a < b
}

// unknownSkeleton is the fuzzy skeleton of a name, word by word, less
// the "a" a word ends in: Hindi and Marathi drop the final vowel English
// writes (राजू भार्गव, Raju Bhargava), so those are one spelling, not a
// misspelling.
func unknownSkeleton(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		k := fuzzySkeleton(w)
		if len(k) > 3 && k[len(k)-1] == 'a' {
			k = k[:len(k)-1]
		}
		b.WriteString(k)
	}
	return b.String()
}

// nearSkeleton reports whether two name skeletons are one name misspelt:
// the same first letter, at most two edits and within the fuzzy threshold.
func nearSkeleton(a, b string) bool {
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	return editDistance(a, b) <= 2 && fuzzyDistance(a, b) <= fuzzyThreshold
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
