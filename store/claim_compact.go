package store

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/claimdesk/claimdesk/claims"
)

// A claim's quantities, dates, entities and roles, and a facet's data, are
// stored as JSON arrays of fields by position rather than objects keyed by
// field name: the names took two thirds of the bytes of a claim's lists
// (an entity's Garbled, Guessed and Unknown spelt out in every row), and
// the lists are read whole by Go, never queried field by field, except an
// entity's name (manual.go reads it as $[0]). Trailing fields at their zero
// value are left out. An array whose elements are objects is the older
// form, from before migration 010, and is still read.
//
// The positions, which the stored rows depend on (add new fields at the
// end):
//
//	quantity [Text, Start, End, Value, Low, High, Unit, Dimension, Qualifier, Counted, Of, Vague]
//	date     [Text, Start, End, ISO, Precision, Relative]
//	entity   [Name, Kind, Text, Start, End, Type, flags]: Type left out when it is Kind;
//	         flags 1 Garbled, 2 Guessed, 4 Unknown
//	role     [Person, Role, Text, Start, End]
//	facet    [Kind, Subject, Attribute, Value, Key, quantity, role, date], absent parts null
//
// Infinite bounds are written "Infinity" and "-Infinity", as jsonFloat does.

func quantityFields(q claims.Quantity) []any {
	return trimZero([]any{q.Text, q.Start, q.End, jsonFloat(q.Value), jsonFloat(q.Low), jsonFloat(q.High),
		q.Unit, q.Dimension, q.Qualifier, q.Counted, q.Of, q.Vague})
}

func dateFields(d claims.Date) []any {
	return trimZero([]any{d.Text, d.Start, d.End, d.ISO, d.Precision, d.Relative})
}

func entityFields(e claims.Entity) []any {
	f := []any{e.Name, e.Kind, e.Text, e.Start, e.End}
	flags := 0
	for i, on := range []bool{e.Garbled, e.Guessed, e.Unknown} {
		if on {
			flags |= 1 << i
		}
	}
	if e.Type != e.Kind || flags != 0 {
		f = append(f, e.Type)
	}
	if flags != 0 {
		f = append(f, flags)
	}
	return f
}

func roleFields(r claims.Role) []any {
	return []any{r.Person, r.Role, r.Text, r.Start, r.End}
}

// trimZero drops the trailing fields at their zero value.
func trimZero(f []any) []any {
	for len(f) > 0 {
		switch v := f[len(f)-1].(type) {
		case string:
			if v != "" {
				return f
			}
		case int:
			if v != 0 {
				return f
			}
		case bool:
			if v {
				return f
			}
		case jsonFloat:
			if v != 0 {
				return f
			}
		default:
			if v != nil {
				return f
			}
		}
		f = f[:len(f)-1]
	}
	return f
}

// compactList writes a claim's list: "[]" when empty.
func compactList[T any](items []T, fields func(T) []any) (string, error) {
	if len(items) == 0 {
		return "[]", nil
	}
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = fields(it)
	}
	b, err := json.Marshal(out)
	return string(b), err
}

// row is one decoded array of fields; reading past its end gives zero
// values, as trimZero left them out.
type row []field

// field is one value of a row: a string, a number, a bool, null or a
// nested row (a facet's quantity, role or date), held without boxing.
type field struct {
	kind fieldKind
	s    string
	f    float64
	sub  row
}

type fieldKind uint8

const (
	nullField fieldKind = iota
	stringField
	numberField
	trueField
	falseField
	rowField
)

func (r row) str(i int) string {
	if i < len(r) && r[i].kind == stringField {
		return r[i].s
	}
	return ""
}

func (r row) num(i int) float64 {
	if i >= len(r) {
		return 0
	}
	switch v := r[i]; v.kind {
	case numberField:
		return v.f
	case stringField:
		switch v.s {
		case "Infinity":
			return math.Inf(1)
		case "-Infinity":
			return math.Inf(-1)
		}
	case nullField:
		return math.NaN()
	}
	return 0
}

func (r row) int(i int) int { return int(r.num(i)) }

func (r row) bool(i int) bool {
	return i < len(r) && r[i].kind == trueField
}

func (r row) sub(i int) (row, bool) {
	if i < len(r) && r[i].kind == rowField {
		return r[i].sub, true
	}
	return nil, false
}

func quantityOf(r row) claims.Quantity {
	return claims.Quantity{Text: r.str(0), Start: r.int(1), End: r.int(2), Value: r.num(3), Low: r.num(4), High: r.num(5),
		Unit: r.str(6), Dimension: r.str(7), Qualifier: r.str(8), Counted: r.str(9), Of: r.str(10), Vague: r.bool(11)}
}

func dateOf(r row) claims.Date {
	return claims.Date{Text: r.str(0), Start: r.int(1), End: r.int(2), ISO: r.str(3), Precision: r.str(4), Relative: r.bool(5)}
}

func entityOf(r row) claims.Entity {
	e := claims.Entity{Name: r.str(0), Kind: r.str(1), Text: r.str(2), Start: r.int(3), End: r.int(4), Type: r.str(1)}
	if len(r) > 5 {
		e.Type = r.str(5)
	}
	flags := r.int(6)
	e.Garbled, e.Guessed, e.Unknown = flags&1 != 0, flags&2 != 0, flags&4 != 0
	return e
}

func roleOf(r row) claims.Role {
	return claims.Role{Person: r.str(0), Role: r.str(1), Text: r.str(2), Start: r.int(3), End: r.int(4)}
}

// isCompact reports whether a stored list or facet is in the positional
// form: an array of arrays, or an array.
func isCompact(src string) bool {
	return len(src) >= 2 && src[0] == '[' && (src[1] == '[' || src[1] == ']')
}

// readCompact decodes a list of positional rows.
func readCompact[T any](src string, of func(row) T) ([]T, error) {
	rows, err := parseRows(src)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	out := make([]T, len(rows))
	for i, r := range rows {
		out[i] = of(r)
	}
	return out, nil
}

// claimLists returns what the claims table stores in quantities, dates,
// entities and roles.
func claimLists(c *claims.Claim) ([4]string, error) {
	var lists [4]string
	var err error
	if lists[0], err = compactList(c.Quantities, quantityFields); err != nil {
		return lists, err
	}
	if lists[1], err = compactList(c.Dates, dateFields); err != nil {
		return lists, err
	}
	if lists[2], err = compactList(c.Entities, entityFields); err != nil {
		return lists, err
	}
	if lists[3], err = compactList(c.Roles, roleFields); err != nil {
		return lists, err
	}
	return lists, nil
}

// readClaimLists fills c's quantities, dates, entities and roles from
// their stored lists, in either form.
func readClaimLists(c *claims.Claim, quantities, dates, entities, roles string) error {
	var err error
	if c.Quantities, err = unmarshalQuantities(quantities); err != nil {
		return fmt.Errorf("quantities: %w", err)
	}
	for _, l := range []struct {
		src string
		dst any
	}{{dates, &c.Dates}, {entities, &c.Entities}, {roles, &c.Roles}} {
		if err := unmarshalList(l.src, l.dst); err != nil {
			return err
		}
	}
	return nil
}

// facetFields is a facet's positional form.
func facetFields(f claims.Facet) []any {
	out := []any{f.Kind, f.Subject, f.Attribute, f.Value, f.Key, nil, nil, nil}
	if f.Quantity != nil {
		out[5] = quantityFields(*f.Quantity)
	}
	if f.Role != nil {
		out[6] = roleFields(*f.Role)
	}
	if f.Date != nil {
		out[7] = dateFields(*f.Date)
	}
	return trimZero(out)
}

// facetOf reads facetFields.
func facetOf(r row) claims.Facet {
	f := claims.Facet{Kind: r.str(0), Subject: r.str(1), Attribute: r.str(2), Value: r.str(3), Key: r.str(4)}
	if q, ok := r.sub(5); ok {
		v := quantityOf(q)
		f.Quantity = &v
	}
	if ro, ok := r.sub(6); ok {
		v := roleOf(ro)
		f.Role = &v
	}
	if d, ok := r.sub(7); ok {
		v := dateOf(d)
		f.Date = &v
	}
	return f
}
