package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
)

// storiesPerSignal is how many stories, those that stated it last, one
// signal of a new article brings as candidates: the cost of placing an
// article stays flat however many stories share a name.
const storiesPerSignal = 8

// storyTitleSignals is how many of a story's most stated signals its title
// and main place are built from.
const storyTitleSignals = 24

// storyPeopleSQL, storyTopSignalsSQL and storyStartSQL read a story's
// signals, each once an article, and are written so that their cached
// statements stay prepared. SQLite plans a bound LIMIT, and a bound value
// compared with a column that a plan it weighs does not seek by (kind, or
// story_id in a scan of the primary key), by its value, and marks the
// statement to be prepared again once that parameter is bound anew, which
// go-sqlite3 does on every run (it clears the bindings after each): the
// constants are written into the text, and the story's id is +?, which the
// planner does not read (the plan stays story_signals_story).
var (
	storyPeopleSQL = fmt.Sprintf(`SELECT label, n FROM story_signals WHERE story_id = +? AND kind = '%s'
		ORDER BY n DESC LIMIT %d`, story.SignalPerson, storyTitleSignals)
	storyTopSignalsSQL = fmt.Sprintf(`SELECT kind, label, n FROM story_signals WHERE story_id = +?
		ORDER BY n DESC LIMIT %d`, storyTitleSignals)
	storyStartSQL = fmt.Sprintf(`SELECT COALESCE(MIN(label), '') FROM story_signals WHERE story_id = +? AND kind = '%s'`,
		story.SignalStart)
)

// joinStory places a newly stored article in the story it shares the most
// signals with, or in a new story, and indexes the story by the article's
// signals. It returns the story's id and scope.
func joinStory(ctx context.Context, tx *sql.Tx, articleID int64, a *claims.Article) (int64, story.Scope, error) {
	choice, sigs, err := chooseStory(ctx, tx, a)
	if err != nil {
		return 0, story.Scope{}, err
	}
	return placeInStory(ctx, tx, articleID, a, choice, sigs)
}

// chooseStory returns the story an article would join (Story 0 for a new
// one) and the article's signals, changing nothing.
func chooseStory(ctx context.Context, tx *sql.Tx, a *claims.Article) (story.Choice, []story.Signal, error) {
	sigs := story.Signals(a)
	choice, err := chooseStoryBy(ctx, tx, a, sigs)
	return choice, sigs, err
}

// chooseStoryBy is chooseStory for an article whose signals are found
// (story.Signals gave sigs).
func chooseStoryBy(ctx context.Context, tx *sql.Tx, a *claims.Article, sigs []story.Signal) (story.Choice, error) {
	cands, err := storyCandidates(ctx, tx, sigs)
	if err != nil {
		return story.Choice{}, err
	}
	return story.Choose(story.StatedTime(a), sigs, cands), nil
}

// placeInStory puts a stored article in the story chooseStory chose,
// starting it when new.
func placeInStory(ctx context.Context, tx *sql.Tx, articleID int64, a *claims.Article, choice story.Choice, sigs []story.Signal) (int64, story.Scope, error) {
	id := choice.Story
	if id == 0 {
		r, err := tx.ExecContext(ctx, `INSERT INTO stories DEFAULT VALUES`)
		if err != nil {
			return 0, story.Scope{}, fmt.Errorf("new story: %w", err)
		}
		if id, err = r.LastInsertId(); err != nil {
			return 0, story.Scope{}, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ?, joined_by = ? WHERE id = ?`,
		id, choice.JoinedByText(), articleID); err != nil {
		return 0, story.Scope{}, fmt.Errorf("article %d to story %d: %w", articleID, id, err)
	}
	place, err := addToStory(ctx, tx, id, articleID, sigs, a.Published)
	return id, place, err
}

// storyNamesScope returns the full names of the people a story's articles
// name most, as claims ResolveNames can read as its scope: a short name
// ("Kim", "শর্মা") that its own article does not resolve is the person of
// its story whose name opens or ends with it.
func storyNamesScope(ctx context.Context, tx *sql.Tx, storyID int64) ([]claims.Claim, error) {
	rows, err := tx.QueryContext(ctx, storyPeopleSQL, storyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var scope []claims.Claim
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return nil, err
		}
		// One claim per article stating the name, so that the name the
		// story states most wins between two that a short name fits.
		for range min(n, 8) {
			scope = append(scope, claims.Claim{Text: name, Entities: []claims.Entity{{
				Name: name, Kind: claims.Person, Text: name, Start: 0, End: len([]rune(name))}}})
		}
	}
	return scope, rows.Err()
}

// storyCandidatesSQL reads, in one statement, the storiesPerSignal
// stories that stated each signal of ?1 (a JSON array of keys) last, in
// the order of the signals and then newest first, with what choosing
// needs of each story: one query per signal and one per story were
// dozens of statements per article.
var storyCandidatesSQL = fmt.Sprintf(`SELECT ss.story_id, j.key, ss.n, COALESCE(sc.stories, 1),
	st.first_at, st.last_at, st.weight, st.articles, st.main_place
	FROM json_each(?1) j
	JOIN story_signals ss ON ss.signal = j.value AND ss.story_id IN (SELECT story_id FROM story_signals
		WHERE signal = j.value ORDER BY last_article DESC LIMIT %d)
	LEFT JOIN signal_stories sc ON sc.signal = ss.signal
	JOIN stories st ON st.id = ss.story_id
	ORDER BY j.key, ss.last_article DESC`, storiesPerSignal)

// storyCandidates returns the stories sharing signals with sigs, each with
// what it shares and its dates.
func storyCandidates(ctx context.Context, tx *sql.Tx, sigs []story.Signal) ([]story.Candidate, error) {
	if len(sigs) == 0 {
		return nil, nil
	}
	keys := make([]string, len(sigs))
	for i, s := range sigs {
		keys[i] = s.Key
	}
	arg, err := json.Marshal(keys)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, storyCandidatesSQL, string(arg))
	if err != nil {
		return nil, fmt.Errorf("stories sharing signals: %w", err)
	}
	defer rows.Close()
	byStory := map[int64]*story.Candidate{}
	var order []int64
	for rows.Next() {
		var id int64
		var sig, in, n int
		var c story.Candidate
		var first, last string
		if err := rows.Scan(&id, &sig, &in, &n, &first, &last, &c.Weight, &c.Articles, &c.MainPlace); err != nil {
			return nil, err
		}
		got, ok := byStory[id]
		if !ok {
			c.Story, c.First, c.Last = id, parseDay(first), parseDay(last)
			got = &c
			byStory[id] = got
			order = append(order, id)
		}
		got.Shared = append(got.Shared, story.Shared{Signal: sigs[sig], Stories: n, InStory: in})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]story.Candidate, 0, len(order))
	for _, id := range order {
		out = append(out, *byStory[id])
	}
	return out, nil
}

// addToStory counts an article's signals and time in a story and rebuilds
// the story's title and scope from its most stated signals.
func addToStory(ctx context.Context, tx *sql.Tx, storyID, articleID int64, sigs []story.Signal, at time.Time) (story.Scope, error) {
	added, err := countSignals(ctx, tx, storyID, articleID, sigs)
	if err != nil {
		return story.Scope{}, err
	}
	day := ""
	if !at.IsZero() {
		day = at.UTC().Format(time.DateOnly)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET articles = articles + 1, weight = weight + ?3,
		first_at = CASE WHEN ?1 <> '' AND (first_at = '' OR ?1 < first_at) THEN ?1 ELSE first_at END,
		last_at = CASE WHEN ?1 > last_at THEN ?1 ELSE last_at END,
		updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?2`, day, storyID, added); err != nil {
		return story.Scope{}, fmt.Errorf("story %d: %w", storyID, err)
	}
	return retitleStory(ctx, tx, storyID)
}

// countSignals counts an article's signals in a story, in one statement,
// and returns the weight of those new to the story.
func countSignals(ctx context.Context, tx *sql.Tx, storyID, articleID int64, sigs []story.Signal) (float64, error) {
	if len(sigs) == 0 {
		return 0, nil
	}
	rows := make([][3]string, len(sigs))
	weight := make(map[string]float64, len(sigs))
	for i, s := range sigs {
		rows[i] = [3]string{s.Key, s.Kind, s.Label}
		weight[s.Key] = s.Weight
	}
	arg, err := json.Marshal(rows)
	if err != nil {
		return 0, err
	}
	// WHERE true: an upsert reading a SELECT needs it, or ON would parse
	// as a join's.
	q, err := tx.QueryContext(ctx, `INSERT INTO story_signals (signal, story_id, kind, label, n, last_article)
		SELECT j.value ->> 0, ?1, j.value ->> 1, j.value ->> 2, 1, ?2 FROM json_each(?3) j WHERE true
		ON CONFLICT (signal, story_id) DO UPDATE SET n = n + 1, last_article = excluded.last_article
		RETURNING signal, n`, storyID, articleID, string(arg))
	if err != nil {
		return 0, fmt.Errorf("story %d signals: %w", storyID, err)
	}
	defer q.Close()
	added := 0.0
	for q.Next() {
		var key string
		var n int
		if err := q.Scan(&key, &n); err != nil {
			return 0, err
		}
		if n == 1 {
			added += weight[key]
		}
	}
	if err := q.Err(); err != nil {
		return 0, fmt.Errorf("story %d signals: %w", storyID, err)
	}
	return added, nil
}

// retitleStory rebuilds a story's title and scope (main place and
// country) from its most stated signals and returns the scope.
func retitleStory(ctx context.Context, tx *sql.Tx, storyID int64) (story.Scope, error) {
	rows, err := tx.QueryContext(ctx, storyTopSignalsSQL, storyID)
	if err != nil {
		return story.Scope{}, fmt.Errorf("story %d signals: %w", storyID, err)
	}
	var top []story.Signal
	for rows.Next() {
		var s story.Signal
		if err := rows.Scan(&s.Kind, &s.Label, &s.N); err != nil {
			rows.Close()
			return story.Scope{}, err
		}
		top = append(top, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return story.Scope{}, err
	}
	var last string
	var articles int
	var was story.Scope
	if err := tx.QueryRowContext(ctx, `SELECT last_at, articles, main_place, main_country, main_site, main_point, event_start FROM stories WHERE id = ?`, storyID).
		Scan(&last, &articles, &was.Place, &was.Country, &was.Site, &was.Point, &was.Start); err != nil {
		return story.Scope{}, err
	}
	where := story.SettleScope(was, story.MainScope(top, articles), articles)
	if err := tx.QueryRowContext(ctx, storyStartSQL, storyID).Scan(&where.Start); err != nil {
		return story.Scope{}, fmt.Errorf("story %d start: %w", storyID, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET title = ?, main_place = ?, main_country = ?, main_site = ?, main_point = ?, event_start = ? WHERE id = ?`,
		story.Title(top, parseDay(last)), where.Place, where.Country, where.Site, where.Point, where.Start, storyID); err != nil {
		return story.Scope{}, fmt.Errorf("story %d title: %w", storyID, err)
	}
	if where != was {
		if err := rescope(ctx, tx, storyID, was, where); err != nil {
			return story.Scope{}, err
		}
	}
	return where, nil
}

// parseDay reads an ISO date, zero when empty or malformed.
func parseDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// factState is a fact being updated within one transaction.
type factState struct {
	id      int64
	key     story.FactKey
	summary story.Summary
	changed bool
}

// factSet holds the facts an import touches, so each is read and written
// once however many of the article's claims state it.
type factSet struct {
	tx    *sql.Tx
	facts map[story.FactKey]*factState
	order []*factState
	// revised are the facts an import turned revised: their earlier rows
	// were read before any source corrected the figure and are read again
	// (refold) once the import's statements are in.
	revised []int64
}

func newFactSet(tx *sql.Tx) *factSet {
	return &factSet{tx: tx, facts: map[story.FactKey]*factState{}}
}

// get returns the fact of key, reading or creating it.
func (fs *factSet) get(ctx context.Context, key story.FactKey) (*factState, error) {
	if f, ok := fs.facts[key]; ok {
		return f, nil
	}
	f := &factState{key: key}
	var summary string
	err := fs.tx.QueryRowContext(ctx, `SELECT id, summary FROM facts WHERE COALESCE(story_id, 0) = ? AND key = ?`,
		key.Story, key.Key).Scan(&f.id, &summary)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		r, err := fs.tx.ExecContext(ctx, `INSERT INTO facts (story_id, key, kind, subject, attribute) VALUES (?, ?, ?, ?, ?)`,
			optionalID(key.Story), key.Key, key.Kind, key.Subject, key.Attribute)
		if err != nil {
			return nil, fmt.Errorf("new fact %s: %w", key.Key, err)
		}
		if f.id, err = r.LastInsertId(); err != nil {
			return nil, err
		}
		f.summary.Running = key.Kind == claims.KindQuantity && claims.IsRunning(key.Attribute)
	case err != nil:
		return nil, fmt.Errorf("fact %s: %w", key.Key, err)
	default:
		if err := unmarshalSummary(summary, &f.summary); err != nil {
			return nil, fmt.Errorf("fact %d summary: %w", f.id, err)
		}
	}
	fs.facts[key] = f
	fs.order = append(fs.order, f)
	return f, nil
}

// add stores a statement of fact f and the match rows it brings, counting
// new conflicts and agreements in res. Both inserts are Exec, not
// RETURNING: a RETURNING statement collects its rows in a temporary table
// and its rows start a goroutine in database/sql, which cost a match row
// a quarter of its price; LastInsertId and RowsAffected say the same.
func (fs *factSet) add(ctx context.Context, f *factState, st story.Statement, res *AddResult) error {
	r, err := fs.tx.ExecContext(ctx, `INSERT INTO statements (fact_id, claim_id, article_id, facet_id, value, as_of, said_by, revision)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fact_id, claim_id) DO NOTHING`,
		f.id, st.ClaimID, st.ArticleID, optionalID(st.FacetID), st.Value, st.AsOf, st.SaidBy, st.Revision)
	if err != nil {
		return fmt.Errorf("statement of fact %d: %w", f.id, err)
	}
	if n, err := r.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return nil // the claim states this fact already
	}
	if st.ID, err = r.LastInsertId(); err != nil {
		return err
	}
	f.changed = true
	wasRevised := f.summary.Revised
	rows := f.summary.Add(st)
	if f.summary.Revised && !wasRevised && f.summary.Statements > 1 {
		fs.revised = append(fs.revised, f.id)
	}
	for _, row := range rows {
		if row.A.Claim == row.B.Claim {
			continue // a claim is not matched with itself
		}
		if _, err := fs.tx.ExecContext(ctx, factMatchSQL, factMatchArgs(f, row)...); err != nil {
			return fmt.Errorf("match of fact %d: %w", f.id, err)
		}
		if res != nil {
			switch row.Relation {
			case claims.Conflicts:
				res.Conflicts++
			case claims.Agrees:
				res.Agreements++
			}
		}
	}
	return nil
}

// factMatchSQL writes one derived match row. A pair already stored (an
// older database's match, or a reviewer's decision on it) keeps its review
// state and takes the fact's reading.
const factMatchSQL = `INSERT INTO matches (relation, kind, subject, attribute, claim_a, claim_b,
		facet_a, facet_b, value_a, value_b, reason, fact_id, worth)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE((SELECT MAX(score) FROM claims WHERE id IN (?, ?)), 0))
		ON CONFLICT (claim_a, claim_b, kind, subject, attribute) DO UPDATE SET relation = excluded.relation, worth = excluded.worth,
			facet_a = excluded.facet_a, facet_b = excluded.facet_b,
			value_a = excluded.value_a, value_b = excluded.value_b, reason = excluded.reason, fact_id = excluded.fact_id`

func factMatchArgs(f *factState, row story.Row) []any {
	return []any{row.Relation, f.key.Kind, f.key.Subject, f.key.Attribute, row.A.Claim, row.B.Claim,
		optionalID(row.A.Facet), optionalID(row.B.Facet), row.A.Value, row.B.Value, row.Reason, f.id, row.A.Claim, row.B.Claim}
}

// storeFactMatch writes one derived match row as factMatchSQL does and
// returns its id (0 for a row of one claim with itself, which is not
// written).
func storeFactMatch(ctx context.Context, tx *sql.Tx, f *factState, row story.Row) (int64, error) {
	if row.A.Claim == row.B.Claim {
		return 0, nil
	}
	var id int64
	if err := tx.QueryRowContext(ctx, factMatchSQL+` RETURNING id`, factMatchArgs(f, row)...).Scan(&id); err != nil {
		return 0, fmt.Errorf("match of fact %d: %w", f.id, err)
	}
	return id, nil
}

// flush writes the summary, status and dissent of every fact that changed.
// Dissent is counted here, in Go, from the summary at hand: 008's trigger
// read it back from the summary's JSON twice for every fact written.
func (fs *factSet) flush(ctx context.Context) error {
	for _, f := range fs.order {
		if !f.changed {
			continue
		}
		data, err := marshalSummary(f.summary)
		if err != nil {
			return err
		}
		status, reason := f.summary.Status()
		if _, err := fs.tx.ExecContext(ctx, `UPDATE facts SET summary = ?, status = ?, reason = ?, vals = ?,
			statements = ?, dissent = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?`,
			data, status, reason, f.summary.Values(), f.summary.Statements, f.summary.Dissent(), f.id); err != nil {
			return fmt.Errorf("fact %d: %w", f.id, err)
		}
	}
	return nil
}

// storeStatements turns an article's facets into statements of the facts
// of its story (and of entity facts) and stores the match rows they bring.
// own are the article's signals, as story.Signals gives them.
func storeStatements(ctx context.Context, tx *sql.Tx, storyID int64, where story.Scope, a *claims.Article, own []story.Signal, fresh []facetRef, res *AddResult) error {
	fs := newFactSet(tx)
	where = where.ForArticle(own)
	day := story.ReportDay(a)
	for _, f := range fresh {
		if f.claim == nil {
			continue
		}
		var st story.Statement
		if f.statement != nil {
			st = *f.statement
		} else {
			st = story.OnReportDay(story.NewStatement(f.claim, f.Facet, a.Published), day, a.Published)
		}
		st.ClaimID, st.ArticleID, st.FacetID = f.ClaimID, f.ArticleID, f.id
		key, ok := story.FactOf(st, storyID, where, a.Published)
		if !ok {
			continue
		}
		fact, err := fs.get(ctx, key)
		if err != nil {
			return err
		}
		if err := fs.add(ctx, fact, st, res); err != nil {
			return err
		}
	}
	if err := fs.flush(ctx); err != nil {
		return err
	}
	return fs.refoldRevised(ctx)
}

// refoldRevised reads again each fact the import turned revised: a
// figure that conflicted with another before a source corrected it
// differs from it now. A fact turns revised once, so this does not grow
// with the corpus.
func (fs *factSet) refoldRevised(ctx context.Context) error {
	var res RematchResult
	for _, id := range fs.revised {
		if err := refold(ctx, fs.tx, id, &res); err != nil {
			return err
		}
	}
	return nil
}

func marshalSummary(s story.Summary) (string, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return "", fmt.Errorf("fact summary: %w", err)
	}
	return string(b), nil
}

func unmarshalSummary(data string, s *story.Summary) error {
	return json.Unmarshal([]byte(data), s)
}
