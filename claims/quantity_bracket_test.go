package claims

import "testing"

// A figure followed by an opening bracket and nothing else (a claim cut
// short by the scraper) once sent skipConversion past the last token.
func TestFindQuantitiesTrailingBracket(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{name: "en", lang: "en", text: "It moved 10 km (", want: []string{"10 km"}, wantText: "10 km"},
		{name: "mr", lang: "mr", text: "थोड्या वेळात 10 किमी (", want: []string{"10 km"}, wantText: "10 किमी"},
	})
}
