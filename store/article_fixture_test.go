package store

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
)

// mustOpenImportDB opens a fresh database file in the test's temp dir.
func mustOpenImportDB(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(context.Background(), filepath.Join(tb.TempDir(), "claimdesk.db"))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// mustAddArticle stores a and fails the test on error.
func mustAddArticle(tb testing.TB, db *DB, a *claims.Article) AddResult {
	tb.Helper()
	res, err := db.AddArticle(context.Background(), a)
	if err != nil {
		tb.Fatalf("add %s: %v", a.Origin, err)
	}
	return res
}

// fixtureArticle builds an article whose clean text is the claims joined by
// spaces and whose raw text is an ad marker followed by that, with every
// offset (runes) consistent, as Process would give it.
func fixtureArticle(origin, lang string, texts ...string) *claims.Article {
	const ad = "[ad_1]\n"
	clean := strings.Join(texts, " ")
	raw := ad + clean
	a := &claims.Article{
		Origin: origin, Title: "Fixture " + origin, Source: "Fixture News", URL: "https://example.org/" + origin,
		Language: lang, Published: time.Date(2024, 6, 21, 0, 0, 0, 0, time.UTC),
		Raw: raw, Clean: clean,
		Removed: []claims.Residue{{Start: 0, End: utf8.RuneCountInString(ad) - 1, Text: "[ad_1]", Reason: "ad marker"}},
	}
	pos := 0
	skip := utf8.RuneCountInString(ad)
	for i, t := range texts {
		n := utf8.RuneCountInString(t)
		a.Claims = append(a.Claims, claims.Claim{
			Ordinal: i + 1, Text: t, Language: lang,
			Start: skip + pos, End: skip + pos + n, CleanStart: pos, CleanEnd: pos + n,
		})
		pos += n + 1
	}
	a.Hash = "" // AddArticle derives it from Raw
	return a
}

// span returns the rune offsets of part in text; the fixture sentences are
// written so each part occurs once.
func span(text, part string) (int, int) {
	i := strings.Index(text, part)
	if i < 0 {
		panic("fixture: " + part + " not in " + text)
	}
	start := utf8.RuneCountInString(text[:i])
	return start, start + utf8.RuneCountInString(part)
}

func entity(text, written, name, kind string) claims.Entity {
	s, e := span(text, written)
	return claims.Entity{Name: name, Kind: kind, Text: written, Start: s, End: e}
}

func role(text, written, person, title string) claims.Role {
	s, e := span(text, written)
	return claims.Role{Person: person, Role: title, Text: written, Start: s, End: e}
}

// Sentences from the seeds: Kim Jong Un is "president" in the Bengali
// article and "leader" in the Marathi one; the troop figures are 10,000 and
// the garbled "at least 1.5".
const (
	bnKimPresident = "এবার পুতিন ও উত্তর কোরিয়ার প্রেসিডেন্ট কিম জং উন এর মধ্যে সম্পর্ক আরও দৃঢ় হতে চলেছে।"
	bnTroops       = "রাশিয়াকে সাহায্য করতে দশ হাজার উত্তর কোরিয়ান সেনাকে পাঠিয়েছে কিম।"
	bnVisit        = "বুধবার ভোরে পিয়ংইয়ংয়ের বিমানবন্দরে পৌঁছান ক্রেমলিন নেতা।"
	mrKimLeader    = "रशियाचे अध्यक्ष व्लादिमीर पुतीन यांनी शुक्रवारी उत्तर कोरियाचे नेते किम जोंग उन यांच्याशी “मैत्री” पुष्टी केली."
	mrTroops       = "युक्रेन आणि दक्षिण कोरियाच्या म्हणण्यानुसार, त्यांच्या रशियन मित्रपक्षांशी लढण्यासाठी किमान 1.5 उत्तर कोरियाच्या सैन्याला पाठविले आहे."
)

// bengaliFixture is a Bengali article: a role claim, a troop figure and a
// plain sentence with a flag.
func bengaliFixture() *claims.Article {
	a := fixtureArticle("002_fixture.txt", "bn", bnKimPresident, bnTroops, bnVisit)
	c := &a.Claims[0]
	c.Score, c.ScoreReasons = 0.8, []string{"named people"}
	c.Entities = []claims.Entity{
		entity(c.Text, "পুতিন", "Vladimir Putin", claims.Person),
		entity(c.Text, "উত্তর কোরিয়ার", "North Korea", claims.Country),
		entity(c.Text, "কিম জং উন", "Kim Jong Un", claims.Person),
	}
	c.Roles = []claims.Role{role(c.Text, "প্রেসিডেন্ট", "Kim Jong Un", "president")}
	c = &a.Claims[1]
	c.Score, c.ScoreReasons = 0.9, []string{"figures", "named people"}
	s, e := span(c.Text, "দশ হাজার")
	c.Quantities = []claims.Quantity{{Text: "দশ হাজার", Start: s, End: e, Value: 10000, Low: 10000, High: 10000,
		Dimension: "count", Counted: "soldier"}}
	c.Entities = []claims.Entity{
		entity(c.Text, "রাশিয়াকে", "Russia", claims.Country),
		entity(c.Text, "উত্তর কোরিয়ান", "North Korea", claims.Country),
		entity(c.Text, "কিম", "Kim Jong Un", claims.Person),
	}
	c = &a.Claims[2]
	c.Score = 0.3
	s, e = span(c.Text, "বুধবার")
	c.Dates = []claims.Date{{Text: "বুধবার", Start: s, End: e, ISO: "2024-06-19", Precision: "day", Relative: true}}
	c.Flags = []claims.Flag{{Kind: claims.FlagGarbledName, Evidence: "ক্রেমলিন নেতা", Note: "test note"}}
	a.Flags = []claims.Flag{{Kind: claims.FlagRunTogether, Evidence: "[ad_1]", Note: "article-level", Start: 0, End: 6}}
	return a
}

// marathiFixture is a Marathi article: Kim Jong Un as leader, Putin as
// president, and the garbled troop figure with its flag.
func marathiFixture() *claims.Article {
	a := fixtureArticle("003_fixture.txt", "mr", mrKimLeader, mrTroops)
	a.Source = "Fixture Marathi"
	c := &a.Claims[0]
	c.Score = 0.7
	c.Entities = []claims.Entity{
		entity(c.Text, "रशियाचे", "Russia", claims.Country),
		entity(c.Text, "व्लादिमीर पुतीन", "Vladimir Putin", claims.Person),
		entity(c.Text, "उत्तर कोरियाचे", "North Korea", claims.Country),
		entity(c.Text, "किम जोंग उन", "Kim Jong Un", claims.Person),
	}
	c.Roles = []claims.Role{
		role(c.Text, "अध्यक्ष", "Vladimir Putin", "president"),
		role(c.Text, "नेते", "Kim Jong Un", "leader"),
	}
	c = &a.Claims[1]
	c.Score = 0.9
	s, e := span(c.Text, "किमान 1.5")
	c.Quantities = []claims.Quantity{{Text: "किमान 1.5", Start: s, End: e, Value: 1.5, Low: 1.5, High: math.Inf(1),
		Qualifier: claims.AtLeast, Dimension: "count", Counted: "soldier"}}
	c.Entities = []claims.Entity{
		entity(c.Text, "युक्रेन", "Ukraine", claims.Country),
		entity(c.Text, "दक्षिण कोरियाच्या", "South Korea", claims.Country),
		entity(c.Text, "उत्तर कोरियाच्या", "North Korea", claims.Country),
	}
	s, e = span(c.Text, "1.5")
	c.Flags = []claims.Flag{{Kind: claims.FlagImplausible, Evidence: "किमान 1.5", Note: "1.5 soldiers", Start: s, End: e}}
	return a
}
