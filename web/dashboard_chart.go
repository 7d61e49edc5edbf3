package web

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// Chart geometry, in SVG user units (pixels at 100%). The room for labels is
// measured from the labels themselves (labelWidth), so none is cut off.
const (
	chartCellW    = 64 // a cell: conflicts on the left half, agreements on the right
	chartCellH    = 34 // two lines of a source's name
	chartLegend   = 54
	chartLegendW  = 560 // the legend's own width
	chartRowChars = 34  // a source's name wraps after this many characters, on two lines at most
	chartColChars = 48  // a fact's name longer than this is shortened (the tooltip has it whole)
	chartCharW    = 7.6 // a character at the chart's 13 px, generously: Latin capitals, Bengali, Devanagari
	chartSlant    = 40  // degrees the fact names lean
)

// ChartView is the sources-against-facts chart, laid out for the template.
type ChartView struct {
	Width, Height, ViewBox string
	Title, Desc            string
	Rows                   []ChartRow
	Columns                []ChartColumn
	Cells                  []ChartCell
	LegendY                string
	MoreSources, MoreFacts int // how many were left out
	Empty                  bool
}

// ChartRow is a source's label, on one or two lines.
type ChartRow struct {
	Lines []ChartLine
	Full  string
}

// ChartLine is one line of a label.
type ChartLine struct {
	Text, X, Y string
}

// ChartColumn is a fact's label, slanted.
type ChartColumn struct {
	Label, Full string
	X, Y        string
	Transform   string
}

// ChartCell is one source and fact: two halves, each with its count
// (chartCells writes them).
type ChartCell struct {
	Title                 string // what a screen reader and a tooltip say
	X, Y                  int    // the cell's top left corner
	Conflicts, Agreements int    // a half with none has no count and no link
	ConflictFill          string
	AgreeFill             string
	ConflictInk, AgreeInk string
	// ConflictHref and AgreeHref open the queue of this source's conflicts
	// and agreements on this fact.
	ConflictHref, AgreeHref string
}

// sourceFactChart lays out the chart the store chose: the busiest sources
// down the side, the most disputed facts across the top, each cell's halves
// shaded by how many conflicts (red) and agreements (green) the source has
// on that fact.
func sourceFactChart(ch store.SourceFactChart) ChartView {
	if len(ch.Sources) == 0 || len(ch.Facts) == 0 {
		return ChartView{Empty: true}
	}
	factName := func(subject, attribute string) string {
		if subject == "" {
			return attribute // a story's own event: its figure has no subject of its own
		}
		return subject + " · " + attribute
	}
	sources := make([]string, len(ch.Sources))
	cellSource := map[string]string{} // source key to its label
	for i, s := range ch.Sources {
		sources[i] = s.Key
		cellSource[s.Key] = s.Label
	}
	facts := make([]string, len(ch.Facts))
	for i, f := range ch.Facts {
		facts[i] = factName(f.Subject, f.Attribute)
	}
	moreSources, moreFacts := ch.MoreSources, ch.MoreFacts
	row, col := map[string]int{}, map[string]int{}
	for i, s := range sources {
		row[s] = i
	}
	for i, f := range facts {
		col[f] = i
	}
	rowLines := make([][]string, len(sources))
	labelW := 120.0
	for i, src := range sources {
		rowLines[i] = wrapLabel(cellSource[src], chartRowChars)
		for _, l := range rowLines[i] {
			labelW = max(labelW, labelWidth(l)+20)
		}
	}
	colLabels := make([]string, len(facts))
	headH, tailW := 60.0, 40.0
	sin, cos := math.Sin(chartSlant*math.Pi/180), math.Cos(chartSlant*math.Pi/180)
	for i, f := range facts {
		colLabels[i] = shorten(f, chartColChars)
		w := labelWidth(colLabels[i])
		headH = max(headH, w*sin+20)
		// A name leans right past the cells after its own.
		tailW = max(tailW, w*cos-float64((len(facts)-1-i)*chartCellW)+10)
	}
	chartLabelW, chartHeadH := int(labelW), int(headH)
	width := max(chartLabelW+len(facts)*chartCellW+int(tailW), chartLegendW)
	height := chartHeadH + len(sources)*chartCellH + chartLegend
	v := ChartView{
		Width: itoa(width), Height: itoa(height), ViewBox: fmt.Sprintf("0 0 %d %d", width, height),
		Title:       "Sources against the facts they agree and conflict on",
		MoreSources: moreSources, MoreFacts: moreFacts,
		LegendY: itoa(chartHeadH + len(sources)*chartCellH + 22),
	}
	v.Desc = fmt.Sprintf("%d sources down the side, %d facts across the top. In each cell the left half counts conflicts (red) and the right half agreements (green) between that source and other sources on that fact.", len(sources), len(facts))
	for i, src := range sources {
		row := ChartRow{Full: cellSource[src]}
		mid := chartHeadH + i*chartCellH + chartCellH/2 + 5
		for j, l := range rowLines[i] {
			y := mid
			if len(rowLines[i]) == 2 {
				y = mid - 8 + 16*j
			}
			row.Lines = append(row.Lines, ChartLine{Text: l, X: itoa(chartLabelW - 10), Y: itoa(y)})
		}
		v.Rows = append(v.Rows, row)
	}
	for i, f := range facts {
		x := chartLabelW + i*chartCellW + chartCellW/2
		y := chartHeadH - 8
		v.Columns = append(v.Columns, ChartColumn{Label: colLabels[i], Full: f, X: itoa(x), Y: itoa(y),
			Transform: fmt.Sprintf("rotate(-%d %d %d)", chartSlant, x, y)})
	}
	maxConflicts, maxAgree := max(1, ch.MaxConflicts), max(1, ch.MaxAgreements)
	links := cellLinks{}
	for _, c := range ch.Cells {
		r, ok1 := row[c.SourceKey]
		k, ok2 := col[factName(c.Subject, c.Attribute)]
		if !ok1 || !ok2 {
			continue
		}
		fact := factName(c.Subject, c.Attribute)
		cell := ChartCell{
			Title:        c.Source + ", " + fact + ": " + plural(c.Conflicts, "conflict", "conflicts") + ", " + plural(c.Agreements, "agreement", "agreements"),
			X:            chartLabelW + k*chartCellW,
			Y:            chartHeadH + r*chartCellH,
			Conflicts:    c.Conflicts,
			Agreements:   c.Agreements,
			ConflictFill: shade(c.Conflicts, maxConflicts, [3]int{180, 35, 24}),
			AgreeFill:    shade(c.Agreements, maxAgree, [3]int{26, 127, 55}),
			ConflictInk:  ink(c.Conflicts, maxConflicts),
			AgreeInk:     ink(c.Agreements, maxAgree),
		}
		if c.Conflicts > 0 {
			cell.ConflictHref = links.href(c, false)
		}
		if c.Agreements > 0 {
			cell.AgreeHref = links.href(c, true)
		}
		v.Cells = append(v.Cells, cell)
	}
	return v
}

// cellLinks writes the pairs list's URL of a chart cell, as
// queueParams.url would (its keys in order: attribute, relation, source,
// subject), escaping each source and fact once for all their cells: a
// chart of 224 cells built two url.Values a cell, a fifth of the page's
// CPU.
type cellLinks map[string]string

func (l cellLinks) escaped(s string) string {
	e, ok := l[s]
	if !ok {
		e = url.QueryEscape(s)
		l[s] = e
	}
	return e
}

func (l cellLinks) href(c store.SourceFact, agrees bool) string {
	var b strings.Builder
	b.WriteString("/conflicts")
	sep := byte('?')
	add := func(key, val string) {
		if val == "" {
			return
		}
		b.WriteByte(sep)
		b.WriteString(key)
		b.WriteByte('=')
		b.WriteString(l.escaped(val))
		sep = '&'
	}
	add("attribute", c.Attribute)
	if agrees {
		add("relation", claims.Agrees)
	}
	add("source", c.SourceKey)
	add("subject", c.Subject)
	return b.String()
}

// shade mixes rgb into white by n/top: a pale tint for one, full colour for
// the most; none is a neutral grey.
func shade(n, top int, rgb [3]int) string {
	if n == 0 {
		return "#f1f3f5"
	}
	t := 0.25 + 0.75*float64(n)/float64(top)
	const hex = "0123456789abcdef"
	out := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, c := range rgb {
		m := int(255 - (255-float64(c))*t)
		out[1+2*i], out[2+2*i] = hex[m>>4&15], hex[m&15]
	}
	return string(out)
}

// ink is the count's colour: white on a dark cell, dark on a pale one.
func ink(n, top int) string {
	if float64(n)/float64(top) > 0.5 {
		return "#ffffff"
	}
	return "#1f2328"
}

// labelWidth estimates how wide text is drawn at the chart's size: combining
// marks (vowel signs, viramas) take no room of their own.
func labelWidth(text string) float64 {
	n := 0
	for _, r := range text {
		if !unicode.IsMark(r) {
			n++
		}
	}
	return float64(n) * chartCharW
}

// wrapLabel breaks a label into at most two lines of about width characters,
// at spaces; what does not fit on the second line is shortened.
func wrapLabel(text string, width int) []string {
	if utf8.RuneCountInString(text) <= width {
		return []string{text}
	}
	words := strings.Fields(text)
	var first []string
	n := 0
	for len(words) > 0 {
		w := utf8.RuneCountInString(words[0])
		if n > 0 && n+1+w > width {
			break
		}
		first = append(first, words[0])
		n += w + min(n, 1)
		words = words[1:]
	}
	if len(first) == 0 || len(words) == 0 {
		return []string{shorten(text, width)}
	}
	return []string{strings.Join(first, " "), shorten(strings.Join(words, " "), width)}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
