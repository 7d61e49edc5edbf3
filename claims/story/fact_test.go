package story

import (
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

func TestFactOf(t *testing.T) {
	pub := time.Date(2018, 8, 18, 0, 0, 0, 0, time.UTC)
	where := Scope{Place: "Kerala", Country: "India"}
	count := func(subject, attribute, asOf string) Statement {
		f := claims.Facet{Kind: claims.KindQuantity, Subject: subject, Attribute: attribute,
			Key: claims.FacetKey(claims.KindQuantity, subject, attribute), Value: "61 person"}
		return Statement{Facet: f, Value: f.Value, AsOf: asOf}
	}
	money := func(subject, attribute string) Statement {
		q := &claims.Quantity{Value: 5e9, Unit: "inr", Dimension: "money"}
		f := claims.Facet{Kind: claims.KindQuantity, Subject: subject, Attribute: attribute,
			Key: claims.FacetKey(claims.KindQuantity, subject, attribute), Value: q.String(), Quantity: q}
		return Statement{Facet: f, Value: f.Value}
	}
	tests := []struct {
		name          string
		st            Statement
		wantSubject   string
		wantAttribute string
		ok            bool
	}{
		{"a toll at the story's place is the story's", count("Kerala", "killed person count", ""), "", "killed person count", true},
		{"a toll in the story's country is the story's", count("India", "killed person count", ""), "", "killed person count", true},
		{"a toll in a district keeps its scope", count("Idukki", "killed person count", ""), "Idukki", "killed person count", true},
		{"a toll in another country keeps it", count("Bangladesh", "killed person count", ""), "Bangladesh", "killed person count", true},
		{"a count since the season began is the running total", count("", "killed person count since 2018-05-29", ""), "", "killed person count", true},
		{"a count since a recent date is that spell's", count("", "killed person count since 2018-08-08", ""), "", "killed person count since 2018-08-08", true},
		{"a toll dated to the report's year is the running total", count("", "killed person count in year 2018", ""), "", "killed person count", true},
		{"a toll of another year is another event's", count("", "killed person count in year 2013", ""), "", "killed person count in year 2013", true},
		{"one day's count is a fact of that day", count("", "killed person count daily", "2018-08-17"), "", "killed person count daily 2018-08-17", true},
		{"aid for the story's place is the story's", money("Kerala", "aid inr by centre"), "", "aid inr by centre", true},
		{"a toll with no place in another country's report is that country's", count("", "killed person count", ""), "", "killed person count", true},
		{"aid owned by someone else keeps its owner", money("West Bengal", "aid inr by state"), "West Bengal", "aid inr by state", true},
		{"a descriptor states no title", Statement{Facet: claims.Facet{Kind: claims.KindRole, Subject: "Kim Jong Un", Attribute: "role",
			Key: "role|kim jong un|role", Value: "dictator"}, Value: "dictator"}, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := FactOf(tt.st, 7, where, pub)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if k.Subject != tt.wantSubject || k.Attribute != tt.wantAttribute || k.Story != 7 {
				t.Errorf("FactOf = %+v, want subject %q, attribute %q in story 7", k, tt.wantSubject, tt.wantAttribute)
			}
			if k.Key != claims.FacetKey(claims.KindQuantity, k.Subject, k.Attribute) {
				t.Errorf("key %q does not match subject and attribute", k.Key)
			}
		})
	}
}

func TestScopeOwns(t *testing.T) {
	tests := []struct {
		name    string
		where   Scope
		subject string
		want    bool
	}{
		{"the story's country", Scope{Place: "Kathmandu", Country: "Nepal"}, "Nepal", true},
		{"a city of a story with a country is one part of it", Scope{Place: "Kathmandu", Country: "Nepal"}, "Kathmandu", false},
		{"a state of a story with a country is the story's", Scope{Place: "Kerala", Country: "India"}, "Kerala", true},
		{"a city of a story with no country is the story's", Scope{Place: "Morbi"}, "Morbi", true},
		{"another place", Scope{Place: "West Bengal"}, "Kolkata", false},
		{"no subject", Scope{Place: "West Bengal"}, "", false},
		{"the site of the story's event", Scope{Place: "Jammu and Kashmir", Country: "India", Site: "Pahalgam"}, "Pahalgam", true},
		{"another town of the story's state", Scope{Place: "Jammu and Kashmir", Country: "India", Site: "Pahalgam"}, "Anantnag", false},
		{"the city of an event at one spot in a story with a country", Scope{Place: "Sumy", Country: "Ukraine", Point: true}, "Sumy", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.where.owns(tt.subject); got != tt.want {
				t.Errorf("%+v owns %q = %v, want %v", tt.where, tt.subject, got, tt.want)
			}
		})
	}
}

func TestScopeForArticle(t *testing.T) {
	sig := func(kind, label string, n int) Signal { return Signal{Kind: kind, Label: label, N: n} }
	bengal := Scope{Place: "West Bengal"}
	tests := []struct {
		name  string
		where Scope
		own   []Signal
		want  string
	}{
		{"a report from another country is that country's", bengal,
			[]Signal{sig(SignalCountry, "Bangladesh", 1), sig(SignalPlace, "Satkhira", 1)}, "Bangladesh"},
		{"a report that names the story's place is the story's", bengal,
			[]Signal{sig(SignalCountry, "Bangladesh", 3), sig(SignalPlace, "West Bengal", 1)}, ""},
		{"the places of the story's own country", bengal,
			[]Signal{sig(SignalPlace, "Kolkata", 2), sig(SignalPlace, "Howrah", 1)}, ""},
		{"a country named once says little", bengal, []Signal{sig(SignalCountry, "Bangladesh", 1)}, ""},
		{"a report of two countries is neither's", Scope{Place: "Istanbul", Country: "Turkey"},
			[]Signal{sig(SignalCountry, "Ukraine", 6), sig(SignalCountry, "Russia", 5)}, ""},
		{"one country named twice as often as any other is its report's", Scope{Place: "Istanbul", Country: "Turkey"},
			[]Signal{sig(SignalCountry, "Ukraine", 6), sig(SignalCountry, "Russia", 3)}, "Ukraine"},
		{"a story with no scope", Scope{}, []Signal{sig(SignalCountry, "Bangladesh", 4)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.where.ForArticle(tt.own).Unplaced; got != tt.want {
				t.Errorf("ForArticle(...).Unplaced = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMainScope(t *testing.T) {
	sig := func(kind, label string, n int) Signal { return Signal{Kind: kind, Label: label, N: n} }
	tests := []struct {
		name string
		sigs []Signal
		n    int
		want Scope
	}{
		{"place and country", []Signal{sig(SignalPlace, "Kerala", 4), sig(SignalCountry, "India", 3)}, 5, Scope{Place: "Kerala", Country: "India"}},
		{"a country named by half the articles is not the story's", []Signal{sig(SignalPlace, "Kolkata", 3), sig(SignalCountry, "Bangladesh", 2)}, 4, Scope{Place: "Kolkata"}},
		{"the one report of a story names its country", []Signal{sig(SignalCountry, "Nepal", 1)}, 1, Scope{Country: "Nepal"}},
		{"a country few articles name is not the story's", []Signal{sig(SignalCountry, "Bangladesh", 2)}, 5, Scope{}},
		{"two countries as often: neither", []Signal{sig(SignalCountry, "Nepal", 4), sig(SignalCountry, "India", 4)}, 5, Scope{}},
		{"a place named once is no main place", []Signal{sig(SignalPlace, "Kochi", 1)}, 1, Scope{}},
		{"of two places named as often the wider", []Signal{sig(SignalPlace, "Kolkata", 3), sig(SignalPlace, "West Bengal", 3)}, 5, Scope{Place: "West Bengal"}},
		{"a place named more often wins over a wider one", []Signal{sig(SignalPlace, "Morbi", 5), sig(SignalPlace, "Gujarat", 3)}, 5, Scope{Place: "Morbi"}},
		{"the town most articles name within the place is its site", []Signal{sig(SignalPlace, "Jammu and Kashmir", 4), sig(SignalPlace, "Pahalgam", 3), sig(SignalPlace, "Anantnag", 2)}, 4,
			Scope{Place: "Jammu and Kashmir", Site: "Pahalgam"}},
		{"a place half the articles name is no site", []Signal{sig(SignalPlace, "Jammu and Kashmir", 4), sig(SignalPlace, "Pahalgam", 2)}, 4, Scope{Place: "Jammu and Kashmir"}},
		{"a city is no site", []Signal{sig(SignalPlace, "West Bengal", 4), sig(SignalPlace, "Kolkata", 4)}, 4, Scope{Place: "West Bengal"}},
		{"a place outside the story's place is no site", []Signal{sig(SignalPlace, "Kerala", 4), sig(SignalPlace, "Pahalgam", 4)}, 4, Scope{Place: "Kerala"}},
		{"a story of a collapse is at one spot", []Signal{sig(SignalPlace, "Mumbai", 3), sig(SignalEvent, "collapse", 3), sig(SignalEvent, "flood", 1)}, 3, Scope{Place: "Mumbai", Point: true}},
		{"a flood is no event at one spot", []Signal{sig(SignalPlace, "Kerala", 3), sig(SignalEvent, "flood", 3), sig(SignalEvent, "collapse", 1)}, 3, Scope{Place: "Kerala"}},
		{"in a story of an event at one spot a city may be its site", []Signal{sig(SignalPlace, "Maharashtra", 4), sig(SignalPlace, "Pune", 3), sig(SignalEvent, "fire", 4)}, 4,
			Scope{Place: "Maharashtra", Site: "Pune", Point: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MainScope(tt.sigs, tt.n); got != tt.want {
				t.Errorf("MainScope = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestFactOfInTheState checks whose a figure "in the state" is (राज्यात,
// রাজ্যে): the story's own when the story's place is a state or unknown,
// the state's apart from the city's when the story is a city's.
func TestFactOfInTheState(t *testing.T) {
	f := claims.Facet{Kind: claims.KindQuantity, Subject: claims.RegionSubject, Attribute: "killed person count",
		Key: claims.FacetKey(claims.KindQuantity, claims.RegionSubject, "killed person count"), Value: "61911 person"}
	st := Statement{Facet: f, Value: f.Value}
	tests := []struct {
		name  string
		where Scope
		want  string
	}{
		{"a state's story", Scope{Place: "Kerala", Country: "India"}, claims.EventSubject},
		{"a story of no known place", Scope{Country: "India"}, claims.EventSubject},
		{"a city's story keeps the state's figure apart, as its state's", Scope{Place: "Mumbai"}, "Maharashtra"},
		{"a district's story: its state's", Scope{Place: "Murshidabad"}, "West Bengal"},
		{"a place of no known state keeps the state's figure apart", Scope{Place: "Dhaka"}, claims.RegionSubject},
		{"a report from another country", Scope{Place: "Kerala", Unplaced: "Bangladesh"}, "Bangladesh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := FactOf(st, 7, tt.where, time.Time{})
			if !ok || k.Subject != tt.want {
				t.Errorf("FactOf = %+v, %v; want subject %q", k, ok, tt.want)
			}
		})
	}
}

func TestSettleScope(t *testing.T) {
	nepal := Scope{Country: "Nepal"}
	kathmandu := Scope{Place: "Kathmandu", Country: "Nepal"}
	india := Scope{Country: "India"}
	tests := []struct {
		name     string
		was, now Scope
		articles int
		want     Scope
	}{
		{"a young story follows its signals", nepal, india, ScopeSettles, india},
		{"a settled story keeps its scope", nepal, india, ScopeSettles + 1, nepal},
		{"a settled story keeps its scope when a tie clears it", kathmandu, Scope{}, 500, kathmandu},
		{"a part still unknown is filled in", nepal, kathmandu, 500, kathmandu},
		{"a settled story with no scope takes one", Scope{}, india, 500, india},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SettleScope(tt.was, tt.now, tt.articles); got != tt.want {
				t.Errorf("SettleScope(%+v, %+v, %d) = %+v, want %+v", tt.was, tt.now, tt.articles, got, tt.want)
			}
		})
	}
}

// TestStatementRevision checks, per language, that a statement from a
// claim that corrects a figure is a revision, and one that only reports a
// figure is not.
func TestStatementRevision(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"en revised to", "The death toll has been revised to 260 from the earlier estimate of 270.", true},
		{"en not", "The BMC said 75 people were injured, not 88.", true},
		{"bn নয়, বরং", "আহতের সংখ্যা ৮৮ নয়, বরং ৭৫ জন।", true},
		{"hi नहीं, बल्कि", "घायलों की संख्या 88 नहीं, बल्कि 75 है।", true},
		{"mr सुधारित", "मृतांचा आकडा २७० वरून सुधारित करून २६० करण्यात आला.", true},
		{"hi a rise", "मृतकों की संख्या बढ़कर 16 हो गई है।", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := claims.Process("probe.txt", []byte(tt.text), claims.Meta{}, claims.Options{})
			if err != nil || len(a.Claims) != 1 {
				t.Fatalf("Process: %v, %d claims; want one", err, len(a.Claims))
			}
			c := &a.Claims[0]
			fs := claims.FindFacets(c)
			if len(fs) == 0 {
				t.Fatalf("no facets on %q", c.Text)
			}
			if got := NewStatement(c, fs[0], time.Time{}).Revision; got != tt.want {
				t.Errorf("Revision = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFactOfSinceStart: a count since the day the story's event began is
// the event's toll; one since a later day stays that spell's.
func TestFactOfSinceStart(t *testing.T) {
	pub := time.Date(2025, 4, 13, 0, 0, 0, 0, time.UTC)
	count := func(attribute string) Statement {
		f := claims.Facet{Kind: claims.KindQuantity, Attribute: attribute,
			Key: claims.FacetKey(claims.KindQuantity, "", attribute), Value: "3 person"}
		return Statement{Facet: f, Value: f.Value}
	}
	tests := []struct {
		name, start, attribute, want string
	}{
		{"since the start: the toll", "2025-04-11", "killed person count since 2025-04-11", "killed person count"},
		{"since before the start: the toll", "2025-04-11", "killed person count since 2025-04-10", "killed person count"},
		{"since the start's month: the toll", "2023-05-03", "killed person count since 2023-05", "killed person count"},
		{"since a day in the event's first weeks: the toll", "2025-04-01", "killed person count since 2025-04-11", "killed person count"},
		{"since a day weeks into the event: that spell's", "2025-02-01", "killed person count since 2025-04-11", "killed person count since 2025-04-11"},
		{"no start known: that spell's", "", "killed person count since 2025-04-11", "killed person count since 2025-04-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := FactOf(count(tt.attribute), 3, Scope{Place: "West Bengal", Start: tt.start}, pub)
			if !ok || k.Attribute != tt.want {
				t.Errorf("FactOf(%q) in a story since %q = %q, %v; want %q", tt.attribute, tt.start, k.Attribute, ok, tt.want)
			}
		})
	}
}
