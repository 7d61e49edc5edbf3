package web

import (
	"testing"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// TestNumberLineValueLabelsClear checks that no value written beside an
// interval runs over the dates down the left or past the right edge: a
// wide interval near the right with a long label ("20,000–90,000 worker
// ×714") is labelled above its start instead.
func TestNumberLineValueLabelsClear(t *testing.T) {
	value := func(v, lo, hi float64, text, asOf string) store.FactValue {
		return store.FactValue{Value: text, Statements: 714, First: asOf, Last: asOf,
			Facet: &claims.Facet{Kind: claims.KindQuantity, Quantity: &claims.Quantity{Value: v, Low: lo, High: hi, Counted: "worker"}}}
	}
	vals := []store.FactValue{
		value(1000, 1000, 4500, "1000-4500 worker", "2024-05-02"),
		value(2000, 2000, 9000, "2000-9000 worker", "2024-01-23"),
		value(20000, 20000, 90000, "20000-90000 worker", "2024-03-23"),
		value(6000, 6000, 27000, "6000-27000 worker", "2024-04-12"),
	}
	for _, lay := range []lineLayout{wideLine, narrowLine} {
		nl := numberLine(valuePoints(vals), lay)
		if nl == nil || len(nl.Rows) != len(vals) {
			t.Fatalf("number line %+v", nl)
		}
		above := 0
		for _, r := range nl.Rows {
			w := nlCharW * len([]rune(r.Value))
			lo, hi := r.ValueX, r.ValueX+w
			if r.ValueAnchor == "end" {
				lo, hi = r.ValueX-w, r.ValueX
			}
			if r.ValueY == r.Y+4 && (lo < nl.Left || hi > nl.Width) {
				t.Errorf("width %d: %q written from %d to %d, outside the plot's %d to %d", lay.Width, r.Value, lo, hi, nl.Left, nl.Width)
			}
			if r.ValueY != r.Y+4 {
				above++
			}
		}
		if lay == wideLine && above != 1 {
			t.Errorf("%d values written above their interval, want the 20,000–90,000 one", above)
		}
	}
}
