package claims

import "testing"

func TestIsRunning(t *testing.T) {
	for attr, want := range map[string]bool{
		"killed person count":    true,
		"evacuated person count": true,
		"soldier count":          true, // a deployment grows: 1,500, then 3,000, then 10,000
		"worker count":           true,
		"soldier count in Kursk": true,
		"seat count":             false,
		"member count":           false,
		"turnout percent":        false,
		"killed soldier count":   true,
		"aircraft count":         false,
	} {
		if got := IsRunning(attr); got != want {
			t.Errorf("IsRunning(%q) = %v, want %v", attr, got, want)
		}
	}
}

func TestCapitalOf(t *testing.T) {
	for place, want := range map[string]string{
		"Pyongyang": "North Korea", "New Delhi": "India", "Dhaka": "Bangladesh", "Kyiv": "Ukraine",
		"Kursk": "", "Kolkata": "", "Washington": "United States",
	} {
		if got := CapitalOf(place); got != want {
			t.Errorf("CapitalOf(%q) = %q, want %q", place, got, want)
		}
	}
	// Every capital's country is a country of the gazetteer.
	countries := map[string]bool{}
	for _, e := range DefaultLexicon().Entities() {
		if e.Kind == Country {
			countries[e.Name] = true
		}
	}
	for capital, country := range capitalOf() {
		if !countries[country] {
			t.Errorf("capitals.tsv: %s is the capital of %q, no country of the gazetteer", capital, country)
		}
	}
}
