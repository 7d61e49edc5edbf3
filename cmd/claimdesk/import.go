package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

const importUsage = `usage: claimdesk import [--db FILE] PATH...

Imports articles into the database. A PATH is a file, a directory (walked
recursively, hidden files skipped) or an http(s):// URL. Formats by extension:
  .txt .md .markdown   text, with optional --- front matter (title, source, url, language, published)
  .html .htm .xhtml    a web page: the article's text is extracted, page furniture left out
  .jsonl .ndjson       one article per line: {"title", "source", "url", "language", "published", "text"};
               each is named FILE#LINE in reports
In a directory, files with other extensions are skipped; a file named on the
command line with another extension is read as text. Articles already
imported (the same content) are skipped. The exit status is 1 when any file
or article failed.

flags:
`

// importSummary counts what an import did, for the closing line.
type importSummary struct {
	added, duplicates, failed int
	claims, conflicts, agrees int
	otherFiles                int // files of other types a directory walk skipped
}

// importBatch is how many processed articles the importer stores in one
// transaction (store.AddArticles): a commit per article cost a sixth of
// the import's CPU, and a batch holds the database for a few tens of
// milliseconds, which a workbench running beside the import hardly notices.
const importBatch = 8

// importer imports documents one by one into db, reporting each on e; it
// stores them importBatch at a time.
type importer struct {
	db      *store.DB
	e       *env
	bar     *progress
	sum     importSummary
	pending []pendingArticle
}

// pendingArticle is an article the engine has read and the store
// prepared, waiting for its batch.
type pendingArticle struct {
	name    string
	article *store.PreparedArticle
}

// runImport is `claimdesk import`.
func runImport(ctx context.Context, args []string, e *env) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dbPath := fs.String("db", "claimdesk.db", "the database `file` (created when missing)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), importUsage)
		fs.PrintDefaults()
	}
	paths, err := parseAnywhere(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("import: no file, directory or URL given")
	}

	sources, otherFiles, walkErrs := collectSources(paths)
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer db.Close()
	// Aliases and role words added by admins in the workbench apply to
	// command-line imports too.
	skipped, err := db.ReplayLexicon(ctx, claims.DefaultLexicon())
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	for _, err := range skipped {
		fmt.Fprintln(e.stderr, "warning:", err)
	}

	imp := &importer{db: db, e: e, bar: newProgress(e.stderr, len(sources), e.getenv)}
	imp.sum.otherFiles = otherFiles
	for _, we := range walkErrs {
		imp.fail(we.path, we.err)
	}
	for s := range readAhead(ctx, sources) {
		imp.take(ctx, s)
	}
	imp.flush(ctx)
	imp.bar.clear()
	imp.printSummary(e.stdout)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("import interrupted: %w", err)
	}
	if imp.sum.failed > 0 {
		return fmt.Errorf("import: %d failed (reasons above)", imp.sum.failed)
	}
	return nil
}

// take does what the reader's step asks, in input order: the progress bar
// follows the writer, a prepared article waits for its batch (flush), in
// which it is stored whole or not at all.
func (imp *importer) take(ctx context.Context, s importStep) {
	switch {
	case s.begin != "":
		imp.bar.start(s.begin)
	case s.end != "":
		imp.bar.step()
	case s.err != nil:
		imp.failInOrder(ctx, s.name, s.err)
	default:
		imp.pending = append(imp.pending, pendingArticle{s.name, s.article})
		if len(imp.pending) == importBatch {
			imp.flush(ctx)
		}
	}
}

// flush stores the pending articles and reports each.
func (imp *importer) flush(ctx context.Context) {
	if len(imp.pending) == 0 || ctx.Err() != nil {
		return // interrupted: what is pending was never stored, nothing to report
	}
	arts := make([]*store.PreparedArticle, len(imp.pending))
	for i, p := range imp.pending {
		arts[i] = p.article
	}
	results, errs, err := imp.db.AddPrepared(ctx, arts)
	for i, p := range imp.pending {
		switch {
		case errs != nil && errs[i] != nil:
			imp.fail(p.name, errs[i])
		case err != nil && results[i].ArticleID == 0:
			if ctx.Err() == nil {
				imp.fail(p.name, err)
			}
		default:
			imp.added(p.article.Article, results[i])
		}
	}
	imp.pending = imp.pending[:0]
}

// added counts and reports one article stored (or skipped as a duplicate).
func (imp *importer) added(a *claims.Article, res store.AddResult) {
	if res.Duplicate {
		imp.sum.duplicates++
		imp.say(imp.e.stdout, "%s: skipped, already imported\n", a.Origin)
		return
	}
	imp.sum.added++
	imp.sum.claims += res.Claims
	imp.sum.conflicts += res.Conflicts
	imp.sum.agrees += res.Agreements
	imp.say(imp.e.stdout, "%s: added, %s, %s, %s\n", a.Origin,
		plural(res.Claims, "claim"), plural(res.Conflicts, "conflict"), plural(res.Agreements, "agreement"))
}

// failInOrder stores and reports the pending articles before reporting a
// failure, so the report follows the order of the input.
func (imp *importer) failInOrder(ctx context.Context, name string, err error) {
	imp.flush(ctx)
	imp.fail(name, err)
}

// fail reports one failed file or article by name, with the reason.
func (imp *importer) fail(name string, err error) {
	imp.sum.failed++
	imp.say(imp.e.stderr, "%s: failed: %v\n", name, err)
}

// say prints a line without tearing the progress bar.
func (imp *importer) say(w io.Writer, format string, args ...any) {
	imp.bar.clear()
	fmt.Fprintf(w, format, args...)
}

func (imp *importer) printSummary(w io.Writer) {
	s := imp.sum
	fmt.Fprintf(w, "%d added, %d skipped as duplicates, %d failed; %s, %s, %s found\n",
		s.added, s.duplicates, s.failed,
		plural(s.claims, "claim"), plural(s.conflicts, "conflict"), plural(s.agrees, "agreement"))
	if s.otherFiles > 0 {
		fmt.Fprintf(w, "%s of other types left out (not text, HTML or JSONL)\n", plural(s.otherFiles, "file"))
	}
}

// unwrapPathError drops the "open PATH:" prefix of an *os.PathError: the
// report line names the file already.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// plural writes "1 claim", "2 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
