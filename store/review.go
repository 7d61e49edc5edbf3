package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// MatchReview is a match with everything a reviewer edits on it.
type MatchReview struct {
	QueueItem
	Reason     string
	Note       string
	Evidence   []string // URLs
	AssignedID int64    // 0 when nobody is assigned
	UpdatedAt  time.Time
}

// MatchReview returns one match with its review state; ENOTFOUND when there
// is no such match.
func (db *DB) MatchReview(ctx context.Context, id int64) (MatchReview, error) {
	return matchReview(ctx, db.read, id)
}

// queryer is what both *sql.DB and *sql.Tx offer, so a stale save can report
// the current row from inside its own transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func matchReview(ctx context.Context, q queryer, id int64) (MatchReview, error) {
	var r MatchReview
	var evidence, updated string
	var assigned sql.NullInt64
	it := &r.QueueItem
	row := q.QueryRowContext(ctx, queueColumns+`,
		m.reason, COALESCE(m.note, ''), m.evidence, m.assigned_to, COALESCE(m.updated_at, '')`+queueFrom+` WHERE m.id = ?`, id)
	err := scanQueueItem(row, it, &r.Reason, &r.Note, &evidence, &assigned, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return MatchReview{}, claims.Errorf(claims.ENOTFOUND, "No conflict %d.", id)
	} else if err != nil {
		return MatchReview{}, fmt.Errorf("match %d: %w", id, err)
	}
	r.Evidence = splitLines(evidence)
	r.AssignedID = assigned.Int64
	r.UpdatedAt = parseStamp(updated)
	return r, nil
}

// MatchChange is one reviewer action on a match. Only the fields the action
// names change; Version must be the version the reviewer saw.
type MatchChange struct {
	Version int
	// Set* say which fields the action changes, so an empty note can clear a
	// note without a status change wiping it.
	SetStatus, SetNote, SetEvidence, SetAssignee bool
	Status                                       string
	Note                                         string
	Evidence                                     []string
	AssignTo                                     int64 // 0 unassigns
}

// StaleError says a save was refused because someone else saved first. It
// carries the row as it is now and the last change, for the reviewer to see.
type StaleError struct {
	Current MatchReview
	Last    AuditEntry
}

// Error implements error.
func (e *StaleError) Error() string {
	who := e.Last.User
	if who == "" {
		who = "someone else"
	}
	return fmt.Sprintf("This conflict was changed by %s at %s while you were looking at it; nothing was saved. It is now %s.",
		who, e.Last.At.Format("15:04:05 MST"), e.Current.Status)
}

// Unwrap makes a StaleError carry claims.ECONFLICT.
func (e *StaleError) Unwrap() error { return &claims.Error{Code: claims.ECONFLICT, Message: e.Error()} }

// UpdateMatch applies a reviewer's change to a match if nobody changed it
// since ch.Version, writes each changed field to the history, and returns the
// match as saved. A stale version returns a *StaleError (code ECONFLICT).
func (db *DB) UpdateMatch(ctx context.Context, by User, id int64, ch MatchChange) (MatchReview, error) {
	if ch.SetStatus && !validStatus(ch.Status) {
		return MatchReview{}, claims.Errorf(claims.EINVALID, "Unknown status %q.", ch.Status)
	}
	if ch.SetEvidence {
		if err := ValidateURLs(ch.Evidence); err != nil {
			return MatchReview{}, err
		}
	}
	if ch.SetNote {
		if err := checkLength("A note", strings.TrimSpace(ch.Note), MaxNoteLen); err != nil {
			return MatchReview{}, err
		}
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return MatchReview{}, fmt.Errorf("update match %d: %w", id, err)
	}
	defer tx.Rollback()
	cur, err := matchReview(ctx, tx, id)
	if err != nil {
		return MatchReview{}, err
	}
	if cur.Version != ch.Version {
		last, err := lastChange(ctx, tx, AuditMatch, id)
		if err != nil {
			return MatchReview{}, fmt.Errorf("update match %d: %w", id, err)
		}
		return MatchReview{}, &StaleError{Current: cur, Last: last}
	}
	next := cur
	var changes [][3]string // action, old, new
	if ch.SetStatus && ch.Status != cur.Status {
		next.Status = ch.Status
		changes = append(changes, [3]string{"status", cur.Status, ch.Status})
	}
	if ch.SetNote && strings.TrimSpace(ch.Note) != cur.Note {
		next.Note = strings.TrimSpace(ch.Note)
		changes = append(changes, [3]string{"note", cur.Note, next.Note})
	}
	if ch.SetEvidence && strings.Join(ch.Evidence, "\n") != strings.Join(cur.Evidence, "\n") {
		next.Evidence = ch.Evidence
		changes = append(changes, [3]string{"evidence", strings.Join(cur.Evidence, "\n"), strings.Join(ch.Evidence, "\n")})
	}
	if ch.SetAssignee && ch.AssignTo != cur.AssignedID {
		name := ""
		if ch.AssignTo != 0 {
			if err := tx.QueryRowContext(ctx, `SELECT name FROM users WHERE id = ?`, ch.AssignTo).Scan(&name); errors.Is(err, sql.ErrNoRows) {
				return MatchReview{}, claims.Errorf(claims.EINVALID, "No user %d to assign.", ch.AssignTo)
			} else if err != nil {
				return MatchReview{}, fmt.Errorf("update match %d: %w", id, err)
			}
		}
		next.AssignedID, next.AssignedTo = ch.AssignTo, name
		changes = append(changes, [3]string{"assign", cur.AssignedTo, name})
	}
	if len(changes) == 0 {
		return cur, nil
	}
	var assigned any
	if next.AssignedID != 0 {
		assigned = next.AssignedID
	}
	now := stampUTC(time.Now())
	if _, err := tx.ExecContext(ctx, `UPDATE matches SET status = ?, note = ?, evidence = ?, assigned_to = ?, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ?`, next.Status, next.Note, strings.Join(next.Evidence, "\n"), assigned, now, id, cur.Version); err != nil {
		return MatchReview{}, fmt.Errorf("update match %d: %w", id, err)
	}
	for _, c := range changes {
		if err := audit(ctx, tx, by, AuditMatch, id, c[0], c[1], c[2]); err != nil {
			return MatchReview{}, err
		}
	}
	if err := tx.Commit(); err != nil {
		return MatchReview{}, fmt.Errorf("update match %d: %w", id, err)
	}
	next.Version = cur.Version + 1
	next.UpdatedAt = parseStamp(now)
	return next, nil
}

func validStatus(s string) bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// ValidateURLs reports an EINVALID error naming the first entry that is not
// an absolute http or https URL, or saying the list or a link is too long.
func ValidateURLs(urls []string) error {
	if err := checkEvidence(urls); err != nil {
		return err
	}
	for i, u := range urls {
		if !isWebURL(u) {
			return claims.Errorf(claims.EINVALID, "Evidence line %s is not an http(s) link: %q.", strconv.Itoa(i+1), u)
		}
	}
	return nil
}

// SplitURLs turns a textarea of links into a list, one per non-blank line.
func SplitURLs(text string) []string { return splitLines(text) }

func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
