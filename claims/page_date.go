package claims

import (
	_ "embed"
	"strings"
	"sync"
	"time"
	"unicode"
)

//go:embed data/date_labels.txt
var dateLabelsTXT string

var dateLabels = sync.OnceValue(func() []string {
	var out []string
	for _, row := range tsvRows(dateLabelsTXT) {
		out = append(out, MatchKey(row[0]))
	}
	return out
})

// pageDate returns the date a page says the article was published or
// updated on, from the furniture cleaning removed: the first removed line
// that carries a publishing label (data/date_labels.txt) and a date to the
// day with its year. Zero when there is none. A scraped page without front
// matter often has its date only there; a bare date on a banner, with no
// label, is the day of the scrape and is never taken.
func pageDate(removed []Residue, lang string) time.Time {
	for _, r := range removed {
		// A date needs a digit: most residue has none, and the label test
		// costs more than the look (BenchmarkPipeline).
		if len(r.Text) > 300 || !strings.ContainsFunc(r.Text, unicode.IsDigit) || !hasDateLabel(r.Text) {
			continue
		}
		for _, d := range FindDates(r.Text, lang, time.Time{}) {
			if d.Relative || d.Precision != "day" {
				continue
			}
			if t, err := time.Parse(time.DateOnly, d.ISO); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// hasDateLabel reports whether text carries a publishing label as a word.
func hasDateLabel(text string) bool {
	words := " " + strings.Join(facetSplitWords(MatchKey(text)), " ") + " "
	for _, l := range dateLabels() {
		if strings.Contains(words, " "+l+" ") {
			return true
		}
	}
	return false
}
