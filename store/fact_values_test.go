package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// mustBigFactDB stores variants of the seeds that name the same people, so
// their facts gather more statements than a page holds, with figures
// varied into several values; it returns the fact with most statements.
func mustBigFactDB(t *testing.T) (*DB, int64) {
	t.Helper()
	db := mustOpenImportDB(t)
	base := processedSeeds(t)
	for n := range 4 * len(base) {
		mustAddArticle(t, db, variant(base[n%len(base)], n, 1, 0))
	}
	var id int64
	var n int
	if err := db.read.QueryRow(`SELECT id, statements FROM facts ORDER BY statements DESC, id LIMIT 1`).Scan(&id, &n); err != nil {
		t.Fatal(err)
	}
	if n < 12 {
		t.Fatalf("the largest fact has %d statements: want more than a few pages of 5", n)
	}
	return db, id
}

// statementIDs reads the ids of a fact's statements in stored order (of
// value, when not "", earliest first), from scratch.
func statementIDs(t *testing.T, db *DB, fact int64, value string) []int64 {
	t.Helper()
	q := `SELECT id FROM statements WHERE fact_id = ? AND (? = '' OR value = ?) ORDER BY id`
	if value != "" {
		q = `SELECT id FROM statements WHERE fact_id = ? AND (? = '' OR value = ?) ORDER BY as_of, id`
	}
	rows, err := db.read.Query(q, fact, value, value)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		out = append(out, id)
	}
	return out
}

// walkStatements reads every page of q's statements, following Next.
func walkStatements(t *testing.T, db *DB, fact int64, q StatementQuery) (ids []int64, pages int) {
	t.Helper()
	for {
		p, err := db.FactStatements(context.Background(), fact, q)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		if len(p.Statements) > q.Limit {
			t.Fatalf("page of %d statements, want at most %d", len(p.Statements), q.Limit)
		}
		for _, s := range p.Statements {
			if q.Value != "" && s.Value != q.Value {
				t.Errorf("statement %d gives %q on the page of %q", s.ID, s.Value, q.Value)
			}
			ids = append(ids, s.ID)
		}
		if p.Next == 0 {
			return ids, pages
		}
		q.After = p.Next
	}
}

// TestFactStatementsPages checks that following Next from the first page
// gives every statement of a fact once, in stored order for the whole fact
// and earliest first for each of its values.
func TestFactStatementsPages(t *testing.T) {
	db, fact := mustBigFactDB(t)
	vals, total, err := db.FactValues(context.Background(), fact)
	if err != nil {
		t.Fatal(err)
	}
	if len(vals) < 2 || total != len(vals) {
		t.Fatalf("FactValues = %d values of %d, want several, all listed", len(vals), total)
	}
	for _, value := range append([]string{""}, func() (vs []string) {
		for _, v := range vals {
			vs = append(vs, v.Value)
		}
		return vs
	}()...) {
		// Pages of 2 end between statements of one date, as well as between dates.
		for _, limit := range []int{2, 5} {
			t.Run(fmt.Sprintf("value=%s/limit=%d", value, limit), func(t *testing.T) {
				want := statementIDs(t, db, fact, value)
				got, pages := walkStatements(t, db, fact, StatementQuery{Value: value, Limit: limit})
				if !reflect.DeepEqual(got, want) {
					t.Errorf("pages give statements %v, want %v", got, want)
				}
				if wantPages := max(1, (len(want)+limit-1)/limit); pages != wantPages {
					t.Errorf("%d pages for %d statements, want %d", pages, len(want), wantPages)
				}
			})
		}
	}
}

// TestFactValues checks each distinct value's count and dates against the
// statements themselves, most stated first, each with its facet.
func TestFactValues(t *testing.T) {
	db, fact := mustBigFactDB(t)
	vals, _, err := db.FactValues(context.Background(), fact)
	if err != nil {
		t.Fatal(err)
	}
	var sum, stated int
	if err := db.read.QueryRow(`SELECT statements FROM facts WHERE id = ?`, fact).Scan(&stated); err != nil {
		t.Fatal(err)
	}
	for i, v := range vals {
		var n int
		var first, last string
		if err := db.read.QueryRow(`SELECT COUNT(*), COALESCE(MIN(NULLIF(as_of, '')), ''), COALESCE(MAX(as_of), '')
			FROM statements WHERE fact_id = ? AND value = ?`, fact, v.Value).Scan(&n, &first, &last); err != nil {
			t.Fatal(err)
		}
		if v.Statements != n || v.First != first || v.Last != last {
			t.Errorf("value %q: %d statements %q..%q, want %d %q..%q", v.Value, v.Statements, v.First, v.Last, n, first, last)
		}
		if i > 0 && v.Statements > vals[i-1].Statements {
			t.Errorf("value %q (%d) after %q (%d): want the most stated first", v.Value, v.Statements, vals[i-1].Value, vals[i-1].Statements)
		}
		if v.Facet == nil {
			t.Errorf("value %q has no facet", v.Value)
		}
		sum += n
	}
	if sum != stated {
		t.Errorf("values count %d statements, the fact %d", sum, stated)
	}
}

// TestFactValuesPlan holds a page of statements to seeks of their
// indexes in order (statements_fact for all, statements_fact_value for one
// value, after a statement first within its date, then past it), and the
// dates fact_values' triggers read back to the ends of a value's entries.
func TestFactValuesPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	for _, tt := range []struct{ query, want string }{
		{`SELECT id FROM statements WHERE fact_id = ? AND id > ? ORDER BY id LIMIT ?`, "statements_fact (fact_id=? AND id>?)"},
		{`SELECT id FROM statements WHERE fact_id = ? AND value = ? ORDER BY as_of, id LIMIT ?`,
			"COVERING INDEX statements_fact_value (fact_id=? AND value=?)"},
		{`SELECT id FROM statements WHERE fact_id = ? AND value = ? AND as_of = ? AND id > ? ORDER BY id LIMIT ?`,
			"COVERING INDEX statements_fact_value (fact_id=? AND value=? AND as_of=? AND rowid>?)"},
		{`SELECT id FROM statements WHERE fact_id = ? AND value = ? AND as_of > ? ORDER BY as_of, id LIMIT ?`,
			"COVERING INDEX statements_fact_value (fact_id=? AND value=? AND as_of>?)"},
		{`SELECT MIN(as_of) FROM statements WHERE fact_id = ? AND value = ? AND as_of > ''`, "statements_fact_value (fact_id=? AND value=? AND as_of>?)"},
		{`SELECT MAX(as_of) FROM statements WHERE fact_id = ? AND value = ?`, "statements_fact_value (fact_id=? AND value=?)"},
	} {
		args := make([]any, strings.Count(tt.query, "?"))
		for i := range args {
			args[i] = 1
		}
		got := mustPlan(t, db, tt.query, args)
		if !strings.Contains(got, tt.want) || strings.Contains(got, "TEMP B-TREE") {
			t.Errorf("%s\nplan:\n%s\nwant %s in order", tt.query, got, tt.want)
		}
	}
}
