package claims

import "testing"

// TestCountOwner checks whose a counted figure is, in every language: the
// owner decides the facet's key, so a wrong one compares figures that have
// nothing to do with each other.
func TestCountOwner(t *testing.T) {
	fxRunFacetCases(t, []fxFacetCase{
		{
			name: "bn count: owner between number and counted noun",
			text: "উত্তর কোরিয়ার পক্ষ থেকে দশ হাজার উত্তর কোরিয়ান সেনাকে রাশিয়ার হয়ে ইউক্রেনের বিরুদ্ধে যুদ্ধে লড়ার জন্য পাঠিয়ে দেওয়া হয়েছে।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "দশ হাজার উত্তর কোরিয়ান সেনাকে", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities: []Entity{fxEntity(tb, s, "উত্তর কোরিয়ার", "North Korea", Country),
						fxEntity(tb, s, "উত্তর কোরিয়ান", "North Korea", Country),
						fxEntity(tb, s, "রাশিয়ার", "Russia", Country), fxEntity(tb, s, "ইউক্রেনের", "Ukraine", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "mr count: garbled figure with its owner",
			text: "युक्रेन आणि दक्षिण कोरियाच्या म्हणण्यानुसार, त्यांच्या रशियन मित्रपक्षांशी लढण्यासाठी किमान 1.5 उत्तर कोरियाच्या सैन्याला पाठविण्यात आले आहे.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "किमान 1.5 उत्तर कोरियाच्या सैन्याला", fxFigure(AtLeast, 1.5, "", "soldier"))},
					Entities: []Entity{fxEntity(tb, s, "युक्रेन", "Ukraine", Country), fxEntity(tb, s, "दक्षिण कोरियाच्या", "South Korea", Country),
						fxEntity(tb, s, "रशियन", "Russia", Country), fxEntity(tb, s, "उत्तर कोरियाच्या", "North Korea", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = >=1.5 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "mr count: owner right before the number",
			text: "हे अजूनही आहे जेव्हा उत्तर कोरियाच्या हजारो कामगारांनी रशियाला बांधकाम प्रकल्पात भाग घेण्यासाठी पाठविले.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "हजारो कामगारांनी", fxVague(10000, 1000, 99999, "worker"))},
					Entities:   []Entity{fxEntity(tb, s, "उत्तर कोरियाच्या", "North Korea", Country), fxEntity(tb, s, "रशियाला", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|worker count = 1000-99999 worker"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: possessive owner",
			text: "North Korea's 10,000 troops crossed into Kursk.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10,000 troops", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korea", "North Korea", Country), fxEntity(tb, s, "Kursk", "Kursk", Place)}}
			},
			want: []string{"quantity|north korea|soldier count = 10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: the subject of a firing verb owns what it fired",
			text: "North Korea fired two short-range ballistic missiles into the sea.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "two short-range ballistic missiles", fxFigure(Exactly, 2, "", "missile"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korea", "North Korea", Country)}}
			},
			want: []string{"quantity|north korea|missile count = 2 missile"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: the event splits the attribute",
			text: "About 4,000 North Korean soldiers were killed in Kursk.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "About 4,000 North Korean soldiers", fxFigure(About, 4000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korean", "North Korea", Country), fxEntity(tb, s, "Kursk", "Kursk", Place)}}
			},
			want: []string{"quantity|north korea|killed soldier count = ~4000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			// Each figure takes the event right after it; the wounded have
			// no owner next to them (Russia stands with the killed), so they
			// are a figure of the story's event.
			name: "bn count: each figure takes the event next to it",
			text: "১২ জন রুশ সেনা নিহত এবং ৩০ জন আহত হয়েছেন।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "১২ জন রুশ সেনা", fxFigure(Exactly, 12, "", "soldier")),
						fxQuantity(tb, s, "৩০ জন", fxFigure(Exactly, 30, "", "person"))},
					Entities: []Entity{fxEntity(tb, s, "রুশ", "Russia", Country)}}
			},
			want: []string{"quantity|russia|killed soldier count = 12 soldier", "quantity||wounded person count = 30 person"},
			of:   []string{"Russia", ""},
		},
		{
			name: "bn count: a name after the counted noun is where the figure went",
			text: "ইতিমধ্যে উত্তর কোরিয়া থেকে আরও কয়েক হাজার শ্রমিককে রাশিয়ার বিভিন্ন অংশে নির্মাণ কার্যে সহযোগিতা করার জন্য পাঠানো হচ্ছে।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "কয়েক হাজার শ্রমিককে", fxVague(2000, 2000, 9000, "worker"))},
					Entities:   []Entity{fxEntity(tb, s, "উত্তর কোরিয়া", "North Korea", Country), fxEntity(tb, s, "রাশিয়ার", "Russia", Country)}}
			},
			of: []string{""},
		},
		{
			name: "bn count: a locative name inside the figure is not its owner",
			text: "দশ হাজার রাশিয়ায় থাকা উত্তর কোরিয়ান সেনা যুদ্ধ করছে।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "দশ হাজার রাশিয়ায় থাকা উত্তর কোরিয়ান সেনা", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "রাশিয়ায়", "Russia", Country), fxEntity(tb, s, "উত্তর কোরিয়ান", "North Korea", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "mr count: a dative name before the number is a recipient",
			text: "रशियाला 10 हजार सैनिक पाठवले गेले.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10 हजार सैनिक", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "रशियाला", "Russia", Country)}}
			},
			of: []string{""},
		},
		{
			name: "hi count: a genitive postposition between owner and figure",
			text: "उत्तर कोरिया के 10 हज़ार सैनिक रूस में लड़ रहे हैं।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10 हज़ार सैनिक", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "उत्तर कोरिया", "North Korea", Country), fxEntity(tb, s, "रूस", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: a name that only reports the figure owns nothing",
			text: "Russia said 10,000 troops went to the front.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10,000 troops", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "Russia", "Russia", Country)}}
			},
		},
		{
			name: "en count: the subject that sends the figure owns it",
			text: "North Korea has sent 10,000 troops to Russia.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10,000 troops", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korea", "North Korea", Country), fxEntity(tb, s, "Russia", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: the owner after the noun behind from",
			text: "Russia has received 12,000 troops from North Korea.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "12,000 troops", fxFigure(Exactly, 12000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "Russia", "Russia", Country), fxEntity(tb, s, "North Korea", "North Korea", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 12000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "bn count: more figures from a country are not its total",
			text: "উত্তর কোরিয়া থেকে আরও ১০ হাজার সেনা আসছে।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "১০ হাজার সেনা", fxFigure(Exactly, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "উত্তর কোরিয়া", "North Korea", Country)}}
			},
			of: []string{""},
		},
		{
			name: "hi count: the owner before a destination",
			text: "उत्तर कोरिया ने रूस में 10,000 से अधिक सैनिक भेजे हैं।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10,000 से अधिक सैनिक", fxFigure(MoreThan, 10000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "उत्तर कोरिया", "North Korea", Country), fxEntity(tb, s, "रूस", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = >10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: a destination behind to is passed over",
			text: "North Korea is to send to Russia 3,000 troops.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "3,000 troops", fxFigure(Exactly, 3000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korea", "North Korea", Country), fxEntity(tb, s, "Russia", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: a headline's subject",
			text: "North Korea sends 3,000 troops to Russia",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "3,000 troops", fxFigure(Exactly, 3000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korea", "North Korea", Country), fxEntity(tb, s, "Russia", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "bn count: the owner before a locative destination",
			text: "উত্তর কোরিয়া রাশিয়ায় ১১ হাজার সেনা পাঠিয়েছে।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "১১ হাজার সেনা", fxFigure(Exactly, 11000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "উত্তর কোরিয়া", "North Korea", Country), fxEntity(tb, s, "রাশিয়ায়", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = 11000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: killed or wounded in one figure are casualties",
			text: "Some 4,000 North Korean soldiers have been killed or wounded.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "Some 4,000 North Korean soldiers", fxFigure(About, 4000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korean", "North Korea", Country)}}
			},
			want: []string{"quantity|north korea|casualty soldier count = ~4000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: another figure adds to an earlier one",
			text: "North Korea has sent another 3,000 troops.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "3,000 troops", fxFigure(Exactly, 3000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "North Korea", "North Korea", Country)}}
			},
			of: []string{""},
		},
		{
			name: "mr count: an additional figure inside the span",
			text: "उत्तर कोरियाचे 3 हजार अतिरिक्त सैनिक रशियात पोहोचले.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "3 हजार अतिरिक्त सैनिक", fxFigure(Exactly, 3000, "", "soldier"))},
					Entities:   []Entity{fxEntity(tb, s, "उत्तर कोरियाचे", "North Korea", Country), fxEntity(tb, s, "रशियात", "Russia", Country)}}
			},
			of: []string{""},
		},
		{
			name: "en count: people without an event say nothing comparable",
			text: "Some 10,000 Ukrainian people gathered in Kyiv.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "Some 10,000 Ukrainian people", fxFigure(About, 10000, "", "person"))},
					Entities:   []Entity{fxEntity(tb, s, "Ukrainian", "Ukraine", Country), fxEntity(tb, s, "Kyiv", "Kyiv", Place)}}
			},
			of: []string{""},
		},
		{
			name: "en count: people with an event",
			text: "About 500 Ukrainian civilians were killed.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "About 500 Ukrainian civilians", fxFigure(About, 500, "", "civilian"))},
					Entities:   []Entity{fxEntity(tb, s, "Ukrainian", "Ukraine", Country)}}
			},
			want: []string{"quantity|ukraine|killed civilian count = ~500 civilian"},
			of:   []string{"Ukraine"},
		},
		{
			name: "hi count: a head of state's soldiers are his country's",
			text: "उत्तर कोरिया के नेता किम जोंग उन ने रूस को 10 हज़ार से ज़्यादा सैनिक भेजे हैं।",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "10 हज़ार से ज़्यादा सैनिक", fxFigure(MoreThan, 10000, "", "soldier"))},
					Entities: []Entity{fxEntity(tb, s, "उत्तर कोरिया", "North Korea", Country), fxEntity(tb, s, "किम जोंग उन", "Kim Jong Un", Person),
						fxEntity(tb, s, "रूस", "Russia", Country)}}
			},
			want: []string{"quantity|north korea|soldier count = >10000 soldier"},
			of:   []string{"North Korea"},
		},
		{
			name: "en count: a person without a country owns his figure",
			text: "Putin has 40 dogs.",
			make: func(tb testing.TB, s string) Claim {
				return Claim{Text: s,
					Quantities: []Quantity{fxQuantity(tb, s, "40 dogs", fxFigure(Exactly, 40, "", "dog"))},
					Entities:   []Entity{fxEntity(tb, s, "Putin", "Vladimir Putin", Person)}}
			},
			want: []string{"quantity|vladimir putin|dog count = 40 dog"},
			of:   []string{"Vladimir Putin"},
		},
	})
}

// TestCountOwnerBadSpans feeds spans that do not fit the claim, as a bug
// elsewhere could: FindFacets must not panic, and finds no owner it cannot
// read.
func TestCountOwnerBadSpans(t *testing.T) {
	text := "North Korea has sent 10,000 troops."
	tests := []struct {
		name string
		q    Quantity
		ents []Entity
	}{
		{"quantity past the end", Quantity{Start: 21, End: 99, Counted: "soldier", Dimension: "count"},
			[]Entity{{Name: "North Korea", Kind: Country, Text: "North Korea", Start: 0, End: 11}}},
		{"quantity backwards", Quantity{Start: 30, End: 21, Counted: "soldier", Dimension: "count"},
			[]Entity{{Name: "North Korea", Kind: Country, Text: "North Korea", Start: 0, End: 11}}},
		{"entity past the end", Quantity{Start: 21, End: 34, Counted: "soldier", Dimension: "count"},
			[]Entity{{Name: "Russia", Kind: Country, Text: "Russia", Start: 80, End: 86}}},
		{"entity with a negative start", Quantity{Start: 21, End: 34, Counted: "soldier", Dimension: "count"},
			[]Entity{{Name: "North Korea", Kind: Country, Text: "North Korea", Start: -5, End: 11}}},
		{"person with a start past the end", Quantity{Start: 21, End: 34, Counted: "soldier", Dimension: "count"},
			[]Entity{{Name: "North Korea", Kind: Country, Text: "North Korea", Start: 0, End: 11},
				{Name: "Kim Jong Un", Kind: Person, Text: "Kim", Start: 90, End: 12}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Claim{Text: text, Quantities: []Quantity{tt.q}, Entities: tt.ents}
			for _, f := range FindFacets(&c) {
				if f.Subject == "" || f.Key == "" {
					t.Errorf("facet without subject or key: %+v", f)
				}
			}
		})
	}
}
