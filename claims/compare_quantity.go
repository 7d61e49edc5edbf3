package claims

import (
	"math"
	"strconv"
)

// figureRange is the set of values a figure stands for. Open ends exclude
// their bound: "more than 3,000" does not hold 3,000.
type figureRange struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// conversionSlack is the relative rounding allowed when two figures are in
// different units: writers round a converted figure ("10 km (six miles)" is
// 9.66 km; "1,000 km (620 miles)" is 997.8 km).
const conversionSlack = 0.03

// compareQuantities decides two quantity facets as intervals
// (quantityInterval: "at least" and "more than" reach up to twice the
// figure, "at most" and "less than" down to half). b is converted to a's
// unit; when the units differ each figure is widened by half a unit of its
// last written digit or 3%, whichever is more, because writers round
// conversions. Figures in one unit are taken as written: the same number in
// different units (37 km/h, 37 mph) conflicts, 10,000 and 11,000 soldiers
// conflict.
func compareQuantities(a, b Facet) (agree bool, reason string, ok bool) {
	qa, qb := a.Quantity, b.Quantity
	if qa == nil || qb == nil {
		return false, "", false
	}
	if qa.Dimension != qb.Dimension && qa.Dimension != "" && qb.Dimension != "" {
		return false, "", false
	}
	va, vb := quantityValue(a), quantityValue(b)
	ia, ib := quantityInterval(qa), quantityInterval(qb)
	if estimatesDiffer(qa, qb, ia, ib) {
		return false, "two estimates differ: " + va + " and " + vb, true
	}
	pointA, pointB := ia.point(), ib.point()
	converted := ""
	if qa.Unit != qb.Unit {
		if qa.Unit == "" || qb.Unit == "" {
			return false, "", false
		}
		ia, ib = ia.rounded(qa.Value, conversionSlack), ib.rounded(qb.Value, conversionSlack)
		lo, ok1 := convertBound(ib.lo, qb.Unit, qa.Unit)
		hi, ok2 := convertBound(ib.hi, qb.Unit, qa.Unit)
		v, ok3 := Convert(qb.Value, qb.Unit, qa.Unit)
		if !ok1 || !ok2 || !ok3 {
			return false, "", false
		}
		ib.lo, ib.hi = lo, hi
		converted = " (" + formatFigure(v) + " " + qa.Unit + ")"
	}
	if ia.overlaps(ib) {
		if converted != "" {
			return true, va + " and " + vb + converted + " overlap, allowing for rounding", true
		}
		return true, va + " and " + vb + " overlap", true
	}
	// An open-ended figure is read as a bounded range (openFactor): say so,
	// or "10000 lies outside >=1.5" reads as a mistake.
	va, vb = va+readAs(qa), vb+readAs(qb)
	switch {
	case pointA && pointB:
		return false, va + " differs from " + vb + converted, true
	case pointA:
		return false, va + " lies outside " + vb + converted, true
	case pointB:
		return false, vb + converted + " lies outside " + va, true
	}
	return false, va + " and " + vb + converted + " do not overlap", true
}

// readAs explains the range an open-ended figure was compared as, e.g.
// " (read as 1.5 to 3)" for ">=1.5"; "" for any other figure.
func readAs(q *Quantity) string {
	switch q.Qualifier {
	case AtLeast, MoreThan, AtMost, LessThan:
	default:
		return ""
	}
	iv := quantityInterval(q)
	if q.Vague || math.IsInf(iv.hi, 1) || iv.lo == iv.hi {
		return ""
	}
	return " (read as " + formatFigure(iv.lo) + " to " + formatFigure(iv.hi) + ")"
}

// quantityValue returns a facet's value as reports show it.
func quantityValue(f Facet) string {
	if f.Value != "" {
		return f.Value
	}
	return f.Quantity.String()
}

// quantityInterval returns the interval q stands for. Extraction fills
// Low/High; when both are zero for a non-zero value it left them empty, and
// the interval follows the qualifier: about is ±10% (at least ±0.5), at
// least/more than run up, at most/less than down (bounded by openFactor).
func quantityInterval(q *Quantity) figureRange {
	iv := figureRange{lo: q.Low, hi: q.High}
	if q.Low == 0 && q.High == 0 && q.Value != 0 {
		v := q.Value
		iv = figureRange{lo: v, hi: v}
		switch q.Qualifier {
		case About:
			d := math.Max(math.Abs(v)*0.1, 0.5)
			iv.lo, iv.hi = v-d, v+d
		case MoreThan, AtLeast:
			iv.hi = math.Inf(1)
		case LessThan, AtMost:
			iv.lo = 0
		}
	}
	if iv.lo > iv.hi {
		iv.lo, iv.hi = iv.hi, iv.lo
	}
	iv.loOpen = q.Qualifier == MoreThan
	iv.hiOpen = q.Qualifier == LessThan
	// A writer who says "at least 1.5" or "more than 10,000" means a figure
	// near it, not any larger one: "more than 10,000" fits 11,000 and 12,000
	// but is contradicted by 10,000 and by 50,000. The open end stops at a
	// factor of openFactor. A vague amount ("more than several thousand")
	// keeps its open end: how far it reaches was never said.
	if q.Vague {
		return iv
	}
	if math.IsInf(iv.hi, 1) && iv.lo > 0 {
		iv.hi, iv.hiOpen = iv.lo*openFactor, false
	}
	if iv.lo <= 0 && iv.hi > 0 && (q.Qualifier == LessThan || q.Qualifier == AtMost) {
		iv.lo, iv.loOpen = iv.hi/openFactor, false
	}
	return iv
}

// openFactor bounds the open end of "at least", "more than", "at most" and
// "less than" figures: up to twice, or down to half, the figure given.
const openFactor = 2

// point reports whether the interval is a single value.
func (iv figureRange) point() bool { return iv.lo == iv.hi }

// overlaps reports whether two intervals share a value. Bounds within a
// relative 1e-9 are equal: conversions leave float noise.
func (iv figureRange) overlaps(o figureRange) bool {
	lo, loOpen := iv.lo, iv.loOpen
	if o.lo > lo || (o.lo == lo && o.loOpen) {
		lo, loOpen = o.lo, o.loOpen
	}
	hi, hiOpen := iv.hi, iv.hiOpen
	if o.hi < hi || (o.hi == hi && o.hiOpen) {
		hi, hiOpen = o.hi, o.hiOpen
	}
	eps := 1e-9 * math.Max(1, math.Max(math.Abs(lo), math.Abs(hi)))
	if math.IsInf(hi, 1) || math.IsInf(lo, -1) {
		eps = 0
	}
	switch {
	case lo < hi-eps:
		return true
	case lo > hi+eps:
		return false
	}
	return !loOpen && !hiOpen
}

// rounded widens the finite bounds of iv by half a unit of the last digit of
// written (1 for 6, 0.1 for 1.5) or by slack of the bound, whichever is
// more, and closes them: a rounded figure stands for its neighbourhood.
func (iv figureRange) rounded(written, slack float64) figureRange {
	half := lastDigitPlace(written) / 2
	if !math.IsInf(iv.lo, 0) {
		iv.lo -= math.Max(half, math.Abs(iv.lo)*slack)
		iv.loOpen = false
	}
	if !math.IsInf(iv.hi, 0) {
		iv.hi += math.Max(half, math.Abs(iv.hi)*slack)
		iv.hiOpen = false
	}
	return iv
}

// lastDigitPlace returns the place value of v's last written decimal digit:
// 1 for 6 and 620, 0.1 for 1.5, 0.01 for 9.66.
func lastDigitPlace(v float64) float64 {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return math.Pow10(-(len(s) - i - 1))
		}
	}
	return 1
}

// convertBound converts an interval bound, keeping infinities.
func convertBound(v float64, from, to string) (float64, bool) {
	if math.IsInf(v, 0) {
		_, ok := Convert(1, from, to)
		return v, ok
	}
	return Convert(v, from, to)
}

// formatFigure writes a converted figure for a reason: ASCII digits, at most
// two decimals, no grouping.
func formatFigure(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// estimatesDiffer reports whether qa and qb are two round estimates that
// name figures the other does not allow: "about 180 missiles" (one army's
// count) and "about 200" (another's) share 180 to 198, yet 200 is not
// about 180, and a fact-checker asks which it was, as with "about 5,000"
// and "about 4,000". "About 615 crore" and "about 600 crore" each allow
// the other: one estimate. An estimate against an exact count keeps its
// rounding: "about 5,000" fits 5,200. ia and ib are their intervals in
// their own units.
func estimatesDiffer(qa, qb *Quantity, ia, ib figureRange) bool {
	if qa.Qualifier != About || qb.Qualifier != About {
		return false
	}
	aInB, bInA := qa.Value, qb.Value
	if qa.Unit != qb.Unit {
		var okA, okB bool
		aInB, okA = Convert(qa.Value, qa.Unit, qb.Unit)
		bInA, okB = Convert(qb.Value, qb.Unit, qa.Unit)
		if !okA || !okB {
			return false
		}
	}
	point := func(x float64) figureRange { return figureRange{lo: x, hi: x} }
	return !ia.overlaps(point(bInA)) || !ib.overlaps(point(aInB))
}

// EstimateOf returns the figure a round estimate ("about 180", "প্রায়
// ২০০টি") names, in unit and as reports write it; ok is false for any
// other figure or a unit it does not convert to. Two estimates that name
// different figures differ (compareQuantities).
func EstimateOf(q *Quantity, unit string) (figure string, ok bool) {
	if q == nil || q.Qualifier != About {
		return "", false
	}
	v := q.Value
	if q.Unit != unit {
		if v, ok = Convert(q.Value, q.Unit, unit); !ok {
			return "", false
		}
	}
	return formatFigure(v), true
}
