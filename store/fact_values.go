package store

import (
	"context"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// FactValue is one distinct value of a fact's statements: the fact page's
// summary of what its sources say, and a point of its number line when
// the fact has too many statements to draw one row each.
type FactValue struct {
	Value      string
	Statements int    // how many statements give it
	First      string // the earliest and latest as-of dates; "" when none is dated
	Last       string
	Facet      *claims.Facet // the facet of one of its statements, for the number line
}

// MaxFactValues bounds the distinct values a fact page lists; the rest are
// counted in the total FactValues returns.
const MaxFactValues = 40

// FactValues returns a fact's distinct values, the most stated first (at
// most MaxFactValues), and how many distinct values it has in all. They
// are kept on write (migration 025: fact_values), so a fact of 10,000
// statements reads its few values, and one statement of each for its
// facet.
func (db *DB) FactValues(ctx context.Context, factID int64) ([]FactValue, int, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT v.value, v.n, v.first_as_of, v.last_as_of,
		COALESCE((SELECT fc.data FROM statements st JOIN facets fc ON fc.id = st.facet_id
			WHERE st.fact_id = v.fact_id AND st.value = v.value LIMIT 1), '')
		FROM fact_values v WHERE v.fact_id = ? ORDER BY v.n DESC, v.value LIMIT ?`, factID, MaxFactValues)
	if err != nil {
		return nil, 0, fmt.Errorf("values of fact %d: %w", factID, err)
	}
	defer rows.Close()
	var out []FactValue
	for rows.Next() {
		var v FactValue
		var facet []byte
		if err := rows.Scan(&v.Value, &v.Statements, &v.First, &v.Last, &facet); err != nil {
			return nil, 0, fmt.Errorf("values of fact %d: %w", factID, err)
		}
		if len(facet) > 0 {
			var f claims.Facet
			if err := unmarshalFacet(facet, &f); err != nil {
				return nil, 0, fmt.Errorf("values of fact %d facet: %w", factID, err)
			}
			v.Facet = &f
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("values of fact %d: %w", factID, err)
	}
	total := len(out)
	if total == MaxFactValues {
		if err := db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM fact_values WHERE fact_id = ?`, factID).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("values of fact %d: %w", factID, err)
		}
	}
	return out, total, nil
}
