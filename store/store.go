// Package store keeps Claimdesk's articles, claims, matches and reviews in
// SQLite. It is the only package that writes SQL.
package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/mattn/go-sqlite3" // the embedded default store; built with -tags sqlite_fts5
)

// writeDriver is go-sqlite3 with the settings of the write connection that
// no DSN key reaches; ConnectHook gives them to every connection it opens.
// temp_store=MEMORY: a statement that fires a trigger keeps a statement
// journal of the pages it changes, so that it can be undone alone, and
// with temp_store=FILE one larger than 64 KB spills to a temporary file.
// Inside an import's transaction most inserts do (a match row writes
// seven indexes and its trigger two count tables): 17 writes to a
// temporary file per match row, about half of what storing an article
// cost. Only the write connection changes rows, so only it needs this;
// the read pool keeps its large sorts on disk.
var writeDriver = func() string {
	const name = "sqlite3-claimdesk-write"
	sql.Register(name, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec("PRAGMA temp_store = MEMORY", nil)
		return err
	}})
	return name
}()

//go:embed migrations/*.sql
var migrations embed.FS

// DB is Claimdesk's database: one write connection, so writers queue instead
// of failing with "database is locked", and a separate read-only pool so
// pages and reports never wait on an import.
type DB struct {
	Path  string
	write *sql.DB
	read  *sql.DB
	stmts stmtCache // the import's prepared statements (article_stmts.go)
}

// Open opens (creating if need be) the SQLite database at path and upgrades
// its schema to the newest migration.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("open database: no path given")
	}
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// Settings live in the DSN because a bare PRAGMA reaches only one pooled
	// connection. _txlock=immediate: a deferred transaction that reads and
	// then writes fails with "database is locked" even in WAL.
	// _stmt_cache_size: each connection keeps the statements it ran
	// prepared, so the dozens of queries an import runs per article
	// (stories, facts, statements, pairs) are parsed once, not every time:
	// preparing them was a third of an import's CPU.
	common := "_foreign_keys=on&_busy_timeout=5000&_journal_mode=WAL&_synchronous=NORMAL&_stmt_cache_size=128"
	w, err := sql.Open(writeDriver, "file:"+url.PathEscape(path)+"?"+common+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	db := &DB{Path: path, write: w}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := db.fillNameKeys(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := db.backfillStories(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	r, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+common+"&mode=ro")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	db.read = r
	return db, nil
}

// Close closes both pools.
func (db *DB) Close() error {
	db.stmts.close()
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// migrate applies, in order and each in its own transaction, the embedded
// migrations/NNN_name.sql files the database has not seen yet.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
	)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		version, err := strconv.Atoi(num)
		if !ok || err != nil {
			return fmt.Errorf("migration %s: name must start with a number and _", base)
		}
		if err := db.migrateOne(ctx, version, name, base); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

func (db *DB) migrateOne(ctx context.Context, version int, path, base string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile(path)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if step := migrationSteps[version]; step != nil {
		if err := step(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, version, base); err != nil {
		return err
	}
	return tx.Commit()
}
