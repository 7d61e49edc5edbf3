package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// TestCompactFormsRoundTrip: every claim's lists and every facet of the
// processed seeds, and values at the edges (open intervals, a finer entity
// type, an empty one, every entity flag), read back as stored.
func TestCompactFormsRoundTrip(t *testing.T) {
	var cs []claims.Claim
	for _, a := range processedSeeds(t) {
		cs = append(cs, a.Claims...)
	}
	cs = append(cs, claims.Claim{
		Quantities: []claims.Quantity{
			{Text: "at least 1.5", Start: 1, End: 4, Value: 1.5, Low: 1.5, High: math.Inf(1), Qualifier: "at least", Counted: "soldier", Of: "North Korea", Vague: true},
			{Text: "below", Value: -2, Low: math.Inf(-1), High: -2, Unit: "percent", Dimension: "ratio"},
		},
		Dates:    []claims.Date{{Text: "last June", Start: 2, End: 11, ISO: "2024-06", Precision: "month", Relative: true}},
		Entities: []claims.Entity{{Name: "Chilmari", Kind: "place", Type: "upazila", Text: "চিলমারী", End: 7, Unknown: true}, {Name: "X", Kind: "person", Garbled: true, Guessed: true}, {Name: "Y", Kind: "place"}},
		Roles:    []claims.Role{{Person: "Kim Jong Un", Role: "leader", Text: "নেতা", Start: 3, End: 7}},
	})
	for i := range cs {
		c := &cs[i]
		t.Run(fmt.Sprintf("claim %d", i), func(t *testing.T) {
			lists, err := claimLists(c)
			if err != nil {
				t.Fatal(err)
			}
			var got claims.Claim
			if err := readClaimLists(&got, lists[0], lists[1], lists[2], lists[3]); err != nil {
				t.Fatalf("read %v: %v", lists, err)
			}
			for _, l := range []struct {
				name      string
				got, want any
			}{{"quantities", got.Quantities, nilIfEmpty(c.Quantities)}, {"dates", got.Dates, nilIfEmpty(c.Dates)},
				{"entities", got.Entities, nilIfEmpty(c.Entities)}, {"roles", got.Roles, nilIfEmpty(c.Roles)}} {
				if !reflect.DeepEqual(l.got, l.want) {
					t.Errorf("%s: got %+v, want %+v (stored %v)", l.name, l.got, l.want, lists)
				}
			}
			for _, f := range claims.FindFacets(c) {
				data, err := marshalFacet(f)
				if err != nil {
					t.Fatal(err)
				}
				var back claims.Facet
				if err := unmarshalFacet(data, &back); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(back, f) {
					t.Errorf("facet %s: got %+v, want %+v (stored %s)", f.Key, back, f, data)
				}
			}
		})
	}
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestCompactFormsCoverEveryField: the positional forms name each field of
// the domain's types; a field added there must be added to them too, or it
// would not be stored.
func TestCompactFormsCoverEveryField(t *testing.T) {
	for _, tt := range []struct {
		typ  any
		want int
	}{{claims.Quantity{}, 12}, {claims.Date{}, 6}, {claims.Entity{}, 9}, {claims.Role{}, 5}, {claims.Facet{}, 8}} {
		if got := reflect.TypeOf(tt.typ).NumField(); got != tt.want {
			t.Errorf("%T has %d fields, its stored form %d: store the new field (claim_compact.go)", tt.typ, got, tt.want)
		}
	}
}

// TestUpgradeTo010 builds a database as migration 009 left it, with the
// processed seeds stored in the older forms (raw and clean text as TEXT,
// lists and facets as JSON objects), and checks that opening it loses
// nothing: every article's raw and clean text, every claim's lists and
// every facet read back as the seeds have them.
func TestUpgradeTo010(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v9.db")
	old, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	applyMigrationsTo(t, old, 9)
	seeds := processedSeeds(t)
	type want struct {
		raw, clean string
		claims     []claims.Claim
		facets     [][]claims.Facet
	}
	byOrigin := map[string]want{}
	for _, a := range seeds {
		w := want{raw: a.Raw, clean: a.Clean}
		r, err := old.Exec(`INSERT INTO articles (origin, title, language, raw, clean, hash) VALUES (?, ?, ?, ?, ?, ?)`,
			a.Origin, a.Title, a.Language, a.Raw, a.Clean, a.Hash)
		if err != nil {
			t.Fatal(err)
		}
		articleID, _ := r.LastInsertId()
		for i := range a.Claims {
			c := a.Claims[i]
			fs := claims.FindFacets(&c)
			lists := oldClaimLists(t, &c)
			r, err := old.Exec(`INSERT INTO claims (article_id, ordinal, text, start, "end", clean_start, clean_end, language,
				quantities, dates, entities, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				articleID, c.Ordinal, c.Text, c.Start, c.End, c.CleanStart, c.CleanEnd, c.Language, lists[0], lists[1], lists[2], lists[3])
			if err != nil {
				t.Fatal(err)
			}
			claimID, _ := r.LastInsertId()
			for _, f := range fs {
				if _, err := old.Exec(`INSERT INTO facets (claim_id, article_id, kind, subject, attribute, key, value, data)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, claimID, articleID, f.Kind, f.Subject, f.Attribute, f.Key, f.Value, oldFacetJSON(t, f)); err != nil {
					t.Fatal(err)
				}
			}
			w.claims = append(w.claims, c)
			w.facets = append(w.facets, fs)
		}
		byOrigin[a.Origin] = w
	}
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer db.Close()
	for _, col := range []string{"raw", "clean"} {
		var n int
		if err := db.read.QueryRow(`SELECT COUNT(*) FROM pragma_table_info('articles') WHERE name = ?`, col).Scan(&n); err != nil || n != 0 {
			t.Errorf("articles.%s still there after the upgrade (%v)", col, err)
		}
	}
	var ids []int64
	rows, err := db.read.Query(`SELECT id FROM articles ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) != len(seeds) {
		t.Fatalf("%d articles after the upgrade, want %d", len(ids), len(seeds))
	}
	for _, id := range ids {
		p, err := db.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		w := byOrigin[p.Origin]
		if p.Raw != w.raw || p.Clean != w.clean {
			t.Errorf("%s: raw or clean text changed in the upgrade", p.Origin)
		}
		var got []claims.ClaimRow
		if err := db.ExportClaims(ctx, claims.ReportFilter{Article: p.Origin}, func(r claims.ClaimRow) error {
			got = append(got, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		sort.Slice(got, func(i, j int) bool { return got[i].Claim.Ordinal < got[j].Claim.Ordinal })
		if len(got) != len(w.claims) {
			t.Fatalf("%s: %d claims after the upgrade, want %d", p.Origin, len(got), len(w.claims))
		}
		for i, r := range got {
			c := w.claims[i]
			if !reflect.DeepEqual(r.Claim.Quantities, nilIfEmpty(c.Quantities)) || !reflect.DeepEqual(r.Claim.Dates, nilIfEmpty(c.Dates)) ||
				!reflect.DeepEqual(r.Claim.Entities, nilIfEmpty(c.Entities)) || !reflect.DeepEqual(r.Claim.Roles, nilIfEmpty(c.Roles)) {
				t.Errorf("%s claim %d: lists changed in the upgrade:\ngot  %+v %+v %+v %+v\nwant %+v %+v %+v %+v", p.Origin, c.Ordinal,
					r.Claim.Quantities, r.Claim.Dates, r.Claim.Entities, r.Claim.Roles, c.Quantities, c.Dates, c.Entities, c.Roles)
			}
			fs, err := db.Facets(ctx, r.ClaimID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fs, nilIfEmpty(w.facets[i])) {
				t.Errorf("%s claim %d: facets changed in the upgrade:\ngot  %+v\nwant %+v", p.Origin, c.Ordinal, fs, w.facets[i])
			}
		}
	}
	// Stories and facts were built from the upgraded rows on open.
	if n, err := db.Counts(ctx); err != nil || n.Articles != len(seeds) {
		t.Errorf("counts = %+v (%v)", n, err)
	}
	var stated int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM statements`).Scan(&stated); err != nil || stated == 0 {
		t.Errorf("%d statements after the upgrade (%v), want the seeds' facts", stated, err)
	}
}

// applyMigrationsTo applies the embedded migrations up to version last, as
// an older Claimdesk did.
func applyMigrationsTo(tb testing.TB, db *sql.DB, last int) {
	tb.Helper()
	ctx := context.Background()
	if _, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))`); err != nil {
		tb.Fatal(err)
	}
	for _, name := range embeddedMigrations(tb) {
		base := strings.TrimPrefix(name, "migrations/")
		var version int
		fmt.Sscanf(base, "%d_", &version)
		if version > last {
			break
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		tx, err := db.Begin()
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := tx.Exec(string(body)); err != nil {
			tb.Fatalf("%s: %v", base, err)
		}
		if step := migrationSteps[version]; step != nil {
			if err := step(ctx, tx); err != nil {
				tb.Fatalf("%s: %v", base, err)
			}
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, version, base); err != nil {
			tb.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			tb.Fatal(err)
		}
	}
}

// oldClaimLists writes a claim's lists as JSON objects, as stores before
// 010 did.
func oldClaimLists(tb testing.TB, c *claims.Claim) [4]string {
	tb.Helper()
	qs := make([]storedQuantity, len(c.Quantities))
	for i, q := range c.Quantities {
		qs[i] = toStoredQuantity(q)
	}
	var out [4]string
	for i, v := range []any{qs, c.Dates, c.Entities, c.Roles} {
		b, err := json.Marshal(v)
		if err != nil {
			tb.Fatal(err)
		}
		if out[i] = string(b); out[i] == "null" {
			out[i] = "[]"
		}
	}
	return out
}

// oldFacetJSON writes facets.data as stores before 010 did.
func oldFacetJSON(tb testing.TB, f claims.Facet) string {
	tb.Helper()
	s := storedFacet{Facet: f}
	if f.Quantity != nil {
		q := toStoredQuantity(*f.Quantity)
		s.Quantity = &q
	}
	b, err := json.Marshal(s)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
