package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Login throttling keeps counts only; what a count means (a delay for an
// account, a refusal for an address) is the web layer's policy.

// LoginFailures returns, for each key that has any, the failed logins
// counted against it whose run has not gone quiet for memory by now.
func (db *DB) LoginFailures(ctx context.Context, now time.Time, memory time.Duration, keys ...string) (map[string]int, error) {
	out := map[string]int{}
	for _, k := range keys {
		var n int
		var last string
		err := db.read.QueryRowContext(ctx, `SELECT failures, last_failure FROM login_throttle WHERE key = ?`, k).Scan(&n, &last)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return nil, fmt.Errorf("login failures: %w", err)
		}
		if now.Sub(parseStamp(last)) <= memory {
			out[k] = n
		}
	}
	return out, nil
}

// RecordLoginFailure counts a failed login against each key; a run that
// went quiet for memory starts again from one.
func (db *DB) RecordLoginFailure(ctx context.Context, now time.Time, memory time.Duration, keys ...string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record login failure: %w", err)
	}
	defer tx.Rollback()
	// Runs quiet for a day count for nothing under any policy: dropping them
	// keeps a spray of made-up user names from growing the table for ever.
	if _, err := tx.ExecContext(ctx, `DELETE FROM login_throttle WHERE last_failure < ?`, stampUTC(now.Add(-throttleKeep))); err != nil {
		return fmt.Errorf("record login failure: %w", err)
	}
	for _, k := range keys {
		var n int
		var first, last string
		err := tx.QueryRowContext(ctx, `SELECT failures, first_failure, last_failure FROM login_throttle WHERE key = ?`, k).Scan(&n, &first, &last)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("record login failure: %w", err)
		}
		if errors.Is(err, sql.ErrNoRows) || now.Sub(parseStamp(last)) > memory {
			n, first = 0, stampUTC(now)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO login_throttle (key, failures, first_failure, last_failure) VALUES (?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, first_failure = excluded.first_failure, last_failure = excluded.last_failure`,
			k, n+1, first, stampUTC(now)); err != nil {
			return fmt.Errorf("record login failure: %w", err)
		}
	}
	return tx.Commit()
}

// ClearLoginFailures forgets the failures of the keys after a good login.
func (db *DB) ClearLoginFailures(ctx context.Context, keys ...string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	defer tx.Rollback()
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `DELETE FROM login_throttle WHERE key = ?`, k); err != nil {
			return fmt.Errorf("clear login failures: %w", err)
		}
	}
	return tx.Commit()
}

// LoginDevice is a browser that has logged in as a user (a device cookie).
type LoginDevice struct {
	UserID   int64
	Failures int // wrong passwords sent with it since its last good login
}

// throttleKeep is how long a quiet failure count is kept; deviceKeep how
// long an unused device is remembered (its cookie lasts less).
const (
	throttleKeep = 24 * time.Hour
	deviceKeep   = 365 * 24 * time.Hour
)

// AddLoginDevice remembers token as a browser that logged in as userID, and
// forgets devices unused for a year.
func (db *DB) AddLoginDevice(ctx context.Context, token string, userID int64, now time.Time) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add login device: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM login_devices WHERE last_used < ?`, stampUTC(now.Add(-deviceKeep))); err != nil {
		return fmt.Errorf("add login device: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO login_devices (token_hash, user_id, created_at, last_used) VALUES (?, ?, ?, ?)`,
		tokenHash(token), userID, stampUTC(now), stampUTC(now)); err != nil {
		return fmt.Errorf("add login device: %w", err)
	}
	return tx.Commit()
}

// LoginDeviceByToken returns the device of token, ENOTFOUND for a token never
// issued (or forgotten), or one whose user is disabled.
func (db *DB) LoginDeviceByToken(ctx context.Context, token string) (LoginDevice, error) {
	var d LoginDevice
	err := db.read.QueryRowContext(ctx, `SELECT d.user_id, d.failures FROM login_devices d JOIN users u ON u.id = d.user_id
		WHERE d.token_hash = ? AND u.disabled_at IS NULL`, tokenHash(token)).Scan(&d.UserID, &d.Failures)
	if errors.Is(err, sql.ErrNoRows) {
		return LoginDevice{}, claims.Errorf(claims.ENOTFOUND, "No such device.")
	} else if err != nil {
		return LoginDevice{}, fmt.Errorf("login device: %w", err)
	}
	return d, nil
}

// RecordDeviceFailure counts a wrong password sent with token's device.
func (db *DB) RecordDeviceFailure(ctx context.Context, token string) error {
	if _, err := db.write.ExecContext(ctx, `UPDATE login_devices SET failures = failures + 1 WHERE token_hash = ?`, tokenHash(token)); err != nil {
		return fmt.Errorf("record device failure: %w", err)
	}
	return nil
}

// DeviceLoggedIn notes a good login with token's device: its failures are
// forgiven.
func (db *DB) DeviceLoggedIn(ctx context.Context, token string, now time.Time) error {
	if _, err := db.write.ExecContext(ctx, `UPDATE login_devices SET failures = 0, last_used = ? WHERE token_hash = ?`, stampUTC(now), tokenHash(token)); err != nil {
		return fmt.Errorf("device logged in: %w", err)
	}
	return nil
}
