package claims

import (
	"fmt"
	"sync"
	"time"
)

// Date precisions.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// FindDates returns the points in time a claim's text mentions, spans in
// runes of text. Absolute dates (June 21, 2024; ২১ জুন ২০২৪; फेब्रुवारी
// २०२२; 2024-06-21; 21/06/2024, day first) come as ISO at their precision;
// a lone year (1939, ১৯৪৫ সালে) as a year. Relative ones are Relative and
// resolved against published when it is known, else their ISO is "":
//   - a weekday (বুধবার, शुक्रवारी) is the latest such day on or before
//     published; "last Wednesday" the one strictly before, "next" after;
//   - a month alone (in June) is the latest such month on or before
//     published's month; "last June" the latest strictly before it (in
//     June 2024, June 2023); "this June" published's year; "next June"
//     the first strictly after;
//   - "last month", "गेल्या महिन्यात" are published's month plus the offset;
//   - "last year", "গত বছর" are published's year plus the offset, and a
//     month beside them (এই বছরের ফেব্রুয়ারিতে, September last year) is that
//     month of that year;
//   - yesterday, today, tomorrow (গতকাল, आज) are days from published.
//
// A day and month without a year (August 15) is Relative, with the year of
// published when known ("last August 15", গত ১৫ আগস্ট: the latest strictly
// before published); unresolved it keeps ISO 8601's yearless form
// "--08-15" rather than nothing, as the day and month are stated.
// Names of every language apply; lang, when known, rules out the few
// words that mean a date in one language only (काल).
func FindDates(text, lang string, published time.Time) []Date {
	dateStartersOnce.Do(loadDateStarters)
	pooled := getTokens(text)
	defer putTokens(pooled)
	toks := pooled.toks
	var out []Date
	for i := 0; i < len(toks); {
		if toks[i].kind != qNum && !dateStarters.hasToken(&toks[i]) {
			i++
			continue
		}
		d, next, ok := dateAt(toks, i, lang, published)
		if !ok {
			i++
			continue
		}
		d.Text = text[toks[i].b0:toks[next-1].b1]
		d.Start, d.End = toks[i].start, toks[next-1].end
		out = append(out, d)
		i = next
	}
	return out
}

// dateStarters holds every word a date can start with: month and weekday
// names, relative words. Most words are none, and one lookup says so.
var (
	dateStarters     = &keySet{}
	dateStartersOnce sync.Once
)

func loadDateStarters() {
	monthWords.addKeysTo(dateStarters)
	weekdayWords.addKeysTo(dateStarters)
	relativeWords.addKeysTo(dateStarters)
}

// dateAt reads a date starting at toks[i].
func dateAt(toks []qtoken, i int, lang string, pub time.Time) (Date, int, bool) {
	t := toks[i]
	if t.kind == qNum {
		return numericDate(toks, i, pub)
	}
	if t.kind != qWord {
		return Date{}, 0, false
	}
	if m, ok := relativeWords.match(toks, i, nil); ok && (m.val.lang == "" || lang == "" || m.val.lang == lang) {
		if d, n, ok := relativeDate(toks, i, m, pub); ok {
			return d, n, true
		}
	}
	if m, ok := monthAt(toks, i); ok {
		return monthDate(toks, i, m, 0, false, pub)
	}
	if m, ok := weekdayAt(toks, i); ok {
		return weekdayDate(m.val.n, 0, pub), m.next, true
	}
	return Date{}, 0, false
}

// relativeDate reads a relative phrase: yesterday, last year, গত বছরের
// ফেব্রুয়ারিতে, last June, next Friday.
func relativeDate(toks []qtoken, i int, m phraseMatch[relativeWord], pub time.Time) (Date, int, bool) {
	switch m.val.kind {
	case "day":
		d := Date{Precision: PrecisionDay, Relative: true}
		if !pub.IsZero() {
			d.ISO = pub.AddDate(0, 0, m.val.offset).Format("2006-01-02")
		}
		return d, m.next, true
	case "month":
		d := Date{Precision: PrecisionMonth, Relative: true}
		if !pub.IsZero() {
			first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
			d.ISO = first.AddDate(0, m.val.offset, 0).Format("2006-01")
		}
		return d, m.next, true
	case "year":
		if mm, ok := monthAt(toks, m.next); ok {
			d := Date{Precision: PrecisionMonth, Relative: true}
			if !pub.IsZero() {
				d.ISO = fmt.Sprintf("%04d-%02d", pub.Year()+m.val.offset, mm.val.n)
			}
			return d, mm.next, true
		}
		d := Date{Precision: PrecisionYear, Relative: true}
		if !pub.IsZero() {
			d.ISO = fmt.Sprintf("%04d", pub.Year()+m.val.offset)
		}
		return d, m.next, true
	case "mod":
		if mm, ok := monthAt(toks, m.next); ok {
			d, n, _ := monthDate(toks, m.next, mm, m.val.offset, true, pub)
			return d, n, true
		}
		if wd, ok := weekdayAt(toks, m.next); ok {
			return weekdayDate(wd.val.n, m.val.offset, pub), wd.next, true
		}
		if day, n := dayAt(toks, m.next); day > 0 {
			if mm, ok := monthAt(toks, n); ok {
				return relativeDay(mm.val.n, day, m.val.offset, pub), mm.next, true // গত ১৫ আগস্ট
			}
		}
	}
	return Date{}, 0, false
}

// monthDate reads a date around the month name at toks[i]: June 21, 2024;
// June 2024; September last year; a month alone. mod is the last/this/next
// offset that stood before it, explicit telling "this June" from "June".
func monthDate(toks []qtoken, i int, m phraseMatch[calendarWord], mod int, explicit bool, pub time.Time) (Date, int, bool) {
	month, k := m.val.n, m.next
	day, year := 0, 0
	// A month with a case ending ("जूनमध्ये ३०", "জুনে ৩০") has closed its
	// phrase: the number after it is a figure, not the day.
	if !explicit && m.ending == "" {
		if dd, n := dayAt(toks, k); dd > 0 {
			day, k = dd, n
			if k+1 < len(toks) && (toks[k].key == "-" || toks[k].key == "–") {
				if d2, n2 := dayAt(toks, k+1); d2 > dd {
					k = n2 // June 21-22, 2024: the first day stands for the span
				}
			}
			if k < len(toks) && toks[k].key == "," {
				if y, n2 := yearAt(toks, k+1); y > 0 {
					year, k = y, n2
				}
			}
		}
	}
	if !explicit {
		if y, n := yearAt(toks, k); y > 0 && year == 0 {
			year, k = y, n
		}
	}
	if year > 0 {
		if day > 0 {
			return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", year, month, day), Precision: PrecisionDay}, k, true
		}
		return Date{ISO: fmt.Sprintf("%04d-%02d", year, month), Precision: PrecisionMonth}, k, true
	}
	if day > 0 {
		return yearlessDay(month, day, pub), k, true
	}
	if !explicit {
		if rm, ok := relativeWords.match(toks, k, nil); ok && rm.val.kind == "year" {
			d := Date{Precision: PrecisionMonth, Relative: true}
			if !pub.IsZero() {
				d.ISO = fmt.Sprintf("%04d-%02d", pub.Year()+rm.val.offset, month)
			}
			return d, rm.next, true
		}
		if m.val.short && m.ending == "" {
			n, ok := monthNounAt(toks, k)
			if !ok {
				return Date{}, 0, false // মে alone is too often not May
			}
			k = n // मे महिन्यात: the month of May
		}
	}
	d := Date{Precision: PrecisionMonth, Relative: true}
	if !pub.IsZero() {
		d.ISO = fmt.Sprintf("%04d-%02d", relativeMonthYear(pub, month, mod, explicit), month)
	}
	return d, k, true
}

// relativeMonthYear returns the year of a month named relative to pub.
func relativeMonthYear(pub time.Time, month, mod int, explicit bool) int {
	y, pm := pub.Year(), int(pub.Month())
	switch {
	case mod < 0:
		if month < pm {
			return y
		}
		return y - 1
	case mod > 0:
		if month > pm {
			return y
		}
		return y + 1
	case explicit:
		return y
	case month <= pm:
		return y
	}
	return y - 1
}

// yearlessDay is a day and month stated without a year (August 15): the
// one of pub's year, unless that lies more than yearlessAhead after pub,
// when a report recalls the year before's ("Hasina fled on August 5" in a
// February report). A day just ahead is an announced one ("the polls on
// June 21").
func yearlessDay(month, day int, pub time.Time) Date {
	d := Date{Precision: PrecisionDay, Relative: true, ISO: fmt.Sprintf("--%02d-%02d", month, day)}
	if !pub.IsZero() {
		y := pub.Year()
		if time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Sub(pub) > yearlessAhead {
			y--
		}
		d.ISO = fmt.Sprintf("%04d-%02d-%02d", y, month, day)
	}
	return d
}

// yearlessAhead is how far after its report a day stated without a year
// may lie and still be of the report's year: a handover announced for
// December 1 in September is this year's, the day Hasina fled (August 5)
// recalled in February last year's.
const yearlessAhead = 120 * 24 * time.Hour

// relativeDay is a day and month after last/this/next (গত ১৫ আগস্ট):
// last is the latest such day strictly before pub, next the first strictly
// after, this the one in pub's year.
func relativeDay(month, day, mod int, pub time.Time) Date {
	d := yearlessDay(month, day, pub)
	if pub.IsZero() || d.ISO[0] == '-' {
		return d
	}
	y := pub.Year()
	on := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	today := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	switch {
	case mod < 0 && !on.Before(today):
		y--
	case mod > 0 && !on.After(today):
		y++
	}
	d.ISO = fmt.Sprintf("%04d-%02d-%02d", y, month, day)
	return d
}

// weekdayDate resolves a weekday against pub: mod 0 the latest on or
// before pub, -1 strictly before, +1 strictly after.
func weekdayDate(wd, mod int, pub time.Time) Date {
	d := Date{Precision: PrecisionDay, Relative: true}
	if pub.IsZero() {
		return d
	}
	back := (int(pub.Weekday()) - wd + 7) % 7
	switch {
	case mod < 0 && back == 0:
		back = 7
	case mod > 0:
		back -= 7
		if back == 0 {
			back = -7
		}
	}
	d.ISO = pub.AddDate(0, 0, -back).Format("2006-01-02")
	return d
}

// dayAt reads a day of the month (1-31) at toks[k], with an ordinal suffix
// (21st) and a following comma left for the caller.
func dayAt(toks []qtoken, k int) (int, int) {
	if k >= len(toks) || toks[k].kind != qNum {
		return 0, k
	}
	t := toks[k]
	if !t.numOK || t.grouped || t.decimal || t.digits > 2 || t.val < 1 || t.val > 31 {
		return 0, k
	}
	n := k + 1
	if n < len(toks) && toks[n].glued && ordinalSuffix[toks[n].key] {
		n++
	}
	return int(t.val), n
}

// yearAt reads a year (1000-2100, four digits) at toks[k], with a glued
// case ending (২০২৪-এ, 2022च्या) stepped over.
func yearAt(toks []qtoken, k int) (int, int) {
	if k >= len(toks) || toks[k].kind != qNum {
		return 0, k
	}
	t := toks[k]
	if !t.numOK || t.grouped || t.decimal || t.digits != 4 || t.val < 1000 || t.val > 2100 || t.urlish {
		return 0, k
	}
	n := k + 1
	if n < len(toks) && toks[n].glued && toks[n].kind == qWord {
		if !numberEndings.has(toks[n].key) {
			return 0, k // 1990s, 2024abc
		}
		n++
	}
	return int(t.val), n
}
