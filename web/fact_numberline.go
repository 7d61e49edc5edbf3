package web

import (
	"math"
	"sort"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// NumberLine is the model of a fact's number line: each statement's
// interval on one axis, one row per statement ordered by as-of date,
// coloured by language, so the outlier and a rising figure show at a glance.
// A fact with more statements than its page shows draws one row per
// distinct value instead, with how many statements give it: ten thousand
// rows would say less than the handful of values they repeat.
type NumberLine struct {
	Width, Height int
	AxisY         int
	Left, Right   int // the plot's x range
	Rows          []NumberRow
	Ticks         []NumberTick
	Legend        []LanguageColour
	Unit          string
	Log           bool // a logarithmic axis: the values span more than two orders of magnitude
	Narrow        bool // drawn for a phone's width
	PerValue      bool // one row per distinct value, not per statement
}

// NumberRow is one statement's interval.
type NumberRow struct {
	Y, X1, X2, Dot int
	Label          string // as-of date
	Colour         string
	OpenRight      bool // the interval has no upper end: drawn to the edge with an arrow
	Title          string
	// Value is the figure written beside the interval, at (ValueX, ValueY),
	// anchored "start" (right of it) or "end" (left of it, when the right
	// has no room); above the interval's start when neither side has room.
	Value       string
	ValueX      int
	ValueY      int
	ValueAnchor string
}

// NumberTick is one labelled point of the axis.
type NumberTick struct {
	X     int
	Label string
}

// LanguageColour is one entry of the legend.
type LanguageColour struct{ Language, Name, Colour string }

// languageColours are distinct from the red and green that mean dispute
// and agreement elsewhere.
var languageColours = map[string]string{"bn": "#0b57d0", "hi": "#c05a00", "mr": "#7b3fc4", "en": "#12796f"}

func languageColour(l string) string {
	if c, ok := languageColours[l]; ok {
		return c
	}
	return "#59636e"
}

const (
	nlRowH   = 22
	nlTop    = 14
	nlBottom = 30
	nlCharW  = 6 // about the width of one character of the 11px labels
)

// lineLayout is the drawing's width and the plot's x range within it. The
// SVG scales to its box, so a line drawn for a desktop shrinks its labels
// to a few pixels on a phone: the page draws one of each and shows the one
// that fits.
type lineLayout struct{ Width, Left, Right int }

var (
	wideLine   = lineLayout{Width: 720, Left: 92, Right: 700}
	narrowLine = lineLayout{Width: 360, Left: 72, Right: 345}
)

// linePoint is one row of a number line: a statement, or a distinct value
// with how many statements give it.
type linePoint struct {
	Facet    *claims.Facet
	Value    string
	AsOf     string // the statement's as-of date, or a value's earliest
	Last     string // a value's latest as-of date
	Language string // a statement's; "" for a value
	Count    int    // statements giving a value; 0 for a statement's own row
}

// statementPoints are the rows of a line drawn per statement.
func statementPoints(stmts []store.FactStatement) []linePoint {
	out := make([]linePoint, len(stmts))
	for i, s := range stmts {
		out[i] = linePoint{Facet: s.Facet, Value: s.Value, AsOf: s.AsOf, Language: s.Language}
	}
	return out
}

// valuePoints are the rows of a line drawn per distinct value.
func valuePoints(vals []store.FactValue) []linePoint {
	out := make([]linePoint, len(vals))
	for i, v := range vals {
		out[i] = linePoint{Facet: v.Facet, Value: v.Value, AsOf: v.First, Last: v.Last, Count: v.Statements}
	}
	return out
}

// valueColour draws a value's row: it stands for statements of every
// language, so it takes none of theirs.
const valueColour = "#3d4f63"

// numberLine builds the number line of a quantity fact's points in layout
// lay; nil when no point has a figure.
func numberLine(points []linePoint, lay lineLayout) *NumberLine {
	nlWidth, nlLeft, nlRight := lay.Width, lay.Left, lay.Right
	type iv struct {
		st     linePoint
		lo, hi float64
		val    float64
		open   bool
	}
	unit, have := "", false
	var ivs []iv
	for _, s := range points {
		if s.Facet == nil || s.Facet.Quantity == nil {
			continue
		}
		if !have {
			unit, have = s.Facet.Quantity.Unit, true
		}
		in, ok := claims.QuantityInterval(s.Facet.Quantity, unit)
		if !ok {
			continue
		}
		val := s.Facet.Quantity.Value
		if s.Facet.Quantity.Unit != unit {
			val = in.Mid()
		}
		ivs = append(ivs, iv{st: s, lo: in.Lo, hi: in.Hi, val: val, open: math.IsInf(in.Hi, 1)})
	}
	if len(ivs) == 0 {
		return nil
	}
	sort.SliceStable(ivs, func(i, j int) bool { return ivs[i].st.AsOf < ivs[j].st.AsOf })
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range ivs {
		lo = math.Min(lo, math.Min(v.lo, v.val))
		hi = math.Max(hi, v.val)
		if !v.open {
			hi = math.Max(hi, v.hi)
		}
	}
	nl := &NumberLine{Width: nlWidth, Left: nlLeft, Right: nlRight, Unit: unit, Narrow: lay == narrowLine,
		PerValue: len(points) > 0 && points[0].Count > 0}
	nl.Log = lo > 0 && hi/lo > 100
	var x func(float64) int
	if nl.Log {
		a, b := math.Log10(lo)-0.1, math.Log10(hi)+0.1
		x = func(v float64) int {
			if v <= 0 {
				return nlLeft
			}
			return nlLeft + int(math.Round((math.Log10(v)-a)/(b-a)*float64(nlRight-nlLeft)))
		}
		for e := math.Ceil(a); e <= b; e++ {
			t := math.Pow(10, e)
			nl.Ticks = append(nl.Ticks, NumberTick{X: x(t), Label: figure(t)})
		}
	} else {
		pad := (hi - lo) * 0.08
		if pad == 0 {
			pad = math.Max(math.Abs(hi)*0.1, 1)
		}
		a, b := math.Max(lo-pad, 0), hi+pad
		if lo < 0 {
			a = lo - pad
		}
		x = func(v float64) int { return nlLeft + int(math.Round((v-a)/(b-a)*float64(nlRight-nlLeft))) }
		ticks := 5.0
		if nl.Narrow {
			ticks = 3
		}
		step := niceStep((b - a) / ticks)
		for t := math.Ceil(a/step) * step; t <= b; t += step {
			nl.Ticks = append(nl.Ticks, NumberTick{X: x(t), Label: figure(t)})
		}
	}
	clamp := func(v int) int { return max(nlLeft, min(nlRight, v)) }
	seen := map[string]bool{}
	for i, v := range ivs {
		r := NumberRow{Y: nlTop + i*nlRowH + nlRowH/2, X1: clamp(x(v.lo)), Dot: clamp(x(v.val)), OpenRight: v.open,
			Label: v.st.AsOf, Colour: languageColour(v.st.Language),
			Title: v.st.Language + " · " + v.st.Value + " · as of " + v.st.AsOf}
		if v.st.Count > 0 {
			r.Colour, r.Title = valueColour, valueTitle(v.st)
		}
		r.X2 = nlRight
		if !v.open {
			r.X2 = clamp(x(v.hi))
		}
		if r.X2-r.X1 < 3 {
			r.X1, r.X2 = r.Dot-2, r.Dot+2
		}
		if r.Label == "" {
			r.Label = "undated"
		}
		r.Value = valuesText(v.st.Value, claims.KindQuantity)
		if v.st.Count > 0 {
			r.Value += " ×" + figure(float64(v.st.Count))
		}
		w := nlCharW * len([]rune(r.Value))
		r.ValueX, r.ValueY, r.ValueAnchor = r.X2+10, r.Y+4, "start"
		switch {
		case !r.OpenRight && r.ValueX+w <= nlWidth:
		case r.X1-8-w >= nlLeft:
			r.ValueX, r.ValueAnchor = r.X1-8, "end"
		default:
			// Left of the interval it would run over the dates: above it.
			r.ValueX, r.ValueY = r.X1, r.Y-6
		}
		nl.Rows = append(nl.Rows, r)
		if v.st.Count == 0 && !seen[v.st.Language] {
			seen[v.st.Language] = true
			nl.Legend = append(nl.Legend, LanguageColour{Language: v.st.Language, Name: languageName(v.st.Language), Colour: r.Colour})
		}
	}
	nl.AxisY = nlTop + len(ivs)*nlRowH + 4
	nl.Height = nl.AxisY + nlBottom
	return nl
}

// valueTitle is the tooltip of a value's row: "61 person · 5 statements ·
// as of 2018-08-16 to 2018-08-17".
func valueTitle(p linePoint) string {
	t := valuesText(p.Value, claims.KindQuantity) + " · " + pluralWord(p.Count, "1 statement", figure(float64(p.Count))+" statements")
	switch {
	case p.AsOf == "":
	case p.Last == "" || p.Last == p.AsOf:
		t += " · as of " + p.AsOf
	default:
		t += " · as of " + p.AsOf + " to " + p.Last
	}
	return t
}

// niceStep rounds a tick step to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

func px(n int) string { return strconv.Itoa(n) }
