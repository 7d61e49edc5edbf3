package claims

import (
	"slices"
	"testing"
)

// processedClaim runs the pipeline on text, which must make one claim.
func processedClaim(tb testing.TB, text string) *Claim {
	tb.Helper()
	a, err := Process("probe.txt", []byte(text), Meta{}, Options{})
	if err != nil || len(a.Claims) != 1 {
		tb.Fatalf("Process(%q): %v, %d claims; want one", text, err, len(a.Claims))
	}
	return &a.Claims[0]
}

// quantityFacetLines returns Subject|Attribute|Value of c's quantity facets.
func quantityFacetLines(c *Claim) []string {
	var out []string
	for _, f := range FindFacets(c) {
		if f.Kind == KindQuantity {
			out = append(out, f.Subject+"|"+f.Attribute+"|"+f.Value)
		}
	}
	return out
}

// TestCorrections checks, per language, that a correction is read as one
// and that the figure it replaces states nothing: only the corrected
// figure is a statement of the fact, so the two never make a conflict.
func TestCorrections(t *testing.T) {
	tests := []struct {
		name, text string
		correction bool
		want       []string
	}{
		{"en revised to X from Y", "The death toll has been revised to 260 from the earlier estimate of 270.", true, []string{"|killed person count|260 person"}},
		{"en revised from X to Y", "The toll was revised from 88 to 75.", true, []string{"|killed person count|75 person"}},
		{"en X, not Y", "The BMC said 75 people were injured, not 88.", true, []string{"|wounded person count|75 person"}},
		{"en an earlier version said", "Correction: an earlier version of this report said 88 people were injured.", true, nil},
		{"en a rise is no correction: both figures stand, so neither is read", "The death toll rose to 16 from 14.", false, nil},
		{"bn X নয়, বরং Y", "আহতের সংখ্যা ৮৮ নয়, বরং ৭৫ জন।", true, []string{"|wounded person count|75 person"}},
		{"bn সংশোধিত toll", "সংশোধিত হিসেবে মৃতের সংখ্যা ২৬০।", true, []string{"|killed person count|260 person"}},
		{"hi X नहीं, बल्कि Y", "घायलों की संख्या 88 नहीं, बल्कि 75 है।", true, []string{"|wounded person count|75 person"}},
		{"hi संशोधित from X to Y", "मृतकों की संख्या को 270 से संशोधित कर 260 किया गया।", true, []string{"|killed person count|260 person"}},
		{"mr सुधारित from X to Y", "मृतांचा आकडा २७० वरून सुधारित करून २६० करण्यात आला.", true, []string{"|killed person count|260 person"}},
		{"mr a toll with no correction", "मृतांचा आकडा २६० वर पोहोचला.", false, []string{"|killed person count|260 person"}},
		{"en a claim opening on earlier tells an earlier report, and corrects nothing", "Earlier in the evening, the municipal commissioner had confirmed four deaths.", false, nil},
		{"hi इससे पहले", "इससे पहले सुबह सेना ने दो सैनिकों की मौत की पुष्टि की थी।", false, nil},
		{"bn এর আগে", "এর আগে পুলিশ জানিয়েছিল, ৪ জনের মৃত্যু হয়েছে।", false, nil},
		{"mr यापूर्वी", "यापूर्वी प्रशासनाने चार जणांचा मृत्यू झाल्याचे सांगितले होते.", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := processedClaim(t, tt.text)
			if got := IsCorrection(c); got != tt.correction {
				t.Errorf("IsCorrection = %v, want %v", got, tt.correction)
			}
			if got := quantityFacetLines(c); !slices.Equal(got, tt.want) {
				t.Errorf("facets = %q, want %q\n(quantities %+v)", got, tt.want, c.Quantities)
			}
		})
	}
}

// TestCorrectionLawName checks, per language, that a correction word in a
// law's name ("Waqf (Amendment) Act") makes no correction, so that a
// count rising over the days of a protest against that law is evolving,
// not revised.
func TestCorrectionLawName(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"hi amendment act", "वक्फ (संशोधन) कानून के विरोध में भड़की हिंसा में अब तक 274 लोगों को गिरफ्तार किया गया है।", false},
		{"bn amendment act, case ending", "ওয়াকফ (সংশোধনী) আইনের বিরোধিতায় শুরু হওয়া বিক্ষোভে ৩ জনের মৃত্যু হয়েছে।", false},
		{"mr amendment act", "वक्फ संशोधन कायद्याविरोधातील आंदोलनात तीन जणांचा मृत्यू झाला.", false},
		{"en amendment bill", "The toll in the protests against the Waqf Amendment Bill rose to 3.", false},
		{"hi a revised toll", "मृतकों की संख्या संशोधित कर 260 की गई।", true},
		{"bn a revised toll", "মৃতের সংখ্যা সংশোধন করে ২৬০ করা হয়েছে।", true},
		{"mr a revised toll", "मृतांचा आकडा सुधारित करून २६० करण्यात आला.", true},
		{"en a revised toll", "The toll was revised to 260.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasCorrectionWord(tt.text); got != tt.want {
				t.Errorf("hasCorrectionWord(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
