package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Statement reviews: a reviewer's word on one statement of a fact.
const (
	ReviewNone       = ""
	ReviewCorrect    = "correct"
	ReviewGarbled    = "garbled" // garbled or mistranslated
	ReviewOutdated   = "outdated"
	ReviewOutOfScope = "out_of_scope"
)

// StatementReviews lists the reviews in the order forms offer them.
var StatementReviews = []string{ReviewCorrect, ReviewGarbled, ReviewOutdated, ReviewOutOfScope}

// FactChange is one reviewer action on a fact. Only the fields the action
// names change; Version must be the version the reviewer saw, and guards
// the fact and its statements' reviews together.
type FactChange struct {
	Version                                        int
	SetDecision, SetNote, SetEvidence, SetAssignee bool
	Decision                                       string
	Resolution                                     string // the supported value, with DecisionResolved
	Note                                           string
	Evidence                                       []string
	AssignTo                                       int64 // 0 unassigns
	// Reviews sets statements' reviews by statement id (ReviewNone clears).
	Reviews map[int64]string
}

// FactStaleError says a save on a fact was refused because someone else
// saved first; it carries the fact as it is now and the last change.
type FactStaleError struct {
	Current FactItem
	Last    AuditEntry
}

// Error implements error.
func (e *FactStaleError) Error() string {
	who := e.Last.User
	if who == "" {
		who = "someone else"
	}
	return fmt.Sprintf("This fact was changed by %s at %s while you were looking at it; nothing was saved. It is now %s.",
		who, e.Last.At.Format("15:04:05 MST"), e.Current.Decision)
}

// Unwrap makes a FactStaleError carry claims.ECONFLICT.
func (e *FactStaleError) Unwrap() error {
	return &claims.Error{Code: claims.ECONFLICT, Message: e.Error()}
}

func (ch FactChange) validate() error {
	if ch.SetDecision {
		if !slices.Contains(FactDecisions, ch.Decision) {
			return claims.Errorf(claims.EINVALID, "Unknown decision %q.", ch.Decision)
		}
		if ch.Decision == DecisionResolved && strings.TrimSpace(ch.Resolution) == "" {
			return claims.Errorf(claims.EINVALID, "Resolving a fact needs the value the evidence supports.")
		}
	}
	if ch.SetEvidence {
		if err := ValidateURLs(ch.Evidence); err != nil {
			return err
		}
	}
	for _, r := range ch.Reviews {
		if r != ReviewNone && !slices.Contains(StatementReviews, r) {
			return claims.Errorf(claims.EINVALID, "Unknown statement review %q.", r)
		}
	}
	return nil
}

// UpdateFact applies a reviewer's change to a fact if nobody changed it
// since ch.Version, writes each change to the history, and returns the fact
// as saved. A stale version returns a *FactStaleError (ECONFLICT).
func (db *DB) UpdateFact(ctx context.Context, by User, id int64, ch FactChange) (FactItem, error) {
	if err := ch.validate(); err != nil {
		return FactItem{}, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return FactItem{}, fmt.Errorf("update fact %d: %w", id, err)
	}
	defer tx.Rollback()
	next, err := updateFact(ctx, tx, by, id, ch)
	if err != nil {
		return FactItem{}, err
	}
	if err := tx.Commit(); err != nil {
		return FactItem{}, fmt.Errorf("update fact %d: %w", id, err)
	}
	return next, nil
}

// FactVersion names a fact and the version a reviewer saw of it.
type FactVersion struct {
	ID      int64
	Version int
}

// UpdateFacts applies one change to several facts at once (the queue's
// bulk actions), in one transaction. Facts changed since the reviewer saw
// them are left alone and returned in stale; the others are saved.
func (db *DB) UpdateFacts(ctx context.Context, by User, facts []FactVersion, ch FactChange) (saved int, stale []int64, err error) {
	if ch.Reviews != nil {
		return 0, nil, claims.Errorf(claims.EINVALID, "Statements are reviewed on their fact's page.")
	}
	if err := ch.validate(); err != nil {
		return 0, nil, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("update facts: %w", err)
	}
	defer tx.Rollback()
	for _, f := range facts {
		one := ch
		one.Version = f.Version
		_, err := updateFact(ctx, tx, by, f.ID, one)
		var se *FactStaleError
		switch {
		case errors.As(err, &se):
			stale = append(stale, f.ID)
		case err != nil:
			return 0, nil, err
		default:
			saved++
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("update facts: %w", err)
	}
	return saved, stale, nil
}

// updateFact is one fact's change inside tx.
func updateFact(ctx context.Context, tx *sql.Tx, by User, id int64, ch FactChange) (FactItem, error) {
	cur, err := factItem(ctx, tx, id)
	if err != nil {
		return FactItem{}, err
	}
	if cur.Version != ch.Version {
		last, err := lastChange(ctx, tx, AuditFact, id)
		if err != nil {
			return FactItem{}, fmt.Errorf("update fact %d: %w", id, err)
		}
		return FactItem{}, &FactStaleError{Current: cur, Last: last}
	}
	next := cur
	var changes [][3]string // action, old, new
	decidedBy, decidedAt := sql.NullInt64{}, ""
	if cur.Decision != DecisionOpen {
		// Keep who decided when the decision itself does not change.
		if err := tx.QueryRowContext(ctx, `SELECT decided_by, decided_at FROM facts WHERE id = ?`, id).Scan(&decidedBy, &decidedAt); err != nil {
			return FactItem{}, fmt.Errorf("update fact %d: %w", id, err)
		}
	}
	if ch.SetDecision {
		res := ""
		if ch.Decision == DecisionResolved {
			res = strings.TrimSpace(ch.Resolution)
		}
		if ch.Decision != cur.Decision || res != cur.Resolution {
			old, nw := cur.Decision, ch.Decision
			if cur.Resolution != "" {
				old += ": " + cur.Resolution
			}
			if res != "" {
				nw += ": " + res
			}
			next.Decision, next.Resolution = ch.Decision, res
			changes = append(changes, [3]string{"decision", old, nw})
			if ch.Decision == DecisionOpen {
				decidedBy, decidedAt = sql.NullInt64{}, ""
				next.DecidedBy, next.DecidedAt = "", time.Time{}
			} else {
				decidedBy = sql.NullInt64{Int64: by.ID, Valid: by.ID != 0}
				decidedAt = stampUTC(time.Now())
				next.DecidedBy, next.DecidedAt = by.Name, parseStamp(decidedAt)
			}
		}
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
			err := tx.QueryRowContext(ctx, `SELECT name FROM users WHERE id = ?`, ch.AssignTo).Scan(&name)
			if errors.Is(err, sql.ErrNoRows) {
				return FactItem{}, claims.Errorf(claims.EINVALID, "No user %d to assign.", ch.AssignTo)
			} else if err != nil {
				return FactItem{}, fmt.Errorf("update fact %d: %w", id, err)
			}
		}
		changes = append(changes, [3]string{"assign", cur.AssignedTo, name})
		next.AssignedID, next.AssignedTo = ch.AssignTo, name
	}
	reviewChanges, err := reviewStatements(ctx, tx, id, ch.Reviews)
	if err != nil {
		return FactItem{}, err
	}
	changes = append(changes, reviewChanges...)
	if len(changes) == 0 {
		return cur, nil
	}
	now := stampUTC(time.Now())
	if _, err := tx.ExecContext(ctx, `UPDATE facts SET decision = ?, resolution = ?, note = ?, evidence = ?, assigned_to = ?,
		decided_by = ?, decided_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
		next.Decision, next.Resolution, next.Note, strings.Join(next.Evidence, "\n"), optionalID(next.AssignedID),
		decidedBy, decidedAt, now, id, cur.Version); err != nil {
		return FactItem{}, fmt.Errorf("update fact %d: %w", id, err)
	}
	for _, c := range changes {
		if err := audit(ctx, tx, by, AuditFact, id, c[0], c[1], c[2]); err != nil {
			return FactItem{}, err
		}
	}
	next.Version = cur.Version + 1
	return next, nil
}

// reviewStatements sets the reviews of a fact's statements and returns the
// history lines of those that changed ("statement 12" from old to new).
func reviewStatements(ctx context.Context, tx *sql.Tx, factID int64, reviews map[int64]string) ([][3]string, error) {
	ids := make([]int64, 0, len(reviews))
	for id := range reviews {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var out [][3]string
	for _, sid := range ids {
		var old, value string
		err := tx.QueryRowContext(ctx, `SELECT review, value FROM statements WHERE id = ? AND fact_id = ?`, sid, factID).Scan(&old, &value)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, claims.Errorf(claims.EINVALID, "Statement %d is not one of this fact's.", sid)
		} else if err != nil {
			return nil, fmt.Errorf("statement %d: %w", sid, err)
		}
		if old == reviews[sid] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE statements SET review = ? WHERE id = ?`, reviews[sid], sid); err != nil {
			return nil, fmt.Errorf("statement %d: %w", sid, err)
		}
		out = append(out, [3]string{fmt.Sprintf("statement %d (%s)", sid, value), old, reviews[sid]})
	}
	return out, nil
}
