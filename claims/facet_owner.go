package claims

import "strings"

// isOwnerKind reports whether an entity of kind can own a counted figure: a
// place holds soldiers but does not own them.
func isOwnerKind(kind string) bool {
	return kind == Country || kind == Person || kind == Organisation
}

// countOwner returns the entity of kind country, person or organisation that
// owns a counted figure, or "". Extraction's span runs from the number (or
// its qualifier) to the counted noun, so in order of trust the owner is:
//
//  1. a name inside the span, between the number and the noun
//     (দশ হাজার উত্তর কোরিয়ান সেনাকে, "10,000 North Korean troops");
//  2. a name right after the span behind "from" or "of" ("10,000 troops
//     from North Korea");
//  3. the nearest name before the number when only owner words stand
//     between them (উত্তর কোরিয়ার দশ হাজার, "North Korea has sent 10,000
//     troops"; see "before" in data/attributes.tsv), passing over
//     destinations.
//
// Any other name after the noun is where the figure went (শ্রমিককে রাশিয়ার
// বিভিন্ন অংশে, "workers to parts of Russia"), and a destination, a name
// with a locative or dative ending (রাশিয়ায়, रशियाला), followed by "में"
// or behind "to", is never an owner. text is the claim's text as runes;
// spans index it, and spans outside it (a caller's bug) find no owner.
func countOwner(text []rune, q *Quantity, ents []Entity) string {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return ""
	}
	owner := func(e Entity) bool { return isOwnerKind(e.Kind) && !facetVocab.isOblique(e.Text) }
	// Inside the span, between the number and the noun.
	for _, e := range ents {
		if e.Start >= q.Start && e.End <= q.End && owner(e) {
			return e.Name
		}
	}
	// Right after the span, behind "from" or "of".
	for _, e := range ents {
		if e.Start >= q.End {
			if owner(e) && gapOf(text, q.End, e.Start, facetVocab.after, 1, 1) {
				return e.Name
			}
			break
		}
	}
	// Walking back from the number, a destination (a name with a locative
	// or dative ending, followed by "में" or behind "to") is passed over:
	// its owner may stand before it (উত্তর কোরিয়া রাশিয়ায় ১১ হাজার সেনা
	// পাঠিয়েছে).
	end := q.Start
	preposition := false // the last destination passed had "to" before it
	for i := len(ents) - 1; i >= 0; i-- {
		e := ents[i]
		if e.End > end || e.End < 0 {
			continue
		}
		gap := strings.Fields(string(text[e.End:end]))
		if preposition && len(gap) > 0 {
			gap = gap[:len(gap)-1]
		}
		preposition = facetVocab.destination[wordBefore(text, e.Start)]
		destination := preposition || facetVocab.isOblique(e.Text)
		if len(gap) > 0 && facetVocab.destination[MatchKey(gap[0])] {
			destination, gap = true, gap[1:]
		}
		if !allowedWords(gap, facetVocab.before, 3) {
			return ""
		}
		if destination {
			end = e.Start
			continue
		}
		if e.Kind == Person {
			return countryOfTitle(text, ents, i)
		}
		if isOwnerKind(e.Kind) {
			if jointOwner(text, ents, i) {
				return "" // "रूस और यूक्रेन ने 303 कैदियों को": both sides'
			}
			return e.Name
		}
		return ""
	}
	return ""
}

// jointOwner reports whether ents[i] is the second of two owners joined
// by a word of data/attributes.tsv's joined row ("Russia and Ukraine",
// "রাশিয়া ও ইউক্রেন"), so that what follows is theirs together.
func jointOwner(text []rune, ents []Entity, i int) bool {
	if i == 0 || !facetVocab.joined[wordBefore(text, ents[i].Start)] {
		return false
	}
	prev := ents[i-1]
	if !isOwnerKind(prev.Kind) || prev.End < 0 || prev.End > ents[i].Start {
		return false
	}
	return len(strings.Fields(string(text[prev.End:ents[i].Start]))) == 1
}

// countryOfTitle returns the country whose head ents[i] is, when a country
// names his title right before him ("উত্তর কোরিয়ার নেতা কিম জং উন",
// "North Korean leader Kim Jong Un", "उत्तर कोरिया के नेता किम जोंग उन"), and
// otherwise the person himself: a head of state sends his country's soldiers,
// and the same figure is then found under the same key in every source.
func countryOfTitle(text []rune, ents []Entity, i int) string {
	person := ents[i]
	if i == 0 {
		return person.Name
	}
	prev := ents[i-1]
	if prev.Kind != Country || prev.End < 0 || prev.End > person.Start || person.Start > len(text) {
		return person.Name
	}
	title := strings.Fields(string(text[prev.End:person.Start]))
	if len(title) == 0 || len(title) > 3 {
		return person.Name
	}
	for _, w := range title {
		if strings.ContainsAny(w, ",;:.।()") {
			return person.Name
		}
	}
	return prev.Name
}

// gapOf reports whether text[i:j] holds between least and most words, each
// in allowed, and nothing else but white space: no punctuation, no clause
// break.
func gapOf(text []rune, i, j int, allowed map[string]bool, least, most int) bool {
	if i > j || j > len(text) {
		return false
	}
	gap := strings.Fields(string(text[i:j]))
	return len(gap) >= least && allowedWords(gap, allowed, most)
}

// allowedWords reports whether words are at most most, each in allowed.
func allowedWords(words []string, allowed map[string]bool, most int) bool {
	if len(words) > most {
		return false
	}
	for _, w := range words {
		if !allowed[MatchKey(w)] {
			return false
		}
	}
	return true
}

// wordBefore returns the match key of the word that ends right before
// position i of text, "" when punctuation or the start of text comes first.
func wordBefore(text []rune, i int) string {
	if i < 0 || i > len(text) {
		return ""
	}
	words := strings.Fields(string(text[:i]))
	if len(words) == 0 {
		return ""
	}
	return MatchKey(words[len(words)-1])
}
