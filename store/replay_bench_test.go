package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// replayTables are the tables an import writes, each with the rows one
// article brings: its own rows, its new match rows, the facts its
// statements are in, its story and the story's signals it counted.
var replayTables = []struct {
	name, where string // where: ?1 the article, ?2 and ?3 the match ids before and after it
}{
	{"articles", "id = ?1"},
	{"residue", "article_id = ?1"},
	{"claims", "article_id = ?1"},
	{"flags", "article_id = ?1"},
	{"facets", "article_id = ?1"},
	{"statements", "article_id = ?1"},
	{"matches", "id > ?2 AND id <= ?3"},
	{"facts", "id IN (SELECT fact_id FROM statements WHERE article_id = ?1)"},
	{"stories", "id = (SELECT story_id FROM articles WHERE id = ?1)"},
	{"story_signals", "last_article = ?1"},
}

// BenchmarkImportReplay is the floor BenchmarkAddArticle is measured
// against, run beside it (-bench 'AddArticle|ImportReplay'): the rows that
// adding the same articles to the same corpus wrote, written again, one
// transaction per article, into bare tables (the same columns; no index,
// constraint, trigger or full-text index; nothing read), which is what
// storing an article would cost if choosing its story and facts and
// keeping their indexes cost nothing. The articles are added first,
// outside the clock.
func BenchmarkImportReplay(b *testing.B) {
	base := processedSeeds(b)
	for _, size := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", size), func(b *testing.B) {
			if testing.Short() && size > 1000 {
				b.Skip("-short: the first build of a large corpus takes minutes")
			}
			ctx := context.Background()
			db := corpusDB(b, size)
			batches := make([][]replayRows, b.N)
			for i := range batches {
				a := variant(base[i%len(base)], 1_000_000+size+i, corpusPeople, 0)
				var before int64
				if err := db.write.QueryRow(`SELECT COALESCE(MAX(id), 0) FROM matches`).Scan(&before); err != nil {
					b.Fatal(err)
				}
				res, err := db.AddArticle(ctx, a)
				if err != nil {
					b.Fatal(err)
				}
				if batches[i], err = articleRows(db, res.ArticleID, before); err != nil {
					b.Fatal(err)
				}
			}
			bare, stmts := bareTables(b, db)
			rows := 0
			b.ResetTimer()
			clock := startClock()
			for _, batch := range batches {
				tx, err := bare.BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				for t, rs := range batch {
					st := tx.StmtContext(ctx, stmts[t])
					for _, r := range rs {
						if _, err := st.ExecContext(ctx, r...); err != nil {
							b.Fatalf("replay %s: %v", replayTables[t].name, err)
						}
						rows++
					}
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			clock.report(b)
			b.ReportMetric(float64(rows)/float64(b.N), "rows/article")
		})
	}
}

// replayRows are the rows of one table that one article brought.
type replayRows [][]any

// articleRows reads back, table by table, the rows adding article id
// wrote; matchesBefore is the last match id before it.
func articleRows(db *DB, id, matchesBefore int64) ([]replayRows, error) {
	var matchesAfter int64
	if err := db.write.QueryRow(`SELECT COALESCE(MAX(id), 0) FROM matches`).Scan(&matchesAfter); err != nil {
		return nil, err
	}
	out := make([]replayRows, len(replayTables))
	for t, table := range replayTables {
		cols, err := tableColumns(db, table.name)
		if err != nil {
			return nil, err
		}
		rows, err := db.write.Query(`SELECT `+strings.Join(cols, ", ")+` FROM `+table.name+` WHERE `+table.where,
			id, matchesBefore, matchesAfter)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", table.name, err)
		}
		for rows.Next() {
			r := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range r {
				ptrs[i] = &r[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return nil, err
			}
			out[t] = append(out[t], r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// tableColumns lists a table's stored columns (not generated ones).
func tableColumns(db *DB, table string) ([]string, error) {
	rows, err := db.write.Query(`SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cols = append(cols, `"`+c+`"`)
	}
	return cols, rows.Err()
}

// bareTables creates, in a new database with the store's settings, a
// table of the same columns for each of replayTables, and prepares an
// insert into each.
func bareTables(b *testing.B, db *DB) (*sql.DB, []*sql.Stmt) {
	b.Helper()
	bare, err := sql.Open("sqlite3", "file:"+filepath.Join(b.TempDir(), "bare.db")+"?_journal_mode=WAL&_synchronous=NORMAL")
	if err != nil {
		b.Fatal(err)
	}
	bare.SetMaxOpenConns(1)
	b.Cleanup(func() { bare.Close() })
	stmts := make([]*sql.Stmt, len(replayTables))
	for t, table := range replayTables {
		cols, err := tableColumns(db, table.name)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := bare.Exec(`CREATE TABLE ` + table.name + ` (` + strings.Join(cols, ", ") + `)`); err != nil {
			b.Fatal(err)
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")
		if stmts[t], err = bare.Prepare(`INSERT INTO ` + table.name + ` VALUES (` + marks + `)`); err != nil {
			b.Fatal(err)
		}
	}
	b.Cleanup(func() {
		for _, st := range stmts {
			st.Close()
		}
	})
	return bare, stmts
}
