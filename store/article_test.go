package store

import (
	"context"
	"database/sql"
	"io/fs"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// versions returns the applied migration versions.
func versions(tb testing.TB, db *DB) []int {
	tb.Helper()
	rows, err := db.read.Query(`SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		tb.Fatalf("versions: %v", err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			tb.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func embeddedMigrations(tb testing.TB) []string {
	tb.Helper()
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil || len(names) == 0 {
		tb.Fatalf("embedded migrations: %v %v", names, err)
	}
	return names
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	want := len(embeddedMigrations(t))
	t.Run("fresh file then reopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "fresh.db")
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		if got := versions(t, db); len(got) != want || got[0] != 1 {
			t.Fatalf("versions after open = %v, want %d starting at 1", got, want)
		}
		mustAddArticle(t, db, bengaliFixture())
		db.Close()
		db, err = Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer db.Close()
		if got := versions(t, db); len(got) != want {
			t.Errorf("versions after reopen = %v, want %d", got, want)
		}
		if ok, err := db.HasArticles(ctx); err != nil || !ok {
			t.Errorf("HasArticles after reopen = %v, %v; want true", ok, err)
		}
	})
	t.Run("older version upgrades", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		old, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
		if err != nil {
			t.Fatal(err)
		}
		body, err := migrations.ReadFile("migrations/001_init.sql")
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{
			`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
				applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))`,
			string(body),
			`INSERT INTO schema_migrations (version, name) VALUES (1, '001_init.sql')`,
			`INSERT INTO articles (origin, raw, clean, hash) VALUES ('old.txt', 'x', 'x', 'old')`,
		} {
			if _, err := old.Exec(q); err != nil {
				t.Fatalf("seed old database: %v", err)
			}
		}
		old.Close()
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open old database: %v", err)
		}
		defer db.Close()
		if got := versions(t, db); len(got) != want {
			t.Errorf("versions after upgrade = %v, want %d", got, want)
		}
		if n, err := db.Counts(ctx); err != nil || n.Articles != 1 {
			t.Errorf("Counts after upgrade = %+v, %v; want the old article kept", n, err)
		}
	})
}

func TestAddArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	if ok, err := db.HasArticles(ctx); err != nil || ok {
		t.Fatalf("HasArticles on a fresh database = %v, %v; want false", ok, err)
	}
	in := marathiFixture()
	res := mustAddArticle(t, db, in)
	if res.Duplicate || res.ArticleID == 0 || res.Claims != 2 || res.Flags != 1 {
		t.Fatalf("AddArticle = %+v, want a new article with 2 claims and 1 flag", res)
	}
	if in.Hash == "" {
		t.Errorf("AddArticle left Hash empty")
	}
	var got []claims.ClaimRow
	if err := db.ExportClaims(ctx, claims.ReportFilter{}, func(r claims.ClaimRow) error {
		got = append(got, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(in.Claims) {
		t.Fatalf("stored %d claims, want %d", len(got), len(in.Claims))
	}
	wantFacets := claims.ArticleFacets(in)
	for i, r := range got {
		if r.ArticleID != res.ArticleID || r.Article != in.Origin {
			t.Errorf("claim %d: article %d %q, want %d %q", i, r.ArticleID, r.Article, res.ArticleID, in.Origin)
		}
		if !reflect.DeepEqual(r.Claim, in.Claims[i]) {
			t.Errorf("claim %d round trip:\n got  %+v\n want %+v", i, r.Claim, in.Claims[i])
		}
		want := wantFacets[i]
		facets, err := db.Facets(ctx, r.ClaimID)
		if err != nil {
			t.Fatal(err)
		}
		if len(facets) != len(want) || (len(want) > 0 && !reflect.DeepEqual(facets, want)) {
			t.Errorf("claim %d facets:\n got  %+v\n want %+v", i, facets, want)
		}
	}
	// The open-ended "at least 1.5" survives JSON with its infinite bound.
	if q := got[1].Claim.Quantities; len(q) != 1 || !math.IsInf(q[0].High, 1) {
		t.Errorf("quantity after round trip = %+v, want High=+Inf", q)
	}
	var title, source, published string
	var body []byte
	var removed int
	err := db.read.QueryRow(`SELECT a.title, s.name, a.published, a.body, (SELECT COUNT(*) FROM residue WHERE article_id = a.id)
		FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`, res.ArticleID).
		Scan(&title, &source, &published, &body, &removed)
	if err != nil {
		t.Fatal(err)
	}
	raw, clean, err := unpackBody(body)
	if err != nil {
		t.Fatal(err)
	}
	if title != in.Title || source != in.Source || published != "2024-06-21T00:00:00Z" || raw != in.Raw || clean != in.Clean || removed != 1 {
		t.Errorf("article row = %q %q %q raw ok=%v clean ok=%v residue=%d", title, source, published, raw == in.Raw, clean == in.Clean, removed)
	}
}

func TestAddArticleTwiceAddsNothing(t *testing.T) {
	ctx := context.Background()
	db := mustOpenImportDB(t)
	first := mustAddArticle(t, db, bengaliFixture())
	mustAddArticle(t, db, marathiFixture())
	before, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []*claims.Article{bengaliFixture(), marathiFixture()} {
		res := mustAddArticle(t, db, a)
		if !res.Duplicate || res.Claims != 0 || res.Conflicts != 0 {
			t.Errorf("second import of %s = %+v, want Duplicate and nothing added", a.Origin, res)
		}
		if a.Origin == "002_fixture.txt" && res.ArticleID != first.ArticleID {
			t.Errorf("duplicate names article %d, want the stored %d", res.ArticleID, first.ArticleID)
		}
	}
	after, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("counts after re-import = %+v, want %+v", after, before)
	}
}

// tableCounts counts the rows of every table an import writes.
func tableCounts(tb testing.TB, db *DB) map[string]int {
	tb.Helper()
	out := map[string]int{}
	for _, table := range []string{"articles", "sources", "residue", "claims", "flags", "facets", "matches", "claims_fts"} {
		var n int
		if err := db.read.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
			tb.Fatalf("count %s: %v", table, err)
		}
		out[table] = n
	}
	return out
}

// mustCheckFTS runs FTS5's integrity check: the index must match the
// claims it is built from.
func mustCheckFTS(tb testing.TB, db *DB) {
	tb.Helper()
	if _, err := db.write.Exec(`INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		tb.Errorf("claims_fts integrity check: %v", err)
	}
}

func TestAddArticleAbortsWhole(t *testing.T) {
	tests := []struct {
		name     string
		spoil    func(a *claims.Article)
		cancel   bool
		wantCode string
	}{
		{"last claim breaks a CHECK", func(a *claims.Article) { a.Claims[len(a.Claims)-1].Score = 2 }, false, claims.EINVALID},
		{"repeated ordinal", func(a *claims.Article) { a.Claims[1].Ordinal = 1 }, false, claims.EINVALID},
		{"flag without kind", func(a *claims.Article) { a.Claims[1].Flags[0].Kind = "" }, false, claims.EINVALID},
		{"context cancelled", func(a *claims.Article) {}, true, claims.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustOpenImportDB(t)
			mustAddArticle(t, db, bengaliFixture())
			before := tableCounts(t, db)
			a := marathiFixture()
			a.Source = "Only In The Aborted Article"
			tt.spoil(a)
			ctx, cancel := context.WithCancel(context.Background())
			if tt.cancel {
				cancel()
			}
			defer cancel()
			_, err := db.AddArticle(ctx, a)
			if err == nil {
				t.Fatalf("AddArticle succeeded, want an error")
			}
			if got := claims.ErrorCode(err); got != tt.wantCode {
				t.Errorf("error code = %q (%v), want %q", got, err, tt.wantCode)
			}
			if after := tableCounts(t, db); !reflect.DeepEqual(after, before) {
				t.Errorf("rows after aborted import = %v, want %v", after, before)
			}
			// The full-text index holds no word of the aborted article.
			mustCheckFTS(t, db)
			if rows, err := db.SearchClaims(context.Background(), "सैन्याला", 10); err != nil || len(rows) != 0 {
				t.Errorf("search after aborted import = %d rows, %v; want none", len(rows), err)
			}
			// The article can be imported once fixed: nothing half-stored
			// blocks it.
			if res := mustAddArticle(t, db, marathiFixture()); res.Duplicate || res.Claims != 2 {
				t.Errorf("import after abort = %+v, want the whole article", res)
			}
		})
	}
}

func TestAddArticleRejectsNil(t *testing.T) {
	db := mustOpenImportDB(t)
	if _, err := db.AddArticle(context.Background(), nil); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("AddArticle(nil) error = %v, want EINVALID", err)
	}
}

func TestSourcesShared(t *testing.T) {
	db := mustOpenImportDB(t)
	a, b := bengaliFixture(), marathiFixture()
	b.Source = " " + a.Source + " "
	mustAddArticle(t, db, a)
	mustAddArticle(t, db, b)
	var names []string
	rows, err := db.read.Query(`SELECT name FROM sources`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	if strings.Join(names, "|") != a.Source {
		t.Errorf("sources = %q, want one %q", names, a.Source)
	}
}
