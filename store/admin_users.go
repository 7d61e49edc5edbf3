package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// SetRole changes a user's role, with a line in the history, and ends the
// user's sessions. Taking the
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
	u, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user %d.", id)
	} else if err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	if u.Role == role {
		return u, nil
	}
	if u.Role == RoleAdmin && !u.Disabled {
		var admins int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL`).Scan(&admins); err != nil {
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
	// A session carries what its user could do when it began: a new role
	// starts from a new login.
	if err := endUserSessions(ctx, tx, id); err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return User{}, fmt.Errorf("set role of user %d: %w", id, err)
	}
	u.Role, u.Version = role, u.Version+1
	return u, nil
}

// SetDisabled disables (no login, every session ended) or enables a user,
// with a line in the history. Disabling the last enabled admin is refused
// (EINVALID): nobody could manage users after it.
func (db *DB) SetDisabled(ctx context.Context, by User, id int64, disabled bool) (User, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return User{}, fmt.Errorf("disable user %d: %w", id, err)
	}
	defer tx.Rollback()
	u, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user %d.", id)
	} else if err != nil {
		return User{}, fmt.Errorf("disable user %d: %w", id, err)
	}
	if u.Disabled == disabled {
		return u, nil
	}
	action, stamp := "enabled", any(nil)
	if disabled {
		action, stamp = "disabled", stampUTC(time.Now())
		if u.IsAdmin() {
			var admins int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL`).Scan(&admins); err != nil {
				return User{}, fmt.Errorf("disable user %d: %w", id, err)
			} else if admins <= 1 {
				return User{}, claims.Errorf(claims.EINVALID, "%s is the only admin; make someone else an admin first.", u.Name)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET disabled_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
		stamp, stampUTC(time.Now()), id); err != nil {
		return User{}, fmt.Errorf("disable user %d: %w", id, err)
	}
	if err := audit(ctx, tx, by, AuditUser, id, action, "", u.Name); err != nil {
		return User{}, err
	}
	if err := endUserSessions(ctx, tx, id); err != nil {
		return User{}, fmt.Errorf("disable user %d: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return User{}, fmt.Errorf("disable user %d: %w", id, err)
	}
	u.Disabled, u.Version = disabled, u.Version+1
	return u, nil
}
