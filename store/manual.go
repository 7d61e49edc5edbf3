package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// ManualPair is a pair of claims a reviewer flags by hand as conflicting or
// agreeing: the engine missed it.
type ManualPair struct {
	ClaimA, ClaimB int64
	Relation       string // claims.Conflicts or claims.Agrees
	Kind           string // claims.KindQuantity, ...
	ValueA, ValueB string // what each claim says, in the reviewer's words
	// Subject and Attribute name the fact the two claims state ("North
	// Korea", "soldier count"), as the engine's facets do. An empty Subject
	// is taken from an entity the claims name, an empty Attribute is "raised
	// by hand".
	Subject, Attribute string
	Note               string
}

// ManualKinds are the kinds a hand-raised pair may have: the engine's, and
// "other" for what it does not compare at all (a cause, a motive).
var ManualKinds = []string{claims.KindQuantity, claims.KindRole, claims.KindDate, claims.KindPlace, claims.KindName, "other"}

// Validate reports an EINVALID error naming the first field a reviewer must
// fix.
func (p ManualPair) Validate() error {
	switch {
	case p.ClaimA <= 0 || p.ClaimB <= 0:
		return claims.Errorf(claims.EINVALID, "Pick the other claim: its number, or one from the search.")
	case p.ClaimA == p.ClaimB:
		return claims.Errorf(claims.EINVALID, "A claim cannot be set against itself; pick a claim of another source.")
	case p.Relation != claims.Conflicts && p.Relation != claims.Agrees:
		return claims.Errorf(claims.EINVALID, "Say whether the claims conflict or agree.")
	case !oneOfStrings(p.Kind, ManualKinds):
		return claims.Errorf(claims.EINVALID, "Choose what differs: %s.", strings.Join(ManualKinds, ", "))
	case strings.TrimSpace(p.ValueA) == "" || strings.TrimSpace(p.ValueB) == "":
		return claims.Errorf(claims.EINVALID, "Write the value each claim states, for the queue to show side by side.")
	case len([]rune(p.ValueA)) > 200 || len([]rune(p.ValueB)) > 200:
		return claims.Errorf(claims.EINVALID, "A value may be at most 200 characters; put the rest in the note.")
	case len([]rune(p.Subject)) > 200 || len([]rune(p.Attribute)) > 200:
		return claims.Errorf(claims.EINVALID, "A subject or attribute may be at most 200 characters; put the rest in the note.")
	}
	return checkLength("A note", p.Note, MaxNoteLen)
}

func oneOfStrings(s string, options []string) bool {
	for _, o := range options {
		if s == o {
			return true
		}
	}
	return false
}

// FlagPair stores a pair raised by hand as an open match with raised_by set,
// so it joins the review queue like any other; its subject is an entity both
// claims name when there is one (see pairSubject). A pair
// already stored on the same kind (in either order) is ECONFLICT, naming it.
// It returns the new match's id.
func (db *DB) FlagPair(ctx context.Context, by User, p ManualPair) (int64, error) {
	p.ValueA, p.ValueB, p.Note = strings.TrimSpace(p.ValueA), strings.TrimSpace(p.ValueB), strings.TrimSpace(p.Note)
	p.Subject, p.Attribute = strings.TrimSpace(p.Subject), strings.TrimSpace(p.Attribute)
	if err := p.Validate(); err != nil {
		return 0, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("flag pair: %w", err)
	}
	defer tx.Rollback()
	var articleA, articleB int64
	var entities string
	for _, c := range []struct {
		id      int64
		article *int64
	}{{p.ClaimA, &articleA}, {p.ClaimB, &articleB}} {
		err := tx.QueryRowContext(ctx, `SELECT article_id, entities FROM claims WHERE id = ?`, c.id).Scan(c.article, &entities)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, claims.Errorf(claims.EINVALID, "There is no claim %d.", c.id)
		} else if err != nil {
			return 0, fmt.Errorf("flag pair: %w", err)
		}
	}
	if articleA == articleB {
		return 0, claims.Errorf(claims.EINVALID, "Both claims come from the same article; pick a claim of another source.")
	}
	subject, attribute := p.Subject, p.Attribute
	if subject == "" {
		if subject, err = pairSubject(ctx, tx, p.ClaimA, p.ClaimB); err != nil {
			return 0, fmt.Errorf("flag pair: %w", err)
		}
	}
	if attribute == "" {
		attribute = "raised by hand"
	}
	var existing int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM matches WHERE kind = ?
		AND ((claim_a = ? AND claim_b = ?) OR (claim_a = ? AND claim_b = ?)) ORDER BY id LIMIT 1`,
		p.Kind, p.ClaimA, p.ClaimB, p.ClaimB, p.ClaimA).Scan(&existing)
	if err == nil {
		return 0, claims.Errorf(claims.ECONFLICT, "These two claims are already paired on %s: see conflict %d.", p.Kind, existing)
	} else if !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("flag pair: %w", err)
	}
	now := stampUTC(time.Now())
	res, err := tx.ExecContext(ctx, `INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b,
		value_a, value_b, reason, status, raised_by, note, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
		p.Relation, p.Kind, subject, attribute, p.ClaimA, p.ClaimB, p.ValueA, p.ValueB,
		"raised by "+by.Name, nullID(by.ID), p.Note, now, now)
	if err != nil {
		return 0, fmt.Errorf("flag pair: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("flag pair: %w", err)
	}
	if err := audit(ctx, tx, by, AuditMatch, id, "raised", "", p.Relation+": "+p.ValueA+" vs "+p.ValueB); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("flag pair: %w", err)
	}
	return id, nil
}

// pairSubject names what a hand-raised pair is about: the first entity both
// claims name, else the first entity of either, else "hand-raised pair".
func pairSubject(ctx context.Context, tx *sql.Tx, a, b int64) (string, error) {
	var subject string
	// An entity's name is its first field (claim_compact.go).
	err := tx.QueryRowContext(ctx, `SELECT ea.value ->> 0
		FROM claims ca, json_each(ca.entities) ea, claims cb, json_each(cb.entities) eb
		WHERE ca.id = ? AND cb.id = ? AND ea.value ->> 0 = eb.value ->> 0
		ORDER BY ea.key LIMIT 1`, a, b).Scan(&subject)
	if err == nil && subject != "" {
		return subject, nil
	} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	err = tx.QueryRowContext(ctx, `SELECT e.value ->> 0 FROM claims c, json_each(c.entities) e
		WHERE c.id IN (?, ?) ORDER BY c.id = ? DESC, e.key LIMIT 1`, a, b, a).Scan(&subject)
	if err == nil && subject != "" {
		return subject, nil
	} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	return "hand-raised pair", nil
}
