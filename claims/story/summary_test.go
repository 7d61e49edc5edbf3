package story

import (
	"testing"

	"github.com/claimdesk/claimdesk/claims"
)

// figure is a statement of a count: value, qualifier, article, as-of.
func figure(id, article int64, qualifier string, v float64, asOf string) Statement {
	q := &claims.Quantity{Value: v, Qualifier: qualifier, Counted: "person", Dimension: "count"}
	f := claims.Facet{Kind: claims.KindQuantity, Attribute: "killed person count", Key: "quantity||killed person count",
		Value: q.String(), Quantity: q}
	return Statement{ID: id, ClaimID: id * 10, ArticleID: article, Facet: f, Value: f.Value, AsOf: asOf}
}

func title(id, article int64, role string) Statement {
	f := claims.Facet{Kind: claims.KindRole, Subject: "Kim Jong Un", Attribute: "role",
		Key: "role|kim jong un|role", Value: role}
	return Statement{ID: id, ClaimID: id * 10, ArticleID: article, Facet: f, Value: role}
}

func TestSummaryStatus(t *testing.T) {
	tests := []struct {
		name    string
		running bool
		stmts   []Statement
		want    string
		rows    int // match rows the statements bring in all
	}{
		{"one source", false, []Statement{figure(1, 1, "", 61, "")}, Single, 0},
		{"one article stating twice is one source", false,
			[]Statement{figure(1, 1, "", 61, ""), figure(2, 1, "", 52, "")}, Single, 1},
		{"same figure in two sources agrees", false,
			[]Statement{figure(1, 1, "", 61, ""), figure(2, 2, "", 61, "")}, Agreed, 1},
		{"about 5,000 and 5,200 agree", false,
			[]Statement{figure(1, 1, claims.About, 5000, ""), figure(2, 2, "", 5200, "")}, Agreed, 1},
		{"about 5,000 and about 4,000 are different estimates", false,
			[]Statement{figure(1, 1, claims.About, 5000, ""), figure(2, 2, claims.About, 4000, "")}, Disputed, 1},
		{"about 180 and about 200 are different estimates, though their ranges meet", false,
			[]Statement{figure(1, 1, claims.About, 180, ""), figure(2, 2, claims.About, 200, "")}, Disputed, 1},
		{"about 615 and about 600 each allow the other: one estimate", false,
			[]Statement{figure(1, 1, claims.About, 615, ""), figure(2, 2, claims.About, 600, ""),
				figure(3, 3, "", 615, "")}, Agreed, 3},
		{"10,000 against at least 1.5", false,
			[]Statement{figure(1, 1, "", 10000, ""), figure(2, 2, claims.AtLeast, 1.5, "")}, Disputed, 1},
		{"more than 3,000 fits 3,400", false,
			[]Statement{figure(1, 1, claims.MoreThan, 3000, ""), figure(2, 2, "", 3400, "")}, Agreed, 1},
		{"a death toll that rises with its dates evolves", true,
			[]Statement{figure(1, 1, "", 26, "2018-08-10"), figure(2, 2, "", 61, "2018-08-12"),
				figure(3, 3, "", 324, "2018-08-17"), figure(4, 4, "", 61, "2018-08-12")}, Evolving, 3},
		{"a toll that falls without a correction is disputed", true,
			[]Statement{figure(1, 1, "", 61, "2018-08-12"), figure(2, 2, "", 52, "2018-08-14")}, Disputed, 1},
		{"two tolls on one day are disputed", true,
			[]Statement{figure(1, 1, "", 61, "2018-08-12"), figure(2, 2, "", 52, "2018-08-12")}, Disputed, 1},
		{"a figure that is not running does not evolve", false,
			[]Statement{figure(1, 1, "", 26, "2018-08-10"), figure(2, 2, "", 61, "2018-08-12")}, Disputed, 1},
		{"president against leader", false,
			[]Statement{title(1, 1, "leader"), title(2, 2, "president"), title(3, 3, "leader")}, Disputed, 2},
		{"supreme leader and leader agree", false,
			[]Statement{title(1, 1, "supreme leader"), title(2, 2, "leader")}, Agreed, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, rows := Fold(tt.stmts, tt.running)
			got, reason := s.Status()
			if got != tt.want {
				t.Errorf("status = %s (%s), want %s", got, reason, tt.want)
			}
			if len(rows) != tt.rows {
				t.Errorf("rows = %d %+v, want %d", len(rows), rows, tt.rows)
			}
			if len(rows) > 2*len(tt.stmts) {
				t.Errorf("%d rows for %d statements: more than two each", len(rows), len(tt.stmts))
			}
		})
	}
}

func TestSummaryRevision(t *testing.T) {
	a, b := figure(1, 1, "", 61, "2022-10-31"), figure(2, 2, "", 52, "2022-11-01")
	b.Revision = true
	s, rows := Fold([]Statement{a, b}, true)
	if got, _ := s.Status(); got != Revised {
		t.Errorf("status = %s, want %s", got, Revised)
	}
	if len(rows) != 1 || rows[0].Relation != Differs {
		t.Errorf("rows = %+v, want one %s row", rows, Differs)
	}
}

// TestFoldRevisedLater: a correction read after two figures conflicted
// makes their row a revision's too.
func TestFoldRevisedLater(t *testing.T) {
	a, b, c := figure(1, 1, "", 61, "2022-10-31"), figure(2, 2, "", 52, "2022-10-31"), figure(3, 3, "", 52, "2022-11-01")
	c.Revision = true
	_, rows := Fold([]Statement{a, b, c}, false)
	for _, r := range rows {
		if r.Relation == claims.Conflicts {
			t.Errorf("row %s %s-%s, want none conflicting once a source corrected the figure", r.Relation, r.A.Value, r.B.Value)
		}
	}
}

// TestFoldRevisionKeepsOtherDisputes: a source's correction of one
// figure (650 to 1,400) explains the rows of its own group, not a
// disagreement between two other figures of the same day (147 against
// 211).
func TestFoldRevisionKeepsOtherDisputes(t *testing.T) {
	a, b := figure(1, 1, "", 147, "2024-07-28"), figure(2, 2, "", 211, "2024-07-28")
	c, d := figure(3, 3, "", 650, "2024-08-16"), figure(4, 4, "", 1400, "2025-02-12")
	d.Revision = true
	_, rows := Fold([]Statement{a, b, c, d}, false)
	got := map[string]string{}
	for _, r := range rows {
		got[r.A.Value+"/"+r.B.Value] = r.Relation
	}
	if got["147 person/211 person"] != claims.Conflicts {
		t.Errorf("147 and 211 of one day: %q, want %s (rows %v)", got["147 person/211 person"], claims.Conflicts, got)
	}
	if got["147 person/1400 person"] != Differs {
		t.Errorf("the correction: %q, want %s (rows %v)", got["147 person/1400 person"], Differs, got)
	}
}

// TestSummaryRowsLinear adds many statements of two values and checks that
// rows stay within two per statement and the summary stays small.
func TestSummaryRowsLinear(t *testing.T) {
	var s Summary
	rows := 0
	for i := int64(1); i <= 1000; i++ {
		v := 10000.0
		if i%3 == 0 {
			v = 1.5
		}
		rows += len(s.Add(figure(i, i, "", v, "")))
	}
	if rows > 2000 {
		t.Errorf("%d rows for 1000 statements", rows)
	}
	if len(s.Groups) != 2 {
		t.Errorf("%d groups, want 2", len(s.Groups))
	}
	if got, _ := s.Status(); got != Disputed {
		t.Errorf("status = %s, want disputed", got)
	}
	if v := s.Values(); v != "10000 person ×667 · 1.5 person ×333" {
		t.Errorf("Values = %q", v)
	}
}

// TestSummarySameDay checks that a running figure is set against a higher
// figure of its own day: 132 against 141 on one day is the conflict, not
// 132 against the bound of the day before.
func TestSummarySameDay(t *testing.T) {
	tests := []struct {
		name    string
		running bool
		stmts   []Statement
		want    [3]string // the last row: relation, A's value, B's value
	}{
		{"a running figure meets its own day's", true, []Statement{figure(1, 1, claims.MoreThan, 60, "2022-10-30"),
			figure(2, 1, claims.MoreThan, 60, "2022-10-30"), figure(3, 2, "", 141, "2022-10-31"), figure(4, 3, "", 132, "2022-10-31")},
			[3]string{claims.Conflicts, "141 person", "132 person"}},
		{"a higher figure of the same day may be a later count", true, []Statement{figure(1, 1, "", 72, "2020-05-21"),
			figure(2, 2, "", 80, "2020-05-22"), figure(3, 3, "", 86, "2020-05-22")},
			[3]string{Differs, "72 person", "86 person"}},
		{"with no figure of its day, the main group's", true, []Statement{figure(1, 1, "", 61, "2018-08-12"),
			figure(2, 2, "", 61, "2018-08-12"), figure(3, 3, "", 52, "2018-08-14")},
			[3]string{Differs, "61 person", "52 person"}},
		{"a bound is set aside for the figure that narrowed its group", true, []Statement{figure(1, 1, claims.AtLeast, 20, "2024-05-25"),
			figure(2, 2, "", 27, "2024-05-25"), figure(3, 3, "", 27, "2024-05-25"), figure(4, 4, "", 35, "2024-05-25")},
			[3]string{claims.Conflicts, "27 person", "35 person"}},
		{"a figure that is not running meets the main group's", false, []Statement{figure(1, 1, "", 61, "2018-08-12"),
			figure(2, 2, "", 61, "2018-08-12"), figure(3, 3, "", 70, "2018-08-14"), figure(4, 4, "", 52, "2018-08-14")},
			[3]string{claims.Conflicts, "61 person", "52 person"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, rows := Fold(tt.stmts, tt.running)
			if len(rows) == 0 {
				t.Fatal("no rows")
			}
			last := rows[len(rows)-1]
			if got := [3]string{last.Relation, last.A.Value, last.B.Value}; got != tt.want {
				t.Errorf("last row %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSummaryDissent: the statements outside the most stated group.
func TestSummaryDissent(t *testing.T) {
	tests := []struct {
		name  string
		stmts []Statement
		want  int
	}{
		{"none", nil, 0},
		{"one source", []Statement{figure(1, 1, "", 61, "")}, 0},
		{"all agree", []Statement{figure(1, 1, "", 61, ""), figure(2, 2, "", 61, "")}, 0},
		{"one against two", []Statement{title(1, 1, "leader"), title(2, 2, "president"), title(3, 3, "leader")}, 1},
		{"two against two", []Statement{figure(1, 1, "", 61, ""), figure(2, 2, "", 52, ""),
			figure(3, 3, "", 61, ""), figure(4, 4, "", 52, "")}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := Fold(tt.stmts, false)
			if got := s.Dissent(); got != tt.want {
				t.Errorf("Dissent() = %d, want %d (groups %+v)", got, tt.want, s.Groups)
			}
		})
	}
}

// TestSummaryUndatedTakesItsGroupsDays: a paper with no date that gives
// the figure a dated one gave on the 15th has not contradicted the lower
// figure of the 13th; the figure still evolves.
func TestSummaryUndatedTakesItsGroupsDays(t *testing.T) {
	s, rows := Fold([]Statement{figure(1, 1, "", 4, "2023-09-13"), figure(2, 2, "", 5, "2023-09-14"),
		figure(3, 3, "", 6, "2023-09-15"), figure(4, 4, "", 6, "")}, true)
	for _, r := range rows {
		if r.Relation == claims.Conflicts {
			t.Errorf("conflict %s against %s: %s", r.A.Value, r.B.Value, r.Reason)
		}
	}
	if got, reason := s.Status(); got != Evolving {
		t.Errorf("status = %s (%s), want %s", got, reason, Evolving)
	}
}

// TestSummaryTitleAgainstTheOneItContradicts: "president" fits "head of
// state" but not the "king" beside it in the main group, so its row is set
// against the king's statement, not against the head of state's.
func TestSummaryTitleAgainstTheOneItContradicts(t *testing.T) {
	_, rows := Fold([]Statement{title(1, 1, "head of state"), title(2, 2, "king"), title(3, 3, "head of state"), title(4, 4, "president")}, false)
	for _, r := range rows {
		if r.Relation == claims.Conflicts && (r.A.Value == "head of state" || r.B.Value == "head of state") {
			t.Errorf("conflict %s against %s: head of state fits both", r.A.Value, r.B.Value)
		}
	}
	last := rows[len(rows)-1]
	if last.Relation != claims.Conflicts || last.A.Value != "king" || last.B.Value != "president" {
		t.Errorf("last row %s %s/%s, want a conflict of king and president", last.Relation, last.A.Value, last.B.Value)
	}
}
