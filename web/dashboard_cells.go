package web

import (
	"context"
	"html"
	"io"
	"strconv"

	"github.com/a-h/templ"
)

// chartCells writes the chart's cells, the markup sourceFactSVG wrote for
// them when they were a loop in dashboard.templ (byte for byte): 224
// cells of a dozen attributes each cost templ a fmt.Sprint, an escape and
// a write per attribute, about a third of the dashboard's CPU. Only the
// title and the links are text from the database, escaped as templ
// escapes; every other attribute is a number or a colour of ours.
func chartCells(cells []ChartCell) templ.Component {
	return templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
		b := make([]byte, 0, 700*len(cells))
		for _, c := range cells {
			b = c.appendSVG(b)
		}
		_, err := w.Write(b)
		return err
	})
}

// appendSVG appends the cell: its title, then each half as a rectangle
// with its count, a link to the queue when the count is not zero.
func (c ChartCell) appendSVG(b []byte) []byte {
	b = append(b, `<g class="cell"><title>`...)
	b = append(b, html.EscapeString(c.Title)...)
	b = append(b, `</title>`...)
	b = appendHalf(b, c.Conflicts, c.ConflictHref, "cell-conflicts", c.X+2, c.X+chartCellW/4+1, c.Y, c.ConflictFill, c.ConflictInk)
	b = append(b, ' ')
	b = appendHalf(b, c.Agreements, c.AgreeHref, "cell-agreements", c.X+chartCellW/2, c.X+3*chartCellW/4-1, c.Y, c.AgreeFill, c.AgreeInk)
	return append(b, `</g>`...)
}

// appendHalf appends one half of a cell whose rectangle starts at x and
// whose count is centred on textX.
func appendHalf(b []byte, n int, href, class string, x, textX, y int, fill, ink string) []byte {
	if n > 0 {
		b = append(b, `<a href="`...)
		b = append(b, html.EscapeString(href)...)
		b = append(b, `" class="`...)
		b = append(b, class...)
		b = append(b, `">`...)
	}
	b = append(b, `<rect x="`...)
	b = strconv.AppendInt(b, int64(x), 10)
	b = append(b, `" y="`...)
	b = strconv.AppendInt(b, int64(y+2), 10)
	b = append(b, `" width="`...)
	b = strconv.AppendInt(b, chartCellW/2-2, 10)
	b = append(b, `" height="`...)
	b = strconv.AppendInt(b, chartCellH-4, 10)
	b = append(b, `" rx="3" fill="`...)
	b = append(b, fill...)
	b = append(b, `"></rect>`...)
	if n == 0 {
		return b
	}
	b = append(b, ` <text x="`...)
	b = strconv.AppendInt(b, int64(textX), 10)
	b = append(b, `" y="`...)
	b = strconv.AppendInt(b, int64(y+chartCellH/2+5), 10)
	b = append(b, `" fill="`...)
	b = append(b, ink...)
	b = append(b, `">`...)
	b = strconv.AppendInt(b, int64(n), 10)
	return append(b, `</text></a>`...)
}
