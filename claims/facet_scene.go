package claims

import "strings"

// Where on the scene a count is: in a crash the people on board, those of
// them killed and those killed on the ground are three facts, not one toll
// with three values. "242 people on board" is the flight's head count,
// "241 of them killed" the toll on board, "19 people on the ground" the
// toll below; none of them is the story's total of 260 (data/attributes.tsv
// "scene").
//
// A part of a whole that is on board is on board too: "241 of 242 on
// board killed", "Of the 242 people on board, 241 were killed", "বিমানে
// ২৪২ জন ছিলেন, তাঁদের মধ্যে ২৪১ জনের মৃত্যু হয়েছে". In such a partitive
// the verb is the part's: the whole is the head count, and takes only an
// event word of its own right after it ("Of the 20 people killed on
// board, ..."), never the claim's.

// AboardScope is how an attribute names a count of the people on board.
const AboardScope = " aboard"

// sceneReach is how many words after and before a figure, within its
// clause and short of the next figure, may hold its scene: "241 passengers
// and crew who died on flight AI171".
const sceneReach = 8

// sceneOf returns the scene q's words put it in, as an attribute suffix
// (" aboard", " on the ground"), "" for none: the words after it first
// ("19 people on the ground"), then those before it ("বিমানে ২৪২ জন").
func sceneOf(text []rune, q *Quantity, all []Quantity) string {
	start, end, ok := figureReach(text, q, all)
	if !ok {
		return ""
	}
	after := facetSplitWords(clauseHead(string(text[q.End:end])))
	if s := sceneIn(after[:min(len(after), sceneReach)]); s != "" {
		return s
	}
	before := facetSplitWords(clauseTail(string(text[start:q.Start])))
	return sceneIn(before[max(0, len(before)-sceneReach):])
}

// sceneIn returns the scene the first scene phrase of words names.
func sceneIn(words []string) string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = MatchKey(w)
	}
	for i := range keys {
		for _, p := range facetVocab.scenes {
			if i+len(p.words) <= len(keys) && equalWords(keys[i:i+len(p.words)], p.words) {
				return " " + p.counted
			}
		}
	}
	return ""
}

// sceneStart returns how many of words come before the first scene
// phrase, len(words) when none does.
func sceneStart(words []string) int {
	for i := range words {
		if sceneIn(words[i:i+1]) != "" || (i+1 < len(words) && sceneIn(words[i:i+2]) != "") {
			return i
		}
	}
	return len(words)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// partitives returns, for each figure of qs, the index of the figure it
// is a part of (-1 for none): "241 of 242", "Of the 242 ..., 241", "২৪২
// জন ..., তাঁদের মধ্যে ২৪১", "२६० पैकी २५९", "75 लोग ..., जिनमें से 44".
func partitives(text []rune, qs []Quantity) []int {
	out := make([]int, len(qs))
	for i := range out {
		out[i] = -1
	}
	for j := 1; j < len(qs); j++ {
		i := j - 1
		a, b := &qs[i], &qs[j]
		if a.End > b.Start || a.Start < 0 || b.End > len(text) || !sameClause(text, a.Start, a.End, b.Start, b.End) {
			continue
		}
		between := facetSplitWords(string(text[a.End:b.Start]))
		switch {
		case isOfWords(between):
			out[i] = j // "241 of 242"
		case isOfWords(facetSplitWords(clauseTail(string(text[:a.Start])))):
			out[j] = i // "Of the 242 people on board, 241 were killed"
		case isPartBefore(text, b.Start):
			out[j] = i // "২৪২ জন ছিলেন, তাঁদের মধ্যে ২৪১"
		case len(between) > 0 && strings.HasSuffix(MatchKey(between[len(between)-1]), "पैकी"):
			out[j] = i // "२६० पैकी २५९", "२६० मृतदेहांपैकी २५९"
		}
	}
	return out
}

// isOfWords reports whether words are "of" or "of the": a partitive.
func isOfWords(words []string) bool {
	switch len(words) {
	case 1:
		return MatchKey(words[0]) == "of"
	case 2:
		return MatchKey(words[0]) == "of" && MatchKey(words[1]) == "the"
	}
	return false
}

// isPartBefore reports whether a part word, or a two-word part phrase
// ("जिनमें से", "of whom"), stands right before position i.
func isPartBefore(text []rune, i int) bool {
	if i < 0 || i > len(text) {
		return false
	}
	words := strings.Fields(string(text[:i]))
	if len(words) == 0 {
		return false
	}
	if facetVocab.partBefore[MatchKey(words[len(words)-1])] {
		return true
	}
	return len(words) > 1 && facetVocab.partBefore[MatchKey(words[len(words)-2]+" "+words[len(words)-1])]
}

// wholeEvent returns the event of a whole on board: only an event word
// right after it and before its scene ("20 killed on board"), "" when
// none; the claim's verb is its part's.
func wholeEvent(text []rune, q *Quantity, all []Quantity) string {
	_, end, ok := figureReach(text, q, all)
	if !ok {
		return ""
	}
	after := facetSplitWords(clauseHead(string(text[q.End:end])))
	after = after[:min(sceneStart(after), 2)]
	return wordIn(strings.Join(after, " "), false, facetVocab.eventExact, facetVocab.eventPrefix)
}

// restrictsPassengers reports whether another figure of qs than qs[i]
// counts a group that passengers are told apart from ("230 passengers and
// 12 crew"): then passengers are not all the people a toll counts.
func restrictsPassengers(qs []Quantity, i int) bool {
	for j := range qs {
		if j != i && qs[j].Counted != "" && peopleKey(qs[j].Counted) != "person" {
			return true
		}
	}
	return false
}

// passengerKey returns "person" for passengers, else counted: a death
// beside passengers is a death of people ("241 passengers and crew who
// died ... and 19 people on the ground"), while one beside patients found
// is not theirs ("8,000 new patients were found and 40 died").
func passengerKey(counted string) string {
	if counted == "passenger" {
		return "person"
	}
	return counted
}

// peopleKey returns "person" for a counted thing that is people once
// something befalls them (data/attributes.tsv "people"), else counted.
func peopleKey(counted string) string {
	if counted == "person" || facetVocab.people[MatchKey(counted)] {
		return "person"
	}
	return counted
}
