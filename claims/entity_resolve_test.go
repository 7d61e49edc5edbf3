package claims

import (
	"strings"
	"testing"
)

// claimsOf makes one claim a text, read as Process reads it.
func claimsOf(texts ...string) []Claim {
	cs := make([]Claim, len(texts))
	for i, t := range texts {
		cs[i] = Claim{Ordinal: i + 1, Text: lexNFC(t)}
		DefaultLexicon().readClaim(&cs[i])
	}
	return cs
}

// namesOfClaim lists a claim's entity names, "~" marking a garbled one.
func namesOfClaim(c Claim) string {
	return entityNames(c.Entities)
}

// TestResolveNamesShort checks short names in every language: resolved
// through the full names of their own article, left alone when the article
// has none or several equally.
func TestResolveNamesShort(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		claim int    // the claim checked, 0-based
		want  string // its entities after ResolveNames
		roles string // its roles after ResolveNames
	}{
		{"en surname", []string{"North Korean leader Kim Jong Un met Vladimir Putin.", "President Kim said the talks went well."}, 1, "Kim Jong Un", "Kim Jong Un=president"},
		{"en no full name", []string{"Kim said the talks went well."}, 0, "", ""},
		{"en two Kims equally", []string{"Kim Jong Un and Kim Yo Jong arrived.", "Kim said the talks went well."}, 1, "", ""},
		{"en the commoner Kim", []string{"Kim Jong Un and Kim Yo Jong arrived.", "Kim Jong Un spoke first.", "Kim said the talks went well."}, 2, "Kim Jong Un", ""},
		{"bn surname with ending", []string{"উত্তর কোরিয়ার নেতা কিম জং উন মস্কো গেছেন।", "পুতিন কিমকে লিমুজিন উপহার দিয়েছেন।"}, 1, "Vladimir Putin; Kim Jong Un", ""},
		{"bn unknown surname", []string{"জেলা প্রশাসক অনিল শর্মা বলেন, ১২টি দল কাজ করছে।", "শর্মা জানান, পানি কমছে।"}, 1, "Anil Sharma", ""},
		{"hi surname", []string{"उत्तर कोरिया के नेता किम जोंग उन ने कहा।", "किम ने पुतिन से मुलाकात की।"}, 1, "Kim Jong Un; Vladimir Putin", ""},
		{"mr unknown surname", []string{"जिल्हाधिकारी अमोल येडगे यांनी आढावा घेतला.", "येडगे यांनी सांगितले की पाणी ओसरत आहे."}, 1, "Amol Yedge", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := claimsOf(tt.texts...)
			ResolveNames(cs, cs)
			if got := namesOfClaim(cs[tt.claim]); got != tt.want {
				t.Errorf("entities = %q, want %q", got, tt.want)
			}
			if got := roleSummary(cs[tt.claim].Roles); got != tt.roles {
				t.Errorf("roles = %q, want %q", got, tt.roles)
			}
		})
	}
}

// TestResolveNamesStoryScope checks that a short name one article leaves
// unresolved is resolved through a wider scope: the claims of its story.
func TestResolveNamesStoryScope(t *testing.T) {
	article := claimsOf("Kim said the talks went well.")
	story := append(claimsOf("North Korean leader Kim Jong Un met Vladimir Putin."), article...)
	ResolveNames(article, article)
	if got := namesOfClaim(article[0]); got != "" {
		t.Fatalf("within the article: %q, want nothing", got)
	}
	if n := ResolveNames(article, story); n != 1 {
		t.Errorf("ResolveNames over the story changed %d entities, want 1", n)
	}
	if got := namesOfClaim(article[0]); got != "Kim Jong Un" {
		t.Errorf("within the story: %q, want Kim Jong Un", got)
	}
}

// TestResolveNamesUnknownSpellings checks that a name no lexicon has is one
// entity across scripts, named as English spells it, and that a garbled
// spelling of it is marked and flagged.
func TestResolveNamesUnknownSpellings(t *testing.T) {
	cs := claimsOf(
		"জেলা প্রশাসক অনিল শর্মা বলেন, দল পাঠানো হয়েছে।",
		"District Magistrate Anil Sharma visited the camps.",
		"जिलाधिकारी अनिल शुर्मा ने कहा कि राहत जारी है।",
	)
	ResolveNames(cs, cs)
	for i, want := range []string{"Anil Sharma", "Anil Sharma", "Anil Sharma~"} {
		if got := namesOfClaim(cs[i]); got != want {
			t.Errorf("claim %d: %q, want %q", i, got, want)
		}
	}
	if len(cs[2].Flags) != 1 || cs[2].Flags[0].Kind != FlagGarbledName || !strings.Contains(cs[2].Flags[0].Note, "Anil Sharma") {
		t.Errorf("claim 2 flags = %+v, want one garbled-name flag naming Anil Sharma", cs[2].Flags)
	}
}

// storyNames is the scope the store hands ResolveNames for a story: one
// claim per name, as settled by the story's earlier articles.
func storyNames(names ...string) []Claim {
	var out []Claim
	for _, n := range names {
		out = append(out, Claim{Text: n, Entities: []Entity{{Name: n, Kind: Person, Type: Person, Text: n, End: len([]rune(n))}}})
	}
	return out
}

// TestResolveNamesUnknownThroughStory checks that a name no lexicon has
// takes the spelling its story settled, in any script, that the title
// bound to it follows, and that Hindi and Marathi's dropped final "a" and
// Bengali's one letter for b and v are no misspelling.
func TestResolveNamesUnknownThroughStory(t *testing.T) {
	tests := []struct {
		name, text string
		story      []string
		want       string // names of the claim, "~" after a garbled one
		roles      string
	}{
		{"hi final a", "पुलिस आयुक्त राजू भार्गव ने बताया कि जांच जारी है।", []string{"Raju Bhargava"}, "Raju Bhargava", "Raju Bhargava=police commissioner"},
		{"mr two spellings, the richer", "पोलीस आयुक्त राजू भार्गव यांनी सांगितले.", []string{"Raju Bhargav", "Raju Bhargava"}, "Raju Bhargava", "Raju Bhargava=police commissioner"},
		{"bn b for v", "পুলিশ কমিশনার রাজু ভার্গব জানিয়েছেন, তদন্ত চলছে।", []string{"Raju Bhargava"}, "Raju Bhargava", "Raju Bhargava=police commissioner"},
		{"hi misspelt", "पुलिस आयुक्त राजू भरगोस ने बताया कि जांच जारी है।", []string{"Raju Bhargava"}, "Raju Bhargava~", "Raju Bhargava=police commissioner"},
		{"another person", "पुलिस आयुक्त अनिल शर्मा ने बताया कि जांच जारी है।", []string{"Raju Bhargava"}, "Anil Sharma", "Anil Sharma=police commissioner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := claimsOf(tt.text)
			ResolveNames(cs, cs)
			ResolveNames(cs, storyNames(tt.story...))
			if got := namesOfClaim(cs[0]); got != tt.want {
				t.Errorf("entities = %q, want %q", got, tt.want)
			}
			if got := roleSummary(cs[0].Roles); got != tt.roles {
				t.Errorf("roles = %q, want %q", got, tt.roles)
			}
		})
	}
}
