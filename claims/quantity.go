package claims

import (
	"math"
	"strconv"
	"strings"
	"sync"
)

// maxCountedGap is how many words may stand between a number and the noun
// it counts: দশ হাজার উত্তর কোরিয়ান সেনাকে, किमान 1.5 उत्तर कोरियाच्या सैन्याला.
const maxCountedGap = 3

// FindQuantities returns the figures of a claim's text in canonical form,
// spans in runes of text. It favours precision: years, day numbers of
// dates, ordinals, a lone "one" or "a", phone numbers and the digits of
// URLs and IDs are not figures, and a figure followed by its conversion in
// brackets (10 km (6 miles)) is one quantity. lang is a hint only: the
// lexicons of all languages apply, as articles mix them.
//
// Intervals (Low..High) follow the qualifier: exactly is the point;
// about is ±10%, at least ±0.5 for a whole number (about 10 fits 10.4);
// at least and more than run from the value to +Inf (the qualifier tells
// open from closed); at most and less than run from 0 to the value, as
// figures here are counts and measures. Vague amounts (কয়েক হাজার,
// thousands) and written ranges (10-12 km) carry their range, with Value
// its low end.
func FindQuantities(text, lang string) []Quantity {
	quantityStartersOnce.Do(loadQuantityStarters)
	pooled := getTokens(text)
	defer putTokens(pooled)
	toks := pooled.toks
	var out []Quantity
	for i := 0; i < len(toks); {
		if toks[i].kind != qNum && !quantityStarters.hasToken(&toks[i]) {
			i++
			continue
		}
		q, next, ok := quantityAt(text, toks, i, true)
		if !ok {
			i++
			continue
		}
		out = append(out, q)
		i = next
	}
	return out
}

// quantityStarters holds every word a figure can start with: a qualifier,
// a currency, a number word. Most words are none, and one lookup says so.
var (
	quantityStarters     = &keySet{}
	quantityStartersOnce sync.Once
)

func loadQuantityStarters() {
	qualifiersBefore.addKeysTo(quantityStarters)
	unitsBefore.addKeysTo(quantityStarters)
	perHourBefore.addKeysTo(quantityStarters)
	numberWords.addKeysTo(quantityStarters)
	quantityStarters.add("between")
}

// quantityAt reads a figure starting at toks[i], qualifier and all. It
// returns the quantity and the index past everything it consumed.
func quantityAt(text string, toks []qtoken, i int, brackets bool) (Quantity, int, bool) {
	var q Quantity
	start := i
	qual := Exactly
	if m, ok := qualifiersBefore.match(toks, i, nil); ok && m.next < len(toks) {
		qual, i = m.val, m.next
	} else if toks[i].key == "between" && i+1 < len(toks) && (toks[i+1].kind == qNum || isNumberWord(toks, i+1)) {
		i++ // between 10 and 12 km, between five and ten people: a range, read by parseNumber
	}
	perHour := false
	if m, ok := perHourBefore.match(toks, i, nil); ok && m.next < len(toks) && toks[m.next].kind == qNum {
		perHour, i = true, m.next // ঘণ্টায় ৯০ কিলোমিটার: a speed
	}
	var unit unitInfo
	hasUnit := false
	if m, ok := unitsBefore.match(toks, i, nil); ok && m.next < len(toks) && toks[m.next].kind == qNum {
		unit, hasUnit, i = m.val, true, m.next
	}
	p, ok := parseNumber(toks, i)
	if !ok {
		return q, 0, false
	}
	k := p.next
	ending := p.ending
	if p.over && qual == Exactly {
		qual = MoreThan
	}
	if qual == Exactly {
		if pq, n := postQualifier(toks, k, ending); pq != Exactly {
			qual, k = pq, n
		}
	}
	counted := ""
	if personEndings.has(ending) {
		if p.words && !p.digits && !p.vague && p.value < 3 {
			// দুজন, দু’জন: "the two of them", said of people already named.
			return q, 0, false
		}
		counted = "person"
		if m, ok := countedSet.match(toks, k, nounEndings); ok {
			counted, ending, k = m.val.name, m.ending, m.next // ১০জন শ্রমিক
		}
	}
	end := k
	if !hasUnit && counted == "" {
		u := k
		if u+1 < len(toks) && toks[u].key == "-" && toks[u].glued && toks[u+1].glued {
			u++ // 35-year
		}
		if m, ok := unitsAfter.match(toks, u, nounEndings); ok && (u == k || toks[u].kind == qWord) {
			unit, hasUnit, ending, k, end = m.val, true, m.ending, m.next, m.next
		} else if c, n, e, ok := countedAfter(toks, k); ok {
			counted, ending, k, end = c, e, n, n
		}
	}
	if !hasUnit && counted == "" && p.mult && p.scale >= 1e5 {
		// ५० लाखांची मदत: a sum of lakhs or crores its noun says is money.
		n := k
		if n < len(toks) && impliedLinks[toks[n].key] {
			n++
		}
		if m, ok := impliedUnits.match(toks, n, nounEndings); ok {
			unit, hasUnit = m.val, true
		}
	}
	if !hasUnit && counted == "" && k+1 < len(toks) && toks[k].key == "-" && toks[k].glued && toks[k+1].glued &&
		toks[k+1].kind == qWord && p.digits && numberEndings.has(toks[k+1].key) {
		k, end = k+2, k+2 // ১২-তে, ২৪-এর: a case ending after a dash
	} else if !hasUnit && counted == "" && k < len(toks) && toks[k].glued && toks[k].kind == qWord {
		// Digits glued to a word that is neither unit nor counted noun: a
		// case ending (১০টি, ২৪-এর) or a code (10abc).
		if !p.digits || !numberEndings.has(toks[k].key) {
			return q, 0, false
		}
		k, end = k+1, k+1
	}
	if qual == Exactly {
		if pq, n := postQualifier(toks, k, ending); pq != Exactly {
			qual, k, end = pq, n, n
		}
	}
	if end < k {
		end = k
	}
	if perHour {
		if speed, ok := perHourOf[unit.name]; ok && hasUnit {
			unit = speed
		} else if !hasUnit || unit.dimension != "speed" {
			return q, 0, false // ঘণ্টায় ৫০০ টাকা: a rate, not a speed
		}
	}
	if !acceptFigure(toks, p, end, hasUnit, unit, counted, qual) {
		return q, 0, false
	}
	q = Quantity{
		Text:      text[toks[start].b0:toks[end-1].b1],
		Start:     toks[start].start,
		End:       toks[end-1].end,
		Value:     p.value,
		Qualifier: qual,
		Vague:     p.vague,
		Counted:   counted,
		Dimension: "count",
	}
	if hasUnit {
		q.Unit, q.Dimension = unit.name, unit.dimension
	}
	q.Low, q.High = qualifiedRange(p, qual)
	if q.Dimension == "temperature" && start == p.start && negativeSign(toks, start) {
		// -5°C, minus 5 degrees: only a temperature falls below zero.
		start--
		q.Text, q.Start = text[toks[start].b0:toks[end-1].b1], toks[start].start
		q.Value, q.Low, q.High = -q.Value, -q.High, -q.Low
		if p.ranged || p.vague {
			q.Value = q.Low // a range's Value is its low end
		}
	}
	if brackets && hasUnit {
		end = skipConversion(text, toks, end, q.Dimension)
	}
	return q, end, true
}

// isNumberWord reports whether a number word stands at toks[i].
func isNumberWord(toks []qtoken, i int) bool {
	_, ok := numberWordAt(toks, i)
	return ok
}

// negativeSign reports whether a minus sign or word stands right before
// toks[i]: a dash glued to the number but not to the word before it (-5),
// or a word (minus, মাইনাস).
func negativeSign(toks []qtoken, i int) bool {
	if i == 0 || !minusWords[toks[i-1].key] {
		return false
	}
	if prev := toks[i-1]; prev.kind == qPunct {
		return toks[i].glued && (i == 1 || !prev.glued)
	}
	return true
}

// countedAfter finds the noun a figure counts within maxCountedGap words
// after toks[k], stopping at punctuation and at another number.
func countedAfter(toks []qtoken, k int) (string, int, string, bool) {
	for w, words := k, 0; w < len(toks) && words <= maxCountedGap; w++ {
		t := toks[w]
		if t.kind == qPunct {
			if t.key == "-" && t.glued {
				continue
			}
			return "", 0, "", false
		}
		if t.kind == qNum {
			return "", 0, "", false
		}
		if m, ok := countedSet.match(toks, w, nounEndings); ok {
			if m.val.name == "person" || m.val.name == "soldier" {
				// A person classifier or a military word before another
				// counted noun only qualifies it: ৫০০ জন শ্রমিক counts
				// workers, 6,000 सैन्य इंजीनियर (military engineers) engineers.
				// A death after people is what happened to them, not what
				// is counted: 3 जणांचा मृत्यू counts people, as 5 लोगों की
				// मौत and ৩ জন নিহত do.
				// A classifier with a case ending of its own other than
				// a genitive ends the phrase ("३१ जणांना घरी सोडण्यात
				// आले" sent 31 people home; "४९ जणांचे मृतदेह" are 49
				// bodies), and so does English "people" ("sent 31 people
				// home"): neither qualifies the noun after it.
				ends := (m.ending != "" && !genitiveEndings[m.ending]) || t.script == scriptLatin
				if m2, ok := countedSet.match(toks, m.next, nounEndings); ok && !ends && !(m.val.name == "person" && m2.val.name == "death") {
					return m2.val.name, m2.next, m2.ending, true
				}
			}
			return m.val.name, m.next, m.ending, true
		}
		if countedStops[t.key] {
			return "", 0, "", false
		}
		if _, ok := numberWords.match(toks, w, nil); ok {
			return "", 0, "", false
		}
		words++
	}
	return "", 0, "", false
}

// acceptFigure decides whether a number read from the text is a checkable
// figure, given what it measures or counts.
func acceptFigure(toks []qtoken, p numberParse, end int, hasUnit bool, unit unitInfo, counted, qual string) bool {
	measured := hasUnit && unit.dimension != "count"
	switch {
	case p.weakOne && !p.mult:
		// একটি ভিডিও, a video: an article, not a figure; এক দিনের is a day.
		// "এক বেসামরিক নাগরিক নিহত", "one person was killed": one of
		// those counted befell what the words after say, a toll of one.
		return measured && unit.dimension != "money" || counted != "" && eventAfter(toks, end)
	case p.several && !p.mult:
		return hasUnit || counted != ""
	case p.words && !p.digits && !p.mult && !p.vague && p.value < 1:
		return hasUnit // half an hour, আধা ঘণ্টা; आधे लोग is half the people, no figure
	case p.words && !p.digits && !p.mult && !p.vague:
		// six people, পাঁচজন; "at least six" is a figure by its qualifier,
		// "the toll rose to six" by the tally word before it.
		return hasUnit || counted != "" || qual != Exactly && p.value >= 2 || p.value >= 2 && afterTallyWord(toks, p.start)
	case p.yearLike && !hasUnit && counted == "":
		return false // 1939: a date
	case p.yearLike && hasUnit && unit.name == "year" && qual == Exactly:
		return false // 2023 সালে, 2023 साली: the year, not a duration
	}
	if p.digits && besideMonth(toks, p.start, p.next) {
		return false // the 21 of June 21, 2024
	}
	if p.value <= 12 && !p.mult && afterDayPart(toks, p.start) && clockMarkerAt(toks, p.next) {
		return false // বেলা ৩টা, सुबह 10 बजे: an hour of the day
	}
	if !p.digits || hasUnit || counted != "" || qual != Exactly || p.mult || p.ranged {
		return true
	}
	// A bare number: a list item, a score or a label unless it is big
	// enough to be a figure and stands after no label word or name.
	if p.value < 10 && p.value == math.Trunc(p.value) {
		return p.value >= 2 && afterTallyWord(toks, p.start) // "মৃতের সংখ্যা বেড়ে ৮"
	}
	if _, ok := clockWords.match(toks, p.next, nil); ok {
		return false // 10 am, ১০টা বাজে
	}
	if n := p.next; n+1 < len(toks) && toks[n].key == "-" && toks[n].glued && toks[n+1].glued && !numberEndings.has(toks[n+1].key) {
		return false // a 23-article treaty, a 5-star hotel: part of a compound word
	}
	if n := p.next; p.start > 1 && n < len(toks) && toks[p.start-1].key == "," && toks[p.start-2].upper &&
		(toks[n].key == "," || toks[n].key == ")") {
		return false // Putin, 72, met: an age in apposition
	}
	if p.start > 0 {
		prev := toks[p.start-1]
		if prev.kind == qWord && (numberLabels[prev.key] || prev.upper) {
			return false // Article 370, Boeing 737, ধারা ১৪৪
		}
		if prev.key == "." && p.start > 1 && numberLabels[toks[p.start-2].key] {
			return false // No. 5
		}
	}
	return true
}

// besideMonth reports whether the number spanning toks[a:b] stands next to
// a month name: a day of a date, not a figure.
func besideMonth(toks []qtoken, a, b int) bool {
	if monthEndsAt(toks, a) {
		return true // June 21, Dec. 16
	}
	if b < len(toks) {
		if _, ok := monthAt(toks, b); ok {
			return true
		}
		// 21st June, 15th of August
		if toks[b].glued && ordinalSuffix[toks[b].key] && b+1 < len(toks) {
			_, ok := monthAt(toks, b+1)
			return ok
		}
		// 11 और 12 अप्रैल, ১১ ও ১২ এপ্রিল, 11, 12 and 13 April: a day
		// listed before the day that carries the month.
		if dayListWord(toks[b]) {
			if d, n := dayAt(toks, b+1); d > 0 && besideMonth(toks, b+1, n) {
				return true
			}
		}
	}
	// April 11 and 12: a day listed after one the month stands before.
	// Not after a comma: "On Dec. 16, 20 people died".
	if a >= 2 && toks[a-1].key != "," && dayListWord(toks[a-1]) && toks[a-2].kind == qNum && monthEndsAt(toks, a-2) {
		return true
	}
	return false
}

// dayListWord reports whether t joins the days of a list: a comma or "and"
// in any of the four languages (data/attributes.tsv, joined).
func dayListWord(t qtoken) bool {
	return t.key == "," || (t.kind == qWord && facetVocab.joined[MatchKey(t.key)])
}

// qualifiedRange returns the range a figure stands for, after its qualifier.
func qualifiedRange(p numberParse, qual string) (float64, float64) {
	lo, hi := p.value, p.value
	if p.vague || p.ranged {
		lo, hi = p.low, p.high
	}
	switch qual {
	case About:
		d := math.Abs(lo) * 0.1
		if lo == math.Trunc(lo) {
			d = math.Max(d, 0.5)
		}
		lo -= d
		hi += math.Max(math.Abs(hi)*0.1, d)
		if lo < 0 && p.value >= 0 {
			lo = 0
		}
	case AtLeast, MoreThan:
		hi = math.Inf(1)
	case AtMost, LessThan:
		lo = 0
	}
	return lo, hi
}

// skipConversion steps over a bracketed conversion of the figure just
// read, 10 किमी (सहा मैल), 1,000 km (620 miles): the same measure again in
// another unit, not a second figure. It returns the index to resume at.
func skipConversion(text string, toks []qtoken, k int, dim string) int {
	// A bracket that closes the text holds no conversion (and quantityAt
	// must not start past the last token).
	if k+1 >= len(toks) || toks[k].key != "(" {
		return k
	}
	q, n, ok := quantityAt(text, toks, k+1, false)
	if !ok || q.Dimension != dim || n >= len(toks) || toks[n].key != ")" {
		return k
	}
	return n + 1
}

// String returns the report form of q: [qualifier]value unit, with the
// value in ASCII digits, "." for decimals and no grouping, and the unit the
// counted noun when there is one: ">=1.5 soldier", "~10 km", "10000
// soldier". A vague amount or a written range shows its range: "2000-9000
// worker", "10-12 km".
func (q Quantity) String() string {
	var b strings.Builder
	b.WriteString(q.Qualifier)
	if (q.Vague || q.Low < q.High) && q.Qualifier == Exactly && !math.IsInf(q.High, 0) {
		b.WriteString(formatValue(q.Low))
		b.WriteByte('-')
		b.WriteString(formatValue(q.High))
	} else {
		b.WriteString(formatValue(q.Value))
	}
	unit := q.Counted
	if unit == "" {
		unit = q.Unit
	}
	if unit != "" {
		b.WriteByte(' ')
		b.WriteString(unit)
	}
	return b.String()
}

// formatValue writes v in ASCII digits without grouping or exponent.
func formatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
