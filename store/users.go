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

// MinPasswordLen is the shortest password a user may set.
const MinPasswordLen = 8

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
}

// IsAdmin reports whether u may use the admin pages.
func (u User) IsAdmin() bool { return u.Role == RoleAdmin }

// ValidateUserName reports an EINVALID error for names that would be hard to
// type or to tell apart in the history: empty, too long, spaces or symbols.
func ValidateUserName(name string) error {
	if name == "" || len([]rune(name)) > 64 {
		return claims.Errorf(claims.EINVALID, "A user name must be 1 to 64 characters long.")
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-", r) {
			return claims.Errorf(claims.EINVALID, "A user name may hold letters, digits, '.', '_' and '-' only; %q does not.", name)
		}
	}
	return nil
}

func validateRole(role string) error {
	if role != RoleAdmin && role != RoleReviewer {
		return claims.Errorf(claims.EINVALID, "Role must be %q or %q, not %q.", RoleAdmin, RoleReviewer, role)
	}
	return nil
}

func hashPassword(password string) (string, error) {
	if len([]rune(password)) < MinPasswordLen {
		return "", claims.Errorf(claims.EINVALID, "A password must be at least %d characters long.", MinPasswordLen)
	}
	// bcrypt ignores everything past 72 bytes; refusing is clearer than
	// silently accepting a longer password that only partly counts.
	if len(password) > 72 {
		return "", claims.Errorf(claims.EINVALID, "A password may be at most 72 bytes long.")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), BcryptCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

// AddUser creates a user with a bcrypt hash of password. A taken name is
// ECONFLICT; a bad name, role or password EINVALID.
func (db *DB) AddUser(ctx context.Context, name, role, password string) (User, error) {
	if err := ValidateUserName(name); err != nil {
		return User{}, err
	}
	if err := validateRole(role); err != nil {
		return User{}, err
	}
	hash, err := hashPassword(password)
	if err != nil {
		return User{}, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE name = ?`, name).Scan(&n); err != nil {
		return User{}, fmt.Errorf("add user %s: %w", name, err)
	} else if n > 0 {
		return User{}, claims.Errorf(claims.ECONFLICT, "A user named %q exists already.", name)
	}
	now := stampUTC(time.Now())
	res, err := tx.ExecContext(ctx, `INSERT INTO users (name, role, password_hash, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1)`,
		name, role, hash, now, now)
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

// SetPassword replaces the password of the named user.
func (db *DB) SetPassword(ctx context.Context, name, password string) error {
	hash, err := hashPassword(password)
	if err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, updated_at = ?, version = version + 1 WHERE name = ?`,
		hash, stampUTC(time.Now()), name)
	if err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return claims.Errorf(claims.ENOTFOUND, "No user named %q.", name)
	}
	return tx.Commit()
}

// Authenticate returns the user whose name and password match, or an
// EUNAUTHORIZED error that does not say which of the two was wrong.
func (db *DB) Authenticate(ctx context.Context, name, password string) (User, error) {
	var u User
	var hash, created string
	err := db.read.QueryRowContext(ctx, `SELECT id, name, role, password_hash, created_at, version FROM users WHERE name = ?`, name).
		Scan(&u.ID, &u.Name, &u.Role, &hash, &created, &u.Version)
	if errors.Is(err, sql.ErrNoRows) {
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
	u.CreatedAt = parseStamp(created)
	return u, nil
}

// dummyHash is compared against when the user does not exist.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("claimdesk-no-such-user"), bcrypt.DefaultCost)

// UserByID returns one user, ENOTFOUND when there is none.
func (db *DB) UserByID(ctx context.Context, id int64) (User, error) {
	var u User
	var created string
	err := db.read.QueryRowContext(ctx, `SELECT id, name, role, created_at, version FROM users WHERE id = ?`, id).
		Scan(&u.ID, &u.Name, &u.Role, &created, &u.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, claims.Errorf(claims.ENOTFOUND, "No user %d.", id)
	} else if err != nil {
		return User{}, fmt.Errorf("user %d: %w", id, err)
	}
	u.CreatedAt = parseStamp(created)
	return u, nil
}

// Users lists every user by name.
func (db *DB) Users(ctx context.Context) ([]User, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, name, role, created_at, version FROM users ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		var u User
		var created string
		if err := rows.Scan(&u.ID, &u.Name, &u.Role, &created, &u.Version); err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		u.CreatedAt = parseStamp(created)
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
