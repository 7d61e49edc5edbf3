package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// MatchFact returns the fact a match row was derived from; 0 for a pair a
// reviewer raised by hand. ENOTFOUND when there is no such match.
func (db *DB) MatchFact(ctx context.Context, matchID int64) (int64, error) {
	var fact sql.NullInt64
	err := db.read.QueryRowContext(ctx, `SELECT fact_id FROM matches WHERE id = ?`, matchID).Scan(&fact)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, claims.Errorf(claims.ENOTFOUND, "No conflict %d.", matchID)
	} else if err != nil {
		return 0, fmt.Errorf("fact of match %d: %w", matchID, err)
	}
	return fact.Int64, nil
}

// OpenRaisedPairs counts the open pairs reviewers raised by hand (pairs with
// no fact), which the queue of facts points to. They sit at the start of
// the matches_fact index; the + keeps SQLite from walking every open match
// through matches_queue instead.
func (db *DB) OpenRaisedPairs(ctx context.Context) (int, error) {
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM matches WHERE fact_id IS NULL AND +status = 'open'`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("open pairs raised by hand: %w", err)
	}
	return n, nil
}
