package claims

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words around a name the lexicon lacks: place words after a place,
// honorifics before a person, and the words that are never part of either.
var (
	//go:embed data/place_words.tsv
	placeWordsTSV string
	//go:embed data/name_honorifics.txt
	nameHonorificsTXT string
	//go:embed data/name_stops.txt
	nameStopsTXT string
	//go:embed data/name_endings.tsv
	nameEndingsTSV string
	//go:embed data/name_verb_endings.tsv
	nameVerbEndingsTSV string
	//go:embed data/name_person_nouns.txt
	namePersonNounsTXT string
)

// nameStopLists are the function-word lists, beside name_stops.txt, whose
// Bengali and Devanagari words are never part of a name: postpositions,
// auxiliaries, conjunctions and the reporting verbs (jusText's frequency
// lists, residue_stopwords_*.txt). "पूर्व प्रधानमंत्री हो चुकीं हसीना" names
// no "Ho Chukin Hasina": हो is an auxiliary. Their English words are left
// out: English capitalises names, and a capitalised "May" or "Will" may be
// one.
var nameStopLists = []string{"residue_stopwords_bn.txt", "residue_stopwords_hi.txt", "residue_stopwords_mr.txt"}

// lexPlaceWord is one written form of a place word, as token keys.
type lexPlaceWord struct {
	keys []string
	typ  string // district, upazila, village...
}

// loadNameContext reads the place words, honorifics and stop words.
func (l *Lexicon) loadNameContext() error {
	for _, f := range lexRows(placeWordsTSV) {
		if len(f.cols) < 2 {
			return fmt.Errorf("place_words.tsv line %d: want type, words", f.line)
		}
		for _, w := range lexSplit(f.cols[1]) {
			l.placeWords = append(l.placeWords, [2]string{f.cols[0], w})
		}
	}
	for _, f := range lexRows(nameEndingsTSV) {
		s, ok := map[string]int8{"bn": lexScriptBengali, "deva": lexScriptDeva}[f.cols[0]]
		if len(f.cols) < 2 || !ok {
			return fmt.Errorf("name_endings.tsv line %d: want script (bn, deva), endings", f.line)
		}
		l.nameEndings[s] = append(l.nameEndings[s], lexSplit(f.cols[1])...)
	}
	for _, f := range lexRows(nameVerbEndingsTSV) {
		s, ok := map[string]int8{"bn": lexScriptBengali, "deva": lexScriptDeva}[f.cols[0]]
		if len(f.cols) < 2 || !ok {
			return fmt.Errorf("name_verb_endings.tsv line %d: want script (bn, deva), endings", f.line)
		}
		l.verbEndings[s] = append(l.verbEndings[s], lexSplit(f.cols[1])...)
	}
	// A weekday is never a name: "এডিজি জাভেদ শামিম শনিবার জানিয়েছিলেন".
	for _, row := range tsvRows(weekdaysTSV) {
		if len(row) > 1 {
			for _, w := range lexSplit(row[1]) {
				l.weekdayWords = append(l.weekdayWords, NormalizeText(w))
			}
		}
	}
	for _, list := range nameStopLists {
		for _, w := range textDataList(list) {
			if w[0] >= utf8.RuneSelf {
				l.nameStops = append(l.nameStops, w)
			}
		}
	}
	for _, f := range lexRows(namePersonNounsTXT) {
		l.personNouns = append(l.personNouns, f.cols[0])
	}
	for _, f := range lexRows(nameHonorificsTXT) {
		l.honorifics = append(l.honorifics, f.cols[0])
	}
	for _, f := range lexRows(nameStopsTXT) {
		l.nameStops = append(l.nameStops, f.cols[0])
		if len(f.cols) > 1 && f.cols[1] == "count" {
			l.countWords = append(l.countWords, f.cols[0])
		}
	}
	return nil
}

// indexNameContext files the place words, honorifics and stop words by
// their lower-case keys: a title or place word is read whatever its case.
func (ix *lexIndex) indexNameContext(l *Lexicon) {
	ix.placeFirst = map[string][]*lexPlaceWord{}
	ix.honorifics = map[string]struct{}{}
	ix.nameStops = map[string]struct{}{}
	for _, p := range l.placeWords {
		var keys []string
		for _, t := range lexTokenize(p[1]) {
			keys = append(keys, lowerKey(t.key))
		}
		if len(keys) > 0 {
			ix.placeFirst[keys[0]] = append(ix.placeFirst[keys[0]], &lexPlaceWord{keys: keys, typ: p[0]})
			ix.maybe.add(keys[0])
		}
	}
	for _, w := range l.honorifics {
		for _, t := range lexTokenize(w) {
			ix.honorifics[lowerKey(t.key)] = struct{}{}
		}
	}
	for _, w := range l.nameStops {
		for _, t := range lexTokenize(w) {
			ix.nameStops[lowerKey(t.key)] = struct{}{}
		}
	}
	for s, list := range l.nameEndings {
		ix.nameEndings[s] = slices.Clone(list)
		// The longest first: "যেগুলোকে" loses কে, not just ে.
		slices.SortFunc(ix.nameEndings[s], func(a, b string) int { return len(b) - len(a) })
	}
	ix.weekdayWords = slices.Clone(l.weekdayWords)
	ix.personNouns = map[string]struct{}{}
	for _, w := range l.personNouns {
		for _, t := range lexTokenize(w) {
			ix.personNouns[lowerKey(t.key)] = struct{}{}
		}
	}
	for s, list := range l.verbEndings {
		ix.verbEndings[s] = slices.Clone(list)
	}
	ix.countWords = map[string]struct{}{}
	for _, w := range l.countWords {
		for _, t := range lexTokenize(w) {
			ix.countWords[lowerKey(t.key)] = struct{}{}
		}
	}
}

// lowerKey is a token key in lower case: "^DM" and "Dm" are "dm".
func lowerKey(k string) string {
	if k != "" && k[0] >= utf8.RuneSelf {
		return k // a Bengali or Devanagari key, which has no case
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c == '^' || c >= 'A' && c <= 'Z' {
			return strings.ToLower(strings.TrimPrefix(k, "^"))
		}
	}
	return k // Bengali, Devanagari and lower-case keys, the usual case, as they are
}

// placeWordAt returns the place word starting at token i, run on from the
// word before it, and how many tokens it takes.
func (ix *lexIndex) placeWordAt(toks []lexToken, i int) (*lexPlaceWord, int) {
	if i >= len(toks) || !toks[i].joined {
		return nil, 0
	}
	k := toks[i].key
	if !ix.maybe.mayHave(k) {
		if toks[i].script != lexScriptLatin {
			return nil, 0
		}
		k = lowerKey(k)
	}
	if toks[i].script == lexScriptLatin {
		k = lowerKey(k)
	}
	for _, p := range ix.placeFirst[k] {
		n := len(p.keys)
		if i+n > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < n && ok; j++ {
			ok = toks[i+j].joined && lowerKey(toks[i+j].key) == p.keys[j]
		}
		if ok {
			return p, n
		}
	}
	return nil, 0
}

// isNameStop reports whether t is a word never part of a name: a stop
// word, a weekday, or a verb by its ending (name_verb_endings.tsv).
func (ix *lexIndex) isNameStop(t *lexToken) bool {
	k := t.key
	if t.script == lexScriptLatin {
		k = lowerKey(k)
	}
	if _, ok := ix.nameStops[k]; ok {
		return true
	}
	if t.script < lexScriptBengali {
		return slices.Contains(ix.weekdayWords, t.key)
	}
	for _, w := range ix.weekdayWords {
		if strings.HasPrefix(k, w) {
			return true // with its case ending: শনিবারে, शुक्रवारी
		}
	}
	return ix.verbByEnding(k, t.script)
}

// verbByEnding reports whether the Bengali or Devanagari word key ends in
// a verb's ending with two letters at least before it.
func (ix *lexIndex) verbByEnding(key string, script int8) bool {
	for _, end := range ix.verbEndings[script] {
		if stem, ok := strings.CutSuffix(key, end); ok && lexAtLeastRunes(stem, 2) {
			return true
		}
	}
	return false
}

// counted reports whether token i follows a number or a count word:
// "দুই জেলায়", "दोन तुकड्या", "12 villages".
func (ix *lexIndex) counted(text string, toks []lexToken, i int) bool {
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	if r, _ := utf8.DecodeRuneInString(text[p.bs:]); unicode.IsDigit(r) {
		return true
	}
	_, ok := ix.countWords[lowerKey(p.key)]
	return ok
}

// isPersonNoun reports whether t is a noun that names a person without an
// office (name_person_nouns.txt): "passenger", যাত্রী, नागरिक; in English
// written in lower case.
func (ix *lexIndex) isPersonNoun(t *lexToken) bool {
	if t.script == lexScriptLatin && t.upper {
		return false // "the Prime Minister's National Relief Fund": a name's own word
	}
	_, ok := ix.personNouns[t.key]
	return ok
}

// isHonorific reports whether t is an honorific (মো, डॉ, Dr).
func (ix *lexIndex) isHonorific(t *lexToken) bool {
	k := t.key
	if t.script == lexScriptLatin {
		k = lowerKey(k)
	}
	_, ok := ix.honorifics[k]
	return ok
}

// nameWord reports whether t can be a word of an unknown name: letters
// only, not a stop word, a title or a place word.
func (ix *lexIndex) nameWord(t *lexToken) bool {
	if t.script == lexScriptOther || ix.isNameStop(t) || ix.isTitleWord(t.key) || ix.isTitleWord(lowerKey(t.key)) {
		return false
	}
	if _, ok := ix.placeFirst[lowerKey(t.key)]; ok {
		return false
	}
	for _, r := range t.key {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// titleBefore reports whether a title ends right before token i, with at
// most two honorifics between ("জেলা প্রশাসক মো. রফিকুল", "প্রতিমন্ত্রী ডা.
// মো. এনামুর রহমান"): start is the first token of the written name, the
// first honorific if there is one.
func (ix *lexIndex) titleBefore(text string, toks []lexToken, i int) (start int, ok bool) {
	if i == 0 {
		return 0, false
	}
	if toks[i].joined && ix.mayEndTitleToken(&toks[i-1]) && ix.titleEndsAt(toks, i-1) {
		return i, true
	}
	for h := i - 1; h >= 1 && h >= i-maxHonorifics && ix.isHonorific(&toks[h]); h-- {
		if gap := strings.TrimSpace(text[toks[h].be:toks[h+1].bs]); gap != "" && gap != "." && gap != ":" {
			return 0, false
		}
		if toks[h].joined && ix.titleEndsAt(toks, h-1) {
			return h, true
		}
	}
	return 0, false
}

// maxHonorifics is how many honorifics may stand between a title and a
// name: a doctor who is also a Mohammad is "ডা. মো.".
const maxHonorifics = 2

// afterHonorifics returns the first token from i on that is not an
// honorific, skipping at most maxHonorifics.
func (ix *lexIndex) afterHonorifics(toks []lexToken, i int) int {
	for n := 0; n < maxHonorifics && i < len(toks) && ix.isHonorific(&toks[i]); n++ {
		i++
	}
	return i
}

// pluralTitleEndsAt reports whether the title ending at token i is made
// plural by the word before it ("দুই নেতা", "both leaders").
func (ix *lexIndex) pluralTitleEndsAt(toks []lexToken, i int) bool {
	for start := max(0, i-ix.roleLongest+1); start <= i; start++ {
		if _, n, ok := ix.roleAt(toks, start); ok && start+n-1 == i {
			return start > 0 && toks[start].joined && ix.isPlural(toks[start-1].key)
		}
	}
	return false
}

// unknownPerson reads the words from token i on as the name of a person
// the lexicon lacks, right after a title: up to maxGuessTokens words of
// one script run on without punctuation, none a stop word. start is the
// first token of the written form (an honorific before i).
func (ix *lexIndex) unknownPerson(text string, toks []lexToken, matched []bool, start, i int) (Entity, int, bool) {
	n := 0
	for j := i; j < len(toks) && n < maxGuessTokens; j++ {
		t := &toks[j]
		if matched[j] || t.script != toks[i].script || j > i && !t.joined || !ix.nameWord(t) && !initialWithDot(text, t) {
			break
		}
		if t.script == lexScriptLatin && !t.upper {
			break // English capitalises names: "home secretary said"
		}
		n++
		if t.script >= lexScriptBengali && ix.bareName(text[t.bs:t.be], t.script) != text[t.bs:t.be] {
			break // a case ending closes the name: "আনিসুর রহমানকে বদলি"
		}
	}
	if n == 0 {
		return Entity{}, 0, false
	}
	words := make([]string, 0, n)
	for j := i; j < i+n; j++ {
		words = append(words, text[toks[j].bs:toks[j].be])
	}
	if s := toks[i].script; s >= lexScriptBengali {
		words[n-1] = ix.bareName(words[n-1], s)
	}
	e := ix.unknownEntity(text, toks[start], toks[i+n-1], words, Person, Person)
	if toks[i].script >= lexScriptBengali {
		// "শেখ রাসেল হাসান (Sheikh Russell Hasan)": the site's own
		// romanisation beats ours.
		if g := glossAfter(text, toks[i+n-1].be); g != "" && len(strings.Fields(g)) == n && g[0] >= 'A' && g[0] <= 'Z' {
			e.Name = g
		}
	}
	return e, i + n - start, true
}

// unknownPlace reads the words right before a place word as a place the
// lexicon lacks: one word in Bengali or Devanagari (the word before it is
// as often an adjective as a name), up to maxGuessTokens capitalised
// words in English. i is the first word of the name, n how many.
func (ix *lexIndex) unknownPlace(text string, toks []lexToken, i, n int, typ string) Entity {
	words := make([]string, 0, n)
	for j := i; j < i+n; j++ {
		words = append(words, text[toks[j].bs:toks[j].be])
	}
	return ix.unknownEntity(text, toks[i], toks[i+n-1], words, Place, typ)
}

// unknownEntity builds an entity no lexicon names: its Name is the words
// romanised (as written in English, transliterated from Bengali and
// Devanagari), each capitalised, so that "Anil Sharma", "অনিল শর্মা" and
// "अनिल शर्मा" are one entity.
func (ix *lexIndex) unknownEntity(text string, first, last lexToken, words []string, kind, typ string) Entity {
	for i, w := range words {
		if l, ok := initialLetter(w); ok && i < len(words)-1 {
			words[i] = l + "." // "এস সোমনাথ", "K Sivan": S. Somanath, K. Sivan
			continue
		}
		if first.script >= lexScriptBengali && kind == Person {
			w = nameTransliterate(w)
		} else if first.script >= lexScriptBengali {
			w = Transliterate(w)
		}
		words[i] = capitalise(w)
	}
	return Entity{
		Name:    strings.Join(words, " "),
		Kind:    kind,
		Type:    typ,
		Text:    text[first.bs:last.be],
		Start:   first.start,
		End:     last.end,
		Unknown: true,
	}
}

// bareName strips a closing case ending (name_endings.tsv) from a word of
// an Indic name (অনিল শর্মাকে), keeping three letters at least.
func (ix *lexIndex) bareName(word string, script int8) string {
	for _, end := range ix.nameEndings[script] {
		if stem, ok := strings.CutSuffix(word, end); ok && lexAtLeastRunes(stem, 3) {
			return stem
		}
	}
	return word
}

// capitalise upper-cases the first letter of w.
func capitalise(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}
