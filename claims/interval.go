package claims

import "math"

// Interval is the set of values a figure stands for, in one unit: what
// Compare decides two quantities by, exported so that a fact can keep what
// all its statements have in common without comparing them in pairs (in one
// dimension, intervals that overlap pairwise share a common value).
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool // an open end excludes its bound: "more than 3,000"
}

// QuantityInterval returns the interval q stands for (after its qualifier
// and vagueness, as Compare reads it), converted to unit. When q's unit is
// not unit, the bounds are first widened for rounding as Compare widens
// conversions. ok is false when q cannot be converted to unit: another
// dimension, a currency, a bare count against a measure.
func QuantityInterval(q *Quantity, unit string) (Interval, bool) {
	if q == nil {
		return Interval{}, false
	}
	iv := quantityInterval(q)
	if q.Unit != unit {
		if q.Unit == "" || unit == "" {
			return Interval{}, false
		}
		iv = iv.rounded(q.Value, conversionSlack)
		lo, ok1 := convertBound(iv.lo, q.Unit, unit)
		hi, ok2 := convertBound(iv.hi, q.Unit, unit)
		if !ok1 || !ok2 {
			return Interval{}, false
		}
		iv.lo, iv.hi = lo, hi
	}
	return Interval{Lo: iv.lo, Hi: iv.hi, LoOpen: iv.loOpen, HiOpen: iv.hiOpen}, true
}

func (iv Interval) internal() figureRange {
	return figureRange{lo: iv.Lo, hi: iv.Hi, loOpen: iv.LoOpen, hiOpen: iv.HiOpen}
}

// Overlaps reports whether iv and o share a value, by Compare's rule.
func (iv Interval) Overlaps(o Interval) bool {
	return iv.internal().overlaps(o.internal())
}

// Intersect returns the values iv and o share; call it on overlapping
// intervals only.
func (iv Interval) Intersect(o Interval) Interval {
	out := iv
	if o.Lo > out.Lo || (o.Lo == out.Lo && o.LoOpen) {
		out.Lo, out.LoOpen = o.Lo, o.LoOpen
	}
	if o.Hi < out.Hi || (o.Hi == out.Hi && o.HiOpen) {
		out.Hi, out.HiOpen = o.Hi, o.HiOpen
	}
	return out
}

// Below reports whether every value of iv is less than every value of o:
// a running figure that has risen from iv to o.
func (iv Interval) Below(o Interval) bool {
	return iv.Hi < o.Lo || (iv.Hi == o.Lo && (iv.HiOpen || o.LoOpen))
}

// Mid is a representative value of iv, for ordering: its midpoint, or its
// finite end when the other is open-ended.
func (iv Interval) Mid() float64 {
	switch {
	case math.IsInf(iv.Hi, 1):
		return iv.Lo
	case math.IsInf(iv.Lo, -1):
		return iv.Hi
	}
	return (iv.Lo + iv.Hi) / 2
}
