// Package claims is Claimdesk's domain and engine: articles, claims and their
// facets, flags and matches, and the pipeline that turns a raw scraped article
// into clean text and discrete, checkable claims.
//
// It is pure Go: no database, no HTTP. Language data (aliases, number words,
// roles, units, teasers) lives in embedded files under data/.
//
// Offsets: every Start/End in this package counts runes (characters), never
// bytes, so that they mean the same thing for Bengali, Devanagari and Latin.
//   - Claim.Start/End index Article.Raw, the text exactly as it was given.
//   - Claim.CleanStart/CleanEnd index Article.Clean.
//   - Quantity, Date, Entity, Role and claim Flag spans index Claim.Text.
//   - Residue and article Flag spans index Article.Raw.
package claims

import "time"

// Article is one source text: what was given, what was cleaned away, and the
// claims found in what remains.
type Article struct {
	Origin    string    // file base name (003_c2713db5242469b2.txt) or URL
	Title     string    // from front matter, or the first line when it looks like a title
	Source    string    // outlet name, from front matter
	URL       string    // from front matter
	Language  string    // ISO 639-1: bn, mr, hi, en (front matter wins when given)
	Published time.Time // zero when unknown
	Raw       string    // the input exactly as given, front matter included
	Clean     string    // the body after normalisation and residue removal
	Removed   []Residue // what cleaning took out, and why
	Claims    []Claim
	Flags     []Flag // article-level flags (spans index Raw)
	Hash      string // hex SHA-256 of Raw: the same content imports once
}

// Residue is a piece of page furniture removed from an article: an ad marker,
// a tweet embed, a "read more" teaser. Kept so a reviewer can see what went.
type Residue struct {
	Start, End int    // runes in Article.Raw
	Text       string // the removed text as it stood in Raw
	Reason     string // plain words: "ad marker", "tweet embed", "read-more teaser", ...
}

// Claim is one discrete, checkable statement: usually a sentence.
type Claim struct {
	Ordinal              int      // 1-based position within the article
	Text                 string   // normalised (NFC) clean text of the claim
	Start, End           int      // runes in Article.Raw
	CleanStart, CleanEnd int      // runes in Article.Clean
	Language             string   // ISO 639-1
	Score                float64  // check-worthiness in 0..1
	ScoreReasons         []string // why: "figures", "named people", "attribution", "dates"
	Quantities           []Quantity
	Dates                []Date
	Entities             []Entity
	Roles                []Role
	Flags                []Flag
	// looseFrom, looseTo are where, in the article's buffer of loose
	// words, Process kept this claim's (the words no entity covers that
	// may be the short name of a known person) for ResolveNames.
	looseFrom, looseTo int32
}

// Qualifier symbols used in Quantity.Qualifier and in reports.
const (
	Exactly  = ""
	About    = "~"
	MoreThan = ">"
	AtLeast  = ">="
	LessThan = "<"
	AtMost   = "<="
)

// Quantity is a figure found in a claim, in canonical form.
type Quantity struct {
	Text       string  // as written in the claim ("দশ হাজার", "किमान 1.5", "10 km")
	Start, End int     // runes in Claim.Text
	Value      float64 // canonical value in Unit (10000, 1.5, 10)
	Low, High  float64 // the interval the figure stands for, after qualifier and vagueness
	Qualifier  string  // one of Exactly, About, MoreThan, AtLeast, LessThan, AtMost
	Vague      bool    // "several thousand", "हजारो": Value is a representative, Low..High the range
	Unit       string  // canonical unit: km, mi, m, hour, day, year, percent, kg, ... or "" for a bare count
	Dimension  string  // length, duration, ratio, mass, speed, count, money
	Counted    string  // what is counted, canonical English singular: soldier, worker, person, car, ...
	// Of is the canonical entity the figure belongs to when the text says so
	// ("উত্তর কোরিয়ান সেনা": North Korea); filled by FindFacets.
	Of string
}

// Date is a point in time mentioned by a claim.
type Date struct {
	Text       string // as written
	Start, End int    // runes in Claim.Text
	// ISO is the date at its precision: 2024-06-21, 2022-02, 2024. Empty when
	// relative and unresolved.
	ISO       string
	Precision string // day, month, year
	Relative  bool   // "Wednesday", "last June", "বুধবার": resolved against Published when known
}

// Entity kinds.
const (
	Person       = "person"
	Country      = "country"
	Place        = "place"
	Organisation = "organisation"
)

// Entity is a person, country, place or organisation named by a claim.
type Entity struct {
	Name string // canonical English name: "Kim Jong Un", "North Korea"
	Kind string // Person, Country, Place, Organisation
	// Type is the finer kind the gazetteer gives (state, district, city,
	// party, agency, ministry...), Kind itself when it gives none.
	Type       string
	Text       string // as written, case ending included ("পুতিনকে")
	Start, End int    // runes in Claim.Text
	// Garbled is true when the written form is a known mistranslation or
	// misspelling of Name ("কিম জং আপনি"); the name is still resolved.
	Garbled bool
	// Guessed is true when Name came from transliteration and fuzzy matching
	// rather than the lexicon.
	Guessed bool
	// Unknown is true when no lexicon has the name: it was read from a
	// title or a place word beside it ("home secretary Anil Sharma",
	// "চিলমারী উপজেলায়") and Name is its romanisation.
	Unknown bool
}

// Role is a title bound to a person: Kim Jong Un called "president".
type Role struct {
	Person     string // canonical entity name
	Role       string // canonical English role: president, leader, supreme leader, prime minister, ...
	Text       string // the title as written ("প্রেসিডেন্ট", "नेते")
	Start, End int    // runes in Claim.Text, of the title word
}

// Flag kinds.
const (
	FlagMixedScript = "mixed-script" // a Latin word wedged inside an Indic word
	FlagOrphanMark  = "orphan-mark"  // a combining mark after a space
	FlagRunTogether = "run-together" // words run together (शटरस्टॉकडोनाल्ड)
	FlagGarbledName = "garbled-name" // a known name mistranslated or misspelt
	FlagImplausible = "implausible-quantity"
	FlagUnknownName = "unknown-name" // a proper name not in the lexicon, transliterated
)

// Flag is something a reviewer should look at: translation garble, an
// implausible figure. Evidence quotes the text; Note explains in plain words.
type Flag struct {
	Kind       string
	Evidence   string
	Note       string
	Start, End int // runes in Claim.Text (claim flags) or Article.Raw (article flags)
}

// Relations between two claims.
const (
	Agrees    = "agrees"
	Conflicts = "conflicts"
)

// Match kinds: what was compared.
const (
	KindQuantity = "quantity"
	KindRole     = "role"
	KindDate     = "date"
	KindPlace    = "place"
	KindName     = "name"
)

// Facet is one comparable statement a claim makes: about Subject, its
// Attribute has Value. Claims of different articles whose facets share a Key
// are compared.
type Facet struct {
	Kind      string // KindQuantity, KindRole, ...
	Subject   string // canonical entity the facet is about: "Kim Jong Un", "North Korea"
	Attribute string // what about it: "role", "soldier count", "distance", "date"
	Value     string // canonical value for display and reports: ">=1.5 soldier", "president", "2024-06"
	// Key is Kind|Subject|Attribute in match-key form: the index candidates
	// are found by, never by scanning all pairs.
	Key string
	// Quantity, Role or Date carry the structured value for comparison.
	Quantity *Quantity `json:",omitempty"`
	Role     *Role     `json:",omitempty"`
	Date     *Date     `json:",omitempty"`
}

// Comparison is the engine's decision on two facets with the same key.
type Comparison struct {
	Relation string // Agrees or Conflicts
	Kind     string
	Reason   string // plain words: "10000 soldier lies outside >=1.5 soldier"
}
