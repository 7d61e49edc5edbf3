package claims

import "testing"

// TestEventDay checks, per language, that the day an event happened is told
// from the day its figures are counted as of.
func TestEventDay(t *testing.T) {
	tests := []struct {
		name, text, date string
		want             bool
	}{
		{"hi a participle says the attack happened on Friday evening", "क्रिवी रीह पर शुक्रवार शाम हुए मिसाइल हमले में मरने वालों की संख्या बढ़कर 18 हो गई है।", "शुक्रवार", true},
		{"hi a day the count was given on", "शुक्रवार रात राष्ट्रपति ने 14 लोगों की मौत की पुष्टि की।", "शुक्रवार", false},
		{"en a day's strike", "The death toll from Friday's missile strike rose to 20 on Sunday.", "Friday", true},
		{"en the day the toll rose", "The death toll from Friday's missile strike rose to 20 on Sunday.", "Sunday", false},
		{"bn a day's attack, in the genitive", "সুমি শহরে রোববারের ক্ষেপণাস্ত্র হামলায় নিহতের সংখ্যা ৪৩ জনে দাঁড়িয়েছে।", "রোববারের", true},
		{"mr a participle after the day", "सुमी शहरावर रविवारी झालेल्या हल्ल्यात ३४ जणांचा मृत्यू झाला.", "रविवारी", true},
		{"mr a day the toll was given on", "रविवारी ३४ जणांचा मृत्यू झाल्याचे प्रशासनाने सांगितले.", "रविवारी", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := processedClaim(t, tt.text)
			for _, d := range c.Dates {
				if d.Text == tt.date {
					if got := EventDay(c, d); got != tt.want {
						t.Errorf("EventDay(%q) = %v, want %v", d.Text, got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no date %q among %+v", tt.date, c.Dates)
		})
	}
}
