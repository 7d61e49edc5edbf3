package claims

import (
	"strings"
	"testing"
)

func TestDateFacets(t *testing.T) {
	date := func(tb testing.TB, text, written, iso string, relative bool) Date {
		tb.Helper()
		s, e := fxSpan(tb, text, written)
		return Date{Text: written, Start: s, End: e, ISO: iso, Relative: relative}
	}
	tests := []struct {
		name  string
		text  string
		dates func(tb testing.TB, s string) []Date
		ents  func(tb testing.TB, s string) []Entity
		want  []string
	}{
		{
			name: "en visit with one person, one place, one day",
			text: "Vladimir Putin visited Pyongyang on June 19, 2024.",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "June 19, 2024", "2024-06-19", false)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "Vladimir Putin", "Vladimir Putin", Person), fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}
			},
			want: []string{"date|vladimir putin|visit to pyongyang = 2024-06-19"},
		},
		{
			name: "bn visit to the month",
			text: "পুতিন ২০২৪ সালের জুনে পিয়ংইয়ং সফর করেন।",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "২০২৪ সালের জুনে", "2024-06", false)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "পুতিন", "Vladimir Putin", Person), fxEntity(tb, s, "পিয়ংইয়ং", "Pyongyang", Place)}
			},
			want: []string{"date|vladimir putin|visit to pyongyang = 2024-06"},
		},
		{
			name: "a relative date rests on the publication date",
			text: "Putin visited Pyongyang last June.",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "last June", "2024-06", true)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "Putin", "Vladimir Putin", Person), fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}
			},
		},
		{
			name: "a bare year cites an earlier visit",
			text: "Putin first visited Pyongyang in 2000.",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "2000", "2000", false)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "Putin", "Vladimir Putin", Person), fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}
			},
		},
		{
			name: "two people leave unclear who went",
			text: "Kim Jong Un welcomed Vladimir Putin's visit to Pyongyang on June 19, 2024.",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "June 19, 2024", "2024-06-19", false)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "Kim Jong Un", "Kim Jong Un", Person), fxEntity(tb, s, "Vladimir Putin", "Vladimir Putin", Person),
					fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}
			},
		},
		{
			name: "two dates leave unclear which is the visit",
			text: "Putin visited Pyongyang on June 19, 2024, after a summit in May 2024.",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "June 19, 2024", "2024-06-19", false), date(tb, s, "May 2024", "2024-05", false)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "Putin", "Vladimir Putin", Person), fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}
			},
		},
		{
			name: "no visit word, no event",
			text: "Putin spoke about Pyongyang on June 19, 2024.",
			dates: func(tb testing.TB, s string) []Date {
				return []Date{date(tb, s, "June 19, 2024", "2024-06-19", false)}
			},
			ents: func(tb testing.TB, s string) []Entity {
				return []Entity{fxEntity(tb, s, "Putin", "Vladimir Putin", Person), fxEntity(tb, s, "Pyongyang", "Pyongyang", Place)}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Claim{Text: tt.text, Dates: tt.dates(t, tt.text), Entities: tt.ents(t, tt.text)}
			var got []string
			for _, f := range FindFacets(&c) {
				got = append(got, fxFacetLine(f))
				if f.Kind == KindDate && (f.Date == nil || f.Date.ISO != f.Value) {
					t.Errorf("facet %s does not carry its date", fxFacetLine(f))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("FindFacets:\ngot  %q\nwant %q", got, tt.want)
			}
		})
	}
}
