package claims

import "testing"

// TestUnknownPeopleBesideTitlesAndNouns checks people no lexicon has that
// are named past a title's bracketed qualifier ("ADG (law and order)"),
// or after a noun that names a person without an office (passenger,
// national), and that a weekday after a name is no part of it.
func TestUnknownPeopleBesideTitlesAndNouns(t *testing.T) {
	tests := []struct{ lang, text, people, roles string }{
		{"en", "West Bengal's ADG (law and order) Anil Sharma said on Monday.", "Anil Sharma (person)", "Anil Sharma=additional director general of police"},
		{"bn", "রাজ্য পুলিশের এডিজি (আইনশৃঙ্খলা) অনিল শর্মা শনিবার জানিয়েছেন।", "Anil Sharma (person)", "Anil Sharma=additional director general of police"},
		{"hi", "एडीजी (कानून व्यवस्था) अनिल शर्मा ने कहा कि स्थिति काबू में है।", "Anil Sharma (person)", "Anil Sharma=additional director general of police"},
		{"mr", "जिल्हाधिकारी (प्रभारी) अमोल येडगे यांनी सांगितले.", "Amol Yedge (person)", "Amol Yedge=district magistrate"},
		{"en", "The lone survivor, British national Rakesh Kumar Joshi, was in seat 11A.", "Rakesh Kumar Joshi (person)", ""},
		{"bn", "একমাত্র জীবিত যাত্রী রাকেশ কুমার যোশী হাসপাতালে চিকিৎসাধীন।", "Rakesh Kumar Joshi (person)", ""},
		{"hi", "मोदी ने घायल यात्री राकेश कुमार जोशी से मुलाकात की।", "Rakesh Kumar Joshi (person)", ""},
		{"mr", "जखमी प्रवासी राकेश कुमार जोशी यांची भेट घेतली.", "Rakesh Kumar Joshi (person)", ""},
		// One word after such a noun is as often what befell them.
		{"hi", "सभी यात्री सुरक्षित हैं।", "", ""},
		{"bn", "যাত্রী নিরাপদে পৌঁছেছেন।", "", ""},
		{"en", "Every passenger Survived the crash.", "", ""},
		// A bracket after a title that does not close before a name.
		{"en", "The ADG (who was on leave) said nothing.", "", ""},
		{"hi", "जिलाधिकारी अनिल शर्मा गुरुवार को पहुंचे।", "Anil Sharma (person)", "Anil Sharma=district magistrate"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			text := lexNFC(tt.text)
			ents := FindEntities(text, tt.lang)
			if got := unknownSummary(ents); got != tt.people {
				t.Errorf("unknown people = %q, want %q (entities %+v)", got, tt.people, ents)
			}
			if got := roleSummary(FindRoles(text, tt.lang, ents)); got != tt.roles {
				t.Errorf("roles = %q, want %q", got, tt.roles)
			}
		})
	}
}
