// Command countries writes claims/data/gazetteer_countries.tsv: every
// country and the larger dependent territories, with their names in
// English, Bengali, Hindi and Marathi as CLDR gives them through
// golang.org/x/text/language/display. It is a development tool, never part
// of the claimdesk binary. Regenerate with
//
//	go generate ./claims/
//
// after bumping golang.org/x/text, and review the diff: CLDR renames
// countries now and then, and the lexicon's canonical names are a public
// interface (they are the subjects facets are keyed and compared by).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// notCountries are ISO codes CLDR files as regions but that name no
// country a news story would: reserved codes, groupings, and specks with no
// standing population.
var notCountries = set("AC", "CP", "DG", "EA", "IC", "TA", "EZ", "UN", "QO",
	"BV", "HM", "UM", "TF", "IO", "GS", "CC", "CX", "NF", "PN", "SJ", "TK", "NU", "CK",
	"WF", "PM", "SH", "BL", "MF", "SX", "BQ",
	// Jersey and Guernsey: জার্সি, जर्सी are a sports shirt far more often.
	"JE", "GG")

// territories are dependent territories: places, not countries, to the
// engine (a figure about Greenland is not about Denmark, but no head of
// state is bound to it).
var territories = set("AS", "AI", "AW", "AX", "BM", "CW", "FK", "FO", "GF", "GI", "GL",
	"GP", "GU", "HK", "IM", "KY", "MO", "MP", "MQ", "MS", "NC", "PF", "PR", "RE", "TC",
	"VG", "VI", "YT", "EH", "AQ")

// canonical gives the lexicon's name where CLDR's short English name is not
// the one the engine already uses or the one newsrooms write, and the Latin
// aliases CLDR lacks.
var canonical = map[string][]string{
	"BA": {"Bosnia and Herzegovina", "Bosnia"},
	"CD": {"Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"},
	"CG": {"Republic of the Congo", "Congo-Brazzaville"},
	"CI": {"Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"},
	"CZ": {"Czech Republic", "Czechia"},
	"MK": {"North Macedonia", "Macedonia"},
	"SZ": {"Eswatini", "Swaziland"},
	"MM": {"Myanmar", "Burma"},
	"HK": {"Hong Kong"},
	"MO": {"Macau", "Macao"},
	"PS": {"Palestine", "Palestinian Territories"},
	"TL": {"Timor-Leste", "East Timor"},
	"VA": {"Vatican City", "Vatican", "Holy See"},
	"TR": {"Turkey", "Türkiye"},
	"CV": {"Cape Verde", "Cabo Verde"},
	"BS": {"Bahamas", "The Bahamas"},
	"GM": {"Gambia", "The Gambia"},
	"ST": {"São Tomé and Príncipe", "Sao Tome and Principe"},
	"VC": {"Saint Vincent and the Grenadines"},
	"US": {"United States"},
	"GB": {"United Kingdom"},
	"AQ": {"Antarctica"},
}

// parenAlias are the codes whose CLDR name carries a second name in
// parentheses worth keeping as an alias: মায়ানমার (বার্মা). Elsewhere a
// parenthesis explains (হংকং (চীন বিশেষ প্রশাসনিক ক্ষেত্র)) and is dropped.
var parenAlias = set("MM", "BU")

// dropped are CLDR names that are also common words of the language: as
// aliases they would turn a gardener, a bedsheet or a queue into a country.
// Hand-written rows in entities.tsv may still carry a safer spelling.
var dropped = map[string]string{
	"চাদ":    "চাদর (a bedsheet) is চাদ with the ending র",
	"মালি":   "a gardener",
	"माली":   "a gardener",
	"पेरू":   "a guava",
	"चिली":   "chilli",
	"टोंगा":  "a horse cart",
	"গিনি":   "a gold coin",
	"गिनी":   "counted (गिनी गई)",
	"মাল্টা": "a citrus fruit sold under that name",
	"সিসিলি": "Sicily",
	"কাতার":  "a row, a queue",
	"कतार":   "a row, a queue",
	"जर्सी":  "a sports shirt",
	"জার্সি": "a sports shirt",
}

var tail = strings.NewReplacer(" SAR China", "", " এসএআর চীনা", "", " एसएआर चीन", "")

func main() {
	out := flag.String("o", "", "write to this file instead of standard output")
	flag.Parse()
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	if err := write(w); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func write(w io.Writer) error {
	b := bufio.NewWriter(w)
	fmt.Fprint(b, header)
	for _, code := range regionCodes() {
		r := language.MustParseRegion(code)
		typ := "country"
		if territories[code] {
			typ = "territory"
		}
		if code == "AQ" {
			typ = "region"
		}
		var aliases []string
		add := func(a string) {
			a = norm.NFC.String(strings.TrimSpace(a))
			if a != "" && dropped[a] == "" && !slices.Contains(aliases, a) {
				aliases = append(aliases, a)
			}
		}
		name := english(display.English.Regions().Name(r))
		if c, ok := canonical[code]; ok {
			name = c[0]
			for _, a := range c {
				add(a)
			}
		}
		add(name)
		for _, d := range []*display.Dictionary{display.Bengali, display.Hindi, display.Marathi} {
			for _, a := range indic(code, d.Regions().Name(r)) {
				add(a)
			}
		}
		fmt.Fprintf(b, "%s\t%s\t%s\n", name, typ, strings.Join(aliases, "|"))
	}
	return b.Flush()
}

// regionCodes returns the ISO 3166 codes CLDR names as countries, in code
// order, without deprecated codes (DD, BU, ZR) and notCountries.
func regionCodes() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			code := string([]rune{a, c})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || notCountries[code] {
				continue
			}
			if r.Canonicalize().String() != code || display.English.Regions().Name(r) == "" {
				continue
			}
			codes = append(codes, code)
		}
	}
	return codes
}

// english turns CLDR's short English name into a newsroom's: "and" for
// "&", "Saint" for "St.", no "SAR China", no parenthesis.
func english(s string) string {
	s = tail.Replace(s)
	s = strings.ReplaceAll(s, " & ", " and ")
	s = strings.ReplaceAll(s, "St. ", "Saint ")
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	return s
}

// indic splits a Bengali or Devanagari CLDR name into its aliases.
func indic(code, s string) []string {
	s = tail.Replace(s)
	head, rest, ok := strings.Cut(s, "(")
	out := []string{strings.TrimSpace(head)}
	if ok && parenAlias[code] {
		inner, _, _ := strings.Cut(rest, ")")
		out = append(out, inner)
	}
	return out
}

func set(codes ...string) map[string]bool {
	m := map[string]bool{}
	for _, c := range codes {
		m[c] = true
	}
	return m
}

const header = `# Claimdesk gazetteer: countries and the larger dependent territories.
# GENERATED by claims/internal/gen/countries from CLDR (golang.org/x/text
# /language/display: English, Bengali, Hindi and Marathi region names); do
# not edit by hand: regenerate with "go generate ./claims/". Demonyms and
# other spellings live in entities.tsv, whose rows of the same name merge
# with these. Names CLDR gives that are common words (মালি, a gardener;
# पेरू, a guava) are left out: see the generator's dropped list.
# Columns: canonical English name, type (country, territory, region), aliases.
`
