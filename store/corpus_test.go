package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/seeds"
)

// The benchmark corpus: varied copies of the processed seeds, built once and
// cached in os.TempDir() (never in the repository). Bump corpusVersion when
// the generator changes so a stale cache is never reused.
const corpusVersion = 2

var (
	seedOnce sync.Once
	seedArts []*claims.Article
	seedErr  error
)

// processedSeeds runs the engine once over the sample articles.
func processedSeeds(tb testing.TB) []*claims.Article {
	tb.Helper()
	seedOnce.Do(func() {
		names, err := fs.Glob(seeds.FS, "*.txt")
		if err != nil {
			seedErr = err
			return
		}
		sort.Strings(names)
		for _, name := range names {
			raw, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				seedErr = err
				return
			}
			a, err := claims.Process(name, raw, claims.Meta{}, claims.Options{})
			if err != nil {
				seedErr = fmt.Errorf("process %s: %w", name, err)
				return
			}
			seedArts = append(seedArts, a)
		}
	})
	if seedErr != nil {
		tb.Fatalf("seeds: %v", seedErr)
	}
	return seedArts
}

// Variation tables: who is named, with which title, in which language.
var (
	corpusLanguages = []string{"bn", "mr", "hi", "en"}
	corpusRoles     = []string{"president", "leader", "supreme leader", "prime minister", "foreign minister"}
	corpusFactors   = []float64{1, 1, 2, 0.5, 3, 10, 1.5}
)

// variant returns the n-th variation of base: its own origin and hash,
// entity names renamed into one of people name variants (so facet keys
// spread over a realistic number of subjects, each shared by many
// articles), titles and figures varied, language and date shifted. keep > 0
// keeps only that many claims, those with facets first, to make the large
// corpus smaller; keep = 0 keeps the article whole (seeds-sized).
func variant(base *claims.Article, n, people, keep int) *claims.Article {
	a := *base
	a.Origin = fmt.Sprintf("gen_%07d.txt", n)
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s/%d/%d", base.Hash, n, corpusVersion)))
	a.Hash = hex.EncodeToString(sum[:])
	a.Language = corpusLanguages[n%len(corpusLanguages)]
	a.Source = fmt.Sprintf("Outlet %d", n%97)
	a.Published = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n%700)
	rename := func(name string) string {
		if name == "" || people <= 1 {
			return name
		}
		return fmt.Sprintf("%s %d", name, n%people)
	}
	factor := corpusFactors[n%len(corpusFactors)]
	var cs []claims.Claim
	for _, c := range base.Claims {
		c.Entities = append([]claims.Entity(nil), c.Entities...)
		for i := range c.Entities {
			c.Entities[i].Name = rename(c.Entities[i].Name)
		}
		c.Roles = append([]claims.Role(nil), c.Roles...)
		for i := range c.Roles {
			c.Roles[i].Person = rename(c.Roles[i].Person)
			c.Roles[i].Role = corpusRoles[(n+i)%len(corpusRoles)]
		}
		c.Quantities = append([]claims.Quantity(nil), c.Quantities...)
		for i := range c.Quantities {
			q := &c.Quantities[i]
			q.Value, q.Low, q.High, q.Of = q.Value*factor, q.Low*factor, q.High*factor, ""
		}
		c.Language = a.Language
		cs = append(cs, c)
	}
	if keep > 0 && len(cs) > keep {
		sort.SliceStable(cs, func(i, j int) bool { return facetful(&cs[i]) && !facetful(&cs[j]) })
		cs = cs[:keep]
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Ordinal < cs[j].Ordinal })
		// A shortened article holds only its kept claims, with offsets to match.
		texts := make([]string, len(cs))
		pos := 0
		for i := range cs {
			texts[i] = cs[i].Text
			n := utf8.RuneCountInString(cs[i].Text)
			cs[i].Start, cs[i].End, cs[i].CleanStart, cs[i].CleanEnd = pos, pos+n, pos, pos+n
			cs[i].Ordinal = i + 1
			pos += n + 1
		}
		a.Raw = strings.Join(texts, " ")
		a.Clean = a.Raw
		a.Removed, a.Flags = nil, nil
	}
	a.Claims = cs
	return &a
}

// facetful reports whether a claim can yield facets.
func facetful(c *claims.Claim) bool { return len(c.Roles) > 0 || len(c.Quantities) > 0 }

// corpusPeople is how many variants of each name the corpus spreads over:
// each subject is then named by about size/corpusPeople articles, enough at
// 1,000 articles already to fill the candidate limits, so the two corpus
// sizes give a new article the same work and differ only in size.
const corpusPeople = 20

// corpusDB opens a copy of a database holding size generated articles,
// building the cached original on first use (minutes for 100,000). A
// benchmark adds articles to its own copy in b.TempDir(): the cache is
// never written after it is built, so no run sees what another one added
// or what deleting its articles by hand would have left behind (facts
// whose summaries name claims no longer stored).
func corpusDB(b *testing.B, size int) *DB {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("claimdesk-corpus-v%d-%s-%d.db", corpusVersion, schemaDigest(b), size))
	if err := buildCorpus(b, path, size); err != nil {
		b.Fatalf("build corpus: %v", err)
	}
	cp := filepath.Join(b.TempDir(), "corpus.db")
	if err := copyFile(path, cp); err != nil {
		b.Fatalf("copy corpus: %v", err)
	}
	db, err := Open(ctx, cp)
	if err != nil {
		b.Fatalf("open corpus: %v", err)
	}
	b.Cleanup(func() { db.Close() })
	logCorpusShape(b, db)
	return db
}

// buildCorpus makes sure the database at path holds size generated
// articles, and leaves it closed, its write-ahead log folded in.
func buildCorpus(b *testing.B, path string, size int) error {
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	if n.Articles >= size {
		return nil
	}
	start := time.Now()
	if err := fillCorpus(ctx, db, processedSeeds(b), n.Articles, size); err != nil {
		return err
	}
	if _, err := db.write.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return err
	}
	b.Logf("built corpus of %d articles in %s: %s", size, time.Since(start).Round(time.Second), path)
	return nil
}

// copyFile copies a closed database file.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// schemaDigest names the schema the embedded migrations build: a cached
// corpus from another schema is not reused.
func schemaDigest(tb testing.TB) string {
	h := sha256.New()
	for _, name := range embeddedMigrations(tb) {
		body, err := migrations.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		h.Write(body)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// fillCorpus adds generated articles from..size in large transactions,
// each placed in its story with its statements and the match rows they
// bring, as an import does.
func fillCorpus(ctx context.Context, db *DB, base []*claims.Article, from, size int) error {
	const batch = 2000
	for lo := from; lo < size; lo += batch {
		tx, w, err := db.beginImport(ctx)
		if err != nil {
			return err
		}
		for n := lo; n < min(lo+batch, size); n++ {
			a := variant(base[n%len(base)], n, corpusPeople, 8)
			if _, err := w.storeInStory(ctx, PrepareArticle(a)); err != nil {
				w.close()
				tx.Rollback()
				return fmt.Errorf("article %d: %w", n, err)
			}
		}
		w.close()
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// logCorpusShape logs what the corpus holds: stories, facts, statements and
// match rows must grow with the articles, not with their square.
func logCorpusShape(b *testing.B, db *DB) {
	b.Helper()
	var articles, stories, facts, statements, matches, disputed int
	if err := db.write.QueryRow(`SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories),
		(SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM matches),
		(SELECT COUNT(*) FROM facts WHERE status = 'disputed')`).
		Scan(&articles, &stories, &facts, &statements, &matches, &disputed); err != nil {
		b.Fatal(err)
	}
	var bytes int64
	if fi, err := os.Stat(db.Path); err == nil {
		bytes = fi.Size()
	}
	b.Logf("corpus: %d articles, %d stories, %d facts (%d disputed), %d statements, %d matches (%.2f per statement), %d bytes",
		articles, stories, facts, disputed, statements, matches, float64(matches)/float64(max(statements, 1)), bytes)
}
