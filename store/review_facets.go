package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// ComparedFacets returns the two facets the engine compared for a match, so
// the conflict page can mark the differing spans; nil for a side with no
// facet (a pair a reviewer raised by hand).
func (db *DB) ComparedFacets(ctx context.Context, matchID int64) (a, b *claims.Facet, err error) {
	var da, db2 sql.NullString
	err = db.read.QueryRowContext(ctx, `SELECT fa.data, fb.data FROM matches m
		LEFT JOIN facets fa ON fa.id = m.facet_a LEFT JOIN facets fb ON fb.id = m.facet_b
		WHERE m.id = ?`, matchID).Scan(&da, &db2)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, claims.Errorf(claims.ENOTFOUND, "No conflict %d.", matchID)
	} else if err != nil {
		return nil, nil, fmt.Errorf("facets of match %d: %w", matchID, err)
	}
	decode := func(s sql.NullString) (*claims.Facet, error) {
		if !s.Valid || s.String == "" {
			return nil, nil
		}
		var f claims.Facet
		if err := unmarshalFacet([]byte(s.String), &f); err != nil {
			return nil, fmt.Errorf("facets of match %d: %w", matchID, err)
		}
		return &f, nil
	}
	if a, err = decode(da); err != nil {
		return nil, nil, err
	}
	if b, err = decode(db2); err != nil {
		return nil, nil, err
	}
	return a, b, nil
}
