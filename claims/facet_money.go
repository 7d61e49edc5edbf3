package claims

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/money_givers.tsv
var moneyGiversTSV string

// moneyGivers are data/money_givers.tsv: the level of government each
// canonical role gives at, and the phrases that name a giver.
type moneyGivers struct {
	roles   map[string]string // canonical role -> level
	phrases []giverPhrase
	offices []giverPhrase // an office named with no one holding it
}

type giverPhrase struct {
	key, level string // the phrase in match-key form
}

var givers = sync.OnceValue(func() moneyGivers {
	g := moneyGivers{roles: map[string]string{}}
	for _, row := range tsvRows(moneyGiversTSV) {
		if len(row) < 3 {
			continue
		}
		for _, w := range tsvAliases(row[2]) {
			switch row[1] {
			case "role":
				g.roles[w] = row[0]
			case "phrase":
				g.phrases = append(g.phrases, giverPhrase{MatchKey(w), row[0]})
			case "office":
				g.offices = append(g.offices, giverPhrase{MatchKey(w), row[0]})
			}
		}
	}
	return g
})

// GiverScope is how an attribute names who gives a sum: "aid inr by
// centre", "aid inr by state".
const GiverScope = " by "

// moneyGiver returns the level of government that gives the sum q ("centre",
// "state"), and whether a phrase (a fund, a government) rather than a
// person's office said so; "" when the claim does not say. The phrase
// nearest before the sum wins ("राज्य सरकारकडून 4 लाख रुपये आणि पंतप्रधान
// राष्ट्रीय मदत निधीतून 2 लाख": 4 lakh from the state, 2 lakh from the PM's
// fund), then the nearest after it ("Rs 2 lakh ... from the Prime Minister's
// National Relief Fund"), then the office of the people the claim names
// when they agree on one level ("मुख्यमंत्री भूपेंद्र पटेल ने ... 4 लाख"),
// then the offices its clause names with no one holding them, when they
// agree ("... ২ লক্ষ টাকা দেওয়া হবে বলেও জানান প্রধানমন্ত্রী").
func moneyGiver(c *Claim, text []rune, q *Quantity) (level string, phrase bool) {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return "", false
	}
	g := givers()
	before := MatchKey(clauseTail(string(text[:q.Start])))
	after := MatchKey(clauseHead(string(text[q.End:])))
	at, best := -1, ""
	for _, p := range g.phrases {
		if i := strings.LastIndex(before, p.key); i >= 0 && i+len(p.key) > at {
			at, best = i+len(p.key), p.level
		}
	}
	if best != "" {
		return best, true
	}
	at = len(after) + 1
	for _, p := range g.phrases {
		if i := strings.Index(after, p.key); i >= 0 && i < at {
			at, best = i, p.level
		}
	}
	if best != "" {
		return best, true
	}
	for _, r := range c.Roles {
		l := g.roles[r.Role]
		switch {
		case l == "":
		case best == "":
			best = l
		case best != l:
			return "", false // a prime minister and a chief minister: either may give it
		}
	}
	if best != "" {
		return best, false
	}
	for _, o := range g.offices {
		switch {
		case !officeIn(before, o.key) && !officeIn(after, o.key):
		case best == "":
			best = o.level
		case best != o.level:
			return "", false
		}
	}
	return best, false
}

// officeIn reports whether the office key stands in s (a match key): as a
// whole word when it is Latin ("PM Modi", never "3pm" or "upma"), else
// anywhere, since Indic case endings glue on (मुख्यमंत्र्यांनी).
func officeIn(s, key string) bool {
	if key == "" || key[0] >= utf8.RuneSelf {
		return strings.Contains(s, key)
	}
	for i := 0; ; {
		j := strings.Index(s[i:], key)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(key)
		if (j == 0 || !isLatinWordByte(s[j-1])) && (end == len(s) || !isLatinWordByte(s[end])) {
			return true
		}
		i = j + 1
	}
}

func isLatinWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// Whom a sum is for, as an attribute names it: the ex gratia for the
// families of the dead, the one for the seriously injured and the one for
// those with minor injuries are three facts ("Rs 10 lakh to the kin of the
// dead, Rs 2.5 lakh to the seriously injured and Rs 50,000 for minor
// injuries"), and none of them is a relief package for the whole disaster.
const (
	KinScope     = " to kin"
	WoundedScope = " to wounded"
)

// InterimScope is how an attribute names a first payment to each family
// before the full one ("interim relief of Rs 25 lakh to each family").
const InterimScope = " interim"

//go:embed data/money_recipients.tsv
var moneyRecipientsTSV string

// recipientWords are data/money_recipients.tsv in match-key form.
type recipientWords struct {
	recipientExact, severityExact, scopeExact    map[string]string
	recipientPrefix, severityPrefix, scopePrefix []facetStem
	// possessive marks (endings or words) and government words: see
	// recipientPlace.
	possessive []string
	government map[string]bool
}

var recipientVocab = sync.OnceValue(func() *recipientWords {
	w := &recipientWords{recipientExact: map[string]string{}, severityExact: map[string]string{}, scopeExact: map[string]string{},
		government: map[string]bool{}}
	for _, row := range tsvRows(moneyRecipientsTSV) {
		if len(row) < 3 {
			continue
		}
		for _, word := range strings.Split(row[2], ",") {
			if word = MatchKey(word); word == "" {
				continue
			}
			switch row[0] {
			case "recipient":
				addWord(w.recipientExact, &w.recipientPrefix, word, row[1])
			case "severity":
				addWord(w.severityExact, &w.severityPrefix, word, row[1])
			case "scope":
				addWord(w.scopeExact, &w.scopePrefix, word, row[1])
			case "possessive":
				w.possessive = append(w.possessive, word)
			case "government":
				w.government[word] = true
			}
		}
	}
	return w
})

// recipientReach is how many words before a sum may name whom it is for:
// "मृतांच्या नातेवाईकांना मुख्यमंत्री सहायता निधीतून प्रत्येकी पाच लाख"
// (the kin of the dead, six words before, then the fund that gives it).
const recipientReach = 7

// forReach is how many words after a sum may come before the "for" or
// "to" that opens whom it is for.
const forReach = 4

// forWords open the words after a sum that say whom it is for.
var forWords = map[string]bool{"for": true, "to": true}

// sumRead is what a claim says of one of its sums of money: what it is
// (aid, loss, cost, sought; "" for none) and whom it is for (kin, family,
// wounded, seriously wounded, slightly wounded; "" for no one named).
type sumRead struct {
	what, recipient string
}

// readSums reads each sum of money among qs; other figures read as zero.
// Sums listed in one clause share what they are and whom they are for when
// they do not say so themselves: "মৃতদের পরিবারকে ১০ লক্ষ টাকা, গুরুতর
// আহতদের আড়াই লক্ষ টাকা এবং সামান্য আহতদের ৫০ হাজার টাকা ক্ষতিপূরণ" is
// compensation all three, the one word for it standing after the last. What
// a sum is comes from the next sum of the list that says it, else the one
// before; whom it is for only from the sums before it, since a list names
// its recipients first ("Rs 500 crore for the state and Rs 4 lakh to each
// family of the dead": the package is not the families').
func readSums(text []rune, qs []Quantity) []sumRead {
	reads := make([]sumRead, len(qs))
	prev := -1 // the sum before in the same list, -1 for none
	for i := range qs {
		q := &qs[i]
		if !isSum(q) {
			prev = -1 // another figure ends a list of sums
			continue
		}
		reads[i] = sumRead{facetVocab.moneyNear(text, q, qs), recipientOf(text, q, qs)}
		if prev >= 0 && sameClause(text, qs[prev].Start, qs[prev].End, q.Start, q.End) {
			if reads[i].recipient == "" {
				reads[i].recipient = reads[prev].recipient
			}
			for j := i - 1; j >= 0 && isSum(&qs[j]) && reads[j].what == "" && reads[i].what != "" &&
				sameClause(text, qs[j].Start, qs[j].End, q.Start, q.End); j-- {
				reads[j].what = reads[i].what
			}
			if reads[i].what == "" {
				reads[i].what = reads[prev].what
			}
		}
		prev = i
	}
	return reads
}

// isSum reports whether q is a sum of money in a known currency.
func isSum(q *Quantity) bool {
	return q.Dimension == "money" && q.Unit != ""
}

// recipientOf returns whom the sum q says it is for: the words after it
// behind "for" or "to" ("Rs 50,000 for the seriously injured"), else those
// right before it (Indic: "গুরুতর আহতদের আড়াই লক্ষ", "मृतकों के परिजनों को
// 4 लाख"), short of the next figure; "" when they name no one.
func recipientOf(text []rune, q *Quantity, all []Quantity) string {
	start, end, ok := figureReach(text, q, all)
	if !ok {
		return ""
	}
	after := facetSplitWords(clauseHead(string(text[q.End:end])))
	// "for" or "to" may stand a few words on, past "each" or the giver
	// ("Rs 2 lakh from the PMNRF for the next of kin of each deceased",
	// "Rs 2 lakh will be given to the families").
	for i, w := range after[:min(len(after), forReach)] {
		if forWords[MatchKey(w)] {
			if r := recipientIn(after[i+1:min(len(after), i+1+recipientReach)], false); r != "" {
				return r
			}
			break
		}
	}
	before := facetSplitWords(clauseTail(string(text[start:q.Start])))
	return recipientIn(before[max(0, len(before)-recipientReach):], true)
}

// recipientIn returns the recipient the words name, nearest the sum first
// (from the end of words before a sum, from the start of those after it).
// The injured may carry how badly they are hurt in the three words before
// ("গুরুতর আহতদের", "those with minor injuries"). A family is the kin of
// the dead only when the words say so ("মৃতদের পরিবারকে", "the family of
// each person killed"): "Rs 2 lakh to each family" may be for every family
// a flood reached.
func recipientIn(words []string, fromEnd bool) string {
	v := recipientVocab()
	family := false
	for n := range words {
		k := n
		if fromEnd {
			k = len(words) - 1 - n
		}
		key := MatchKey(words[k])
		r := facetLookupWord(key, v.recipientExact, v.recipientPrefix)
		if r == "" {
			switch facetLookupWord(key, facetVocab.eventExact, facetVocab.eventPrefix) {
			case "killed":
				r = "kin" // "মৃতদের", "मृतांच्या": for the dead is for their families
			case "wounded":
				r = "wounded"
			}
		}
		if r == "family" {
			family = true // whose family the next words may say: "the family of each person killed"
			continue
		}
		if r != "wounded" {
			if r != "" {
				return r
			}
			continue
		}
		for _, w := range words[max(0, k-3):k] {
			if s := facetLookupWord(MatchKey(w), v.severityExact, v.severityPrefix); s != "" {
				return s + " wounded"
			}
		}
		return r
	}
	if family {
		return "family"
	}
	return ""
}

// isInterim reports whether q's clause calls the sum a first payment.
func isInterim(text []rune, q *Quantity) bool {
	v := recipientVocab()
	before, after := clauseWords(text, q, 5)
	for _, w := range append(before, after...) {
		if facetLookupWord(MatchKey(w), v.scopeExact, v.scopePrefix) == "interim" {
			return true
		}
	}
	return false
}

// moneyFacet returns the subject and attribute of the sum q, read as
// readSums reads it: "aid inr by centre to kin", "loss inr"; ok is false for
// a sum that states nothing (no word says what it is, or it is expected).
func moneyFacet(c *Claim, text []rune, q *Quantity, read sumRead) (subject, attribute string, ok bool) {
	what := read.what
	giver, phrase, level := "", false, ""
	if what == "" || what == "aid" {
		level, phrase = moneyGiver(c, text, q)
		if what == "" && (phrase || read.recipient != "") {
			// "2 लाख रुपये ... प्रधानमंत्री राष्ट्रीय राहत कोष से": a fund gives
			// aid; "would give Rs 1 crore to the family of each person
			// killed": a sum for the victims is aid.
			what = "aid"
		}
		if level != "" {
			giver = GiverScope + level
		}
		if read.recipient != "" {
			giver += " to " + read.recipient
		}
	}
	if what == "" || isProjection(c, text, q) {
		return "", "", false
	}
	// A sum is the event's (its aid, its loss) unless someone next to it
	// owns it: the place a claim names is where a meeting was held or whom
	// the aid is for, not whose sum it is. The currency is part of what it
	// is, since sums in two currencies never convert; so is who gives it
	// (the centre's ex gratia and the state's are two facts).
	subject = countOwner(text, q, c.Entities)
	if subject == "" && read.recipient != "" && level == "" {
		// No one gives it: a place before whom it is for is whose people
		// get it. ("মহারাষ্ট্রের মুখ্যমন্ত্রী মৃতদের পরিবারকে": the
		// place is the giver's.)
		subject = recipientPlace(text, q, c.Entities)
	}
	if phrase && unknownEntity(c.Entities, subject) {
		// The giver's own words read as a name no lexicon has ("राष्ट्रीय
		// मदत निधीतून"): the level says who it is.
		subject = EventSubject
	}
	scope := figureScope(c, text, q)
	if read.recipient != "" && what == "aid" {
		// A payout to each victim's family is per family whether or not
		// the paper says "each" ("পাঁচ লক্ষ টাকা করে", "प्रत्येकी पाच लाख",
		// "5 lakh to the families"); a first payment is a fact apart.
		if scope == EachScope {
			scope = ""
		}
		if isInterim(text, q) {
			scope += InterimScope
		}
	}
	return subject, what + " " + q.Unit + giver + scope, true
}

// recipientPlace returns the place whose people a sum is for, when a place
// with a possessive mark stands among the words before it that say whom it
// is for ("महाराष्ट्राच्या सहा मृतांच्या कुटुंबीयांना प्रत्येकी ५० लाख"), "" when
// none does or a government word follows the place (it gives the sum).
func recipientPlace(text []rune, q *Quantity, ents []Entity) string {
	v := recipientVocab()
	from := q.Start
	for n := 0; n < recipientReach && from > 0; n++ {
		from = wordStartBefore(text, from)
	}
	for _, e := range ents {
		if (e.Kind != Place && e.Kind != Country) || e.Start < from || e.End > q.Start || !sameClause(text, e.Start, e.End, q.Start, q.End) {
			continue
		}
		written, next := MatchKey(e.Text), MatchKey(wordAfterKey(text, e.End))
		owned, after := false, next
		for _, p := range v.possessive {
			switch {
			case next == p: // the mark is a word of its own: केरल के
				owned, after = true, MatchKey(wordAfterKey(text, e.End+1+len([]rune(p))))
			case len(written) > len(p) && strings.HasSuffix(written, p): // glued: महाराष्ट्राच्या
				owned = true
			}
		}
		if owned && !v.government[next] && !v.government[after] {
			return e.Name
		}
	}
	return ""
}

// wordStartBefore returns where the word ending before position i of text
// starts (past the spaces before i).
func wordStartBefore(text []rune, i int) int {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	for i > 0 && text[i-1] != ' ' {
		i--
	}
	return i
}
