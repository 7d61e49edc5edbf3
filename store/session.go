package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SessionKeys returns the cookie signing (64 bytes) and encryption (32 bytes)
// keys, generating and storing them on first use so restarts keep sessions.
func (db *DB) SessionKeys(ctx context.Context) (hashKey, blockKey []byte, err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("session keys: %w", err)
	}
	defer tx.Rollback()
	if hashKey, err = setting(ctx, tx, "session_hash_key", 64); err != nil {
		return nil, nil, fmt.Errorf("session keys: %w", err)
	}
	if blockKey, err = setting(ctx, tx, "session_block_key", 32); err != nil {
		return nil, nil, fmt.Errorf("session keys: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, fmt.Errorf("session keys: %w", err)
	}
	return hashKey, blockKey, nil
}

// setting reads a random secret of size bytes, creating it when missing.
func setting(ctx context.Context, tx *sql.Tx, key string, size int) ([]byte, error) {
	var v []byte
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if err == nil && len(v) == size {
		return v, nil
	} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	v = make([]byte, size)
	rand.Read(v)
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)`, key, v); err != nil {
		return nil, err
	}
	return v, nil
}

// Login throttling: after FreeLoginFailures failed attempts on a key (an
// account or an address), further attempts are refused for a window that
// doubles with each failure, up to MaxLoginLockout.
const (
	FreeLoginFailures = 3
	FirstLoginLockout = 2 * time.Second
	MaxLoginLockout   = 15 * time.Minute
	// LoginFailureMemory is how long a failure counts towards the next
	// lockout.
	LoginFailureMemory = time.Hour
)

// LoginLockout returns how long, from now, the given throttle keys stay
// locked: zero when a login may be attempted.
func (db *DB) LoginLockout(ctx context.Context, now time.Time, keys ...string) (time.Duration, error) {
	var wait time.Duration
	for _, k := range keys {
		var until string
		err := db.read.QueryRowContext(ctx, `SELECT locked_until FROM login_failures WHERE key = ?`, k).Scan(&until)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return 0, fmt.Errorf("login lockout: %w", err)
		}
		if d := parseStamp(until).Sub(now); d > wait {
			wait = d
		}
	}
	return wait, nil
}

// RecordLoginFailure counts a failed login against each key and extends its
// lockout window.
func (db *DB) RecordLoginFailure(ctx context.Context, now time.Time, keys ...string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record login failure: %w", err)
	}
	defer tx.Rollback()
	for _, k := range keys {
		var n int
		var last string
		err := tx.QueryRowContext(ctx, `SELECT failures, last_failure FROM login_failures WHERE key = ?`, k).Scan(&n, &last)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("record login failure: %w", err)
		}
		// Failures long ago do not count: a typo next week starts afresh.
		if now.Sub(parseStamp(last)) > LoginFailureMemory {
			n = 0
		}
		n++
		until := now.Add(LockoutAfter(n))
		if _, err := tx.ExecContext(ctx, `INSERT INTO login_failures (key, failures, last_failure, locked_until) VALUES (?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure, locked_until = excluded.locked_until`,
			k, n, stampUTC(now), stampUTC(until)); err != nil {
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
		if _, err := tx.ExecContext(ctx, `DELETE FROM login_failures WHERE key = ?`, k); err != nil {
			return fmt.Errorf("clear login failures: %w", err)
		}
	}
	return tx.Commit()
}

// LockoutAfter is the lockout window after n consecutive failures.
func LockoutAfter(n int) time.Duration {
	if n <= FreeLoginFailures {
		return 0
	}
	d := FirstLoginLockout
	for i := FreeLoginFailures + 1; i < n && d < MaxLoginLockout; i++ {
		d *= 2
	}
	return min(d, MaxLoginLockout)
}
