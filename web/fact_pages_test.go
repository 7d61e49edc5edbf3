package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/seeds"
	"github.com/claimdesk/claimdesk/store"
)

// addSeedCopies stores n copies of the seeds, each its own article a day
// apart, every third with its figures doubled, so their facts gather more
// statements than a fact page shows and more than one value.
func addSeedCopies(t *testing.T, db *store.DB, n int) {
	t.Helper()
	names, _ := fs.Glob(seeds.FS, "*.txt")
	sort.Strings(names)
	var base []*claims.Article
	for _, name := range names {
		raw, _ := fs.ReadFile(seeds.FS, name)
		a, err := claims.Process(name, raw, claims.Meta{}, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		base = append(base, a)
	}
	for i := range n {
		a := *base[i%len(base)]
		a.Origin = fmt.Sprintf("copy_%03d_%s", i, a.Origin)
		sum := sha256.Sum256([]byte(a.Origin))
		a.Hash = hex.EncodeToString(sum[:])
		if !a.Published.IsZero() {
			a.Published = a.Published.Add(time.Duration(i) * time.Hour)
		}
		a.Claims = append([]claims.Claim(nil), a.Claims...)
		if i%3 == 2 {
			for c := range a.Claims {
				qs := append([]claims.Quantity(nil), a.Claims[c].Quantities...)
				for q := range qs {
					qs[q].Value, qs[q].Low, qs[q].High = 2*qs[q].Value, 2*qs[q].Low, 2*qs[q].High
				}
				a.Claims[c].Quantities = qs
			}
		}
		if _, err := db.AddArticle(context.Background(), &a); err != nil {
			t.Fatal(err)
		}
	}
}

// bigQuantityFact is the quantity fact with most statements.
func bigQuantityFact(t *testing.T, db *store.DB) store.FactItem {
	t.Helper()
	q, err := db.FactQueue(context.Background(), store.FactFilter{View: store.ViewAll, Kind: claims.KindQuantity}, "", 1000)
	if err != nil || len(q.Items) == 0 {
		t.Fatalf("no quantity fact: %v", err)
	}
	big := q.Items[0]
	for _, it := range q.Items {
		if it.Statements > big.Statements {
			big = it
		}
	}
	if big.Statements <= factStatementsPage {
		t.Fatalf("the largest fact has %d statements, want more than a page of %d", big.Statements, factStatementsPage)
	}
	return big
}

// pageStatements reads the statement ids of a fact page and its Next link.
func pageStatements(t *testing.T, b *browser, href string) (ids []string, next string, doc *goquery.Document) {
	t.Helper()
	doc = mustDoc(t, b.get(href), http.StatusOK)
	doc.Find(".stmt").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("data-statement")
		ids = append(ids, id)
	})
	next, _ = doc.Find(".stmtpager a[rel=next]").Attr("href")
	return ids, next, doc
}

// TestFactPageStatementsPaged checks that a fact with more statements than
// a page shows the first page with a Next link that, followed, gives every
// statement once; that each value in the summary links to exactly its
// statements, its count right; and that the number line then draws one
// row per value.
func TestFactPageStatementsPaged(t *testing.T) {
	app := newTestApp(t)
	addSeedCopies(t, app.db, 150)
	f := bigQuantityFact(t, app.db)
	b := app.loggedIn("rui")
	first := fmt.Sprintf("/facts/%d", f.ID)

	seen := map[string]bool{}
	href, pages := first, 0
	for href != "" {
		ids, next, doc := pageStatements(t, b, href)
		pages++
		if len(ids) == 0 || len(ids) > factStatementsPage {
			t.Fatalf("page %d (%s) shows %d statements, want 1 to %d", pages, href, len(ids), factStatementsPage)
		}
		for _, id := range ids {
			if seen[id] {
				t.Errorf("statement %s shown twice", id)
			}
			seen[id] = true
		}
		if first := doc.Find(".stmtpager a[rel=first]").Length(); (pages > 1) != (first == 1) {
			t.Errorf("page %d has %d links to the first page", pages, first)
		}
		if pages == 1 {
			if got := doc.Find(".stmts-head").Text(); !strings.Contains(got, "the first "+itoa(factStatementsPage)+" of "+itoa(f.Statements)) {
				t.Errorf("the first page says %q", got)
			}
		}
		href = strings.TrimSuffix(next, "#statements")
		if pages > f.Statements {
			t.Fatal("Next never ends")
		}
	}
	if len(seen) != f.Statements {
		t.Errorf("the pages show %d statements, the fact has %d", len(seen), f.Statements)
	}

	doc := mustDoc(t, b.get(first), http.StatusOK)
	chips := doc.Find(".factvalues a.valchip")
	if chips.Length() < 2 {
		t.Fatalf("the summary lists %d values, want the figure and its double", chips.Length())
	}
	if n := doc.Find(".numberline svg.wide circle").Length(); n != chips.Length() {
		t.Errorf("the number line has %d points for %d values", n, chips.Length())
	}
	if !strings.Contains(doc.Find(".numberline figcaption").Text(), "one row per value") {
		t.Errorf("the legend does not say the rows are values: %q", doc.Find(".numberline figcaption").Text())
	}
	total := 0
	chips.Each(func(_ int, c *goquery.Selection) {
		want, _ := strconv.Atoi(strings.ReplaceAll(strings.TrimPrefix(c.Find(".count").Text(), "×"), ",", ""))
		total += want
		href, _ := c.Attr("href")
		got := 0
		for href = strings.TrimSuffix(href, "#statements"); href != ""; {
			ids, next, page := pageStatements(t, b, href)
			got += len(ids)
			if page.Find(".factvalues a.valchip[aria-current]").Text() != c.Text() {
				t.Errorf("the page of %q does not mark its value", c.Find(".val").Text())
			}
			if page.Find(".stmts-head a.allstmts").Length() != 1 {
				t.Errorf("the page of %q has no way back to every value", c.Find(".val").Text())
			}
			href = strings.TrimSuffix(next, "#statements")
		}
		if got != want {
			t.Errorf("value %q: its pages show %d statements, its count says %d", c.Find(".val").Text(), got, want)
		}
	})
	if total != f.Statements {
		t.Errorf("the values count %d statements, the fact has %d", total, f.Statements)
	}
	t.Logf("fact %d: %d statements on %d pages, %d values", f.ID, f.Statements, pages, chips.Length())
}

// TestFactSaveKeepsStatementPage checks that saving the reviews of a later
// page of statements comes back to that page, not the first.
func TestFactSaveKeepsStatementPage(t *testing.T) {
	app := newTestApp(t)
	addSeedCopies(t, app.db, 150)
	f := bigQuantityFact(t, app.db)
	b := app.loggedIn("rui")
	_, next, _ := pageStatements(t, b, fmt.Sprintf("/facts/%d", f.ID))
	ids, _, doc := pageStatements(t, b, strings.TrimSuffix(next, "#statements"))
	version, back, _ := factForm(doc)
	after, ok := doc.Find("form.factform input[name=statements_after]").Attr("value")
	if !ok {
		t.Fatal("the form of a later page does not carry it")
	}
	form := url.Values{"version": {version}, "back": {back}, "statements_after": {after}, "note": {""}, "evidence": {""},
		"review_" + ids[0]: {"garbled"}}
	res := b.post(fmt.Sprintf("/facts/%d/decide", f.ID), form)
	wantRedirect(t, res, fmt.Sprintf("/facts/%d", f.ID))
	loc := res.Header.Get("Location")
	if !strings.Contains(loc, "statements_after="+after) {
		t.Fatalf("a save redirects to %s, want the page after statement %s", loc, after)
	}
	page := mustDoc(t, b.get(loc), http.StatusOK)
	if page.Find(fmt.Sprintf(`.stmt[data-statement="%s"] .review-garbled`, ids[0])).Length() != 1 {
		t.Errorf("the saved review is not shown on the page it was saved from")
	}
}
