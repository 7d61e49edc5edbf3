package claims

// dateFacets returns the date facet of a visit, the one dated event whose
// identity a claim can pin down: one person, one place, one absolute date
// at least to the month ("Putin visited Pyongyang on June 19, 2024";
// "পুতিন ২০২৪ সালের জুনে পিয়ংইয়ং সফর করেন"). Subject is the person,
// Attribute "visit to <place>".
//
// Everything less sure gets no facet: a relative date ("last June") rests
// on a publication date that may be wrong; a bare year is how writers cite
// an earlier visit ("Putin first went to Pyongyang in 2000"), which would
// conflict with this one; two people or two places leave unclear who went
// where.
func dateFacets(c *Claim) []Facet {
	if len(c.Dates) == 0 || len(c.Entities) == 0 {
		return nil
	}
	var date *Date
	for i := range c.Dates {
		d := &c.Dates[i]
		if d.Relative || d.ISO == "" {
			continue
		}
		if date != nil || !isoHasYear(d.ISO) || len(d.ISO) < len("2024-06") {
			return nil
		}
		date = d
	}
	if date == nil {
		return nil
	}
	person, place := onlyEntityOf(c.Entities, Person), onlyEntityOf(c.Entities, Place)
	if person == "" || place == "" {
		return nil
	}
	event, ok := facetVocab.dated(c.Text)
	if !ok || event == "" {
		return nil
	}
	attribute := event + " to " + place
	return []Facet{{
		Kind:      KindDate,
		Subject:   person,
		Attribute: attribute,
		Value:     date.ISO,
		Key:       FacetKey(KindDate, person, attribute),
		Date:      date,
	}}
}

// onlyEntityOf returns the one entity of kind the claim names, or "" when it
// names none or several.
func onlyEntityOf(ents []Entity, kind string) string {
	name := ""
	for _, e := range ents {
		if e.Kind != kind || e.Name == name {
			continue
		}
		if name != "" {
			return ""
		}
		name = e.Name
	}
	return name
}
