package claims

import (
	_ "embed"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Language data for quantities, dates and check-worthiness. Each file says
// its own format in its header comment.
var (
	//go:embed data/numbers.tsv
	numbersTSV string
	//go:embed data/numbers_endings.tsv
	endingsTSV string
	//go:embed data/units.tsv
	unitsTSV string
	//go:embed data/counted.tsv
	countedTSV string
	//go:embed data/qualifiers.tsv
	qualifiersTSV string
	//go:embed data/months.tsv
	monthsTSV string
	//go:embed data/weekdays.tsv
	weekdaysTSV string
	//go:embed data/dates_relative.tsv
	datesRelativeTSV string
	//go:embed data/score_attribution.tsv
	attributionTSV string
	//go:embed data/counted_stops.tsv
	countedStopsTSV string
	//go:embed data/numbers_labels.tsv
	numberLabelsTSV string
	//go:embed data/numbers_tally_words.tsv
	numberTallyTSV string
	//go:embed data/numbers_ranges.tsv
	numberRangesTSV string
)

// tsvRows splits an embedded table into NFC-normalised fields, skipping
// blank lines and # comments. The lexicons are normalised like the text
// they are matched against: Bengali ড় ঢ় য় and Devanagari क़..य़ decompose
// under NFC, so a hand-typed alias may differ from the text until both are.
func tsvRows(data string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(norm.NFC.String(line), "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, fields)
	}
	return rows
}

// tsvAliases splits an alias column on "|".
func tsvAliases(field string) []string {
	var out []string
	for _, a := range strings.Split(field, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}
