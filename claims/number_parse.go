package claims

import (
	"math"

	"golang.org/x/text/unicode/norm"
)

// numberParse is a number read from a claim's tokens: digits, number words
// or both (১.৫ লাখ, দশ হাজার, two and a half).
type numberParse struct {
	value     float64
	low, high float64 // a vague amount or a written range; both 0 otherwise
	vague     bool
	ranged    bool    // written as a range: 10-12
	words     bool    // at least one number word
	digits    bool    // written in digits
	mult      bool    // a multiplier applied (thousand, লাখ)
	weakOne   bool    // a lone "one" (এক, একটি): a figure only with a unit of measure
	several   bool    // a lone "several" (কয়েক): 2..9 of something
	over      bool    // the number word itself says "more than" (শতাধিক)
	start     int     // token index of the first token
	next      int     // token index just past the number
	ending    string  // case ending glued to the last word read (হাজারেরও: েরও)
	yearLike  bool    // a lone integer of four digits between 1800 and 2100
	scale     float64 // the last multiplier read (1000 in "12 thousand"), 0 if none
}

// parseNumber reads a number starting at toks[i].
func parseNumber(toks []qtoken, i int) (numberParse, bool) {
	p := numberParse{start: i, next: i}
	if i >= len(toks) {
		return p, false
	}
	var total, cur, lowF, highF float64
	var g partsOf
	j := i
	if toks[i].kind == qNum {
		if !digitFigure(toks, i) {
			return p, false
		}
		t := toks[i]
		cur, p.digits, j = t.val, true, i+1
		p.yearLike = !t.grouped && !t.decimal && t.digits == 4 && t.val >= 1800 && t.val <= 2100
		if n, ok := reduplicated(toks, j, digitsAgain(toks, t.val)); ok {
			j = n // 10-10 लाख, 29-29 लोग: so many each (Reduplicated)
		} else if r, n, ok := parseRange(toks, j, t); ok {
			scale := 1.0
			if m, ok := numberWordAt(toks, n); ok && m.val.kind == numMult && m.ending == "" {
				scale, n, p.mult = m.val.value, m.next, true // 10-12 lakh
			}
			p.value, p.low, p.high, p.ranged, p.next = t.val*scale, t.val*scale, r*scale, true, n
			p.yearLike = false
			return p, true
		} else if n < 0 {
			return p, false
		}
	} else {
		m, ok := numberWordAt(toks, i)
		if !ok {
			return p, false
		}
		p.words = true
		switch m.val.kind {
		case numAtom:
			cur = m.val.value
			if n, ok := reduplicated(toks, m.next, wordAgain(toks, cur)); ok {
				m.next, m.ending = n, "" // तीन-तीन लोग: three each
			}
			if m.val.scale > 0 {
				g.lastMult, g.afterMult = m.val.scale, true // তিনশো বিয়াল্লিশ
			}
		case numOne:
			cur, p.weakOne = 1, true
		case numArticle:
			// "a" is a figure only as "a thousand", "a dozen".
			nm, ok := numberWords.match(toks, m.next, numberEndings)
			if !ok || (nm.val.kind != numMult && nm.val.kind != numSeveral) {
				return p, false
			}
			cur = 1
		case numPlusHalf, numQuarter:
			if n := m.next; n < len(toks) && toks[n].kind == qNum && !toks[n].decimal && toks[n].val >= 1 && digitFigure(toks, n) {
				// সাড়ে ৬ লাখ: the half word also stands before digits.
				cur, p.digits = toks[n].val+m.val.value, true
				m.next, m.ending = n+1, ""
				break
			}
			nm, ok := numberWords.match(toks, m.next, numberEndings)
			if ok && nm.val.kind == numMult && m.val.kind == numQuarter && m.ending == "" {
				cur = 1 + m.val.value // सवा लाख: a quarter more than one lakh
				break
			}
			if !ok || nm.val.kind != numAtom || nm.val.value < 1 {
				return p, false // पावणे 0, সাড়ে আধা: no number
			}
			// সাড়ে তিনশো: half of the hundred glued on, 350.
			cur, m = nm.val.value+m.val.value*math.Max(1, nm.val.scale), nm
			if nm.val.scale > 0 {
				g.lastMult, g.afterMult = nm.val.scale, true
			}
		case numSeveral:
			cur, lowF, highF, p.vague, p.several = 1, m.val.value, m.val.high, true, true
		case numVMult:
			cur, lowF, highF, p.vague = 1, m.val.value, m.val.high, true
		case numMult, numOverMult:
			cur = 0 // applied below, as if "one" stood before it
		default:
			return p, false
		}
		if m.val.kind == numMult || m.val.kind == numOverMult {
			j = i // read again below, where multipliers apply
		} else {
			j, p.ending = m.next, m.ending
		}
	}
	// Multipliers and further parts, in words, digits or both: দশ হাজার,
	// ১.৫ লাখ, two thousand five hundred, twenty-five, two and a half,
	// ১২ লাখ ৩৪ হাজার ৫৬৭, 2 lakh 15 thousand, ৩শ’ ৪২, तीन सौ बयालीस.
	j, cur, total = g.read(toks, j, &p, cur, total, &lowF, &highF)
	value := total + cur
	if value == 0 && !p.mult {
		return p, false
	}
	if p.mult {
		p.weakOne = false
		p.yearLike = false
	}
	p.value, p.next, p.scale = value, j, g.lastMult
	if p.vague {
		p.low, p.high = value*lowF, value*highF
		p.value = p.low
		return p, true
	}
	if (p.words || p.mult) && p.ending == "" {
		// দুই থেকে তিন হাজার, दो-तीन, 10 thousand to 12 thousand: digits
		// alone were read as a range by parseRange above.
		if lo, hi, n, ok := rangeAfter(toks, j, p); ok {
			p.value, p.low, p.high, p.ranged, p.next = lo, lo, hi, true, n
			p.weakOne, p.yearLike = false, false
		}
	}
	return p, true
}

// partsOf is the state of reading the parts of a number after its first:
// the last multiplier read, and whether it was the last thing read, for a
// smaller part after it adds (লাখ ৩৪ হাজার: 34 thousand more).
type partsOf struct {
	lastMult  float64
	lastBig   float64 // the last multiplier of a thousand or more: parts count down from it
	afterMult bool
}

// read reads multipliers and the parts that add up after the first part of
// a number, from toks[j]; cur is the part read so far below the last big
// multiplier and total the sum above it. It returns where it stopped and
// the new cur and total.
func (g *partsOf) read(toks []qtoken, j int, p *numberParse, cur, total float64, lowF, highF *float64) (int, float64, float64) {
	for j < len(toks) && p.ending == "" {
		t := &toks[j]
		if t.key == "of" && p.vague {
			// hundreds of thousands
			nm, ok := numberWords.match(toks, j+1, numberEndings)
			if ok && nm.val.kind == numMult {
				j++
				continue
			}
			if ok && nm.val.kind == numVMult && nm.val.value >= 1000 {
				// hundreds of thousands: the second plural scales the first
				// by its base (1000), as "thousand" would.
				base := math.Pow(10, math.Floor(math.Log10(nm.val.value)))
				cur *= base
				j, p.ending = nm.next, nm.ending
			}
			break
		}
		if t.kind == qPunct && t.key == "-" && p.words && j+1 < len(toks) && t.glued && toks[j+1].glued {
			// twenty-five
			if nm, ok := numberWords.match(toks, j+1, nil); ok && nm.val.kind == numAtom && cur >= 20 && math.Mod(cur, 10) == 0 && nm.val.value < 10 {
				cur += nm.val.value
				j = nm.next
			}
			break
		}
		if (t.key == "’" || t.key == "'") && t.glued && j+1 < len(toks) && toks[j+1].glued && cur > 0 && !g.afterMult {
			// দু’শ, দু'হাজার: an elided vowel before a multiplier.
			if m, ok := numberWordAt(toks, j+1); ok && m.val.kind == numMult {
				j++
				continue
			}
		}
		if g.afterMult && j+1 < len(toks) && t.key == "and" && p.words && g.partAt(toks, j+1) {
			j++ // three hundred and forty
			continue
		}
		if t.kind == qNum {
			if !g.partAt(toks, j) {
				break
			}
			cur += t.val
			p.digits, g.afterMult = true, false
			j++
			continue
		}
		m, ok := numberWordAt(toks, j)
		if !ok {
			break
		}
		kind := m.val.kind
		if kind == numVMult && cur > 0 && !p.vague {
			kind = numMult // 2 lakhs, 3 crores: the plural after a number is its multiplier
		}
		switch kind {
		case numMult, numOverMult:
			mv := m.val.value
			p.over = p.over || m.val.kind == numOverMult
			// A multiplier bigger than every one before it scales all that
			// was read: ১ হাজার ১০০ কোটি is 1,100 crore, हजार करोड़ a
			// thousand crore, 1.5 lakh crore, a thousand million.
			scalesAll := mv >= 1000 && g.lastBig > 0 && mv > g.lastBig
			bare := cur == 0
			if cur == 0 {
				cur = 1
			}
			if m.next < len(toks) && toks[m.next].key == toks[j].key && m.ending == "" {
				// শত শত, হাজার হাজার: hundreds, thousands.
				hi := mv*100 - 1
				if mv == 100 {
					hi = 999
				}
				*lowF, *highF, p.vague = 1, hi/mv, true
				m.next++
			}
			switch {
			case scalesAll:
				if bare {
					cur = 0 // not the "one" a multiplier alone stands for
				}
				total = (total + cur) * mv
				g.lastBig, cur = mv, 0
			case mv >= 1000:
				total += cur * mv
				g.lastBig, cur = mv, 0
			default:
				cur *= mv
			}
			g.lastMult, g.afterMult, p.mult = mv, true, true
			if mv == 100 && m.ending == "" && m.next < len(toks) && toks[m.next].glued && (toks[m.next].key == "’" || toks[m.next].key == "'") {
				m.next++ // ৩শ’: the apostrophe abbreviates শো and belongs to it
			}
		case numAtom:
			switch {
			case g.afterMult && m.val.value < g.lastMult:
				// তিন হাজার পাঁচশ, तीन सौ बयालीस, two thousand twenty
				cur += m.val.value
				g.afterMult = false
				if m.val.scale > 0 {
					g.lastMult, g.afterMult = m.val.scale, true // দুই হাজার তিনশো বিয়াল্লিশ
				}
			case cur >= 20 && math.Mod(cur, 10) == 0 && m.val.value < 10 && toks[j].script == scriptLatin:
				cur += m.val.value // twenty five
			default:
				return j, cur, total
			}
			p.words = true
		case numAndHalf:
			cur += m.val.value
		default:
			return j, cur, total
		}
		j, p.ending = m.next, m.ending
	}
	return j, cur, total
}

// partAt reports whether toks[j] can be a smaller part after the multiplier
// just read: a number word below it (লাখ পঞ্চাশ হাজার) or digits below it
// (লাখ ৩৪ হাজার ৫৬৭). Digits of a year stand for the year unless a
// multiplier follows them (২ লাখ ২০২৪ সালে).
func (g *partsOf) partAt(toks []qtoken, j int) bool {
	if !g.afterMult || j >= len(toks) {
		return false
	}
	t := &toks[j]
	if t.kind == qWord {
		m, ok := numberWordAt(toks, j)
		return ok && m.val.kind == numAtom && m.val.value < g.lastMult
	}
	if t.kind != qNum || t.decimal || t.val >= g.lastMult || !digitFigure(toks, j) {
		return false
	}
	if t.glued && (j == 0 || toks[j-1].key != "’" && toks[j-1].key != "'") {
		return false // ৩শ’৪২ is one number; ১০হাজার২ is not
	}
	if t.digits == 4 && t.val >= 1800 {
		m, ok := numberWordAt(toks, j+1)
		return ok && m.val.kind == numMult
	}
	return true
}

// rangeAfter reads the high end of a range after the number p that ends at
// toks[j]: "to", "থেকে", "से", "ते", "or" or a dash, then a second number
// above the first. A multiplier on the second end alone scales the first
// (দুই থেকে তিন হাজার is 2,000 to 3,000).
func rangeAfter(toks []qtoken, j int, p numberParse) (lo, hi float64, next int, ok bool) {
	if j+1 >= len(toks) {
		return 0, 0, 0, false
	}
	sep := toks[j]
	dash := sep.kind == qPunct && (sep.key == "-" || sep.key == "–") && sep.glued == toks[j+1].glued
	word := sep.kind == qWord && (rangeWords[sep.key] || sep.key == "and" && p.start > 0 && toks[p.start-1].key == "between")
	if !dash && !word {
		return 0, 0, 0, false
	}
	q, ok := parseNumber(toks, j+1)
	if !ok || q.vague || q.ranged || q.weakOne || q.yearLike || q.over {
		return 0, 0, 0, false
	}
	lo, hi = p.value, q.value
	if !p.mult && q.mult && q.scale > 0 && lo*q.scale <= hi {
		lo *= q.scale
	}
	if !(hi > lo) || hi > lo*100 {
		return 0, 0, 0, false
	}
	return lo, hi, q.next, true
}

// numberWordAt reads a number word at toks[i], case endings allowed.
func numberWordAt(toks []qtoken, i int) (phraseMatch[numberWord], bool) {
	return numberWords.match(toks, i, numberEndings)
}

// digitFigure reports whether the digits at toks[i] can be a figure: well
// formed, not a code, phone number, ID, ordinal, time or part of a URL.
func digitFigure(toks []qtoken, i int) bool {
	t := toks[i]
	if !t.numOK || t.urlish || t.leading0 {
		return false
	}
	if !t.grouped && !t.decimal && t.digits >= 7 {
		return false // 9876543210: a phone number or an ID
	}
	if t.digits > 15 {
		return false // no figure runs to a thousand trillion; its float would round
	}
	if i > 0 && t.glued && !beforeUnitEndsAt(toks, i) {
		prev := toks[i-1]
		switch prev.kind {
		case qWord:
			return false // G20, Su-27, ID strings
		case qNum:
			return false
		case qPunct:
			switch prev.key {
			case "+", "/", ":", ".", "#", "@", "_", "×", "x":
				return false
			case "-", "–":
				if i > 1 && prev.glued && toks[i-2].kind != qPunct {
					return false // COVID-19, the second half of 2023-24
				}
			}
		}
	}
	// Groups of digits with only spaces between them are phone numbers or
	// account numbers, not figures.
	if i > 0 && toks[i-1].kind == qNum && !t.glued {
		return false
	}
	if i+1 < len(toks) {
		next := toks[i+1]
		if next.kind == qNum && !next.glued {
			return false
		}
		if next.glued {
			switch next.kind {
			case qPunct:
				if (next.key == ":" || next.key == "/" || next.key == ".") && i+2 < len(toks) &&
					toks[i+2].kind == qNum && toks[i+2].glued {
					return false // 10:30, 3/4, 21/06/2024
				}
			case qWord:
				if ordinalSuffix[next.key] {
					return false // 1st, ২১তম, 21वें
				}
			}
		}
	}
	return true
}

// beforeUnitEndsAt reports whether a currency written before its number
// ($, Rs., ৳) ends just before toks[i].
func beforeUnitEndsAt(toks []qtoken, i int) bool {
	for start := i - 1; start >= 0 && start >= i-3; start-- {
		if m, ok := unitsBefore.match(toks, start, nil); ok && m.next == i {
			return true
		}
	}
	return false
}

// ordinalSuffix lists what turns digits into an ordinal: 1st, ১ম, ২য়,
// ২১তম, 21वें, and the days of Bengali dates (১লা, ২রা, ৪ঠা, ১৬ই, ২১শে
// ডিসেম্বর). Keys are NFC, like claim text.
var ordinalSuffix = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{"st", "nd", "rd", "th", "তম", "ম", "য়", "র্থ", "ষ্ঠ", "লা", "রা", "ঠা", "ই", "শে", "वें", "वां", "वीं", "वा", "वी", "वे"} {
		m[norm.NFC.String(s)] = true
	}
	return m
}()

// reduplicated reports whether the number just read is written again
// after a glued dash at toks[j] (10-10, तीन-तीन, ১০-১০): Hindi, Marathi
// and Bengali say "so many each" so. same (digitsAgain, wordAgain) reads
// the repeat at its index; reduplicated returns the index past it.
func reduplicated(toks []qtoken, j int, same func(k int) (int, bool)) (int, bool) {
	if j+1 >= len(toks) || toks[j].key != "-" || !toks[j].glued || !toks[j+1].glued {
		return j, false
	}
	n, ok := same(j + 1)
	if !ok {
		return j, false
	}
	return n, true
}

// digitsAgain reads, for reduplicated, the digits of value v once more.
func digitsAgain(toks []qtoken, v float64) func(int) (int, bool) {
	return func(k int) (int, bool) {
		return k + 1, toks[k].kind == qNum && toks[k].val == v && toks[k].numOK
	}
}

// wordAgain reads, for reduplicated, the number word of value v once more.
func wordAgain(toks []qtoken, v float64) func(int) (int, bool) {
	return func(k int) (int, bool) {
		m, ok := numberWordAt(toks, k)
		return m.next, ok && m.val.kind == numAtom && m.val.value == v
	}
}

// Reduplicated reports whether a figure as written repeats its number
// ("10-10 लाख रुपये", "29-29 लोग", "তিন-তিন জন"): so many each, for each of
// several owners, never their total. It reads the repeat as parseNumber
// does.
func Reduplicated(written string) bool {
	toks := qtokenize(written)
	for i, t := range toks {
		switch t.kind {
		case qNum:
			if _, ok := reduplicated(toks, i+1, digitsAgain(toks, t.val)); ok {
				return true
			}
		case qWord:
			if m, ok := numberWordAt(toks, i); ok && m.val.kind == numAtom {
				if _, ok := reduplicated(toks, m.next, wordAgain(toks, m.val.value)); ok {
					return true
				}
			}
		}
	}
	return false
}

// parseRange reads the end of a written range after the number first:
// 10-12, 10 to 12, ১০ থেকে ১২. It returns the high end and the index past
// it. n is -1 when the digits after a dash make first part of something
// that is not a figure (a year range 1910-1945, a phone number 555-1234).
func parseRange(toks []qtoken, j int, first qtoken) (high float64, n int, ok bool) {
	if j+1 >= len(toks) {
		return 0, j, false
	}
	sep, second := toks[j], toks[j+1]
	dash := sep.kind == qPunct && (sep.key == "-" || sep.key == "–") && sep.glued == second.glued
	word := sep.kind == qWord && (rangeWords[sep.key] || sep.key == "and" && j >= 2 && toks[j-2].key == "between")
	if !(dash || word) || second.kind != qNum {
		return 0, j, false
	}
	if !second.numOK || second.leading0 || second.urlish {
		return 0, -1, false
	}
	firstYear := !first.grouped && first.digits == 4 && first.val >= 1800 && first.val <= 2100
	secondYear := !second.grouped && second.digits == 4 && second.val >= 1800 && second.val <= 2100
	if firstYear && (secondYear || second.digits == 2) {
		if dash {
			return 0, -1, false // 1910-1945, 2023-24: years, read as dates
		}
		return 0, j, false
	}
	if second.val <= first.val || second.val > first.val*100 {
		if dash && sep.glued {
			return 0, -1, false
		}
		return 0, j, false
	}
	if j+2 < len(toks) && toks[j+2].glued && toks[j+2].kind == qPunct && toks[j+2].key == "-" {
		return 0, -1, false // 555-123-4567
	}
	return second.val, j + 2, true
}

// rangeWords join the two ends of a range (data/numbers_ranges.tsv); "and"
// does too after "between" (between 10 and 12 km).
var rangeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, row := range tsvRows(numberRangesTSV) {
		m[row[0]] = true
	}
	return m
}()
