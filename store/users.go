package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/crypto/bcrypt"

	"github.com/claimdesk/claimdesk/claims"
)

// Roles a user may have.
const (
	RoleAdmin    = "admin"
	RoleReviewer = "reviewer"
)

// BcryptCost is the work factor for new password hashes. Tests lower it to
// keep logins fast; production keeps bcrypt's default.
var BcryptCost = bcrypt.DefaultCost

// User is a person who reviews claims. The password hash never leaves store.
type User struct {
	ID        int64
	Name      string
	Role      string
	CreatedAt time.Time
	Version   int
	// Disabled users cannot log in and have no sessions.
	Disabled bool
}

// IsAdmin reports whether u may use the admin pages.
func (u User) IsAdmin() bool { return u.Role == RoleAdmin }

// userColumns and scanUser read a User; every query of users goes through
// them so a new column is added in one place.
const userColumns = `id, name, role, created_at, version, disabled_at IS NOT NULL`

func scanUser(row rowScanner, extra ...any) (User, error) {
	var u User
	var created string
	if err := row.Scan(append([]any{&u.ID, &u.Name, &u.Role, &created, &u.Version, &u.Disabled}, extra...)...); err != nil {
		return User{}, err
	}
	u.CreatedAt = parseStamp(created)
	return u, nil
}

// ValidateUserName reports an EINVALID error for names that would be hard to
// type or to tell apart in the history: empty, too long, spaces or symbols,
// or characters the PRECIS username profile refuses.
func ValidateUserName(name string) error {
	if name == "" || len([]rune(name)) > 64 {
		return claims.Errorf(claims.EINVALID, "A user name must be 1 to 64 characters long.")
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-", r) {
			return claims.Errorf(claims.EINVALID, "A user name may hold letters, digits, '.', '_' and '-' only; %q does not.", name)
		}
	}
	_, err := UserNameKey(name)
	return err
}

func validateRole(role string) error {
	if role != RoleAdmin && role != RoleReviewer {
		return claims.Errorf(claims.EINVALID, "Role must be %q or %q, not %q.", RoleAdmin, RoleReviewer, role)
	}
	return nil
}

// CheckPassword reports, as an EINVALID error that says why, whether name may
// not have password: the CLI asks before it opens the database.
func CheckPassword(name, password string) error { return checkPassword(name, password) }

// AddUser creates a user with a bcrypt hash of password. A taken name, or one
// that differs from a taken name only in case or look-alike letters, is
// ECONFLICT; a bad name, role or password EINVALID.
func (db *DB) AddUser(ctx context.Context, name, role, password string) (User, error) {
	if err := ValidateUserName(name); err != nil {
		return User{}, err
	}
	key, _ := UserNameKey(name)
	if err := validateRole(role); err != nil {
		return User{}, err
	}
	hash, err := hashPassword(name, password)
	if err != nil {
		return User{}, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	defer tx.Rollback()
	var taken string
	err = tx.QueryRowContext(ctx, `SELECT name FROM users WHERE name = ? OR name_key = ? LIMIT 1`, name, key).Scan(&taken)
	if err == nil {
		if taken == name {
			return User{}, claims.Errorf(claims.ECONFLICT, "A user named %q exists already.", name)
		}
		return User{}, claims.Errorf(claims.ECONFLICT, "The user name %q is too like the existing %q: the two would be mistaken for each other.", name, taken)
	} else if !errors.Is(err, sql.ErrNoRows) {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	now := stampUTC(time.Now())
	res, err := tx.ExecContext(ctx, `INSERT INTO users (name, name_key, role, password_hash, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)`,
		name, key, role, hash, now, now)
	if err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	if err := audit(ctx, tx, User{}, "user", id, "created", "", name+" ("+role+")"); err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	return User{ID: id, Name: name, Role: role, CreatedAt: parseStamp(now), Version: 1}, nil
}

// userByName finds the user named name, or failing that the one user whose
// name has the same key (so "Admin" finds admin); ENOTFOUND otherwise.
func userByName(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, name string, extra ...any) (User, error) {
	cols := userColumns
	if len(extra) > 0 {
		cols += ", password_hash"
	}
	u, err := scanUser(q.QueryRowContext(ctx, `SELECT `+cols+` FROM users WHERE name = ?`, name), extra...)
	if !errors.Is(err, sql.ErrNoRows) {
		return u, err
	}
	key, kerr := UserNameKey(name)
	if kerr != nil {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user named %q.", name)
	}
	// Two legacy names may share a key; then only the exact name finds one.
	u, err = scanUser(q.QueryRowContext(ctx, `SELECT `+cols+` FROM users WHERE name_key = ? AND (SELECT COUNT(*) FROM users WHERE name_key = ?) = 1`, key, key), extra...)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user named %q.", name)
	}
	return u, err
}

// SetPassword replaces the password of the named user and ends all of their
// sessions: whoever had the old password is logged out with it.
func (db *DB) SetPassword(ctx context.Context, name, password string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	defer tx.Rollback()
	u, err := userByName(ctx, tx, name)
	if err != nil {
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			return err
		}
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	hash, err := hashPassword(u.Name, password)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
		hash, stampUTC(time.Now()), u.ID); err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	if err := endUserSessions(ctx, tx, u.ID); err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	return tx.Commit()
}

// Authenticate returns the user whose name and password match, or an
// EUNAUTHORIZED error that does not say which of the two was wrong. A
// disabled user with the right password gets EFORBIDDEN.
func (db *DB) Authenticate(ctx context.Context, name, password string) (User, error) {
	var hash string
	u, err := userByName(ctx, db.read, name, &hash)
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		// Spend the same time as a real comparison so response times do not
		// reveal which names exist.
		bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
		return User{}, claims.Errorf(claims.EUNAUTHORIZED, "Wrong user name or password.")
	} else if err != nil {
		return User{}, fmt.Errorf("authenticate %s: %w", name, err)
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) != nil {
		return User{}, claims.Errorf(claims.EUNAUTHORIZED, "Wrong user name or password.")
	}
	if u.Disabled {
		return User{}, claims.Errorf(claims.EFORBIDDEN, "This account is disabled. Ask an admin to enable it.")
	}
	return u, nil
}

// dummyHash is compared against when the user does not exist.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("claimdesk-no-such-user"), bcrypt.DefaultCost)

// UserByID returns one user, ENOTFOUND when there is none.
func (db *DB) UserByID(ctx context.Context, id int64) (User, error) {
	u, err := scanUser(db.read.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user %d.", id)
	} else if err != nil {
		return User{}, fmt.Errorf("user %d: %w", id, err)
	}
	return u, nil
}

// UserByName returns the user named name (or the one whose name differs
// from it only in case or look-alike letters), ENOTFOUND when there is none.
func (db *DB) UserByName(ctx context.Context, name string) (User, error) {
	u, err := userByName(ctx, db.read, name)
	if err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
		return User{}, fmt.Errorf("user %s: %w", name, err)
	}
	return u, err
}

// Users lists every user by name.
func (db *DB) Users(ctx context.Context) ([]User, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+userColumns+` FROM users ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// HasUsers reports whether any user exists: serve creates the first admin
// when none does.
func (db *DB) HasUsers(ctx context.Context) (bool, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM users)`).Scan(&n); err != nil {
		return false, fmt.Errorf("has users: %w", err)
	}
	return n == 1, nil
}

// fillNameKeys gives users from before migration 005 their name key.
func (db *DB) fillNameKeys(ctx context.Context) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("user name keys: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM users WHERE name_key = ''`)
	if err != nil {
		return fmt.Errorf("user name keys: %w", err)
	}
	keys := map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return fmt.Errorf("user name keys: %w", err)
		}
		key, err := UserNameKey(name)
		if err != nil {
			key = strings.ToLower(name) // an old name the profile refuses still needs a key
		}
		keys[id] = key
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("user name keys: %w", err)
	}
	for id, key := range keys {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET name_key = ? WHERE id = ?`, key, id); err != nil {
			return fmt.Errorf("user name keys: %w", err)
		}
	}
	return tx.Commit()
}

// timestamp formats t as the ISO-8601 UTC text every table stores.
func stampUTC(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// parseTime reads a stored timestamp; a malformed one reads as zero rather
// than failing a whole page.
func parseStamp(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t
}
