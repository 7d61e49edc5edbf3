package store

import (
	"encoding/json"
	"math"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
)

// JSON cannot hold infinity, but an open-ended quantity ("at least 1.5")
// has High = +Inf. Quantities, alone or inside a facet, are stored through
// these mirrors, which write the interval bounds as numbers or as the
// strings "Infinity" and "-Infinity".

// jsonFloat is a float64 that survives JSON when infinite.
type jsonFloat float64

// MarshalJSON writes a finite value as a number and an infinite one as a
// string; NaN, which a bound never should be, as null.
func (f jsonFloat) MarshalJSON() ([]byte, error) {
	v := float64(f)
	switch {
	case math.IsInf(v, 1):
		return []byte(`"Infinity"`), nil
	case math.IsInf(v, -1):
		return []byte(`"-Infinity"`), nil
	case math.IsNaN(v):
		return []byte(`null`), nil
	}
	return strconv.AppendFloat(nil, v, 'g', -1, 64), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (f *jsonFloat) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"Infinity"`:
		*f = jsonFloat(math.Inf(1))
		return nil
	case `"-Infinity"`:
		*f = jsonFloat(math.Inf(-1))
		return nil
	case `null`:
		*f = jsonFloat(math.NaN())
		return nil
	}
	v, err := strconv.ParseFloat(string(b), 64)
	*f = jsonFloat(v)
	return err
}

// storedQuantity is a claims.Quantity whose numbers shadow the embedded ones
// in JSON (the shallower field wins), so they may be infinite.
type storedQuantity struct {
	claims.Quantity
	Value, Low, High jsonFloat
}

func toStoredQuantity(q claims.Quantity) storedQuantity {
	return storedQuantity{Quantity: q, Value: jsonFloat(q.Value), Low: jsonFloat(q.Low), High: jsonFloat(q.High)}
}

func (s storedQuantity) quantity() claims.Quantity {
	q := s.Quantity
	q.Value, q.Low, q.High = float64(s.Value), float64(s.Low), float64(s.High)
	return q
}

// storedFacet is a claims.Facet whose quantity is a storedQuantity.
type storedFacet struct {
	claims.Facet
	Quantity *storedQuantity `json:",omitempty"`
}

// unmarshalQuantities reads claims.quantities in either form
// (claim_compact.go); nil when empty.
func unmarshalQuantities(src string) ([]claims.Quantity, error) {
	if src == "" || src == "[]" || src == "null" {
		return nil, nil
	}
	if isCompact(src) {
		return readCompact(src, quantityOf)
	}
	var in []storedQuantity
	if err := json.Unmarshal([]byte(src), &in); err != nil {
		return nil, err
	}
	out := make([]claims.Quantity, len(in))
	for i, s := range in {
		out[i] = s.quantity()
	}
	return out, nil
}

// marshalFacet returns the JSON stored in facets.data: its positional form
// (claim_compact.go).
func marshalFacet(f claims.Facet) ([]byte, error) {
	return json.Marshal(facetFields(f))
}

// unmarshalFacet reads facets.data in either form.
func unmarshalFacet(data []byte, f *claims.Facet) error {
	if len(data) > 0 && data[0] == '[' {
		r, err := parseRow(data)
		if err != nil {
			return err
		}
		*f = facetOf(r)
		return nil
	}
	var s storedFacet
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	*f = s.Facet
	f.Quantity = nil
	if s.Quantity != nil {
		q := s.Quantity.quantity()
		f.Quantity = &q
	}
	return nil
}
