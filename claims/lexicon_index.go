package claims

import (
	"hash/maphash"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// lexIndex is the lookup form of a Lexicon, built once per change and never
// modified after: readers share it without locks.
type lexIndex struct {
	// byFirst maps the key of an alias's first token to the aliases that
	// start with it, longest first, so the first one that fits is the
	// longest match (দক্ষিণ কোরিয়া before কোরিয়া).
	byFirst   map[string][]*lexAlias
	suffixes  [lexNumScripts]map[string]struct{}
	maxSuffix int // bytes of the longest ending
	// known holds Indic words a glued token may be split into: alias tokens
	// of four letters or more, role words and common words.
	known map[string]struct{}
	// names holds Indic alias tokens of four letters or more: one half of a
	// glued token must be one of them. nameBits filters it: a glued token
	// is tried at every cut, and most halves are no name.
	names       map[string]struct{}
	nameBits    keyBits
	roleFirst   map[string][]*lexRoleWord
	roleWords   map[string]string   // canonical role -> broader role
	roleLast    map[string]struct{} // the last word of every role word
	roleLongest int                 // tokens in the longest role word ("minister of state for home")
	plural      map[string]struct{} // words that make a following title plural
	bodyRoles   map[string]string   // the role a title says after a body's name
	// fuzzyNames holds alias skeletons by their first letter and by kind
	// (Latin or Indic alias): a misspelling keeps its first letter.
	fuzzyNames [2][26][]lexFuzzyKey
	// inflected maps every single-word Indic alias with each ending of its
	// script (পুতিনকে, रशियाचे) to the alias: one lookup per word instead of
	// one per possible ending. The longest stem wins a clash. A nil value
	// marks an ordinary word that only looks inflected (suffixes.tsv "-not").
	// Keys are hashes of the inflected word (inflectedKey), never the word:
	// with the gazetteers there are some ninety thousand of them, and
	// spelling each out cost more to build and keep than all the rest of
	// the index.
	// Values index singles, and -1 marks an ordinary word: with no
	// pointers in it, the garbage collector never scans the map.
	inflected map[uint64]int32
	singles   []*lexAlias // the single-word aliases inflected refers to
	// inflectedBits filters inflected by the same hash: most Indic words
	// of a claim are no name, and a bit test spares them a lookup in a map
	// too big for the cache.
	inflectedBits *[1 << 14]uint64
	// inflectedHeads holds the first three runes of every key inflected
	// holds, which are the stem's: a word that opens like no name is
	// turned away before it is hashed whole.
	inflectedHeads keyBits
	// personAliases holds the tokens of every alias of two words or more
	// of each person, by canonical name: the short names ResolveNames
	// looks for (entity_resolve.go).
	personAliases map[string][][]lexToken
	// partHeads holds the first three letters of the first and last word
	// of those aliases: a word that opens otherwise is no short name.
	partHeads keyBits
	// personShort holds the words each person's name may be shortened to
	// (the first and last words of its aliases, three letters or more),
	// less those that are an alias of their own ("Putin").
	personShort map[string][]lexShortKey
	// latinShort holds the Latin words of personShort, whoever's: a word
	// a known person goes by ("Nadda", "Soren", "Sivan") is never guessed
	// to be a misspelt place (Nadia, Soreng, Siwan), so ResolveNames may
	// still read it as the person its article names in full.
	latinShort map[string]struct{}
	// placeFirst, honorifics and nameStops are the words around a name
	// the lexicon lacks (entity_unknown.go).
	placeFirst   map[string][]*lexPlaceWord
	honorifics   map[string]struct{}
	nameStops    map[string]struct{}
	countWords   map[string]struct{}
	nameEndings  [lexNumScripts][]string // longest first
	verbEndings  [lexNumScripts][]string
	weekdayWords []string
	personNouns  map[string]struct{}
	// thingGarbles holds the translations of names of things (the Pragyan
	// rover) by lower-case key (lexicon_garble.go).
	thingGarbles map[string][]*lexThingGarble
	// garbles holds the rows of garbled_names.tsv by lower-case name word,
	// for the names ResolveNames gives people no lexicon has.
	garbles map[string][]*lexGarbleRow
	// maybe holds every key of byFirst, roleFirst, roleLast and
	// placeFirst: most words of a claim are in none of them.
	maybe keyBits
}

// lexEntity is an entity as the index refers to it.
type lexEntity struct {
	name, kind, typ string
}

// lexAlias is one written form of an entity, as token keys.
type lexAlias struct {
	keys []string
	ent  *lexEntity
	// rest is the fuzzy skeleton of every word but the first, for matching
	// misspellings of a person's longer name; "" when not needed.
	rest string
	// garble is the reviewer's note when this form is a known translation
	// garble of the name ("Un" was translated as "you"), else "".
	garble string
}

// lexRoleWord is one written form of a role, as token keys.
type lexRoleWord struct {
	keys []string
	role string
}

// lexFuzzyKey is the transliterated skeleton of one alias, for matching
// misspelt and unknown names.
type lexFuzzyKey struct {
	// letters has bit c-'a' set for each letter c of the compared key: an
	// edit changes at most two bits, so keys whose letters differ in more
	// bits than twice the allowed edits are passed over without the edit
	// distance.
	letters uint32
	skel    string
	latin   string // a Latin alias in lower case, letters only; "" for Indic ones
	tokens  int
	ent     *lexEntity
}

// lexBuildIndex builds the lookup form of l. The caller holds l.mu or owns l.
func lexBuildIndex(l *Lexicon) *lexIndex {
	ix := &lexIndex{
		byFirst:       map[string][]*lexAlias{},
		known:         map[string]struct{}{},
		names:         map[string]struct{}{},
		roleFirst:     map[string][]*lexRoleWord{},
		roleWords:     map[string]string{},
		inflected:     make(map[uint64]int32, lexInflectedSize(l)),
		inflectedBits: new([1 << 14]uint64),
		roleLast:      map[string]struct{}{},
		plural:        map[string]struct{}{},
		bodyRoles:     maps.Clone(l.bodyRoles),
		personAliases: map[string][][]lexToken{},
	}
	for s, list := range l.suffixes {
		ix.suffixes[s] = map[string]struct{}{}
		for _, suf := range list {
			ix.suffixes[s][suf] = struct{}{}
			ix.maxSuffix = max(ix.maxSuffix, len(suf))
		}
	}
	garbles := map[string][]*lexGarbleRow{} // by the name word in lower case
	for i := range l.garbles {
		g := &l.garbles[i]
		garbles[strings.ToLower(g.word)] = append(garbles[strings.ToLower(g.word)], g)
	}
	ix.indexThingGarbles(l.garbles)
	ix.garbles = garbles
	for _, w := range l.notInflected {
		k := lexTokenKey(w)
		ix.setInflected(inflectedKey(k, ""), -1) // claimed, so no alias plus ending takes it
		ix.inflectedHeads.add(lexRuneHead(k))
	}
	for _, e := range l.entities {
		ent := &lexEntity{name: e.name, kind: e.kind, typ: e.typ}
		seen := map[string]bool{}
		nameWords := lexGarbledWords(e, garbles)
		for _, a := range e.aliases {
			toks := lexTokenize(a)
			if len(toks) == 0 {
				continue
			}
			keys := make([]string, len(toks))
			for i, t := range toks {
				keys[i] = t.key
				if t.script >= lexScriptBengali && utf8.RuneCountInString(t.key) >= 4 {
					ix.known[t.key] = struct{}{}
					// The words of a longer organisation name are common
					// words (প্রতিরক্ষা মন্ত্রণালয়): as a glued half they
					// would split প্রতিরক্ষামন্ত্রী.
					if e.kind != Organisation || len(toks) == 1 {
						ix.names[t.key] = struct{}{}
					}
				}
			}
			alias := &lexAlias{keys: keys, ent: ent}
			if e.kind == Person && len(toks) > 1 {
				ix.personAliases[e.name] = append(ix.personAliases[e.name], toks)
				ix.partHeads.add(lexRuneHead(lowerKey(toks[0].key)))
				ix.partHeads.add(lexRuneHead(lowerKey(toks[len(toks)-1].key)))
			}
			if len(keys) > 1 && e.kind == Person {
				alias.rest = fuzzySkeleton(Transliterate(lexJoinKeys(keys[1:])))
			}
			ix.add(alias)
			if len(keys) == 1 && toks[0].script >= lexScriptBengali && utf8.RuneCountInString(keys[0]) >= 3 {
				ix.inflectedHeads.add(lexRuneHead(keys[0]))
				at := int32(len(ix.singles))
				ix.singles = append(ix.singles, alias)
				for _, suf := range l.suffixes[toks[0].script] {
					k := inflectedKey(keys[0], suf)
					if old, ok := ix.inflected[k]; !ok || old >= 0 && len(ix.singles[old].keys[0]) < len(keys[0]) {
						ix.setInflected(k, at)
					}
				}
			}
			latin := toks[0].script == lexScriptLatin
			if skel := fuzzySkeleton(Transliterate(a)); !e.asWritten && len(skel) >= 3 && !seen[skel+"|"+boolName(latin)] {
				seen[skel+"|"+boolName(latin)] = true
				k := lexFuzzyKey{skel: skel, tokens: len(toks), ent: ent}
				if latin {
					k.latin = latinLetters(a)
				}
				kind := 0
				if latin {
					kind = 1
				}
				if key := k.fuzzyKey(latin); len(key) >= 5 {
					k.letters = letterBits(key)
					ix.fuzzyNames[kind][key[0]-'a'] = append(ix.fuzzyNames[kind][key[0]-'a'], k)
				}
			}
			for _, gk := range garbledAliases(e, toks, nameWords) {
				ix.add(&lexAlias{keys: gk.keys, ent: ent, garble: gk.note})
			}
		}
	}
	ix.personShort = map[string][]lexShortKey{}
	for name, aliases := range ix.personAliases {
		for _, toks := range aliases {
			for _, t := range []lexToken{toks[0], toks[len(toks)-1]} {
				k := lowerKey(t.key)
				sk := lexShortKey{key: k, script: t.script}
				if !lexAtLeastRunes(k, 3) || t.script == lexScriptOther || slices.Contains(ix.personShort[name], sk) {
					continue
				}
				// A word that is itself a person's alias ("Putin") needs no
				// article: FindEntities finds it alone.
				if slices.ContainsFunc(ix.byFirst[k], func(a *lexAlias) bool { return len(a.keys) == 1 && a.ent.kind == Person }) {
					continue
				}
				ix.personShort[name] = append(ix.personShort[name], sk)
			}
		}
	}
	ix.latinShort = map[string]struct{}{}
	for _, keys := range ix.personShort {
		for _, sk := range keys {
			if sk.script == lexScriptLatin {
				ix.latinShort[sk.key] = struct{}{}
			}
		}
	}
	for first := range ix.byFirst {
		slices.SortStableFunc(ix.byFirst[first], func(a, b *lexAlias) int {
			if len(a.keys) != len(b.keys) {
				return len(b.keys) - len(a.keys)
			}
			return lexBoolRank(a.garble != "") - lexBoolRank(b.garble != "")
		})
	}
	// Each bucket by key length: a probe compares only the keys whose
	// length is within its slack, found by binary search, not the
	// thousands of gazetteer names that open with the same letter.
	for kind := range ix.fuzzyNames {
		for c := range ix.fuzzyNames[kind] {
			latin := kind == 1
			slices.SortStableFunc(ix.fuzzyNames[kind][c], func(a, b lexFuzzyKey) int {
				return len(a.fuzzyKey(latin)) - len(b.fuzzyKey(latin))
			})
		}
	}
	for _, r := range l.roles {
		ix.roleWords[r.role] = r.broader
		for _, w := range r.words {
			toks := lexTokenize(w)
			if len(toks) == 0 {
				continue
			}
			keys := make([]string, len(toks))
			for i, t := range toks {
				keys[i] = t.key
				if t.script >= lexScriptBengali {
					ix.known[t.key] = struct{}{}
				}
			}
			ix.roleFirst[keys[0]] = append(ix.roleFirst[keys[0]], &lexRoleWord{keys: keys, role: r.role})
			ix.roleLast[keys[len(keys)-1]] = struct{}{}
			ix.roleLongest = max(ix.roleLongest, len(keys))
		}
	}
	for first := range ix.roleFirst {
		slices.SortStableFunc(ix.roleFirst[first], func(a, b *lexRoleWord) int { return len(b.keys) - len(a.keys) })
	}
	for _, w := range l.plural {
		k := lexTokenKey(w)
		ix.plural[k] = struct{}{}
	}
	for _, w := range l.glue {
		if k := lexTokenKey(w); utf8.RuneCountInString(k) >= 3 {
			ix.known[k] = struct{}{}
		}
	}
	for k := range ix.names {
		ix.nameBits.add(k)
	}
	for k := range ix.byFirst {
		ix.maybe.add(k)
	}
	for k := range ix.roleFirst {
		ix.maybe.add(k)
	}
	for k := range ix.roleLast {
		ix.maybe.add(k)
	}
	ix.indexNameContext(l)
	return ix
}

// add files an alias under its first token key.
func (ix *lexIndex) add(a *lexAlias) {
	ix.byFirst[a.keys[0]] = append(ix.byFirst[a.keys[0]], a)
}

// lexBoolRank orders false before true.
func lexBoolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// stemOf reports whether key is stem followed by a known ending of script.
// It is used for the last word of a longer name, which the words before it
// anchor, so a short stem is safe there (কিম জং উনকে).
func (ix *lexIndex) stemOf(key string, script int8, stem string) bool {
	if len(key) <= len(stem) || key[:len(stem)] != stem || script < lexScriptLatin {
		return false
	}
	_, ok := ix.suffixes[script][key[len(stem):]]
	return ok
}

// stems calls fn with each stem of key left after a known ending of script,
// longest stem first, until fn returns true.
func (ix *lexIndex) stems(key string, script int8, fn func(stem string) bool) {
	suf := ix.suffixes[script]
	if len(suf) == 0 {
		return
	}
	for p := len(key); p > 0 && len(key)-p <= ix.maxSuffix; {
		_, size := utf8.DecodeLastRuneInString(key[:p])
		p -= size
		if _, ok := suf[key[p:]]; ok && utf8.RuneCountInString(key[:p]) >= 3 && fn(key[:p]) {
			return
		}
	}
}

// boolName spells a bool for use inside a map key.
func boolName(b bool) string {
	if b {
		return "latin"
	}
	return "indic"
}

// fuzzyKey is the form of k compared with a probe: Latin letters for a
// Latin probe, the skeleton for an Indic one.
func (k lexFuzzyKey) fuzzyKey(latin bool) string {
	if latin {
		return k.latin
	}
	return k.skel
}

// inflectedSeed seeds the hashes inflected is keyed by: one per process,
// which is all a map needs.
var inflectedSeed = maphash.MakeSeed()

// inflectedKey is the inflected key of stem followed by ending: the hash
// of the two written one after the other, computed without building the
// word.
func inflectedKey(stem, ending string) uint64 {
	var h maphash.Hash
	h.SetSeed(inflectedSeed)
	h.WriteString(stem)
	h.WriteString(ending)
	return h.Sum64()
}

// inflectedAlias returns the single-word alias key is, with an ending, and
// whether key is in the map at all (a nil alias with true is an ordinary
// word that only looks inflected).
func (ix *lexIndex) inflectedAlias(key string) (*lexAlias, bool) {
	if !ix.inflectedHeads.mayHave(lexRuneHead(key)) {
		return nil, false
	}
	h := maphash.String(inflectedSeed, key)
	if ix.inflectedBits[h>>50]&(1<<(h&63)) == 0 {
		return nil, false
	}
	i, ok := ix.inflected[h]
	if !ok || i < 0 {
		return nil, ok
	}
	return ix.singles[i], true
}

// setInflected files the single at a (-1: an ordinary word) under the
// inflected key k.
func (ix *lexIndex) setInflected(k uint64, a int32) {
	ix.inflected[k] = a
	ix.inflectedBits[k>>50] |= 1 << (k & 63)
}

// lexInflectedSize is how many keys inflected will hold at most: sized
// once, the map is never rehashed while it fills.
func lexInflectedSize(l *Lexicon) int {
	n := len(l.notInflected)
	for _, e := range l.entities {
		for _, a := range e.aliases {
			r, _ := utf8.DecodeRuneInString(a)
			if s := lexScriptOf(r); s >= lexScriptBengali && !strings.ContainsRune(a, ' ') {
				n += len(l.suffixes[s])
			}
		}
	}
	return n
}
