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

// Verdicts a reviewer may give a claim, in the order forms offer them.
var Verdicts = []string{"supported", "refuted", "misleading", "unverifiable", "mistranslated"}

// Verdict is a reviewer's finding on one claim.
type Verdict struct {
	ID        int64
	ClaimID   int64
	Verdict   string
	Rationale string
	Evidence  []string // URLs
	Reviewer  string
	Version   int // 0: no verdict yet
	UpdatedAt time.Time
}

// VerdictChange is what a reviewer submits: Version is the verdict version
// they saw (0 when there was none).
type VerdictChange struct {
	Version   int
	Verdict   string
	Rationale string
	Evidence  []string
}

// StaleVerdictError says a verdict save was refused because someone else
// saved first; Current is the verdict as it is now.
type StaleVerdictError struct {
	Current Verdict
}

// Error implements error.
func (e *StaleVerdictError) Error() string {
	who := e.Current.Reviewer
	if who == "" {
		who = "someone else"
	}
	return fmt.Sprintf("%s saved the verdict %q at %s while you were editing; nothing was saved.",
		who, e.Current.Verdict, e.Current.UpdatedAt.Format("15:04:05 MST"))
}

// Unwrap makes a StaleVerdictError carry claims.ECONFLICT.
func (e *StaleVerdictError) Unwrap() error {
	return &claims.Error{Code: claims.ECONFLICT, Message: e.Error()}
}

// ValidVerdict reports whether v is one of Verdicts.
func ValidVerdict(v string) bool {
	for _, w := range Verdicts {
		if v == w {
			return true
		}
	}
	return false
}

// Verdict returns the verdict on a claim; a zero Verdict (Version 0) when
// nobody has given one.
func (db *DB) Verdict(ctx context.Context, claimID int64) (Verdict, error) {
	v, err := verdict(ctx, db.read, claimID)
	if err != nil {
		return Verdict{}, fmt.Errorf("verdict on claim %d: %w", claimID, err)
	}
	return v, nil
}

func verdict(ctx context.Context, q queryer, claimID int64) (Verdict, error) {
	v := Verdict{ClaimID: claimID}
	var evidence, updated string
	err := q.QueryRowContext(ctx, `SELECT v.id, v.verdict, v.rationale, v.evidence, COALESCE(u.name, ''), v.version, v.updated_at
		FROM verdicts v LEFT JOIN users u ON u.id = v.reviewer WHERE v.claim_id = ?`, claimID).
		Scan(&v.ID, &v.Verdict, &v.Rationale, &evidence, &v.Reviewer, &v.Version, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return v, nil
	} else if err != nil {
		return Verdict{}, err
	}
	v.Evidence = splitLines(evidence)
	v.UpdatedAt = parseStamp(updated)
	return v, nil
}

// SetVerdict records by's verdict on a claim if nobody saved one since
// ch.Version, with the change in the claim's history. A stale version returns
// a *StaleVerdictError (code ECONFLICT).
func (db *DB) SetVerdict(ctx context.Context, by User, claimID int64, ch VerdictChange) (Verdict, error) {
	if !ValidVerdict(ch.Verdict) {
		return Verdict{}, claims.Errorf(claims.EINVALID, "Choose a verdict: %s.", strings.Join(Verdicts, ", "))
	}
	ch.Rationale = strings.TrimSpace(ch.Rationale)
	if ch.Rationale == "" {
		// A verdict without a reason cannot be checked by the next reviewer
		// or a reader of the ClaimReview.
		return Verdict{}, claims.Errorf(claims.EINVALID, "Write a rationale: say why the claim is %s.", ch.Verdict)
	}
	if err := checkLength("A rationale", ch.Rationale, MaxRationaleLen); err != nil {
		return Verdict{}, err
	}
	if err := ValidateURLs(ch.Evidence); err != nil {
		return Verdict{}, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return Verdict{}, fmt.Errorf("set verdict on claim %d: %w", claimID, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM claims WHERE id = ?`, claimID).Scan(&n); err != nil {
		return Verdict{}, fmt.Errorf("set verdict on claim %d: %w", claimID, err)
	} else if n == 0 {
		return Verdict{}, claims.Errorf(claims.ENOTFOUND, "No claim %d.", claimID)
	}
	cur, err := verdict(ctx, tx, claimID)
	if err != nil {
		return Verdict{}, fmt.Errorf("set verdict on claim %d: %w", claimID, err)
	}
	if cur.Version != ch.Version {
		return Verdict{}, &StaleVerdictError{Current: cur}
	}
	now := stampUTC(time.Now())
	evidence := strings.Join(ch.Evidence, "\n")
	if cur.Version == 0 {
		_, err = tx.ExecContext(ctx, `INSERT INTO verdicts (claim_id, verdict, rationale, evidence, reviewer, version, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, 1, ?, ?)`, claimID, ch.Verdict, ch.Rationale, evidence, nullID(by.ID), now, now)
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE verdicts SET verdict = ?, rationale = ?, evidence = ?, reviewer = ?, version = version + 1, updated_at = ?
			WHERE claim_id = ? AND version = ?`, ch.Verdict, ch.Rationale, evidence, nullID(by.ID), now, claimID, cur.Version)
	}
	if err != nil {
		return Verdict{}, fmt.Errorf("set verdict on claim %d: %w", claimID, err)
	}
	for _, c := range [][3]string{
		{"verdict", cur.Verdict, ch.Verdict},
		{"rationale", cur.Rationale, ch.Rationale},
		{"evidence", strings.Join(cur.Evidence, "\n"), evidence},
	} {
		if c[1] == c[2] {
			continue
		}
		if err := audit(ctx, tx, by, AuditClaim, claimID, c[0], c[1], c[2]); err != nil {
			return Verdict{}, err
		}
	}
	saved, err := verdict(ctx, tx, claimID)
	if err != nil {
		return Verdict{}, fmt.Errorf("set verdict on claim %d: %w", claimID, err)
	}
	if err := tx.Commit(); err != nil {
		return Verdict{}, fmt.Errorf("set verdict on claim %d: %w", claimID, err)
	}
	return saved, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// ExportVerdicts streams the verdicts report in verdict id order, honouring
// the filter's Article (origin or id) and Language; Kind filters by verdict.
func (db *DB) ExportVerdicts(ctx context.Context, f claims.ReportFilter, fn func(claims.VerdictRow) error) error {
	conds := []string{"1 = 1"}
	var args []any
	if f.Article != "" {
		if id, err := strconv.ParseInt(f.Article, 10, 64); err == nil {
			conds = append(conds, "(a.origin = ? OR a.id = ?)")
			args = append(args, f.Article, id)
		} else {
			conds = append(conds, "a.origin = ?")
			args = append(args, f.Article)
		}
	}
	if f.Language != "" {
		conds = append(conds, "c.language = ?")
		args = append(args, f.Language)
	}
	if f.Kind != "" {
		conds = append(conds, "v.verdict = ?")
		args = append(args, f.Kind)
	}
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("export verdicts: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT v.id, v.claim_id, a.origin, c.text, v.verdict, v.rationale, v.evidence, COALESCE(u.name, ''), v.updated_at, a.title
		FROM verdicts v JOIN claims c ON c.id = v.claim_id JOIN articles a ON a.id = c.article_id
		LEFT JOIN users u ON u.id = v.reviewer
		WHERE `+strings.Join(conds, " AND ")+` ORDER BY v.id`, args...)
	if err != nil {
		return fmt.Errorf("export verdicts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r claims.VerdictRow
		var evidence, updated string
		if err := rows.Scan(&r.VerdictID, &r.ClaimID, &r.Article, &r.ClaimText, &r.Verdict, &r.Rationale, &evidence, &r.Reviewer, &updated, &r.Title); err != nil {
			return fmt.Errorf("export verdicts: %w", err)
		}
		r.Evidence = splitLines(evidence)
		r.UpdatedAt = parseStamp(updated)
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}
