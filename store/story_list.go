package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// StoryItem is one story as the stories list and page show it; languages,
// disputed facts and the last publication date are kept on write
// (migration 008), so listing stories counts nothing.
type StoryItem struct {
	ID            int64
	Title         string
	MainPlace     string
	FirstAt       string // dates the articles tell of
	LastAt        string
	Articles      int
	Languages     []string
	Disputed      int // disputed facts
	PublishedLast string
}

const storyColumns = `SELECT id, title, main_place, first_at, last_at, articles, langs, disputed, published_last FROM stories`

func scanStory(row rowScanner, s *StoryItem) error {
	var langs string
	if err := row.Scan(&s.ID, &s.Title, &s.MainPlace, &s.FirstAt, &s.LastAt, &s.Articles, &langs, &s.Disputed, &s.PublishedLast); err != nil {
		return err
	}
	s.Languages = strings.Fields(langs)
	return nil
}

// Story returns one story; ENOTFOUND when there is none.
func (db *DB) Story(ctx context.Context, id int64) (StoryItem, error) {
	var s StoryItem
	err := scanStory(db.read.QueryRowContext(ctx, storyColumns+` WHERE id = ?`, id), &s)
	if errors.Is(err, sql.ErrNoRows) {
		return StoryItem{}, claims.Errorf(claims.ENOTFOUND, "No story %d.", id)
	} else if err != nil {
		return StoryItem{}, fmt.Errorf("story %d: %w", id, err)
	}
	return s, nil
}

// StoryList is one page of stories, the most recently published first.
type StoryList struct {
	Stories []StoryItem
	Next    string // the cursor of the next page; "" on the last
}

// Stories returns up to limit stories with articles after cursor ("" for
// the first page), the latest published first, walking stories_recent.
func (db *DB) Stories(ctx context.Context, after string, limit int) (StoryList, error) {
	q := storyColumns + ` WHERE articles > 0`
	var args []any
	if after != "" {
		day, id, ok := strings.Cut(after, "_")
		n, err := strconv.ParseInt(id, 10, 64)
		if !ok || err != nil {
			return StoryList{}, claims.Errorf(claims.EINVALID, "This page link is damaged: start again from the first page.")
		}
		q += ` AND (published_last < ? OR (published_last = ? AND id < ?))`
		args = append(args, day, day, n)
	}
	q += ` ORDER BY published_last DESC, id DESC LIMIT ?`
	rows, err := db.read.QueryContext(ctx, q, append(args, limit+1)...)
	if err != nil {
		return StoryList{}, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	var out StoryList
	for rows.Next() {
		var s StoryItem
		if err := scanStory(rows, &s); err != nil {
			return StoryList{}, fmt.Errorf("stories: %w", err)
		}
		out.Stories = append(out.Stories, s)
	}
	if err := rows.Err(); err != nil {
		return StoryList{}, fmt.Errorf("stories: %w", err)
	}
	if len(out.Stories) > limit {
		out.Stories = out.Stories[:limit]
		last := out.Stories[limit-1]
		out.Next = last.PublishedLast + "_" + strconv.FormatInt(last.ID, 10)
	}
	return out, nil
}

// StoryArticle is one article of a story.
type StoryArticle struct {
	ID        int64
	Title     string
	Source    string
	Origin    string
	Language  string
	Published string
	JoinedBy  string
	Pinned    bool // a reviewer placed it
}

// MaxStoryArticles bounds a page of a story's articles.
const MaxStoryArticles = 200

// StoryArticles returns a page of a story's articles in the order they
// joined: up to limit (at most MaxStoryArticles) after the article after
// (0 for the first page), and the article the next page starts after (0
// on the last). The page seeks articles_story, so a story of 10,000
// articles is read a page at a time.
func (db *DB) StoryArticles(ctx context.Context, storyID, after int64, limit int) ([]StoryArticle, int64, error) {
	if limit <= 0 || limit > MaxStoryArticles {
		limit = MaxStoryArticles
	}
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.title, COALESCE(s.name, ''), a.origin, a.language,
		COALESCE(substr(a.published, 1, 10), ''), a.joined_by, a.story_pinned
		FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.story_id = ? AND a.id > ? ORDER BY a.id LIMIT ?`,
		storyID, after, limit+1)
	if err != nil {
		return nil, 0, fmt.Errorf("articles of story %d: %w", storyID, err)
	}
	defer rows.Close()
	var out []StoryArticle
	for rows.Next() {
		var a StoryArticle
		if err := rows.Scan(&a.ID, &a.Title, &a.Source, &a.Origin, &a.Language, &a.Published, &a.JoinedBy, &a.Pinned); err != nil {
			return nil, 0, fmt.Errorf("articles of story %d: %w", storyID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("articles of story %d: %w", storyID, err)
	}
	var next int64
	if len(out) > limit {
		out = out[:limit]
		next = out[limit-1].ID
	}
	return out, next, nil
}

// Outlets lists the outlet names the queue of facts filters by: the
// sources table only, so the list costs the same however many articles
// are stored (an article without an outlet is found by its story).
func (db *DB) Outlets(ctx context.Context) ([]string, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT name FROM sources ORDER BY name LIMIT 500`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("outlets: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
