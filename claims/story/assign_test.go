package story

import (
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

func TestChoose(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	sig := func(kind, label string, w float64, n int) Signal {
		return Signal{Key: signalPrefix[kind] + ":" + label, Kind: kind, Label: label, Weight: w, N: n}
	}
	kerala := sig(SignalPlace, "Kerala", 2.5, 3)
	idukki := sig(SignalPlace, "Idukki", 2.5, 1)
	modi := sig(SignalPerson, "Narendra Modi", 2, 1)
	flood := sig(SignalEvent, "flood", mainEventWeight, 3)
	article := []Signal{kerala, idukki, modi, flood}
	shared := func(ss ...Signal) []Shared {
		var out []Shared
		for _, s := range ss {
			out = append(out, Shared{Signal: s, Stories: 1, InStory: 2})
		}
		return out
	}
	story := func(id int64, first, last string, place string, ss ...Signal) Candidate {
		return Candidate{Story: id, First: day(first), Last: day(last), Weight: 20, Articles: 3, MainPlace: place, Shared: shared(ss...)}
	}
	tests := []struct {
		name  string
		at    string
		cands []Candidate
		want  int64
	}{
		{"shares a place, a person and the event: joins", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "Kerala", kerala, modi, flood)}, 1},
		{"a year later: a new story", "2019-08-13", []Candidate{story(1, "2018-08-15", "2018-08-17", "Kerala", kerala, modi, flood)}, 0},
		{"no date: joins by content", "", []Candidate{story(1, "2018-08-15", "2018-08-17", "Kerala", kerala, modi, flood)}, 1},
		{"only a person in common: a new story", "", []Candidate{story(1, "2018-08-15", "2018-08-17", "", modi)}, 0},
		{"only a person and the same week: a new story", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "", modi)}, 0},
		{"a person and a place in the same week: joins", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "Kerala", kerala, modi)}, 1},
		{"the same kind of event both are about counts", "", []Candidate{story(1, "2018-08-15", "2018-08-17", "", flood, modi)}, 1},
		{"mostly about another place: a new story", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "Assam", flood, modi)}, 0},
		{"a story told from the capital of a country the article names: joins", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "New Delhi",
			sig(SignalCountry, "India", 1, 2), flood, modi)}, 1},
		{"a story told from the capital of a country the article does not name: a new story", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "Dhaka",
			flood, modi)}, 0},
		{"a story whose place the article names only as an aside: a new story", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "Idukki", idukki, modi, flood)}, 0},
		{"a story of another place that holds the article's own place too: joins", "2018-08-18", []Candidate{story(1, "2018-08-15", "2018-08-17", "Wayanad",
			sig(SignalPlace, "Kerala", 2.5, 2), modi, flood)}, 1},
		{"the more similar story wins", "2018-08-18", []Candidate{
			story(1, "2018-08-15", "2018-08-17", "Kerala", kerala, flood),
			story(2, "2018-08-15", "2018-08-17", "Kerala", kerala, idukki, modi, flood)}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var at time.Time
			if tt.at != "" {
				at = day(tt.at)
			}
			if got := Choose(at, article, tt.cands); got.Story != tt.want {
				t.Errorf("Choose = story %d (%+v), want %d", got.Story, got, tt.want)
			}
		})
	}
}

// TestChooseSince: a report that tells of its event since a day joins the
// story of that day's first reports, months after them; one that only
// recalls a day long past does not.
func TestChooseSince(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	manipur := Signal{Key: "l:manipur", Kind: SignalPlace, Label: "Manipur", Weight: 2.5, N: 3}
	singh := Signal{Key: "p:n. biren singh", Kind: SignalPerson, Label: "N. Biren Singh", Weight: 2, N: 1}
	may3 := Signal{Key: "d:2023-05-03", Kind: SignalDay, Label: "2023-05-03", Weight: 3, N: 1}
	cand := Candidate{Story: 1, First: day("2023-05-08"), Last: day("2023-05-08"), Weight: 20, Articles: 1, MainPlace: "Manipur",
		Shared: []Shared{{Signal: manipur, Stories: 1, InStory: 1}, {Signal: singh, Stories: 1, InStory: 1}, {Signal: may3, Stories: 1, InStory: 1}}}
	start := func(iso string) Signal { return Signal{Key: "s:" + iso, Kind: SignalStart, Label: iso, N: 1} }
	article := []Signal{manipur, singh, may3}
	if got := Choose(day("2023-07-11"), article, []Candidate{cand}); got.Story != 0 {
		t.Errorf("two months later, no span: story %d, want a new one", got.Story)
	}
	if got := Choose(day("2023-07-11"), append(article, start("2023-05-03")), []Candidate{cand}); got.Story != 1 {
		t.Errorf("since May 3, reported in July: story %d, want 1", got.Story)
	}
	// Two reports that count from the same day share a specific signal.
	if !specific(SignalStart) || signalWeight[SignalStart] == 0 {
		t.Error("a shared start day does not count towards joining")
	}
	late := cand
	late.First, late.Last = day("2022-05-08"), day("2022-05-08")
	if got := Choose(day("2023-07-11"), append(article, start("2023-05-03")), []Candidate{late}); got.Story != 0 {
		t.Errorf("a story of the year before: story %d, want a new one", got.Story)
	}
}

// TestEventStart: the earliest day a report tells of its event since, in
// the four languages; a day long before the report is its background.
func TestEventStart(t *testing.T) {
	pub := time.Date(2023, 7, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, lang, text, want string }{
		{"hi from ... to", "hi", "रिपोर्ट में बताया गया कि 3 मई से 4 जुलाई के बीच हिंसा में 142 लोगों की मौत हुई।", "2023-05-03"},
		{"bn থেকে", "bn", "৩ মে থেকে এখনও পর্যন্ত সংঘর্ষে ১৪২ জনের মৃত্যু হয়েছে।", "2023-05-03"},
		{"mr पासून", "mr", "३ मेपासून झालेल्या हिंसाचारात १४२ जणांचा मृत्यू झाला.", "2023-05-03"},
		{"en since, the earliest of two", "en", "Since May 3, 142 people have died. Since June 20, 40 more were hurt.", "2023-05-03"},
		{"en a day long before", "en", "It is the worst violence since January 5, 2022, when 40 died.", ""},
		{"en a date with no since", "en", "On May 3, 2023, violence broke out and 142 died.", ""},
		{"en a closed span long before the report", "en", "As many as 1,400 people may have been killed between 1 July and 15 August 2022, the report said.", "2022-07-01"},
		{"mr a closed span with ते", "mr", "१ जुलै ते १५ ऑगस्ट २०२२ दरम्यान १,४०० जणांचा मृत्यू झाला.", "2022-07-01"},
		{"en an open span as long before is background", "en", "Since 1 July 2022, 1,400 people have been killed.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := claims.Process("probe.txt", []byte(tt.text), claims.Meta{Language: tt.lang, Published: pub}, claims.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := EventStart(a); got != tt.want {
				t.Errorf("EventStart = %q, want %q", got, tt.want)
			}
		})
	}
}
