package claims

import (
	"strings"
	"unicode"
)

// Facet design.
//
// A facet is one statement a claim makes that another source can confirm or
// contradict: about Subject (a canonical entity), its Attribute has Value.
// Claims of different articles are compared only when their facets share a
// Key, Kind|Subject|Attribute in match-key form, so a facet that should not
// exist becomes a false conflict in a reviewer's queue. FindFacets is
// therefore conservative: it names a facet only where the text ties the
// figure or title to an entity.
//
//   - role: every Role on the claim. Subject is the person, Attribute "role",
//     Value the canonical role ("president").
//   - quantity, counts: a figure of people or things whose owner the text
//     names right next to it (countOwner): an entity of kind country, person
//     or organisation between the number and the counted noun
//     (দশ হাজার উত্তর কোরিয়ান সেনাকে, "10,000 North Korean troops"), right
//     after the noun behind "from", or right before the number with only
//     owner words between (उत्तर कोरियाच्या हजारो कामगारांनी, "North Korea has
//     sent 10,000 troops"). A name with a locative or dative ending
//     (রাশিয়ায়, रशियाला) is where the figure went, not whose it is.
//     Attribute is the counted thing, what happened to it when the claim
//     says (killed, wounded, captured, casualty), and "count": "soldier
//     count", "killed soldier count". Generic things (people, civilians,
//     children) get a facet only with such an event: "10,000 people" may
//     have fled, protested or died. Each figure takes the event word nearest
//     to it (facet_event.go), so "300 killed and 2,700 wounded" are two
//     facts. A toll no one next to it owns is the event's: at the place it
//     names (placeOf), or of the story's event itself (Subject
//     EventSubject), which claims/story compares inside one story only. A
//     figure's scope (one day's, since a date, per person) goes into its
//     Attribute (facet_scope.go); a projection ("could reach") gets none.
//   - quantity, distances (lengths of a kilometre or more; shorter ones are
//     sizes of things): a journey's length, by a word that says so ("covered
//     3.84 lakh km", "পথ পাড়ি দিয়েছে"), is the event's ("distance
//     travelled"); any other distance is about a place: the claim must name
//     exactly one place (kind place), which becomes Subject; Attribute is
//     "distance". With two places ("20 km from A to B") it is unclear which
//     one the figure is about, so there is no facet.
//   - quantity, money: a sum next to a word that says what it is (aid,
//     compensation, loss, cost, sought), Attribute "aid inr"; aid and
//     compensation say who gives them when the claim does ("aid inr by
//     centre", facet_money.go); any other sum gets none.
//   - tallies of a result (seats, votes, runs; facet_tally.go): owned as
//     counts are, and also by the party or team before the figure in a
//     clause with a result verb ("एनडीए को कुल 292 सीटें मिली हैं", "भारतीय
//     टीम 50 ओवर में 240 रन पर ऑलआउट"); a place in the clause scopes an
//     election's ("seat count in Andhra Pradesh"), a margin word makes votes
//     a margin. A crowd no one owns is the event's ("spectator count"), and
//     words before a bare figure may say what it counts ("a crowd of
//     92,453", "bowled out for 240").
//   - percentages: only a turnout, by the word that says so ("turnout
//     percent"), the election's or its place's. Durations, other
//     percentages, speeds and masses get no facet: "10 hours" of one
//     meeting is not "2.5 hours" of another, and "20%" of a country can be
//     its territory, its vote or its inflation. Compare still decides such
//     facets when a caller builds them.
//   - date: only a visit, the one event a claim can pin down by its words:
//     one person, one place and one absolute date to the month or day
//     (dateFacets). Subject is the person, Attribute "visit to <place>".
//
// A claim that gives two different figures under one key ("sent 10,000
// soldiers, then 3,000 North Korean soldiers") is ambiguous, so neither
// figure gets a facet; nor does a figure that adds to an earlier one
// ("another 3,000 troops", আরও কয়েক হাজার শ্রমিককে).
//
// A figure whose claim names its fact only by pointing back ("the US had
// put this number at 3,000") gets that fact from the claims before it in
// ArticleFacets (facet_anaphora.go), which store calls per article.

// FindFacets returns the comparable facets of a claim, and fills Quantity.Of
// on c.Quantities where an entity owns the figure.
func FindFacets(c *Claim) []Facet {
	var out []Facet
	for i := range c.Roles {
		r := c.Roles[i]
		if r.Person == "" || r.Role == "" || hasRoleFacet(out, r) {
			continue
		}
		out = append(out, Facet{
			Kind:      KindRole,
			Subject:   r.Person,
			Attribute: "role",
			Value:     r.Role,
			Key:       FacetKey(KindRole, r.Person, "role"),
			Role:      &r,
		})
	}
	out = append(out, quantityFacets(c)...)
	out = append(out, dateFacets(c)...)
	return out
}

// FacetKey returns the key facets are indexed and compared by: kind, subject
// and attribute, each in match-key form, joined by "|". Each part is keyed on
// its own because MatchKey reads a bare "|" as a danda.
func FacetKey(kind, subject, attribute string) string {
	return MatchKey(kind) + "|" + MatchKey(subject) + "|" + MatchKey(attribute)
}

// hasRoleFacet reports whether fs already holds r's person and role: a claim
// that names the same title twice states it once.
func hasRoleFacet(fs []Facet, r Role) bool {
	for _, f := range fs {
		if f.Kind == KindRole && f.Subject == r.Person && f.Role.Role == r.Role {
			return true
		}
	}
	return false
}

// quantityFacets returns the quantity facets of c and sets Of on the
// quantities that have an owner or a place.
func quantityFacets(c *Claim) []Facet {
	if len(c.Quantities) == 0 {
		return nil
	}
	text := []rune(c.Text)
	figures, bare := 0, 0
	for i := range c.Quantities {
		q := &c.Quantities[i]
		switch {
		case isCountFacet(q):
			figures++
		case q.Unit == "" && q.Counted == "":
			bare++ // "300 soldiers killed and 2,700 wounded": a figure whose noun is elided
		}
	}
	event, eventOK := "", true
	if figures+bare > 0 {
		event, eventOK = facetVocab.event(c.Text, figures+bare)
	}
	// Each figure's own event word, so that a word another figure of
	// another thing stands next to is not lent to one that has none
	// ("8,468 new patients were found and 53 people died": the 8,468 did
	// not die). Figures of one thing share it ("22 people by electrocution,
	// 27 by falling trees and 21 by walls died").
	nears := make([]string, len(c.Quantities))
	for i := range c.Quantities {
		q := &c.Quantities[i]
		nears[i] = facetVocab.eventNear(text, q, c.Quantities)
		if nears[i] == "" && q.Counted == patientCounted && figureScope(c, text, q) == DailyScope {
			// "६८,६३१ नव्या कोरोना रुग्णांची नोंद", "8,468 new patients":
			// a day's new patients are that day's new infections.
			nears[i] = "infected"
		}
	}
	var out []Facet
	var sums []sumRead // read on the first sum of money
	lastCounted := ""
	replaced := replacedFigures(c)
	partOf := partitives(text, c.Quantities)
	scenes := make([]string, len(c.Quantities))
	whole := make([]bool, len(c.Quantities))
	for i := range c.Quantities {
		scenes[i] = sceneOf(text, &c.Quantities[i], c.Quantities)
	}
	for i, j := range partOf {
		// A part of another kind than its whole, with no event word of its
		// own, befell what befell the whole ("নিহত ৩৪ জনের মধ্যে ২ জন
		// শিশু": two children killed).
		if k := c.Quantities[i].Counted; j >= 0 && nears[i] == "" && nears[j] != "" && k != "" && k != c.Quantities[j].Counted {
			nears[i] = nears[j]
		}
	}
	for i, j := range partOf {
		if j >= 0 && scenes[j] != "" {
			whole[j] = true
			if scenes[i] == "" {
				scenes[i] = scenes[j] // "241 of 242 on board killed": the 241 were on board
			}
		}
	}
	for i := range c.Quantities {
		q := &c.Quantities[i]
		if replaced != nil && replaced[i] {
			continue // "revised to 260 from 270": the 270 is an earlier report's
		}
		var subject, attribute string
		ofEvent := false // a figure of the story's event, with no owner or place
		stated := q
		switch {
		case isCountFacet(q) || isBareCount(q):
			counted := q.Counted
			if counted == "" {
				// "a crowd of 92,453", "bowled out for 240": the words
				// before a bare figure say what it counts.
				if counted = impliedCounted(text, q); counted != "" {
					named := *q
					named.Counted = counted
					stated = &named
				}
			}
			if counted == "" && sumWordAfter(text, q, c.Quantities) {
				continue // "प्रत्येकी ५० लाखांची मदत": a sum whose currency is unsaid
			}
			if counted != "" {
				lastCounted = counted
				if counted == "death" {
					// "175 deaths, 1,108 injured": the 1,108 are people
					// hurt, not deaths.
					lastCounted = "person"
				}
			}
			tally := tallyKind(counted)
			ev := event
			switch near := nears[i]; {
			case tally != "":
				ev = "" // seats and runs are won or scored, never killed or hurt
			case whole[i]:
				ev = wholeEvent(text, q, c.Quantities) // the claim's verb is its part's
			case near != "" && (ev != "casualty" || !eventOK || !facetVocab.bothHarmsNear(text, q, c.Quantities)):
				// A claim that names deaths and injuries is of casualties
				// only where both stand by the figure ("4,000 killed or
				// wounded"); "one more of the injured died, and the toll
				// is 135" counts the dead.
				ev = near
			case !eventOK:
				continue
			case near == "" && ev != "" && eventOfOther(c.Quantities, nears, i, ev):
				ev = "" // the claim's event word is another thing's
			}
			if nouns := facetVocab.incident[ev]; nouns != nil {
				// Arson is counted in incidents, whatever the paper calls
				// them ("आगजनी के 5,053 मामले", "৫,১৭২টি অগ্নিসংযোগের
				// ঘটনা"); houses in arson are houses damaged.
				if counted == "" || nouns[MatchKey(counted)] {
					counted = incidentCounted
					named := *stated
					named.Counted = counted
					stated = &named
				} else if to := facetVocab.incidentBefalls[ev]; to != "" {
					ev = to
				}
			}
			if counted == "" {
				if countsThings(q.Text) && !facetVocab.object[MatchKey(lastCounted)] {
					// ৬৫০টি আশ্রয়কেন্দ্র: 650 shelters, not people; but
					// "৫,৬৬৮টি অস্ত্রের মধ্যে ১,৩২৯টি" counts weapons too.
					continue
				}
				// A figure whose noun is elided counts what the figure
				// before it counts ("300 soldiers killed and 2,700
				// wounded"), or people when a death or injury is all the
				// claim says of it ("the death toll rose to 61").
				if ev == "" && !whole[i] {
					continue
				}
				counted = lastCounted
				if counted == "" || (counted == "body" && ev == "killed") {
					// "দেহ উদ্ধারের পর মৃতের সংখ্যা ১৬": a toll counts
					// people, whatever the figure before it counted.
					counted = "person"
				}
				named := *q
				named.Counted = counted
				stated = &named
			}
			if facetVocab.object[MatchKey(counted)] {
				if to := facetVocab.objectEvent[ev]; to != "" {
					ev = to // weapons উদ্ধার or recovered are seized, not rescued
				}
			} else if facetVocab.objectOnly[ev] && (facetVocab.generic[MatchKey(counted)] || facetVocab.people[MatchKey(counted)]) {
				continue // a fire's people are not damaged: what befell them is unsaid
			}
			// The head count on board is a fact of the event without an
			// event word: "Of the 242 people on board".
			// Only of people: "all 52 British nationals on board" is no
			// head count of the flight, nor "49 of their bodies" its toll.
			onePeople := peopleKey(counted) == "person"
			headcount := whole[i] && ev == "" && scenes[i] == AboardScope && onePeople
			part := partOf[i] >= 0 && whole[partOf[i]] && onePeople
			// "আরও ৩৭০" on the second day is that day's own count: an
			// addition to the first day's, stated outright for its stage.
			increment := isIncrement(text, q) && stageScope(text, q) == ""
			// A part whose event is not its whole's is a count of its own:
			// of 5,668 weapons looted, 1,329 recovered.
			ownEvent := partOf[i] >= 0 && nears[i] != "" && nears[i] != nears[partOf[i]]
			// A part of another kind than its whole is a count of that
			// kind: "117 लोग घायल हुए हैं, जिनमें 15 बच्चे हैं" are 15
			// children hurt, as "84 injured, 10 of them children" are.
			ownKind := partOf[i] >= 0 && ev != "" && counted != "" && counted != c.Quantities[partOf[i]].Counted
			if increment || (isPart(text, q) && !part && !ownEvent && !ownKind) || (ev == "" && !headcount && facetVocab.generic[MatchKey(counted)]) || isProjection(c, text, q) {
				continue
			}
			if counted == memberCounted {
				subject = memberOwner(text, q, c.Entities)
			}
			if subject == "" {
				subject = countOwner(text, q, c.Entities)
			}
			if subject == "" && tally != "" {
				subject = resultOwner(text, q, c.Entities)
			}
			if subject == "" && tally == "" && ev == "" {
				// A thing fired, sent or held, not a toll: whoever a
				// verb-final clause opens with ("উত্তর কোরিয়া ... দুটি
				// ক্ষেপণাস্ত্র ছুড়েছে"). The subject of a toll's clause is
				// who caused it, not whose it is.
				subject = clauseSubject(text, q, c.Entities)
			}
			// A crowd no one owns is the event's own: the match it watched.
			ofEvent = subject == "" && ev == "" && facetVocab.own[MatchKey(counted)]
			if subject == "" && ev != "" {
				// A toll that no one next to it owns is the event's, at the
				// one place the claim names, or of the story's event itself
				// when it names none or several (Subject EventSubject):
				// claims/story compares it inside the article's story only,
				// so a country named elsewhere in the claim ("in Nepal",
				// "Nepal's home ministry said") need not own it.
				if scenes[i] == "" {
					subject = placeOf(text, q, c.Entities) // on board is where, whatever the flight's places
				}
				ofEvent = subject == EventSubject
				if ofEvent && inUnnamedState(text, q) {
					subject = RegionSubject
				}
			}
			if counted == "death" {
				// "186 deaths" counts people killed, as "186 killed" does.
				counted, ev = "person", "killed"
				named := *stated
				named.Counted = counted
				stated = &named
			} else if (ev != "" || headcount) && facetVocab.people[MatchKey(counted)] && (counted != "passenger" || !restrictsPassengers(c.Quantities, i)) {
				// "५०३ रुग्णांचा मृत्यू" and "503 लोगों की जान गई" are one
				// toll: a patient who dies is one of the people killed.
				counted = "person"
				named := *stated
				named.Counted = counted
				stated = &named
			}
			if headcount && subject == "" {
				ofEvent = true
			}
			attribute = countAttribute(counted, ev) + scenes[i]
			if counted == memberCounted && ev == "" && subject != "" {
				// A body's size is not one day's or one stage's of the
				// event it is named in ("on the summit's first day, the
				// 54-nation bloc..."); only a year dates it.
				if year := yearOfClause(c, text, q); year != "" {
					attribute += YearScope + year
				}
			} else {
				attribute += figureScope(c, text, q)
			}
			if tally != "" && subject != "" {
				scope, ok := tallyScope(tally, text, q, c.Entities)
				if !ok {
					continue
				}
				attribute += scope
			}
		case q.Unit == "percent":
			var ok bool
			if subject, attribute, ofEvent, ok = measureFacet(c, text, q); !ok {
				continue
			}
		case isSum(q):
			if sums == nil {
				sums = readSums(text, c.Quantities)
			}
			var ok bool
			if subject, attribute, ok = moneyFacet(c, text, q, sums[i]); !ok {
				continue
			}
			ofEvent = subject == EventSubject
		case isDistance(q):
			// A journey's length is the event's ("covered 3.84 lakh km"),
			// whatever places the claim names on the way.
			if journey := facetVocab.nearIn(text, q, c.Quantities, facetVocab.travelExact, facetVocab.travelPrefix); journey != "" {
				ofEvent, attribute = true, journey
				break
			}
			subject = onlyEntityOf(c.Entities, Place)
			attribute = "distance"
		default:
			continue
		}
		if subject == "" && !ofEvent {
			continue
		}
		if !ofEvent {
			q.Of = subject
		}
		out = append(out, Facet{
			Kind:      KindQuantity,
			Subject:   subject,
			Attribute: attribute,
			Value:     stated.String(),
			Key:       FacetKey(KindQuantity, subject, attribute),
			Quantity:  stated,
		})
	}
	return dropAmbiguous(out)
}

// unknownEntity reports whether name is an entity of ents read from its
// context alone, outside every lexicon.
func unknownEntity(ents []Entity, name string) bool {
	for _, e := range ents {
		if e.Name == name && e.Unknown {
			return true
		}
	}
	return false
}

// eventOfOther reports whether event is the word next to a figure of the
// claim other than qs[i] that counts another thing than qs[i] does. A
// figure whose noun is elided counts what the others do.
func eventOfOther(qs []Quantity, nears []string, i int, event string) bool {
	if qs[i].Counted == "" {
		return false
	}
	for j, near := range nears {
		if j != i && near == event && qs[j].Counted != "" && passengerKey(qs[j].Counted) != passengerKey(qs[i].Counted) {
			return true
		}
	}
	return false
}

// incidentCounted is what a figure of an event counted in incidents
// counts (data/attributes.tsv incident): "arson incident count".
const incidentCounted = "incident"

// patientCounted is what data/counted.tsv counts patients as.
const patientCounted = "patient"

// EventSubject is the Subject of a figure about the event a story reports
// rather than about a named owner or place: "the death toll rose to 61".
// Its facets are compared inside one story only.
const EventSubject = ""

// RegionSubject is the Subject of an event's figure its claim puts in a
// state without naming it ("राज्यात ५०३ मृत्यू", "রাজ্যে ৮০ জনের মৃত্যু"):
// claims/story takes it as the story's own when the story's place is a
// state, and keeps it apart from a city's figures when it is a city's
// (Mumbai's toll is not the state's). Like EventSubject, it is compared
// inside one story only.
const RegionSubject = "the state"

// inUnnamedState reports whether q's clause puts it in a state it does not
// name (data/attributes.tsv "region-in").
func inUnnamedState(text []rune, q *Quantity) bool {
	before, after := clauseWords(text, q, eventReach+2)
	for _, w := range append(before, after...) {
		if facetVocab.regionIn[MatchKey(w)] {
			return true
		}
	}
	return false
}

// placeOf returns the place a toll is at: the one place the claim names,
// or, when it names several, the place right before the figure
// ("চট্টগ্রামে তিনজন, ঢাকায় দুজন": three in Chattogram, two in Dhaka), or
// else the one country it names as where it happened; "" when none.
func placeOf(text []rune, q *Quantity, ents []Entity) string {
	ents = inClause(text, q, withoutVenues(text, withoutRivers(ents)))
	if p := onlyEntityOf(ents, Place); p != "" {
		return p
	}
	for _, e := range ents {
		if e.Kind == Place && e.End <= q.Start && e.End >= 0 && q.Start <= len(text) &&
			len(strings.Fields(string(text[e.End:q.Start]))) == 0 {
			return e.Name
		}
	}
	// A country the toll happened in ("বাংলাদেশে ১৬ জনের মৃত্যু", "in
	// Bangladesh") scopes it like a place; claims/story folds it into the
	// story's own toll when the story is about that country.
	in := ""
	for _, e := range ents {
		if e.Kind != Country || e.Name == in {
			continue
		}
		if in != "" || !(facetVocab.isOblique(e.Text) || wordBefore(text, e.Start) == "in") {
			return ""
		}
		in = e.Name
	}
	return in
}

// inClause returns the entities of ents less those in a clause after q's:
// a place named after the toll's clause is where something else happened
// ("toll rises to 16 as couple found in car; Bhinde held in Udaipur":
// Udaipur is where he was held), while one in a clause before it may set
// the scene ("केरळमध्ये पुन्हा पुराचा तडाखा; मृतांचा आकडा 85 वर").
func inClause(text []rune, q *Quantity, ents []Entity) []Entity {
	out := ents[:0:0]
	for _, e := range ents {
		if e.Start < q.End || e.End > len(text) || sameClause(text, e.Start, e.End, q.Start, q.End) {
			out = append(out, e)
		}
	}
	return out
}

// sumWordAfter reports whether one of the two words right after the bare
// figure q, short of the next figure, says it is a sum of money (aid,
// compensation, loss: data/attributes.tsv money): "सहा मृतांच्या
// कुटुंबीयांना प्रत्येकी ५० लाखांची मदत" gives aid, it counts no dead.
// Only a figure of a lakh or more is read so: "1,000 से अधिक राहत
// शिविरों" are relief camps, not a sum.
func sumWordAfter(text []rune, q *Quantity, all []Quantity) bool {
	_, end, ok := figureReach(text, q, all)
	if !ok || q.Value < 1e5 {
		return false
	}
	after := facetSplitWords(clauseHead(string(text[q.End:end])))
	for _, w := range after[:min(len(after), 2)] {
		if facetLookupWord(MatchKey(w), facetVocab.moneyExact, facetVocab.moneyPrefix) != "" {
			return true
		}
	}
	return false
}

// withoutVenues returns ents less the places where a figure was told: a
// press conference's city is not where the people it counts were hurt
// (data/attributes.tsv venue).
func withoutVenues(text []rune, ents []Entity) []Entity {
	out := ents[:0:0]
	for _, e := range ents {
		if e.Kind != Place || e.Start < 0 || e.Start > e.End || e.End > len(text) || !isVenue(text, e) {
			out = append(out, e)
		}
	}
	return out
}

// isVenue reports whether a venue word stands within three words after
// the place e ("इंफाल में संवाददाता सम्मेलन") or three before it ("a press
// conference in Imphal").
func isVenue(text []rune, e Entity) bool {
	after := facetSplitWords(clauseHead(string(text[e.End:])))
	before := facetSplitWords(clauseTail(string(text[:e.Start])))
	words := append(after[:min(len(after), 3)], before[max(0, len(before)-3):]...)
	for _, w := range words {
		if facetLookupWord(MatchKey(w), facetVocab.venueExact, facetVocab.venuePrefix) != "" {
			return true
		}
	}
	return false
}

// withoutRivers returns ents less the rivers: a river is where a bridge
// stood or the waters rose ("মচ্ছু নদীর উপরে ওই সেতু ভেঙে পড়ে ১৩৫ জনের
// মৃত্যু"), not a part of the story's place that a toll can be counted in.
func withoutRivers(ents []Entity) []Entity {
	out := ents[:0:0]
	for _, e := range ents {
		if e.Type != "river" {
			out = append(out, e)
		}
	}
	return out
}

// thingCounters are the Bengali classifiers that count things, not people
// (৬৫০টি, দুটো, তিনখানা): a bare figure with one is never a count of people.
var thingCounters = []string{"টি", "টা", "টো", "খানা", "খানি"}

// countsThings reports whether a figure as written ends in a classifier of
// things.
func countsThings(written string) bool {
	for _, c := range thingCounters {
		if strings.HasSuffix(written, c) {
			return true
		}
	}
	return false
}

// isBareCount reports whether q is a figure with neither unit nor counted
// noun: a count when an event word stands next to it ("61 killed").
func isBareCount(q *Quantity) bool {
	return q.Unit == "" && q.Counted == "" && (q.Dimension == "" || q.Dimension == "count") && q.Value > 0
}

// isCountFacet reports whether q counts people or things ("10000
// soldier") rather than measuring something.
func isCountFacet(q *Quantity) bool {
	return q.Counted != "" && (q.Dimension == "count" || (q.Dimension == "" && q.Unit == ""))
}

// isIncrement reports whether the word right before q, a word of q or the
// word right after it makes it an addition to an earlier figure ("another
// 3,000 troops", "3,000 more troops").
func isIncrement(text []rune, q *Quantity) bool {
	if q.Start < 0 || q.Start > q.End || q.End > len(text) {
		return false
	}
	before := strings.Fields(string(text[:q.Start]))
	if len(before) > 0 && facetVocab.increment[MatchKey(before[len(before)-1])] {
		return true
	}
	digits := false
	for _, w := range strings.Fields(q.Text) {
		key := MatchKey(w)
		if facetVocab.increment[key] || (digits && facetVocab.incrementAfter[key]) {
			return true
		}
		digits = digits || strings.ContainsFunc(w, unicode.IsDigit)
	}
	// "3,000 more troops", "5,000 additional soldiers": the word right after
	// the figure says the same.
	after := strings.TrimLeft(string(text[q.End:]), " ")
	if sp := strings.IndexByte(after, ' '); sp > 0 {
		after = after[:sp]
	}
	key := MatchKey(after)
	return after != "" && (facetVocab.increment[key] || facetVocab.incrementAfter[key])
}

// isDistance reports whether q is a length on the scale of distances, a
// kilometre or more: shorter lengths are sizes of things (a 50-metre statue
// in Pyongyang is not a distance about Pyongyang).
func isDistance(q *Quantity) bool {
	if q.Dimension != "length" {
		return false
	}
	km, ok := Convert(q.Value, q.Unit, "km")
	return ok && km >= 1
}

// countAttribute names what a count is about: the counted thing, what
// happened to it when the claim says so, and "count".
func countAttribute(counted, event string) string {
	if event != "" {
		return event + " " + counted + " count"
	}
	return counted + " count"
}

// dropAmbiguous removes every facet whose key carries two different values
// within the claim.
func dropAmbiguous(fs []Facet) []Facet {
	if len(fs) < 2 {
		return fs
	}
	out := make([]Facet, 0, len(fs))
	for i, f := range fs {
		ambiguous := false
		for j, g := range fs {
			if i != j && f.Key == g.Key && MatchKey(f.Value) != MatchKey(g.Value) {
				ambiguous = true
				break
			}
		}
		if !ambiguous && !hasSameFacet(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// hasSameFacet reports whether fs holds a facet with f's key and value.
func hasSameFacet(fs []Facet, f Facet) bool {
	for _, g := range fs {
		if g.Key == f.Key && g.Value == f.Value {
			return true
		}
	}
	return false
}
