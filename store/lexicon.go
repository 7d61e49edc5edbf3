package store

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
)

// Kinds of lexicon addition.
const (
	LexiconAlias = "alias" // a written form of an entity
	LexiconRole  = "role"  // a word for a role
)

// LexiconAddition is one alias or role word an admin added on top of the
// embedded lexicon.
type LexiconAddition struct {
	ID        int64
	Kind      string // LexiconAlias or LexiconRole
	Form      string // the alias or role word as written, NFC
	Canonical string // the entity's canonical name, or the canonical role
	Entity    string // for an alias: person, country, place or organisation
	Language  string // optional ISO 639-1 of the form
	AddedBy   string
	CreatedAt string
}

// Apply adds a to lex, validating it the way the lexicon does.
func (a LexiconAddition) Apply(lex *claims.Lexicon) error {
	switch a.Kind {
	case LexiconAlias:
		return lex.AddAlias(a.Canonical, a.Entity, a.Form)
	case LexiconRole:
		return lex.AddRoleWord(a.Canonical, a.Form)
	}
	return claims.Errorf(claims.EINVALID, "Unknown lexicon addition %q: add an alias or a role word.", a.Kind)
}

// AddLexicon records an addition made by an admin, with a line in the
// history. The same form added twice (same kind and language) is ECONFLICT.
// It does not touch any in-memory lexicon: callers Apply first, so only
// additions the lexicon accepts are kept.
func (db *DB) AddLexicon(ctx context.Context, by User, a LexiconAddition) (LexiconAddition, error) {
	a.Form = norm.NFC.String(strings.TrimSpace(a.Form))
	a.Canonical = strings.TrimSpace(a.Canonical)
	if a.Form == "" || a.Canonical == "" {
		return a, claims.Errorf(claims.EINVALID, "A lexicon addition needs both a written form and what it stands for.")
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return a, fmt.Errorf("add lexicon %s: %w", a.Form, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM lexicon_additions WHERE kind = ? AND language = ? AND form = ?`,
		a.Kind, a.Language, a.Form).Scan(&n); err != nil {
		return a, fmt.Errorf("add lexicon %s: %w", a.Form, err)
	} else if n > 0 {
		return a, claims.Errorf(claims.ECONFLICT, "%q is in the lexicon already.", a.Form)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO lexicon_additions (kind, language, form, canonical, entity_kind, added_by)
		VALUES (?, ?, ?, ?, ?, ?)`, a.Kind, a.Language, a.Form, a.Canonical, a.Entity, nullID(by.ID))
	if err != nil {
		if isConstraint(err) {
			return a, claims.Errorf(claims.EINVALID, "Cannot add %q to the lexicon: %v.", a.Form, err)
		}
		return a, fmt.Errorf("add lexicon %s: %w", a.Form, err)
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return a, fmt.Errorf("add lexicon %s: %w", a.Form, err)
	}
	if err := audit(ctx, tx, by, AuditLexicon, a.ID, a.Kind, "", a.Form+" = "+a.Canonical); err != nil {
		return a, err
	}
	a.AddedBy = by.Name
	return a, tx.Commit()
}

// LexiconAdditions lists the additions, oldest first: the order they are
// replayed in.
func (db *DB) LexiconAdditions(ctx context.Context) ([]LexiconAddition, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT l.id, l.kind, l.form, l.canonical, l.entity_kind, l.language,
		COALESCE(u.name, ''), l.created_at
		FROM lexicon_additions l LEFT JOIN users u ON u.id = l.added_by ORDER BY l.id`)
	if err != nil {
		return nil, fmt.Errorf("lexicon additions: %w", err)
	}
	defer rows.Close()
	var out []LexiconAddition
	for rows.Next() {
		var a LexiconAddition
		if err := rows.Scan(&a.ID, &a.Kind, &a.Form, &a.Canonical, &a.Entity, &a.Language, &a.AddedBy, &a.CreatedAt); err != nil {
			return nil, fmt.Errorf("lexicon additions: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ReplayLexicon applies every stored addition to lex, so a restarted server
// recognises what admins added. An addition the lexicon now refuses (the
// embedded data changed under it) is skipped and reported in the returned
// list, not fatal: one stale row must not stop the server.
func (db *DB) ReplayLexicon(ctx context.Context, lex *claims.Lexicon) (skipped []error, err error) {
	adds, err := db.LexiconAdditions(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range adds {
		if err := a.Apply(lex); err != nil {
			skipped = append(skipped, fmt.Errorf("lexicon addition %d (%s): %w", a.ID, a.Form, err))
		}
	}
	return skipped, nil
}

// ArticlesContaining returns the ids of the articles whose clean text holds
// form (NFC; Latin letters compared without case), for rerunning the
// pipeline after a lexicon addition. It reads the claims' text: an
// article's claims are its clean text cut into sentences (the stored clean
// text itself is compressed, article_body.go), and a name or a title word
// never spans two sentences.
func (db *DB) ArticlesContaining(ctx context.Context, form string) ([]int64, error) {
	form = norm.NFC.String(strings.TrimSpace(form))
	if form == "" {
		return nil, nil
	}
	// SQLite's lower() folds ASCII only, which is what Latin aliases need;
	// Indic scripts have no case.
	rows, err := db.read.QueryContext(ctx, `SELECT DISTINCT article_id FROM claims WHERE instr(lower(text), lower(?)) > 0 ORDER BY article_id`, form)
	if err != nil {
		return nil, fmt.Errorf("articles containing %q: %w", form, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("articles containing %q: %w", form, err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
