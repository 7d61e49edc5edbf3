package story

import (
	"testing"
	"time"
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
