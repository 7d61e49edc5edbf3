package claims

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/unicode/norm"
)

// Lexicon is the language data entity and role recognition read: entities
// with their aliases in every script, the role vocabulary, case endings and
// known garbles. It is goroutine-safe: lookups read an immutable index, and
// each addition builds a new index and swaps it in, so an admin page can
// extend the lexicon while imports run.
type Lexicon struct {
	mu       sync.Mutex // serialises additions
	entities []lexEntityRow
	roles    []lexRoleRow
	suffixes [lexNumScripts][]string
	// notInflected are words that look like a name plus an ending but are
	// not (किमत, a price).
	notInflected []string
	garbles      []lexGarbleRow
	plural       []string          // words that make a following title plural (দুই নেতা)
	bodyRoles    map[string]string // the role a title says after a body's name (roles_bodies.tsv)
	glue         []string
	placeWords   [][2]string // type, word: "district", "জেলায়"
	honorifics   []string
	nameStops    []string
	countWords   []string // name stops that count the word after them
	nameEndings  [lexNumScripts][]string
	verbEndings  [lexNumScripts][]string // endings no name word has (name_verb_endings.tsv)
	weekdayWords []string                // weekdays.tsv's names, no name's words
	personNouns  []string                // name_person_nouns.txt
	idx          atomic.Pointer[lexIndex]
	// stale is set by additions: the index is rebuilt once, at the next
	// lookup, so replaying many additions at start costs one rebuild.
	stale atomic.Bool
	// lastTokens caches the tokens of the last text FindEntities read, for
	// FindRoles and FindFlags on the same claim.
	lastTokens atomic.Pointer[lexTokenCache]
}

// LexiconEntity is one entity of a lexicon as an admin page lists it.
type LexiconEntity struct {
	Name    string   // canonical English name
	Kind    string   // Person, Country, Place, Organisation
	Type    string   // the finer kind: state, district, city, party, agency... (Kind when none)
	Aliases []string // every written form, any script
}

// LexiconRole is one role of the vocabulary as an admin page lists it.
type LexiconRole struct {
	Role    string   // canonical English role
	Broader string   // the role above it ("leader" for "supreme leader"), or ""
	Words   []string // the words that say it, any script
}

type lexEntityRow struct {
	name, kind string
	typ        string // the finer kind: state, district, city, party, agency...
	aliases    []string
	// asWritten: found only as written (with an ending), never guessed
	// from a misspelling (exactGazetteers).
	asWritten bool
}

type lexRoleRow struct {
	role, broader string
	words         []string
}

// lexGarbleRow is one name word of garbled_names.tsv: a word of names that
// is also a common word, and the common words translation makes of it.
type lexGarbleRow struct {
	word    string // the name word as English writes it: "Head", "Un"
	meaning string // the English word translation took it for: "head", "you"
	// words are its translations by language: Bengali, Hindi, Marathi, English.
	words [4][]string
	// beside are the words for the thing the name is of (rover, river), for
	// a name that is no person's or place's in the lexicon.
	beside []string
	// nameFirst says the name stands before the word for the thing, never
	// after it (the Kanchanjunga Express train, the Vostochny cosmodrome):
	// "ट्रेन तीव्र गति से", "the train at full speed", is no garble.
	nameFirst bool
	// link marks the link of a patronymic (bin, ibn), whose words hold "{}"
	// for the name after it: "{} का बेटा".
	link bool
	// phrase marks a whole name of several words translated word by word
	// (Iron Dome as লোহার গম্বুজ): no plain text writes those words
	// together, so they are a garble wherever they stand.
	phrase bool
}

// note is what a reviewer is told of the garble.
func (g *lexGarbleRow) note() string {
	return fmt.Sprintf("%q was translated as %q", g.word, g.meaning)
}

// inScript returns the translations that a name written in script may come
// out as: Devanagari serves Hindi and Marathi alike.
func (g *lexGarbleRow) inScript(script int8) []string {
	switch script {
	case lexScriptBengali:
		return g.words[0]
	case lexScriptDeva:
		return append(slices.Clip(g.words[1]), g.words[2]...)
	case lexScriptLatin:
		return g.words[3]
	}
	return nil
}

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := NewLexicon()
	if err != nil {
		// The data is embedded and covered by tests: a failure here is a
		// broken build, not a runtime condition.
		panic(err)
	}
	return l
})

// DefaultLexicon returns the lexicon FindEntities and FindRoles use, loaded
// once from the embedded data. Additions to it are seen by every later call.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

// NewLexicon returns a fresh lexicon loaded from the embedded data, with no
// run-time additions.
func NewLexicon() (*Lexicon, error) {
	l := &Lexicon{}
	if err := l.load(); err != nil {
		return nil, err
	}
	l.idx.Store(lexBuildIndex(l))
	return l, nil
}

// load parses the embedded TSV files.
func (l *Lexicon) load() error {
	if err := l.loadEntities(); err != nil {
		return err
	}
	for _, f := range lexRows(rolesTSV) {
		if len(f.cols) < 3 {
			return fmt.Errorf("roles.tsv line %d: want role, broader, words", f.line)
		}
		broader := f.cols[1]
		if broader == "-" {
			broader = ""
		}
		l.roles = append(l.roles, lexRoleRow{role: f.cols[0], broader: broader, words: lexSplit(f.cols[2])})
	}
	for _, f := range lexRows(suffixesTSV) {
		script, not := strings.CutSuffix(f.cols[0], "-not")
		s, ok := map[string]int{"bn": lexScriptBengali, "deva": lexScriptDeva, "latin": lexScriptLatin}[script]
		if len(f.cols) < 2 || !ok {
			return fmt.Errorf("suffixes.tsv line %d: want script (bn, deva, latin, or one of them with -not) and words", f.line)
		}
		if not {
			l.notInflected = append(l.notInflected, lexSplit(f.cols[1])...)
		} else {
			l.suffixes[s] = append(l.suffixes[s], lexSplit(f.cols[1])...)
		}
	}
	for _, f := range lexRows(garbledNamesTSV) {
		if len(f.cols) < 7 || !slices.Contains([]string{"given", "surname", "link", "word", "thing", "thing-first", "phrase"}, f.cols[2]) {
			return fmt.Errorf("garbled_names.tsv line %d: want name word, meaning, part (given, surname, link, word, thing, thing-first, phrase), Bengali, Hindi, Marathi and English words", f.line)
		}
		g := lexGarbleRow{word: f.cols[0], meaning: f.cols[1], phrase: f.cols[2] == "phrase", nameFirst: f.cols[2] == "thing-first", link: f.cols[2] == "link"}
		for i := range g.words {
			g.words[i] = lexSplitNone(f.cols[3+i])
		}
		if len(f.cols) > 7 {
			g.beside = lexSplitNone(f.cols[7])
		}
		if strings.HasPrefix(f.cols[2], "thing") != (len(g.beside) > 0) {
			return fmt.Errorf("garbled_names.tsv line %d: a thing's name, and only that, lists the words for the thing", f.line)
		}
		if g.link {
			for _, ws := range g.words {
				for _, w := range ws {
					if !strings.Contains(w, "{}") {
						return fmt.Errorf("garbled_names.tsv line %d: a link's translations hold {} for the name after it, not %q", f.line, w)
					}
				}
			}
		}
		if g.phrase {
			for _, ws := range g.words {
				for _, w := range ws {
					if len(lexTokenize(w)) < 2 {
						return fmt.Errorf("garbled_names.tsv line %d: a phrase's translations are two words or more, not %q", f.line, w)
					}
				}
			}
		}
		l.garbles = append(l.garbles, g)
	}
	if err := l.loadNameContext(); err != nil {
		return err
	}
	for _, f := range lexRows(rolesPluralTSV) {
		l.plural = append(l.plural, f.cols[0])
	}
	l.bodyRoles = map[string]string{}
	for _, f := range lexRows(rolesBodiesTSV) {
		if len(f.cols) < 2 || l.roleIndex(f.cols[0]) < 0 || l.roleIndex(f.cols[1]) < 0 {
			return fmt.Errorf("roles_bodies.tsv line %d: want two roles of roles.tsv", f.line)
		}
		key := f.cols[0]
		if len(f.cols) > 2 {
			key = bodyRoleKey(f.cols[0], f.cols[2]) // after a body of that type only
		}
		l.bodyRoles[key] = f.cols[1]
	}
	for _, f := range lexRows(garbledGlueTSV) {
		l.glue = append(l.glue, lexNFC(f.cols[0]))
	}
	for _, r := range l.roles {
		if r.broader != "" && l.roleIndex(r.broader) < 0 {
			return fmt.Errorf("roles.tsv: %q is broader than %q but not a role itself", r.broader, r.role)
		}
	}
	return nil
}

// AddAlias adds alias as a written form of the entity canonical, creating the
// entity when it is new. The next lookup sees it. It returns an EINVALID error when a field is empty,
// kind is not one of Person, Country, Place, Organisation, or canonical is
// already known as another kind.
func (l *Lexicon) AddAlias(canonical, kind, alias string) error {
	canonical, kind, alias = strings.TrimSpace(canonical), strings.ToLower(strings.TrimSpace(kind)), lexNFC(strings.TrimSpace(alias))
	switch {
	case canonical == "" || alias == "":
		return Errorf(EINVALID, "An alias needs a canonical name and a written form.")
	case !lexValidKind(kind):
		return Errorf(EINVALID, "Unknown entity kind %q: use person, country, place or organisation.", kind)
	case len(lexTokenize(alias)) == 0:
		return Errorf(EINVALID, "The alias %q has no letters.", alias)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	i := slices.IndexFunc(l.entities, func(e lexEntityRow) bool { return e.name == canonical })
	if i < 0 {
		l.entities = append(l.entities, lexEntityRow{name: canonical, kind: kind, typ: kind})
		i = len(l.entities) - 1
	} else if l.entities[i].kind != kind {
		return Errorf(EINVALID, "%s is already in the lexicon as a %s, not a %s.", canonical, l.entities[i].kind, kind)
	}
	if slices.Contains(l.entities[i].aliases, alias) {
		return nil
	}
	// Copy before appending: a listing handed out earlier shares the array.
	l.entities[i].aliases = append(slices.Clip(l.entities[i].aliases), alias)
	l.stale.Store(true)
	return nil
}

// AddRoleWord adds word as a way of saying the known role role. It returns an
// EINVALID error when word is empty or role is not in the vocabulary.
func (l *Lexicon) AddRoleWord(role, word string) error {
	role, word = strings.ToLower(strings.TrimSpace(role)), lexNFC(strings.TrimSpace(word))
	if word == "" || len(lexTokenize(word)) == 0 {
		return Errorf(EINVALID, "A role word needs letters.")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.roleIndex(role)
	if i < 0 {
		return Errorf(EINVALID, "Unknown role %q.", role)
	}
	if slices.Contains(l.roles[i].words, word) {
		return nil
	}
	l.roles[i].words = append(slices.Clip(l.roles[i].words), word)
	l.stale.Store(true)
	return nil
}

// Entities lists the lexicon's entities in data order, additions last.
func (l *Lexicon) Entities() []LexiconEntity {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]LexiconEntity, len(l.entities))
	for i, e := range l.entities {
		out[i] = LexiconEntity{Name: e.name, Kind: e.kind, Type: e.typ, Aliases: slices.Clone(e.aliases)}
	}
	return out
}

// Roles lists the role vocabulary in data order.
func (l *Lexicon) Roles() []LexiconRole {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]LexiconRole, len(l.roles))
	for i, r := range l.roles {
		out[i] = LexiconRole{Role: r.role, Broader: r.broader, Words: slices.Clone(r.words)}
	}
	return out
}

// index returns the lookup index, rebuilding it first when additions made it
// stale.
func (l *Lexicon) index() *lexIndex {
	if l.stale.Load() {
		l.mu.Lock()
		if l.stale.Load() {
			l.idx.Store(lexBuildIndex(l))
			l.stale.Store(false)
		}
		l.mu.Unlock()
	}
	return l.idx.Load()
}

// roleIndex returns the position of role in l.roles, or -1.
func (l *Lexicon) roleIndex(role string) int {
	return slices.IndexFunc(l.roles, func(r lexRoleRow) bool { return r.role == role })
}

// lexValidKind reports whether kind is one of the entity kinds.
func lexValidKind(kind string) bool {
	switch kind {
	case Person, Country, Place, Organisation:
		return true
	}
	return false
}

// lexRow is one data line of an embedded TSV file.
type lexRow struct {
	line int
	cols []string
}

// lexRows splits data into TAB-separated rows, skipping blank lines and
// "#" comments, with every column NFC-normalised and trimmed.
func lexRows(data string) []lexRow {
	var rows []lexRow
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = lexNFC(strings.TrimSpace(cols[i]))
		}
		rows = append(rows, lexRow{line: n + 1, cols: cols})
	}
	return rows
}

// lexSplit splits a "|"-separated list, dropping empty items.
func lexSplit(s string) []string {
	var out []string
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, lexNFC(w))
		}
	}
	return out
}

// lexSplitNone is lexSplit where "-" says there is nothing.
func lexSplitNone(s string) []string {
	if s == "-" {
		return nil
	}
	return lexSplit(s)
}

// lexNFC returns s in Unicode NFC: the form claim text is in, so that Bengali
// য় and Devanagari क़, which NFC decomposes, compare equal.
//
// Most data is NFC already: isNFC says so without norm's copy.
func lexNFC(s string) string {
	if isNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}
