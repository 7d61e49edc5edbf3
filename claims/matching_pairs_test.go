package claims

import (
	"strings"
	"testing"
)

// fxMatchTexts runs the engine over each text as one article, in order, and
// matches each article's facets against those before it and its own, as an
// import does.
func fxMatchTexts(tb testing.TB, texts ...string) []Match {
	tb.Helper()
	var stored []FacetRef
	var matches []Match
	for i, text := range texts {
		a, err := Process("pair", []byte(text), Meta{}, Options{})
		if err != nil {
			tb.Fatalf("Process(%q): %v", text, err)
		}
		articleID := int64(i + 1)
		var fresh []FacetRef
		for j := range a.Claims {
			c := &a.Claims[j]
			for _, f := range FindFacets(c) {
				fresh = append(fresh, FacetRef{Facet: f, ArticleID: articleID,
					ClaimID: articleID*1000 + int64(c.Ordinal), Text: c.Text, Score: c.Score})
			}
		}
		matches = append(matches, MatchFacets(fresh, stored)...)
		stored = append(stored, fresh...)
	}
	return matches
}

// TestMatchClaimPairs runs pairs of claims in different languages through
// the whole engine and checks what a reviewer would see: the relation, what
// was compared, or nothing at all where the claims are about different
// things.
func TestMatchClaimPairs(t *testing.T) {
	tests := []struct {
		name   string
		texts  []string
		want   string // "relation kind subject/attribute", "" for no match
		values []string
	}{
		{
			name: "more than 10,000 troops fits 11,000",
			texts: []string{"North Korea has sent more than 10,000 troops to Russia.",
				"উত্তর কোরিয়া রাশিয়ায় ১১ হাজার সেনা পাঠিয়েছে।"},
			want:   "agrees quantity North Korea/soldier count",
			values: []string{">10000 soldier", "11000 soldier"},
		},
		{
			name: "11,000 troops against the garbled at least 1.5",
			texts: []string{"About 11,000 North Korean soldiers are fighting in the Kursk region.",
				"युक्रेनच्या म्हणण्यानुसार, किमान 1.5 उत्तर कोरियाच्या सैन्याला पाठविण्यात आले आहे."},
			want:   "conflicts quantity North Korea/soldier count",
			values: []string{"~11000 soldier", ">=1.5 soldier"},
		},
		{
			name: "12,000 troops received against 10,000 sent",
			texts: []string{"Russia has received 12,000 troops from North Korea.",
				"North Korea has sent 10,000 troops."},
			want:   "conflicts quantity North Korea/soldier count",
			values: []string{"12000 soldier", "10000 soldier"},
		},
		{
			name: "ten kilometres and six miles at Dobropillia",
			texts: []string{"Russian forces advanced 10 km near Dobropillia this week.",
				"Russian troops moved six miles into Dobropillia."},
			want:   "agrees quantity Dobropillia/distance",
			values: []string{"10 km", "6 mi"},
		},
		{
			name: "hours of two meetings are not compared",
			texts: []string{"Putin and Kim talked for more than 10 hours.",
				"Putin and Kim talked for about two and a half hours."},
		},
		{
			name: "troops and an occupied share are not compared",
			texts: []string{"North Korea has sent 10,000 troops to Russia.",
				"Russia occupies about 20% of Ukraine."},
		},
		{
			name: "the dead are not the deployed",
			texts: []string{"About 4,000 North Korean soldiers were killed in Kursk.",
				"North Korea has sent 11,000 troops to Russia."},
		},
		{
			name: "an army's size has no owner next to it",
			texts: []string{"North Korea has sent 10,000 troops to Russia.",
				"North Korea has an army of 1.2 million soldiers."},
		},
		{
			name: "president against leader across scripts",
			texts: []string{"North Korean President Kim Jong Un met Putin.",
				"उत्तर कोरियाचे नेते किम जोंग उन यांनी भेट घेतली."},
			want:   "conflicts role Kim Jong Un/role",
			values: []string{"president", "leader"},
		},
		{
			name: "supreme leader agrees with leader",
			texts: []string{"Kim Jong Un, the supreme leader of North Korea, thanked Putin.",
				"উত্তর কোরিয়ার নেতা কিম জং উন পুতিনকে ধন্যবাদ জানান।"},
			want:   "agrees role Kim Jong Un/role",
			values: []string{"supreme leader", "leader"},
		},
		{
			name: "president in Marathi and English",
			texts: []string{"Russian President Vladimir Putin spoke on Friday.",
				"रशियाचे अध्यक्ष व्लादिमीर पुतीन यांनी चर्चा केली."},
			want:   "agrees role Vladimir Putin/role",
			values: []string{"president", "president"},
		},
		{
			name: "a visit's day against its month",
			texts: []string{"Putin visited Pyongyang on June 19, 2024.",
				"Vladimir Putin visited Pyongyang in June 2024."},
			want:   "agrees date Vladimir Putin/visit to Pyongyang",
			values: []string{"2024-06-19", "2024-06"},
		},
		{
			name: "a conflict inside one article",
			texts: []string{"North Korea sent 3,000 troops to Russia.\n" +
				"Officials said more than 3,000 North Korean soldiers had arrived."},
			want:   "conflicts quantity North Korea/soldier count",
			values: []string{"3000 soldier", ">3000 soldier"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			matches := fxMatchTexts(t, tt.texts...)
			var got []string
			for _, m := range matches {
				got = append(got, fxMatchLine(m))
			}
			if tt.want == "" {
				if len(matches) > 0 {
					t.Errorf("want no match, got %q", got)
				}
				return
			}
			for _, m := range matches {
				line := m.Relation + " " + m.Kind + " " + m.Subject + "/" + m.Attribute
				if line == tt.want && m.A.Value == tt.values[0] && m.B.Value == tt.values[1] {
					return
				}
			}
			t.Errorf("want %s %q, got:\n%s", tt.want, tt.values, strings.Join(got, "\n"))
		})
	}
}
