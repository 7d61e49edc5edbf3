package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// SetRole changes a user's role, with a line in the history. Taking the
// admin role from the last admin is refused (EINVALID): nobody could manage
// users after it.
func (db *DB) SetRole(ctx context.Context, by User, id int64, role string) (User, error) {
	if err := validateRole(role); err != nil {
		return User{}, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	defer tx.Rollback()
	var u User
	var created string
	err = tx.QueryRowContext(ctx, `SELECT id, name, role, created_at, version FROM users WHERE id = ?`, id).
		Scan(&u.ID, &u.Name, &u.Role, &created, &u.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user %d.", id)
	} else if err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	u.CreatedAt = parseStamp(created)
	if u.Role == role {
		return u, nil
	}
	if u.Role == RoleAdmin {
		var admins int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE role = 'admin'`).Scan(&admins); err != nil {
			return User{}, fmt.Errorf("set role of user %d: %w", id, err)
		} else if admins <= 1 {
			return User{}, claims.Errorf(claims.EINVALID, "%s is the only admin; make someone else an admin first.", u.Name)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET role = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
		role, stampUTC(time.Now()), id); err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	if err := audit(ctx, tx, by, AuditUser, id, "role", u.Role, role); err != nil {
		return User{}, err
	}
	if err := tx.Commit(); err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	u.Role, u.Version = role, u.Version+1
	return u, nil
}
