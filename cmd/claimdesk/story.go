package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

const storyUsage = `usage:
  claimdesk story list  [--db FILE]
  claimdesk story move  [--db FILE] ARTICLE STORY        (ARTICLE: its id or origin)
  claimdesk story merge [--db FILE] FROM INTO            (every article of FROM goes to INTO)
  claimdesk story split [--db FILE] STORY ARTICLE...     (the articles named start a new story)

A reviewer's move, merge or split sticks: rematching never moves those
articles back.
`

// runStory is `claimdesk story`: the reviewer's decisions on which story
// an article belongs to, from the command line.
func runStory(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, storyUsage)
		return errors.New("story: no subcommand given")
	}
	sub, args := args[0], args[1:]
	if sub == "-h" || sub == "--help" || sub == "help" {
		fmt.Fprint(e.stdout, storyUsage)
		return nil
	}
	fs := flag.NewFlagSet("story "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dbPath := fs.String("db", "claimdesk.db", "the database `file`")
	rest, err := parseAnywhere(fs, args)
	if err != nil {
		return err
	}
	want := map[string]func(n int) bool{
		"list":  func(n int) bool { return n == 0 },
		"move":  func(n int) bool { return n == 2 },
		"merge": func(n int) bool { return n == 2 },
		"split": func(n int) bool { return n >= 2 },
	}
	ok, known := want[sub]
	if !known {
		fmt.Fprint(e.stderr, storyUsage)
		return fmt.Errorf("story: unknown subcommand %q", sub)
	}
	if !ok(len(rest)) {
		fmt.Fprint(e.stderr, storyUsage)
		return fmt.Errorf("story %s: wrong number of arguments", sub)
	}
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("story: database %s: %w", *dbPath, err)
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("story: %w", err)
	}
	defer db.Close()
	by := store.User{Name: "command line"}
	switch sub {
	case "list":
		return listStories(ctx, db, e)
	case "move":
		article, err := db.ResolveArticle(ctx, rest[0])
		if err != nil {
			return fmt.Errorf("story move: %w", err)
		}
		to, err := storyID(rest[1])
		if err != nil {
			return err
		}
		if err := db.MoveArticle(ctx, by, article, to); err != nil {
			return fmt.Errorf("story move: %w", err)
		}
		fmt.Fprintf(e.stdout, "article %d is now in story %d\n", article, to)
	case "merge":
		from, err := storyID(rest[0])
		if err != nil {
			return err
		}
		into, err := storyID(rest[1])
		if err != nil {
			return err
		}
		if err := db.MergeStories(ctx, by, from, into); err != nil {
			return fmt.Errorf("story merge: %w", err)
		}
		fmt.Fprintf(e.stdout, "story %d merged into story %d\n", from, into)
	case "split":
		from, err := storyID(rest[0])
		if err != nil {
			return err
		}
		var ids []int64
		for _, a := range rest[1:] {
			id, err := db.ResolveArticle(ctx, a)
			if err != nil {
				return fmt.Errorf("story split: %w", err)
			}
			ids = append(ids, id)
		}
		id, err := db.SplitStory(ctx, by, from, ids)
		if err != nil {
			return fmt.Errorf("story split: %w", err)
		}
		fmt.Fprintf(e.stdout, "%d articles of story %d now make story %d\n", len(ids), from, id)
	}
	return nil
}

// storyID reads a story id argument.
func storyID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("story: %q is not a story id (a number, see 'claimdesk story list')", s)
	}
	return id, nil
}

// listStories prints each story with its articles.
func listStories(ctx context.Context, db *store.DB, e *env) error {
	last := int64(0)
	return db.ExportStories(ctx, claims.ReportFilter{}, func(r claims.StoryRow) error {
		if r.StoryID != last {
			fmt.Fprintf(e.stdout, "story %d: %s\n", r.StoryID, r.Title)
			last = r.StoryID
		}
		fmt.Fprintf(e.stdout, "  %s (%s) %s\n", r.Article, r.Language, r.JoinedBy)
		return nil
	})
}
