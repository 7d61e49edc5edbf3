package claims

import (
	"fmt"
	"strings"
	"time"
)

// numericDate reads a date that starts with digits at toks[i]: 2024-06-21,
// 21/06/2024, 21.06.2024 (day first, as written in South Asia), 21 June
// 2024, ২১ জুন, a year alone (1939, ১৯৪৫ সালে) or a year and its month.
func numericDate(toks []qtoken, i int, pub time.Time) (Date, int, bool) {
	t := toks[i]
	if t.urlish {
		return Date{}, 0, false
	}
	if d, n, ok := separatedDate(toks, i); ok {
		return d, n, true
	}
	if t.dots == 2 && !t.grouped {
		if d, ok := dottedDate(t.key); ok {
			return d, i + 1, true
		}
	}
	if day, n := dayAt(toks, i); day > 0 {
		// 11 और 12 अप्रैल, ৯ ও ১০ সেপ্টেম্বর, 11, 12 and 13 April: each day
		// of a list is a date of the month (and year) after the last; the
		// day is read alone, and the next from its own token on.
		if k, listed := dayList(toks, n, day); listed {
			if m, ok := monthAt(toks, k); ok {
				if y, _ := yearAt(toks, m.next); y > 0 {
					return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m.val.n, day), Precision: PrecisionDay}, n, true
				}
				return yearlessDay(m.val.n, day, pub), n, true
			}
		}
		if n < len(toks) && toks[n].key == "of" {
			n++
		}
		if m, ok := monthAt(toks, n); ok {
			k := m.next
			if y, n2 := yearAt(toks, k); y > 0 {
				return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m.val.n, day), Precision: PrecisionDay}, n2, true
			}
			if y := spanEndYear(toks, k, m.val.n); y > 0 {
				// between 1 July and 15 August 2024: the end's year is the
				// start's too
				return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m.val.n, day), Precision: PrecisionDay}, k, true
			}
			return yearlessDay(m.val.n, day, pub), k, true
		}
	}
	y, n := yearAt(toks, i)
	if y == 0 {
		return Date{}, 0, false
	}
	if i > 0 && toks[i].glued && toks[i-1].kind != qPunct {
		return Date{}, 0, false // glued to a word: a code, not a year
	}
	marked := false
	if m, ok := relativeWords.match(toks, n, nounEndings); ok && m.val.kind == "marker" {
		marked, n = true, m.next
	} else if i > 0 {
		if m, ok := relativeWords.match(toks, i-1, nil); ok && m.val.kind == "marker" {
			marked = true // सन 1945
		}
	}
	if !marked {
		if y < 1800 {
			return Date{}, 0, false
		}
		if _, ok := unitsAfter.match(toks, n, nounEndings); ok {
			return Date{}, 0, false // 2000 km
		}
		if _, _, _, ok := countedAfter(toks, n); ok {
			return Date{}, 0, false // 2000 soldiers
		}
		if i > 0 {
			if _, ok := unitsBefore.match(toks, i-1, nil); ok {
				return Date{}, 0, false // $2000
			}
		}
	}
	if m, ok := monthAt(toks, n); ok {
		// ২০২২ সালের ফেব্রুয়ারি
		return Date{ISO: fmt.Sprintf("%04d-%02d", y, m.val.n), Precision: PrecisionMonth}, m.next, true
	}
	if day, k := dayAt(toks, n); day > 0 && marked {
		if m, ok := monthAt(toks, k); ok && validDay(y, m.val.n, day) {
			// ১৯৭১ সালের ২৬ মার্চ
			return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m.val.n, day), Precision: PrecisionDay}, m.next, true
		}
	}
	return Date{ISO: fmt.Sprintf("%04d", y), Precision: PrecisionYear}, n, true
}

// separatedDate reads 2024-06-21, 2024/06/21 (year first) or 21/06/2024,
// 21-06-2024 (day first): three glued numbers with the same separator.
func separatedDate(toks []qtoken, i int) (Date, int, bool) {
	if i+4 >= len(toks) {
		return Date{}, 0, false
	}
	a, s1, b, s2, c := toks[i], toks[i+1], toks[i+2], toks[i+3], toks[i+4]
	if a.kind != qNum || b.kind != qNum || c.kind != qNum || s1.key != s2.key ||
		!(s1.key == "-" || s1.key == "/") || !s1.glued || !b.glued || !s2.glued || !c.glued {
		return Date{}, 0, false
	}
	var y, m, d int
	switch {
	case a.digits == 4:
		y, m, d = int(a.val), int(b.val), int(c.val)
	case c.digits == 4:
		d, m, y = int(a.val), int(b.val), int(c.val)
	default:
		return Date{}, 0, false
	}
	if !validDay(y, m, d) {
		return Date{}, 0, false
	}
	return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m, d), Precision: PrecisionDay}, i + 5, true
}

// dottedDate reads 21.06.2024, which scans as one number with two points.
func dottedDate(key string) (Date, bool) {
	parts := strings.Split(key, ".")
	if len(parts) != 3 {
		return Date{}, false
	}
	var v [3]int
	for k, p := range parts {
		for _, r := range p {
			dv, _ := qDigitValue(r)
			v[k] = v[k]*10 + dv
		}
	}
	d, m, y := v[0], v[1], v[2]
	if len([]rune(parts[2])) != 4 || !validDay(y, m, d) {
		return Date{}, false
	}
	return Date{ISO: fmt.Sprintf("%04d-%02d-%02d", y, m, d), Precision: PrecisionDay}, true
}

// validDay reports whether y-m-d is a real calendar day in 1000-2100.
func validDay(y, m, d int) bool {
	if y < 1000 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayList reports whether the day read before toks[n] opens or continues a
// list of rising days ("11 और 12", "9, 10 and 11") and returns the index
// just past the list's last day.
func dayList(toks []qtoken, n, day int) (int, bool) {
	listed := false
	for n+1 < len(toks) && dayListWord(toks[n]) {
		d2, n2 := dayAt(toks, n+1)
		if d2 <= day {
			break
		}
		n, day, listed = n2, d2, true
	}
	return n, listed
}

// spanEndYear returns the year of a span's end that follows a day and
// month at toks[k] ("1 July and 15 August 2024", "१ जुलै ते १५ ऑगस्ट २०२४",
// "1 জুলাই থেকে ১৫ আগস্ট ২০২৪"), when the end's month is no earlier than
// month; 0 when no dated end follows.
func spanEndYear(toks []qtoken, k, month int) int {
	if k >= len(toks) {
		return 0
	}
	t := toks[k]
	switch {
	case t.key == ",":
		return 0 // "1 July, 15 August 2024" is no span
	case dayListWord(t), rangeWords[t.key], t.key == "until", t.key == "till", t.key == "-", t.key == "–",
		t.kind == qWord && facetVocab.sinceAfter[MatchKey(t.key)]:
	default:
		return 0
	}
	d2, n := dayAt(toks, k+1)
	if d2 == 0 {
		return 0
	}
	m2, ok := monthAt(toks, n)
	if !ok || m2.val.n < month {
		return 0
	}
	y, _ := yearAt(toks, m2.next)
	return y
}
