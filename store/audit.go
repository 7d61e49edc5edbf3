package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Audit entities: what kind of row an AuditEntry is about.
const (
	AuditMatch   = "match"
	AuditFact    = "fact"
	AuditClaim   = "claim"
	AuditUser    = "user"
	AuditLexicon = "lexicon"
)

// AuditEntry is one change in the history a review page shows: who changed
// what, when, from what to what.
type AuditEntry struct {
	ID       int64
	At       time.Time
	User     string // "" for the system (first start, imports)
	Entity   string // AuditMatch, AuditClaim, ...
	EntityID int64
	Action   string // status, note, evidence, assign, verdict, created, ...
	Old, New string
}

// audit records one change inside the caller's transaction, so the history
// and the change commit or roll back together.
func audit(ctx context.Context, tx *sql.Tx, by User, entity string, id int64, action, old, new string) error {
	var uid any
	if by.ID != 0 {
		uid = by.ID
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, user_id, username, entity, entity_id, action, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		stampUTC(time.Now()), uid, by.Name, entity, id, action, old, new)
	if err != nil {
		return fmt.Errorf("audit %s %d %s: %w", entity, id, action, err)
	}
	return nil
}

// History returns the changes to one row, oldest first.
func (db *DB) History(ctx context.Context, entity string, id int64) ([]AuditEntry, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, at, username, entity, entity_id, action, old_value, new_value
		FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`, entity, id)
	if err != nil {
		return nil, fmt.Errorf("history of %s %d: %w", entity, id, err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var at string
		if err := rows.Scan(&e.ID, &at, &e.User, &e.Entity, &e.EntityID, &e.Action, &e.Old, &e.New); err != nil {
			return nil, fmt.Errorf("history of %s %d: %w", entity, id, err)
		}
		e.At = parseStamp(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// lastChange returns the newest history entry of a row inside tx, for telling
// a reviewer who saved before them; zero when there is none.
func lastChange(ctx context.Context, tx *sql.Tx, entity string, id int64) (AuditEntry, error) {
	var e AuditEntry
	var at string
	err := tx.QueryRowContext(ctx, `SELECT id, at, username, entity, entity_id, action, old_value, new_value
		FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1`, entity, id).
		Scan(&e.ID, &at, &e.User, &e.Entity, &e.EntityID, &e.Action, &e.Old, &e.New)
	if err == sql.ErrNoRows {
		return AuditEntry{}, nil
	} else if err != nil {
		return AuditEntry{}, err
	}
	e.At = parseStamp(at)
	return e, nil
}
