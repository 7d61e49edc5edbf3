package claims

import (
	"slices"
	"testing"
)

// TestSceneFacets checks, per language, that the people on board, those
// of them killed and those killed on the ground are facts apart from the
// story's toll and from each other, that passengers are the people a toll
// counts unless the claim counts another group beside them, and that a
// part of a whole on board is on board too.
func TestSceneFacets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en M of N on board", "Air India flight crashes after take-off; 241 of 242 on board killed",
			[]string{"|killed person count aboard|241 person", "|person count aboard|242 person"}},
		{"en of the N on board, M killed", "Of the 242 people on board Air India flight AI171, 241 were killed when the London-bound plane crashed.",
			[]string{"|person count aboard|242 person", "|killed person count aboard|241 person"}},
		{"en passengers who died on the flight and people on the ground", "The dead include all 241 passengers and crew who died on flight AI171 and 19 people on the ground.",
			[]string{"|killed person count aboard|241 person", "|killed person count on the ground|19 person"}},
		{"bn in the plane N, among them M died", "বিমানে ২৪২ জন ছিলেন, তাঁদের মধ্যে ২৪১ জনের মৃত্যু হয়েছে।",
			[]string{"|person count aboard|242 person", "|killed person count aboard|241 person"}},
		{"hi died on the ground", "विमान हादसे में 24 लोगों की मौत जमीन पर हुई।",
			[]string{"|killed person count on the ground|24 person"}},
		{"mr on the ground", "जमिनीवरील १९ जणांचा मृत्यू झाला.",
			[]string{"|killed person count on the ground|19 person"}},
		{"en passengers killed are people killed", "At least five passengers were killed and around 30 injured when a goods train hit the express.",
			[]string{"|killed person count|>=5 person", "|wounded person count|~30 person"}},
		{"hi passengers killed are people killed", "हादसे में पांच यात्रियों की मौत हो गई।",
			[]string{"|killed person count|5 person"}},
		{"en passengers beside crew stay passengers", "Five passengers were killed and two crew members were injured.",
			[]string{"|killed passenger count|5 passenger", "|wounded crew count|2 crew"}},
		{"en a head count with no partitive says nothing", "The aircraft, carrying 230 passengers and 12 crew members, left at 1:39 pm.",
			nil},
		{"hi of whom: a part of the injured is no injured count", "हादसे में 75 लोग घायल हुए थे, जिनमें से 44 का अब भी इलाज चल रहा है।",
			[]string{"|wounded person count|75 person"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := processedClaim(t, tt.text)
			if got := quantityFacetLines(c); !slices.Equal(got, tt.want) {
				t.Errorf("facets = %q, want %q\n(quantities %+v, entities %+v)", got, tt.want, c.Quantities, c.Entities)
			}
		})
	}
}

// TestTollPlaceClause checks, per language, that a place named in a
// clause after a toll's is not where the toll is (an arrest's, a
// hearing's), while one in a clause before it sets the scene.
func TestTollPlaceClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en an arrest after the toll", "Hoarding collapse: toll rises to 16 as couple found in car; Bhinde held in Udaipur",
			[]string{"|killed person count|16 person"}},
		{"hi an arrest after the toll", "होर्डिंग हादसा: मृतकों की संख्या 16 हुई; आरोपी उदयपुर से गिरफ्तार",
			[]string{"|killed person count|16 person"}},
		{"bn an arrest after the toll", "হোর্ডিং বিপর্যয়: মৃত বেড়ে ১৭; অভিযুক্ত উদয়পুরে গ্রেফতার",
			[]string{"|killed person count|17 person"}},
		{"mr the scene before the toll", "केरळमध्ये पुन्हा पुराचा तडाखा; मृतांचा आकडा 85 वर",
			[]string{"Kerala|killed person count|85 person"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := processedClaim(t, tt.text)
			if got := quantityFacetLines(c); !slices.Equal(got, tt.want) {
				t.Errorf("facets = %q, want %q\n(quantities %+v, entities %+v)", got, tt.want, c.Quantities, c.Entities)
			}
		})
	}
}
