package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/claims/story"
	"github.com/claimdesk/claimdesk/store"
	"github.com/claimdesk/claimdesk/web"
)

const exportUsage = `usage: claimdesk export claims|matches|flags|verdicts|stories|facts [--db FILE] [--out FILE] [--bom]
                        [--article A] [--language L] [--relation R] [--kind K]
                        [--status S] [--story ID]

Writes a CSV report (RFC 4180, UTF-8, one header row) to standard output or
to --out. Cells that a spreadsheet would run as a formula (starting with =, +,
-, @, a tab or a carriage return) are prefixed with '.

flags:
`

// runExport is `claimdesk export`.
func runExport(ctx context.Context, args []string, e *env) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dbPath := fs.String("db", "claimdesk.db", "the database `file`")
	out := fs.String("out", "", "write the report to `file` instead of standard output")
	bom := fs.Bool("bom", false, "start with the UTF-8 byte-order mark (Excel needs it for Bengali and Devanagari)")
	var f claims.ReportFilter
	fs.StringVar(&f.Article, "article", "", "only the article with this origin or id")
	fs.StringVar(&f.Language, "language", "", "only claims in this language (bn, mr, hi, en)")
	fs.StringVar(&f.Relation, "relation", "", "matches: only agrees, conflicts or differs")
	fs.StringVar(&f.Status, "status", "", "facts: only disputed, evolving, revised, agreed or single; matches: only open, confirmed, dismissed or mistranslation")
	fs.Int64Var(&f.Story, "story", 0, "facts and stories: only the story with this `id`")
	fs.StringVar(&f.Kind, "kind", "", "matches: quantity, role, date, place or name; flags: the flag kind")
	baseURL := fs.String("base-url", "", "the workbench's `URL`, which the link column of facts and matches starts with (default: paths such as /facts/12)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), exportUsage)
		fs.PrintDefaults()
	}
	pos, err := parseAnywhere(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("export: name one report: claims, matches, flags, verdicts, stories or facts")
	}
	report := pos[0]
	if *baseURL != "" {
		if f.LinkBase, err = web.ParseBaseURL(*baseURL); err != nil {
			return fmt.Errorf("export --base-url: %w", err)
		}
	}
	if !slices.Contains(store.CSVReports, report) {
		fs.Usage()
		return fmt.Errorf("export: unknown report %q (want claims, matches, flags, verdicts, stories or facts)", pos[0])
	}
	if f.Relation != "" && f.Relation != claims.Agrees && f.Relation != claims.Conflicts && f.Relation != story.Differs {
		return fmt.Errorf("export: --relation %q: want %s, %s or %s", f.Relation, claims.Agrees, claims.Conflicts, story.Differs)
	}
	// Opening creates a missing database; an export must never leave an
	// empty one behind a mistyped path.
	if _, err := os.Stat(*dbPath); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("export: database %s does not exist (import articles first, or give --db)", *dbPath)
		}
		return fmt.Errorf("export: %w", err)
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer db.Close()

	if *out == "" {
		if err := db.WriteCSV(ctx, report, f, e.stdout, *bom); err != nil {
			return fmt.Errorf("export %s: %w", pos[0], err)
		}
		return nil
	}
	if err := writeFileAtomically(*out, func(w io.Writer) error { return db.WriteCSV(ctx, report, f, w, *bom) }); err != nil {
		return fmt.Errorf("export %s: %w", pos[0], err)
	}
	return nil
}

// writeFileAtomically writes a file through a temporary file in the same
// directory and renames it into place: a failed or interrupted export never
// leaves a half-written report that looks complete.
//
// A path that exists and is not a regular file (/dev/stdout, /dev/null, a
// named pipe) is written in place: renaming over it would replace the device
// with a plain file.
func writeFileAtomically(path string, write func(io.Writer) error) error {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if err := write(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; a report is an ordinary file.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
