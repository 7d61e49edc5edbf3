package claims

import (
	"testing"
	"unicode/utf8"
)

// FuzzFindEntities checks that entity, role and flag finding never panic and
// that every span lies inside the text and quotes it exactly.
func FuzzFindEntities(f *testing.F) {
	for _, s := range []string{
		"রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনকে",
		"কিম জং আপনি। দৃ strong ় জারগ্রাদবিশেষ",
		"रशियाचे अध्यक्ष व्लादिमीर पुतीन यांनी अधिका officials ्यांनी शटरस्टॉकडोनाल्ड",
		"Kim Jong Un, the supreme leader of North Korea; U.S. and J.D. Vance",
		"়্ ি", "U.S.A.", "Vladmir Poutin",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		text = lexNFC(text)
		runes := []rune(text)
		ents := FindEntities(text, "")
		last := 0
		for _, e := range ents {
			if e.Start < last || e.End <= e.Start || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
				t.Fatalf("entity %+v: bad span in %q", e, text)
			}
			last = e.End
		}
		for _, r := range FindRoles(text, "", ents) {
			if r.Start < 0 || r.End > len(runes) || string(runes[r.Start:r.End]) != r.Text {
				t.Fatalf("role %+v: bad span in %q", r, text)
			}
		}
		c := &Claim{Text: text, Entities: ents}
		for _, fl := range FindFlags(c) {
			if fl.Start < 0 || fl.End > len(runes) || fl.Start > fl.End || string(runes[fl.Start:fl.End]) != fl.Evidence {
				t.Fatalf("flag %+v: bad span in %q", fl, text)
			}
		}
		_ = Transliterate(text)
	})
}
