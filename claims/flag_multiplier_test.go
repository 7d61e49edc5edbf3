package claims

import (
	"strings"
	"testing"
)

func TestFindFlagsLostMultiplier(t *testing.T) {
	tests := []struct {
		name, lang, text string
		evidence         string // "": no implausible-quantity flag
	}{
		{"bn fraction as a number", "bn", "রাজ্যে সক্রিয় রোগীর সংখ্যা এখন ৬.৯৫।", "৬.৯৫"},
		{"hi fraction as a number", "hi", "राज्य में सक्रिय मरीजों की संख्या अब 6.95 है।", "6.95"},
		{"mr fraction as a total", "mr", "राज्यातील सक्रिय रुग्णांचा एकूण आकडा 4.25 झाला आहे.", "4.25"},
		{"en fraction as a number", "en", "The number of active cases is now 6.95.", "6.95"},
		{"mr people in thousands of camps", "mr", "सुमारे 12 लोक सध्या हजारो मदत छावण्यांमध्ये आश्रयाला आहेत.", "12"},
		{"hi people in thousands of camps", "hi", "करीब 12 लोग अभी भी हजारों राहत शिविरों में रह रहे हैं।", "12"},
		{"bn people in thousands of camps", "bn", "প্রায় ১২ জন মানুষ এখনও হাজার হাজার ত্রাণ শিবিরে রয়েছেন।", "১২"},
		{"en people in thousands of camps", "en", "About 12 people are still living in thousands of relief camps.", "12"},
		// negatives
		{"bn whole number", "bn", "রাজ্যে সক্রিয় রোগীর সংখ্যা এখন ৬ লক্ষ ৯৫ হাজার।", ""},
		{"bn fraction with lakh", "bn", "রাজ্যে সক্রিয় রোগীর সংখ্যা এখন ৬.৯৫ লক্ষ।", ""},
		{"hi magnitude", "hi", "भूकंप की तीव्रता 7.8 मापी गई।", ""},
		{"en fraction not a count", "en", "The rover moved 8.5 metres on the surface.", ""},
		{"hi people and houses", "hi", "12 लोगों की मौत हो गई और हजारों घर तबाह हो गए।", ""},
		{"en people and thousands of camps apart", "en", "About 12 lakh people are in 3,000 relief camps.", ""},
		{"mr percent above average", "mr", "राज्यात सरासरीपेक्षा 164 टक्के जास्त पाऊस झाला.", ""},
		{"hi times", "hi", "मामलों की संख्या 1.5 गुना बढ़ गई है।", ""},
		{"bn times", "bn", "আক্রান্তের সংখ্যা ১.৫ গুণ বেড়েছে।", ""},
		{"mr times", "mr", "रुग्णांची संख्या 2.5 पट वाढली.", ""},
		{"en times", "en", "The number of cases rose 2.5 times in a week.", ""},
		{"bn time of day", "bn", "মৃতের সংখ্যা রাত ৯.৩০ পর্যন্ত ১২ জন।", ""},
		{"mr time of day", "mr", "मृतांची संख्या सकाळी 10.30 वाजेपर्यंत 12 होती.", ""},
		{"hi time of day", "hi", "मृतकों की संख्या सुबह 10.30 बजे तक 12 थी।", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := lexNFC(tt.text)
			c := flagClaim(text, FindQuantities(text, tt.lang)...)
			var got []Flag
			for _, f := range FindFlags(c) {
				if f.Kind == FlagImplausible {
					got = append(got, f)
				}
			}
			if tt.evidence == "" {
				if len(got) != 0 {
					t.Errorf("FindFlags(%q) = %+v, want no implausible-quantity flag", text, got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0].Evidence, tt.evidence) || !strings.Contains(got[0].Note, "lakh") {
				t.Fatalf("FindFlags(%q) = %+v (quantities %+v), want one implausible-quantity flag on %q naming a lakh", text, got, c.Quantities, tt.evidence)
			}
			checkFlagSpans(t, c)
		})
	}
}
