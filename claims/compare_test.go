package claims

import (
	"math"
	"testing"
)

// fxFigure builds a quantity as extraction leaves it: the interval filled from
// the qualifier unless low/high are given.
func fxFigure(qualifier string, value float64, unit, counted string) Quantity {
	dim := map[string]string{"km": "length", "mi": "length", "m": "length", "km/h": "speed", "mph": "speed",
		"hour": "duration", "percent": "ratio", "": "count"}[unit]
	q := Quantity{Value: value, Low: value, High: value, Qualifier: qualifier, Unit: unit, Counted: counted, Dimension: dim}
	switch qualifier {
	case About:
		d := math.Max(value*0.1, 0.5)
		q.Low, q.High = value-d, value+d
	case AtLeast, MoreThan:
		q.High = math.Inf(1)
	case AtMost, LessThan:
		q.Low = 0
	}
	return q
}

// fxVague builds a vague amount with its range.
func fxVague(value, low, high float64, counted string) Quantity {
	return Quantity{Value: value, Low: low, High: high, Vague: true, Counted: counted, Dimension: "count"}
}

// fxVagueOpen builds a vague amount with an open end ("more than several
// thousand"), as extraction leaves it.
func fxVagueOpen(qualifier string, low float64, counted string) Quantity {
	return Quantity{Value: low, Low: low, High: math.Inf(1), Qualifier: qualifier, Vague: true, Counted: counted, Dimension: "count"}
}

// fxQuantityFacet wraps q in a facet about subject, as FindFacets would.
func fxQuantityFacet(subject, attribute string, q Quantity) Facet {
	return Facet{
		Kind: KindQuantity, Subject: subject, Attribute: attribute, Value: q.String(),
		Key: FacetKey(KindQuantity, subject, attribute), Quantity: &q,
	}
}

// fxRoleFacet builds a role facet for person.
func fxRoleFacet(person, role string) Facet {
	return Facet{
		Kind: KindRole, Subject: person, Attribute: "role", Value: role,
		Key: FacetKey(KindRole, person, "role"), Role: &Role{Person: person, Role: role},
	}
}

// fxDateFacet builds a date facet for an event of subject.
func fxDateFacet(subject, iso string) Facet {
	return Facet{
		Kind: KindDate, Subject: subject, Attribute: "visit date", Value: iso,
		Key: FacetKey(KindDate, subject, "visit date"), Date: &Date{ISO: iso},
	}
}

// fxNameFacet builds a place or name facet: where a summit was held.
func fxNameFacet(kind, value string) Facet {
	return Facet{Kind: kind, Subject: "Trump-Putin summit", Attribute: "venue", Value: value,
		Key: FacetKey(kind, "Trump-Putin summit", "venue")}
}

func TestCompare(t *testing.T) {
	nk := func(q Quantity) Facet { return fxQuantityFacet("North Korea", "soldier count", q) }
	dist := func(q Quantity) Facet { return fxQuantityFacet("Dobropillia", "distance", q) }
	tests := []struct {
		name       string
		a, b       Facet
		wantOK     bool
		wantRel    string
		wantReason string
	}{
		{"ten thousand against garbled at least 1.5",
			nk(fxFigure(Exactly, 10000, "", "soldier")), nk(fxFigure(AtLeast, 1.5, "", "soldier")),
			true, Conflicts, "10000 soldier lies outside >=1.5 soldier (read as 1.5 to 3)"},
		{"about 10 km fits 10 km",
			dist(fxFigure(About, 10, "km", "")), dist(fxFigure(Exactly, 10, "km", "")),
			true, Agrees, "~10 km and 10 km overlap"},
		{"about 10 fits 10.4",
			dist(fxFigure(About, 10, "km", "")), dist(fxFigure(Exactly, 10.4, "km", "")),
			true, Agrees, "~10 km and 10.4 km overlap"},
		{"about 10 does not fit 12",
			dist(fxFigure(About, 10, "km", "")), dist(fxFigure(Exactly, 12, "km", "")),
			true, Conflicts, "12 km lies outside ~10 km"},
		{"about 180 against about 200: two estimates",
			nk(fxFigure(About, 180, "", "missile")), nk(fxFigure(About, 200, "", "missile")),
			true, Conflicts, "two estimates differ: ~180 missile and ~200 missile"},
		{"about 615 and about 600 crore: one estimate",
			nk(fxFigure(About, 6150000000, "inr", "")), nk(fxFigure(About, 6000000000, "inr", "")),
			true, Agrees, "~6150000000 inr and ~6000000000 inr overlap"},
		{"more than 10,000 fits 11,000",
			nk(fxFigure(MoreThan, 10000, "", "soldier")), nk(fxFigure(Exactly, 11000, "", "soldier")),
			true, Agrees, ">10000 soldier and 11000 soldier overlap"},
		{"more than 10,000 fits 12,000",
			nk(fxFigure(MoreThan, 10000, "", "soldier")), nk(fxFigure(Exactly, 12000, "", "soldier")),
			true, Agrees, ">10000 soldier and 12000 soldier overlap"},
		{"more than 3,000 against 3,000",
			nk(fxFigure(MoreThan, 3000, "", "soldier")), nk(fxFigure(Exactly, 3000, "", "soldier")),
			true, Conflicts, "3000 soldier lies outside >3000 soldier (read as 3000 to 6000)"},
		{"at least 3,000 holds 3,000",
			nk(fxFigure(AtLeast, 3000, "", "soldier")), nk(fxFigure(Exactly, 3000, "", "soldier")),
			true, Agrees, ">=3000 soldier and 3000 soldier overlap"},
		{"more than 10,000 is contradicted by 50,000",
			nk(fxFigure(MoreThan, 10000, "", "soldier")), nk(fxFigure(Exactly, 50000, "", "soldier")),
			true, Conflicts, "50000 soldier lies outside >10000 soldier (read as 10000 to 20000)"},
		{"less than 100 against more than 100",
			nk(fxFigure(LessThan, 100, "", "soldier")), nk(fxFigure(MoreThan, 100, "", "soldier")),
			true, Conflicts, "<100 soldier (read as 50 to 100) and >100 soldier (read as 100 to 200) do not overlap"},
		{"at most 100 meets at least 100",
			nk(fxFigure(AtMost, 100, "", "soldier")), nk(fxFigure(AtLeast, 100, "", "soldier")),
			true, Agrees, "<=100 soldier and >=100 soldier overlap"},
		{"exact figures that differ",
			nk(fxFigure(Exactly, 10000, "", "soldier")), nk(fxFigure(Exactly, 11000, "", "soldier")),
			true, Conflicts, "10000 soldier differs from 11000 soldier"},
		{"several thousand against thousands",
			nk(fxVague(5000, 2000, 9000, "soldier")), nk(fxVague(10000, 1000, 99999, "soldier")),
			true, Agrees, "2000-9000 soldier and 1000-99999 soldier overlap"},
		{"several thousand against ten thousand",
			nk(fxVague(5000, 2000, 9000, "soldier")), nk(fxFigure(Exactly, 10000, "", "soldier")),
			true, Conflicts, "10000 soldier lies outside 2000-9000 soldier"},
		{"more than several thousand keeps its open end",
			nk(fxVagueOpen(MoreThan, 2000, "soldier")), nk(fxFigure(Exactly, 50000, "", "soldier")),
			true, Agrees, ">2000 soldier and 50000 soldier overlap"},
		{"10 km and six miles are one distance",
			dist(fxFigure(Exactly, 10, "km", "")), dist(fxFigure(Exactly, 6, "mi", "")),
			true, Agrees, "10 km and 6 mi (9.66 km) overlap, allowing for rounding"},
		{"1,000 km and 620 miles are one distance",
			dist(fxFigure(Exactly, 1000, "km", "")), dist(fxFigure(Exactly, 620, "mi", "")),
			true, Agrees, "1000 km and 620 mi (997.79 km) overlap, allowing for rounding"},
		{"10 km against 10 miles",
			dist(fxFigure(Exactly, 10, "km", "")), dist(fxFigure(Exactly, 10, "mi", "")),
			true, Conflicts, "10 km differs from 10 mi (16.09 km)"},
		{"37 km/h against 37 mph",
			fxQuantityFacet("Train", "speed", fxFigure(Exactly, 37, "km/h", "")),
			fxQuantityFacet("Train", "speed", fxFigure(Exactly, 37, "mph", "")),
			true, Conflicts, "37 km/h differs from 37 mph (59.55 km/h)"},
		{"units of different dimensions",
			fxQuantityFacet("X", "size", fxFigure(Exactly, 10, "km", "")),
			fxQuantityFacet("X", "size", fxFigure(Exactly, 10, "hour", "")),
			false, "", ""},
		{"different subjects are never compared",
			nk(fxFigure(Exactly, 10000, "", "soldier")),
			fxQuantityFacet("Ukraine", "soldier count", fxFigure(Exactly, 20, "", "soldier")),
			false, "", ""},
		{"different attributes are never compared",
			nk(fxFigure(Exactly, 10000, "", "soldier")),
			fxQuantityFacet("North Korea", "percent", fxFigure(About, 20, "percent", "")),
			false, "", ""},
		{"president against leader",
			fxRoleFacet("Kim Jong Un", "president"), fxRoleFacet("Kim Jong Un", "leader"),
			true, Conflicts, "Kim Jong Un is called president and leader: different titles"},
		{"supreme leader is a leader",
			fxRoleFacet("Kim Jong Un", "supreme leader"), fxRoleFacet("Kim Jong Un", "leader"),
			true, Agrees, "supreme leader and leader are compatible titles for Kim Jong Un"},
		{"president in every language",
			fxRoleFacet("Vladimir Putin", "president"), fxRoleFacet("Vladimir Putin", "President"),
			true, Agrees, "both call Vladimir Putin president"},
		{"roles of different people",
			fxRoleFacet("Vladimir Putin", "president"), fxRoleFacet("Kim Jong Un", "leader"),
			false, "", ""},
		{"month against its day",
			fxDateFacet("Vladimir Putin", "2022-02"), fxDateFacet("Vladimir Putin", "2022-02-24"),
			true, Agrees, "2022-02 and 2022-02-24 agree to the month"},
		{"year against year",
			fxDateFacet("Vladimir Putin", "2022"), fxDateFacet("Vladimir Putin", "2023"),
			true, Conflicts, "2022 and 2023 differ at the year"},
		{"days of one visit",
			fxDateFacet("Vladimir Putin", "2024-06-19"), fxDateFacet("Vladimir Putin", "2024-06-20"),
			true, Agrees, "2024-06-19 and 2024-06-20 are a day apart: one event can span both"},
		{"two days of one visit",
			fxDateFacet("Vladimir Putin", "2024-06-19"), fxDateFacet("Vladimir Putin", "2024-06-21"),
			true, Agrees, "2024-06-19 and 2024-06-21 are 2 days apart: one event can span both"},
		{"days that differ",
			fxDateFacet("Vladimir Putin", "2024-06-19"), fxDateFacet("Vladimir Putin", "2024-06-22"),
			true, Conflicts, "2024-06-19 and 2024-06-22 differ at the day"},
		{"days across a month's end",
			fxDateFacet("Vladimir Putin", "2024-06-30"), fxDateFacet("Vladimir Putin", "2024-07-01"),
			true, Agrees, "2024-06-30 and 2024-07-01 are a day apart: one event can span both"},
		{"a day that is no date",
			fxDateFacet("Vladimir Putin", "2024-13-40"), fxDateFacet("Vladimir Putin", "2024-06-19"),
			false, "", ""},
		{"date without a year",
			fxDateFacet("Vladimir Putin", "--08-15"), fxDateFacet("Vladimir Putin", "2024-08-15"),
			false, "", ""},
		{"unresolved relative date",
			fxDateFacet("Vladimir Putin", ""), fxDateFacet("Vladimir Putin", "2024-06-19"),
			false, "", ""},
		{"the same place in two spellings",
			fxNameFacet(KindPlace, "Alaska"), fxNameFacet(KindPlace, "ALASKA "),
			true, Agrees, "both name Alaska"},
		{"two places",
			fxNameFacet(KindPlace, "Alaska"), fxNameFacet(KindPlace, "Anchorage"),
			true, Conflicts, "Alaska and Anchorage differ"},
		{"an empty name",
			fxNameFacet(KindName, "Alaska"), fxNameFacet(KindName, ""),
			false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Compare(tt.a, tt.b)
			if ok != tt.wantOK {
				t.Fatalf("Compare(%q, %q) ok = %v, want %v (%+v)", tt.a.Value, tt.b.Value, ok, tt.wantOK, got)
			}
			if !ok {
				return
			}
			if got.Relation != tt.wantRel || got.Reason != tt.wantReason || got.Kind != tt.a.Kind {
				t.Errorf("Compare(%q, %q) = %s %s %q, want %s %s %q",
					tt.a.Value, tt.b.Value, got.Relation, got.Kind, got.Reason, tt.wantRel, tt.a.Kind, tt.wantReason)
			}
			back, _ := Compare(tt.b, tt.a)
			if back.Relation != got.Relation {
				t.Errorf("Compare is not symmetric: a,b %s but b,a %s", got.Relation, back.Relation)
			}
		})
	}
}
