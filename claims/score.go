package claims

import "strings"

// Score weights: what each kind of evidence adds to a claim's
// check-worthiness. A figure is what a fact-checker can most directly
// verify; a named person and an attribution say who stands behind the
// claim; dates, roles and places make it specific. The sum is capped at 1,
// so Score is monotone: more evidence never lowers it. A figure, a named
// person and an attribution give 0.9; a bare opinion line gives 0.
const (
	weightFigures     = 0.40
	weightPeople      = 0.25
	weightAttribution = 0.25
	weightDates       = 0.10
	weightRoles       = 0.10
	weightPlaces      = 0.10
)

// Score reasons, in the reviewer's words.
const (
	ReasonFigures     = "figures"
	ReasonPeople      = "named people"
	ReasonAttribution = "attribution"
	ReasonDates       = "dates"
	ReasonRoles       = "roles"
	ReasonPlaces      = "places"
)

// attributionWords holds said/told/according to in every language;
// attributionEndings the endings that say it glued to a noun (-नुसार).
var (
	attributionWords   = newPhraseSet[bool]()
	attributionEndings []string
	attributionFirst   = &keySet{} // the words an attribution phrase starts with
)

func init() {
	for _, row := range tsvRows(attributionTSV) {
		if strings.HasPrefix(row[0], "-") {
			attributionEndings = append(attributionEndings, strings.TrimPrefix(row[0], "-"))
			continue
		}
		attributionWords.add(row[0], true)
	}
	attributionWords.addKeysTo(attributionFirst)
}

// Score returns a claim's check-worthiness in 0..1 and the reasons for it,
// from its facets (c.Quantities, c.Dates, c.Entities, c.Roles) and from
// attribution words in c.Text. See the weights above.
func Score(c *Claim) (float64, []string) {
	people, places := false, false
	for _, e := range c.Entities {
		switch e.Kind {
		case Person:
			people = true
		case Country, Place:
			places = true
		}
	}
	evidence := [...]struct {
		ok     bool
		weight float64
		reason string
	}{
		{len(c.Quantities) > 0, weightFigures, ReasonFigures},
		{people, weightPeople, ReasonPeople},
		{attributed(c.Text), weightAttribution, ReasonAttribution},
		{len(c.Dates) > 0, weightDates, ReasonDates},
		{len(c.Roles) > 0, weightRoles, ReasonRoles},
		{places, weightPlaces, ReasonPlaces},
	}
	var score float64
	n := 0
	for _, e := range evidence {
		if e.ok {
			score += e.weight
			n++
		}
	}
	if score > 1 {
		score = 1
	}
	if n == 0 {
		return score, nil
	}
	// Counted first, so the reasons take one allocation of the right size.
	reasons := make([]string, 0, n)
	for _, e := range evidence {
		if e.ok {
			reasons = append(reasons, e.reason)
		}
	}
	return score, reasons
}

// attributed reports whether text attributes what it says to a source:
// said, told, according to, বলেন, জানিয়েছেন, म्हणाले, अहवालानुसार.
func attributed(text string) bool {
	pooled := getTokens(text)
	defer putTokens(pooled)
	toks := pooled.toks
	for i, t := range toks {
		if t.kind != qWord {
			continue
		}
		if attributionFirst.hasToken(&toks[i]) {
			if _, ok := attributionWords.match(toks, i, nil); ok {
				return true
			}
		}
		for _, end := range attributionEndings {
			if len(t.key) > len(end) && strings.HasSuffix(t.key, end) {
				return true
			}
		}
	}
	return false
}
