package claims

import (
	"slices"
	"testing"
)

// TestClauseSubject checks, per language, that the subject of a verb-final
// clause owns the thing it fires or sends however many words of place and
// time stand between it and the figure, and that a name that is no subject
// (a possessor of a place, a speaker, one of two subjects) owns nothing.
func TestClauseSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"bn bare subject far before the figure",
			"বৈঠকের কয়েক ঘণ্টা আগে উত্তর কোরিয়া পূর্ব উপকূলের সাগরে দুটি স্বল্পপাল্লার ব্যালিস্টিক ক্ষেপণাস্ত্র ছুড়েছে।",
			[]string{"North Korea|missile count|2 missile"}},
		{"bn a genitive name is the sea's, not the subject",
			"উত্তর কোরিয়ার পূর্ব উপকূলের সাগরে দুটি ক্ষেপণাস্ত্র এসে পড়েছে।",
			nil},
		{"bn a speaker's clause is another clause",
			"দক্ষিণ কোরিয়া জানিয়েছে উত্তর কোরিয়ার সাগরে দুটি ক্ষেপণাস্ত্র পড়েছে।",
			nil},
		{"hi agent with ने",
			"उत्तर कोरिया ने पूर्वी तट के पास समुद्र में दो बैलिस्टिक मिसाइलें दागीं।",
			[]string{"North Korea|missile count|2 missile"}},
		{"hi the possessor of the agent, past a date and a target",
			"ईरान के रिवोल्यूशनरी गार्ड्स ने 1 अक्टूबर को इज़राइल पर 200 मिसाइलें दागी थीं।",
			[]string{"Iran|missile count|200 missile"}},
		{"mr agent glued to the name",
			"उत्तर कोरियाने पूर्व किनाऱ्याजवळ समुद्रात दोन क्षेपणास्त्रे डागली.",
			[]string{"North Korea|missile count|2 missile"}},
		{"mr a conjunction ends the subject's clause",
			"उत्तर कोरियाने निषेध केला आणि जपानच्या समुद्रात दोन क्षेपणास्त्रे पडली.",
			nil},
		{"en the subject stands next to its verb",
			"North Korea fired two short-range ballistic missiles into the sea off its east coast.",
			[]string{"North Korea|missile count|2 missile"}},
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
