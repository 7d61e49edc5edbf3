package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestUnitAliasesFound reads every alias of data/units.tsv and
// data/counted.tsv back through FindQuantities, so that a typo or an alias
// the tokenizer splits differently shows up as a failing case.
func TestUnitAliasesFound(t *testing.T) {
	for _, row := range tsvRows(unitsTSV) {
		for _, a := range tsvAliases(row[4]) {
			text, want := "37 "+a, 37.0
			switch row[3] {
			case "before":
				text = a + "37"
			case "implied":
				text, want = "37 लाख "+a, 3700000 // a sum of lakhs the noun says is money
			case "implied-link":
				text, want = "37 लाख "+a+" मदत", 3700000
			}
			if length, ok := strings.CutPrefix(row[3], "perhour:"); ok {
				text = a + " 37 " + length // ঘণ্টায় 37 km
			}
			t.Run(row[0]+" "+a, func(t *testing.T) {
				qs := FindQuantities(text, "")
				if len(qs) != 1 || qs[0].Unit != row[0] || qs[0].Value != want {
					t.Errorf("FindQuantities(%q) = %+v, want %v %s", text, qs, want, row[0])
				}
			})
		}
	}
	for _, row := range tsvRows(countedTSV) {
		for _, a := range tsvAliases(row[1]) {
			text := "37 " + a
			t.Run(row[0]+" "+a, func(t *testing.T) {
				qs := FindQuantities(text, "")
				// গ্রাম is grams before villages: a unit wins over a noun.
				if len(qs) != 1 || (qs[0].Counted != row[0] && qs[0].Unit == "") {
					t.Errorf("FindQuantities(%q) = %+v, want 37 %s", text, qs, row[0])
				}
			})
		}
	}
}

// TestCalendarAliasesFound reads every month and weekday alias back
// through FindDates.
func TestCalendarAliasesFound(t *testing.T) {
	pub := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, row := range tsvRows(monthsTSV) {
		for _, a := range tsvAliases(row[1]) {
			text := "21 " + a + " 2024"
			want := fmt.Sprintf("2024-%02s-21", row[0])
			t.Run(a, func(t *testing.T) {
				ds := FindDates(text, "", time.Time{})
				if len(ds) != 1 || ds[0].ISO != want {
					t.Errorf("FindDates(%q) = %+v, want %s", text, ds, want)
				}
			})
		}
	}
	for _, row := range tsvRows(weekdaysTSV) {
		for _, a := range tsvAliases(row[1]) {
			t.Run(a, func(t *testing.T) {
				ds := FindDates(a, "", pub)
				if len(ds) != 1 || ds[0].Precision != PrecisionDay || ds[0].ISO == "" {
					t.Errorf("FindDates(%q) = %+v, want a resolved weekday", a, ds)
				}
			})
		}
	}
}
