package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Session is a login kept on the server. The browser holds a random token;
// the database holds only the token's SHA-256, so neither a copy of the
// database nor a backup gives a cookie that opens the workbench.
type Session struct {
	ID        int64 // the row, for admins to end it; never the token
	UserID    int64
	UserName  string
	CreatedAt time.Time
	LastSeen  time.Time
	Address   string
	UserAgent string
	// Data is what the web layer keeps with the session (flash messages),
	// opaque to the store.
	Data []byte
}

// SessionPolicy says when a session ends by itself: Idle after the last
// request, Lifetime after the login, whichever comes first.
type SessionPolicy struct {
	Idle, Lifetime time.Duration
}

// sessionTouchEvery is how stale last_seen may get before a request writes
// it: a write per page view would queue every reader behind the one writer.
const sessionTouchEvery = time.Minute

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// CreateSession keeps a new session for s.UserID under token, dropping
// sessions that have ended by themselves on the way.
func (db *DB) CreateSession(ctx context.Context, token string, s Session, p SessionPolicy) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	defer tx.Rollback()
	if err := purgeSessions(ctx, tx, s.CreatedAt, p); err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, last_seen, address, user_agent, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		tokenHash(token), s.UserID, stampUTC(s.CreatedAt), stampUTC(s.CreatedAt), s.Address, s.UserAgent, nonNil(s.Data)); err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	return tx.Commit()
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func purgeSessions(ctx context.Context, tx *sql.Tx, now time.Time, p SessionPolicy) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE last_seen < ? OR created_at < ?`,
		stampUTC(now.Add(-p.Idle)), stampUTC(now.Add(-p.Lifetime)))
	return err
}

const sessionColumns = `s.id, s.user_id, u.name, s.created_at, s.last_seen, s.address, s.user_agent, s.data`

func scanSession(row rowScanner) (Session, error) {
	var s Session
	var created, seen string
	if err := row.Scan(&s.ID, &s.UserID, &s.UserName, &created, &seen, &s.Address, &s.UserAgent, &s.Data); err != nil {
		return Session{}, err
	}
	s.CreatedAt, s.LastSeen = parseStamp(created), parseStamp(seen)
	return s, nil
}

// live reports whether s has not ended by itself at now.
func (s Session) live(now time.Time, p SessionPolicy) bool {
	return now.Sub(s.LastSeen) < p.Idle && now.Sub(s.CreatedAt) < p.Lifetime
}

// SessionByToken returns the live session of token and notes that it was
// seen at now. A token that was never issued, whose session was ended or
// expired, or whose user is disabled is ENOTFOUND.
func (db *DB) SessionByToken(ctx context.Context, token string, now time.Time, p SessionPolicy) (Session, error) {
	s, err := scanSession(db.read.QueryRowContext(ctx, `SELECT `+sessionColumns+` FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = ? AND u.disabled_at IS NULL`, tokenHash(token)))
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, claims.Errorf(claims.ENOTFOUND, "No such session.")
	} else if err != nil {
		return Session{}, fmt.Errorf("session: %w", err)
	}
	if !s.live(now, p) {
		if _, err := db.write.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, s.ID); err != nil {
			return Session{}, fmt.Errorf("end expired session: %w", err)
		}
		return Session{}, claims.Errorf(claims.ENOTFOUND, "No such session.")
	}
	if now.Sub(s.LastSeen) >= sessionTouchEvery {
		if _, err := db.write.ExecContext(ctx, `UPDATE sessions SET last_seen = ? WHERE id = ?`, stampUTC(now), s.ID); err != nil {
			return Session{}, fmt.Errorf("touch session: %w", err)
		}
		s.LastSeen = now
	}
	return s, nil
}

// SaveSessionData replaces what the web layer keeps with token's session.
// A session that has ended is left ended (ENOTFOUND).
func (db *DB) SaveSessionData(ctx context.Context, token string, data []byte) error {
	res, err := db.write.ExecContext(ctx, `UPDATE sessions SET data = ? WHERE token_hash = ?`, nonNil(data), tokenHash(token))
	if err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return claims.Errorf(claims.ENOTFOUND, "No such session.")
	}
	return nil
}

// DeleteSession ends token's session (logout). Ending one that is gone
// already is no error.
func (db *DB) DeleteSession(ctx context.Context, token string) error {
	if _, err := db.write.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, tokenHash(token)); err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	return nil
}

// EndSession ends session id for an admin, with a line in the history of the
// session's user. ENOTFOUND when there is no such session.
func (db *DB) EndSession(ctx context.Context, by User, id int64) (Session, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return Session{}, fmt.Errorf("end session %d: %w", id, err)
	}
	defer tx.Rollback()
	s, err := scanSession(tx.QueryRowContext(ctx, `SELECT `+sessionColumns+` FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, claims.Errorf(claims.ENOTFOUND, "No session %d: it has ended already.", id)
	} else if err != nil {
		return Session{}, fmt.Errorf("end session %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, id); err != nil {
		return Session{}, fmt.Errorf("end session %d: %w", id, err)
	}
	if err := audit(ctx, tx, by, AuditUser, s.UserID, "session ended", s.Address, ""); err != nil {
		return Session{}, err
	}
	if err := tx.Commit(); err != nil {
		return Session{}, fmt.Errorf("end session %d: %w", id, err)
	}
	return s, nil
}

// endUserSessions ends every session of a user inside the caller's
// transaction (password, role or disabled changed).
func endUserSessions(ctx context.Context, tx *sql.Tx, userID int64) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID)
	return err
}

// ActiveSessions lists the sessions live at now, most recently seen first.
func (db *DB) ActiveSessions(ctx context.Context, now time.Time, p SessionPolicy) ([]Session, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+sessionColumns+` FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE u.disabled_at IS NULL AND s.last_seen >= ? AND s.created_at >= ? ORDER BY s.last_seen DESC, s.id DESC`,
		stampUTC(now.Add(-p.Idle)), stampUTC(now.Add(-p.Lifetime)))
	if err != nil {
		return nil, fmt.Errorf("active sessions: %w", err)
	}
	defer rows.Close()
	var out []Session
	for rows.Next() {
		s, err := scanSession(rows)
		if err != nil {
			return nil, fmt.Errorf("active sessions: %w", err)
		}
		if s.live(now, p) {
			out = append(out, s)
		}
	}
	return out, rows.Err()
}
