package store

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"সেনা", `"সেনা"*`},
		{"  पुतीन   किम ", `"पुतीन"* "किम"*`},
		{"10,000 troops", `("10000" OR "10 000") "troops"*`},
		{"১০,০০০", `("10000" OR "১০ ০০০")`},
		{"10000", `"10000"`},
		{"1.5", `"1 5"`},
		{"“मैत्री”", `"मैत्री"*`},
		{`"কিম জং উন"`, `"কিম জং উন"`},
		{"putin OR kim", "putin OR kim"},
		{"সৈন্য*", "সৈন্য*"},
		{"— , ।", ""},
		{"", ""},
		// Decomposed nukta (ड + ़) is composed like the indexed text.
		{"\u0921\u093c", `"` + norm.NFC.String("\u0921\u093c") + `"*`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ftsQuery(tt.in); got != tt.want {
				t.Errorf("ftsQuery(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSearchClaims(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	bn, mr := bengaliFixture(), marathiFixture()
	mustAddArticle(t, db, bn)
	mustAddArticle(t, db, mr)
	tests := []struct {
		query string
		want  []string // claim texts, in any order
	}{
		// সেনা occurs only inflected (সেনাকে): found as a word start.
		{"সেনা", []string{bnTroops}},
		{"কিম", []string{bnKimPresident, bnTroops}},
		{"কিম জং", []string{bnKimPresident}},
		// A vowel sign (ै, ा) does not split the word: the whole word matches.
		{"सैन्याला", []string{mrTroops}},
		{"पुतीन", []string{mrKimLeader}},
		{"1.5", []string{mrTroops}},
		{"प्रेसिडेन्ट", nil},
		{`"किम जोंग उन" OR পুতিন`, []string{bnKimPresident, mrKimLeader}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rows, err := db.SearchClaims(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("SearchClaims(%q): %v", tt.query, err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Claim.Text)
			}
			if !sameSet(got, tt.want) {
				t.Errorf("SearchClaims(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	t.Run("rows are whole claims", func(t *testing.T) {
		rows, err := db.SearchClaims(ctx, "सैन्याला", 0)
		if err != nil || len(rows) != 1 {
			t.Fatalf("SearchClaims = %v, %v", rows, err)
		}
		if got := rows[0]; got.Article != mr.Origin || !reflect.DeepEqual(got.Claim, mr.Claims[1]) {
			t.Errorf("hit = %+v, want claim 2 of %s", got, mr.Origin)
		}
	})
	t.Run("limit", func(t *testing.T) {
		rows, err := db.SearchClaims(ctx, "কিম", 1)
		if err != nil || len(rows) != 1 {
			t.Errorf("SearchClaims limit 1 = %d rows, %v; want 1", len(rows), err)
		}
	})
	for _, bad := range []string{`"unclosed`, "kim AND", "(", "   ", "।", "NEAR(", "kim:"} {
		t.Run("invalid "+bad, func(t *testing.T) {
			_, err := db.SearchClaims(ctx, bad, 10)
			if got := claims.ErrorCode(err); got != claims.EINVALID {
				t.Errorf("SearchClaims(%q) error = %v (code %q), want EINVALID", bad, err, got)
			}
			// A plain message: nothing of SQLite's own wording.
			for _, internal := range []string{"fts5", "syntax error", "sqlite", "no such column"} {
				if msg := claims.ErrorMessage(err); strings.Contains(strings.ToLower(msg), internal) {
					t.Errorf("SearchClaims(%q) says %q, want no %q", bad, msg, internal)
				}
			}
		})
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, s := range a {
		seen[s]++
	}
	for _, s := range b {
		seen[s]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestSearchCommonWord checks that a word more than searchRankAtMost claims
// hold shows its newest claims, newest first, while a query with fewer hits
// is ranked whole: an old claim that states the common word most often is
// left out, one that alone states a rarer word is found.
func TestSearchCommonWord(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	mustAddArticle(t, db, fixtureArticle("old.txt", "en", "Kim Kim Kim Kim Kim spoke of the harvest."))
	texts := make([]string, searchRankAtMost)
	for i := range texts {
		texts[i] = "Later Kim met delegation " + strings.Repeat("x", 1+i%7) + "."
	}
	mustAddArticle(t, db, fixtureArticle("new.txt", "en", texts...))
	tests := []struct {
		query   string
		wantOld bool // the old article's claim is found
		wantMin int
	}{
		{"kim", false, 10},
		{"harvest", true, 1},
		{"kim harvest", true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rows, err := db.SearchClaims(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			old := false
			for _, r := range rows {
				old = old || r.Article == "old.txt"
			}
			if old != tt.wantOld || len(rows) < tt.wantMin {
				t.Errorf("SearchClaims(%q): %d rows, old claim found %v; want at least %d, old found %v", tt.query, len(rows), old, tt.wantMin, tt.wantOld)
			}
			if !tt.wantOld {
				for i := 1; i < len(rows); i++ {
					if rows[i].ClaimID > rows[i-1].ClaimID {
						t.Errorf("SearchClaims(%q): claim %d after %d, want the newest first", tt.query, rows[i].ClaimID, rows[i-1].ClaimID)
						break
					}
				}
			}
		})
	}
}

// TestSearchCommonWordAsWritten checks that a word more claims hold as
// written than are ranked shows the newest of those claims, without
// reading every claim of every word it starts (a newer claim holding it
// only inflected is not among them), while a word start that few claims
// hold as written is still a prefix: "Ki" finds the newest claims of Kim.
func TestSearchCommonWordAsWritten(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	texts := make([]string, searchRankAtMost)
	for i := range texts {
		texts[i] = "Later Kim met delegation " + strings.Repeat("x", 1+i%7) + "."
	}
	mustAddArticle(t, db, fixtureArticle("kim.txt", "en", texts...))
	mustAddArticle(t, db, fixtureArticle("newer.txt", "en", "Kimberley reported the harvest."))
	for _, tt := range []struct {
		query     string
		wantNewer bool
	}{
		{"kim", false},
		{"ki", true},
	} {
		t.Run(tt.query, func(t *testing.T) {
			rows, err := db.SearchClaims(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 10 {
				t.Fatalf("SearchClaims(%q): %d rows, want 10", tt.query, len(rows))
			}
			newer := false
			for i, r := range rows {
				newer = newer || r.Article == "newer.txt"
				if i > 0 && r.ClaimID > rows[i-1].ClaimID {
					t.Errorf("SearchClaims(%q): claim %d after %d, want the newest first", tt.query, r.ClaimID, rows[i-1].ClaimID)
				}
			}
			if newer != tt.wantNewer {
				t.Errorf("SearchClaims(%q): the newer claim of Kimberley found %v, want %v", tt.query, newer, tt.wantNewer)
			}
		})
	}
}

func TestExactQuery(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"সেনা", `"সেনা"`},
		{"  पुतीन   किम ", `"पुतीन" "किम"`},
		{"10,000 troops", `("10000" OR "10 000") "troops"`},
		{`"কিম জং উন"`, `"কিম জং উন"`},
		{"সৈন্য*", "সৈন্য*"},
		{"", ""},
	} {
		if got := exactQuery(tt.in); got != tt.want {
			t.Errorf("exactQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
