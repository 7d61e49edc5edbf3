package claims

import (
	"slices"
	"testing"
)

// TestMemberOwner checks, per language, that a count of a body's members
// is a fact of that body (never of the story's event, nor of another body
// the claim names), and that members to whom something befalls are people
// of a toll.
func TestMemberOwner(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hi the body after the count, behind वाला",
			"55 सदस्य देशों वाला अफ्रीकी संघ यूरोपीय संघ के बाद G20 का दूसरा क्षेत्रीय संगठन सदस्य है।",
			[]string{"African Union|member count|55 member"}},
		{"hi the body before the count",
			"इसके साथ ही G20 में अब 21 सदस्य हो गए हैं।",
			[]string{"G20|member count|21 member"}},
		{"bn a bloc of countries, the body with its case ending",
			"সম্মেলনের প্রথম দিনে ৫৪টি দেশের জোট আফ্রিকান ইউনিয়নকে স্থায়ী সদস্য করা হয়েছে।",
			[]string{"African Union|member count|54 member"}},
		{"mr the body after the count; a body far before another count owns it not",
			"शनिवारी ५५ सदस्य देशांच्या आफ्रिकन युनियनला स्थायी सदस्यत्व मिळाल्याने आता समूहात २१ सदस्य झाले आहेत.",
			[]string{"African Union|member count|55 member"}},
		{"en apposition: a bloc of",
			"The AU, a bloc of 55 member states, is the second regional organisation after the EU to become a full member.",
			[]string{"African Union|member count|55 member"}},
		{"en members killed are people killed",
			"Five members of a family were killed in the fire.",
			[]string{"|killed person count|5 person"}},
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
