package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimdesk/claimdesk/claims"
)

// queueConds adds to where the queue of facts' filters a report names
// (View, FactLanguage, Source, AssignedTo, DecidedBy), as the queue itself
// applies them, so a view's download holds exactly the facts it lists.
func (db *DB) queueConds(ctx context.Context, f claims.ReportFilter, where *conds) error {
	q := FactFilter{Status: f.Status, Language: f.FactLanguage, Source: f.Source, View: ViewAll}
	switch f.View {
	case "", ViewAll:
	case "open":
		q.View = ViewOpen
	case ViewDecided:
		q.View = ViewDecided
	default:
		return claims.Errorf(claims.EINVALID, "Unknown view %q: use open, decided or all.", f.View)
	}
	var err error
	if q.AssignedTo, err = db.userIDByName(ctx, f.AssignedTo); err != nil {
		return err
	}
	if q.DecidedBy, err = db.userIDByName(ctx, f.DecidedBy); err != nil {
		return err
	}
	c := q.conds()
	where.terms = append(where.terms, c.terms...)
	where.args = append(where.args, c.args...)
	return nil
}

// userIDByName returns the id of the user named name; 0 for "".
func (db *DB) userIDByName(ctx context.Context, name string) (int64, error) {
	if name == "" {
		return 0, nil
	}
	var id int64
	err := db.read.QueryRowContext(ctx, `SELECT id FROM users WHERE name = ?`, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, claims.Errorf(claims.EINVALID, "No user %q.", name)
	} else if err != nil {
		return 0, fmt.Errorf("user %s: %w", name, err)
	}
	return id, nil
}
