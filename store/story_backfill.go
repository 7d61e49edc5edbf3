package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdesk/claimdesk/claims/story"
)

// backfillStories brings a database from before stories and facts
// (migration 004) up to them: every article without a story is placed in
// one, in import order, with its statements, as an import would have done;
// then the reviewers' decisions on pairs carry over onto the facts the
// pairs now belong to. Each article is its own short transaction, so a
// large upgrade never holds the writer for long, and an interrupted one
// goes on where it stopped at the next open. A database whose articles all
// have stories costs one indexed query.
func (db *DB) backfillStories(ctx context.Context) error {
	placed := 0
	for ; ; placed++ {
		var id int64
		err := db.write.QueryRowContext(ctx, `SELECT id FROM articles WHERE story_id IS NULL ORDER BY id LIMIT 1`).Scan(&id)
		if err == sql.ErrNoRows {
			break
		} else if err != nil {
			return fmt.Errorf("backfill stories: %w", err)
		}
		if err := db.storyChange(ctx, "backfill article "+fmt.Sprint(id), func(tx *sql.Tx) error {
			a, fresh, err := loadStoredArticle(ctx, tx, id)
			if err != nil {
				return err
			}
			storyID, place, err := joinStory(ctx, tx, id, a)
			if err != nil {
				return err
			}
			return storeStatements(ctx, tx, storyID, place, a, story.Signals(a), fresh, nil)
		}); err != nil {
			return err
		}
	}
	if placed == 0 {
		return nil
	}
	return db.storyChange(ctx, "carry pair decisions onto facts", carryDecisions)
}

// carryDecisions moves what reviewers decided on engine pairs onto the
// facts those pairs are in: a confirmed, dismissed or mistranslated pair
// decides its fact (when the fact is still open), its note, evidence and
// assignee go with it, and its history is copied to the fact's. A pair the
// facts did not derive again is linked to the fact both its claims state,
// when there is one; an open one with nothing written on it is dropped,
// since the facts now say what it said. Pairs raised by hand stay as they
// are.
func carryDecisions(tx *sql.Tx) error {
	ctx := context.Background()
	for _, q := range []string{
		// Link an old pair to the fact both its claims state.
		`UPDATE matches SET fact_id = (SELECT sa.fact_id FROM statements sa
			JOIN statements sb ON sb.fact_id = sa.fact_id AND sb.claim_id = matches.claim_b
			JOIN facts f ON f.id = sa.fact_id AND f.kind = matches.kind
			WHERE sa.claim_id = matches.claim_a LIMIT 1)
		WHERE fact_id IS NULL AND raised_by IS NULL`,
		// The few pairs outside any fact are read from matches_fact: the
		// + keeps the planner off matches_queue, which holds every open pair.
		`DELETE FROM matches WHERE fact_id IS NULL AND raised_by IS NULL
			AND +status = 'open' AND note = '' AND evidence = '' AND assigned_to IS NULL`,
		// The first decided pair of a fact decides it.
		`UPDATE facts SET decision = (SELECT m.status FROM matches m WHERE m.fact_id = facts.id AND m.status <> 'open' ORDER BY m.updated_at, m.id LIMIT 1),
			decided_at = (SELECT m.updated_at FROM matches m WHERE m.fact_id = facts.id AND m.status <> 'open' ORDER BY m.updated_at, m.id LIMIT 1),
			version = version + 1
		WHERE decision = 'open' AND EXISTS (SELECT 1 FROM matches m WHERE m.fact_id = facts.id AND m.status <> 'open')`,
		`UPDATE facts SET note = (SELECT group_concat(m.note, char(10) || char(10)) FROM matches m WHERE m.fact_id = facts.id AND m.note <> '')
		WHERE note = '' AND EXISTS (SELECT 1 FROM matches m WHERE m.fact_id = facts.id AND m.note <> '')`,
		`UPDATE facts SET evidence = (SELECT group_concat(m.evidence, char(10)) FROM matches m WHERE m.fact_id = facts.id AND m.evidence <> '')
		WHERE evidence = '' AND EXISTS (SELECT 1 FROM matches m WHERE m.fact_id = facts.id AND m.evidence <> '')`,
		`UPDATE facts SET assigned_to = (SELECT m.assigned_to FROM matches m WHERE m.fact_id = facts.id AND m.assigned_to IS NOT NULL ORDER BY m.id LIMIT 1)
		WHERE assigned_to IS NULL AND EXISTS (SELECT 1 FROM matches m WHERE m.fact_id = facts.id AND m.assigned_to IS NOT NULL)`,
		// decided_by: who set the status that decided the fact, from the
		// pair's history.
		`UPDATE facts SET decided_by = (SELECT l.user_id FROM audit_log l JOIN matches m ON l.entity = 'match' AND l.entity_id = m.id
			WHERE m.fact_id = facts.id AND l.action = 'status' ORDER BY l.id DESC LIMIT 1)
		WHERE decision <> 'open' AND decided_by IS NULL`,
		// The pairs' history becomes the fact's, once.
		`INSERT INTO audit_log (at, user_id, username, entity, entity_id, action, old_value, new_value)
			SELECT l.at, l.user_id, l.username, 'fact', m.fact_id, l.action, l.old_value, l.new_value
			FROM audit_log l JOIN matches m ON l.entity = 'match' AND l.entity_id = m.id
			WHERE m.fact_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_log f WHERE f.entity = 'fact' AND f.entity_id = m.fact_id
				AND f.at = l.at AND f.action = l.action AND f.new_value = l.new_value)
			ORDER BY l.id`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
