package story

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimdesk/claimdesk/claims"
)

// Ref names one statement from a match row or a group: enough to write the
// row without reading the statement back.
type Ref struct {
	Statement int64  `json:"s"`
	Claim     int64  `json:"c"`
	Article   int64  `json:"a"`
	Facet     int64  `json:"f,omitempty"`
	Value     string `json:"v"`
	AsOf      string `json:"d,omitempty"`
}

// RefOf returns the Ref of a stored statement.
func RefOf(s Statement) Ref {
	return Ref{Statement: s.ID, Claim: s.ClaimID, Article: s.ArticleID, Facet: s.FacetID, Value: s.Value, AsOf: s.AsOf}
}

// Group is statements of one fact that can all be true together: figures
// whose intervals share a value, compatible titles, dates of one event.
type Group struct {
	Rep   Ref    `json:"rep"`            // the first statement of the group
	Prev  *Ref   `json:"prev,omitempty"` // the latest statement, when not Rep
	N     int    `json:"n"`
	Unit  string `json:"unit,omitempty"`
	Range *span  `json:"range,omitempty"` // quantities: the values every statement allows
	// Estimate is the figure the group's round estimates name ("about
	// 180"), in Unit; "" while none has joined. Another estimate of
	// another figure is another group (claims.EstimatesDiffer).
	Estimate string   `json:"estimate,omitempty"`
	Roles    []string `json:"roles,omitempty"` // titles: the distinct titles stated
	// RoleRefs holds, beside Roles, the first statement of each title, so
	// that a title the group cannot hold is set against the one it
	// contradicts ("supreme leader" against "chairman"), not against a
	// "leader" both fit. Summaries kept before it have none: then Rep.
	RoleRefs []Ref  `json:"role_refs,omitempty"`
	First    string `json:"first,omitempty"` // earliest and latest as-of dates
	Last     string `json:"last,omitempty"`
	// Revised is set once a statement of the group corrects an earlier
	// figure: the rows of this group and another are that revision's.
	Revised bool `json:"revised,omitempty"`
}

// span is a claims.Interval that survives JSON: infinities as "+Inf".
type span struct {
	Lo, Hi         string
	LoOpen, HiOpen bool `json:",omitempty"`
}

func toSpan(iv claims.Interval) *span {
	return &span{Lo: formatBound(iv.Lo), Hi: formatBound(iv.Hi), LoOpen: iv.LoOpen, HiOpen: iv.HiOpen}
}

func (s *span) interval() claims.Interval {
	lo, _ := strconv.ParseFloat(s.Lo, 64)
	hi, _ := strconv.ParseFloat(s.Hi, 64)
	return claims.Interval{Lo: lo, Hi: hi, LoOpen: s.LoOpen, HiOpen: s.HiOpen}
}

func formatBound(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// Summary is what a fact keeps of its statements: their groups and
// counts. It is bounded (maxGroups), so adding the ten-thousandth
// statement costs what adding the second did.
type Summary struct {
	Groups     []Group `json:"groups"`
	Statements int     `json:"n"`
	// Articles holds the first two distinct articles: one means a single
	// source, two that sources can agree or differ.
	Articles []int64 `json:"articles"`
	Revised  bool    `json:"revised,omitempty"`
	// Running is set for a count that rises as a story goes on.
	Running bool `json:"running,omitempty"`
	// corrected holds, while Fold reads a fact again, the statements whose
	// group a correction joins later in the fold.
	corrected map[int64]bool
}

// maxGroups bounds a summary. Past it, a statement that fits no group is
// counted in the last group without narrowing it.
const maxGroups = 24

// Row is one match a statement brings: between it (B) and a group's
// representative (A).
type Row struct {
	Relation string // claims.Agrees, claims.Conflicts or Differs
	A, B     Ref
	Reason   string
}

// Add places statement st (stored, with its ID) in the summary and returns
// its match rows: at most two, agreement with its own group's
// representative and, when its group is not the main one, disagreement
// with the main group's (for a running figure, with a higher one of its
// own day when there is one: against), or else agreement with the group's statement
// before it. Statements of one article never agree with each
// other in a row: an article agreeing with itself tells a reviewer nothing.
func (s *Summary) Add(st Statement) []Row {
	rows, _ := s.add(st)
	return rows
}

// add is Add, returning the group st joined as well.
func (s *Summary) add(st Statement) ([]Row, int) {
	ref := RefOf(st)
	s.Statements++
	if len(s.Articles) < 2 && !slices.Contains(s.Articles, st.ArticleID) {
		s.Articles = append(s.Articles, st.ArticleID)
	}
	s.Revised = s.Revised || st.Revision
	gi, sharper := s.place(st, ref)
	g := &s.Groups[gi]
	g.N++
	g.Revised = g.Revised || st.Revision
	if st.AsOf != "" {
		if g.First == "" || st.AsOf < g.First {
			g.First = st.AsOf
		}
		if st.AsOf > g.Last {
			g.Last = st.AsOf
		}
	}
	var rows []Row
	if g.Rep.Statement != ref.Statement && g.Rep.Article != ref.Article {
		rows = append(rows, Row{Relation: claims.Agrees, A: g.Rep, B: ref,
			Reason: g.Rep.Value + " and " + ref.Value + " agree"})
	}
	if mi := s.against(gi, ref); mi != gi {
		m := s.Groups[mi].contradicted(st)
		revised := s.Groups[mi].Revised || g.Revised || s.corrected[m.Statement] || s.corrected[ref.Statement]
		// An undated statement of a running figure is of the days its
		// group's dated statements give: a paper with no date that says 6
		// where a dated one said 6 on the 15th has not contradicted the 4
		// of the 13th.
		when := ref
		if when.AsOf == "" {
			when.AsOf = g.Last
		}
		rows = append(rows, Row{Relation: s.relation(m, when, revised), A: m, B: ref, Reason: s.disagreement(m, when, revised)})
	} else if last := g.Prev; last != nil && last.Article != ref.Article && last.Article != g.Rep.Article {
		// In the main group the second row goes to the statement before,
		// so agreement reads as a chain as well as a star: each source is
		// paired with the first and with the one before it.
		rows = append(rows, Row{Relation: claims.Agrees, A: *last, B: ref,
			Reason: last.Value + " and " + ref.Value + " agree"})
	}
	switch {
	case sharper:
		// The group now holds only what this statement says ("at least
		// 20", then 27): it stands for the group from here on, so a later
		// 35 is set against the 27 it cannot be true with, not against
		// the "at least 20" it fits.
		was := g.Rep
		g.Rep, g.Prev = ref, &was
	case ref.Statement != g.Rep.Statement:
		g.Prev = &ref
	}
	return rows, gi
}

// place returns the group st joins, starting one when none fits, and
// whether st narrowed the group to its own interval.
func (s *Summary) place(st Statement, ref Ref) (int, bool) {
	iv, isFigure := statementInterval(st)
	for i := range s.Groups {
		g := &s.Groups[i]
		if isFigure {
			if g.Range == nil {
				continue
			}
			mine, ok := claims.QuantityInterval(st.Facet.Quantity, g.Unit)
			if !ok || !g.Range.interval().Overlaps(mine) {
				continue
			}
			est, isEstimate := claims.EstimateOf(st.Facet.Quantity, g.Unit)
			if isEstimate && g.Estimate != "" && !sameEstimate(g, est, mine) {
				continue
			}
			was := g.Range.interval()
			now := was.Intersect(mine)
			g.Range = toSpan(now)
			if isEstimate && g.Estimate == "" {
				g.Estimate = est
			}
			return i, now != was && now == mine
		}
		if g.Range == nil && fits(g, st) {
			if st.Facet.Kind == claims.KindRole && !slices.Contains(g.Roles, st.Value) {
				if len(g.RoleRefs) == len(g.Roles) {
					g.RoleRefs = append(g.RoleRefs, ref)
				}
				g.Roles = append(g.Roles, st.Value)
			}
			return i, false
		}
	}
	if len(s.Groups) == maxGroups {
		return len(s.Groups) - 1, false
	}
	g := Group{Rep: ref}
	if isFigure {
		g.Unit, g.Range = st.Facet.Quantity.Unit, toSpan(iv)
		g.Estimate, _ = claims.EstimateOf(st.Facet.Quantity, g.Unit)
	}
	if st.Facet.Kind == claims.KindRole {
		g.Roles, g.RoleRefs = []string{st.Value}, []Ref{ref}
	}
	s.Groups = append(s.Groups, g)
	return len(s.Groups) - 1, false
}

// contradicted returns the statement of g that st is set against: for a
// title, the first of g's titles it cannot be true with; else, or when the
// group keeps no title's statement, its representative.
func (g *Group) contradicted(st Statement) Ref {
	if st.Facet.Kind != claims.KindRole || len(g.RoleRefs) != len(g.Roles) {
		return g.Rep
	}
	for i, r := range g.Roles {
		if claims.MatchKey(r) != claims.MatchKey(st.Value) && !claims.RolesCompatible(r, st.Value) {
			return g.RoleRefs[i]
		}
	}
	return g.Rep
}

// statementInterval returns a figure's interval in its own unit.
func statementInterval(st Statement) (claims.Interval, bool) {
	if st.Facet.Kind != claims.KindQuantity || st.Facet.Quantity == nil {
		return claims.Interval{}, false
	}
	return claims.QuantityInterval(st.Facet.Quantity, st.Facet.Quantity.Unit)
}

// fits reports whether a title or date st can be true with all of g.
func fits(g *Group, st Statement) bool {
	if st.Facet.Kind == claims.KindRole {
		// A title is held for a time: one stated long before or after the
		// group's is of another time (president in 2019, home minister in
		// 2024), not a contradiction.
		if apart(st.AsOf, g.First, g.Last) {
			return true
		}
		for _, r := range g.Roles {
			if claims.MatchKey(r) != claims.MatchKey(st.Value) && !claims.RolesCompatible(r, st.Value) {
				return false
			}
		}
		return true
	}
	rep := claims.Facet{Kind: st.Facet.Kind, Key: st.Facet.Key, Value: g.Rep.Value}
	mine := claims.Facet{Kind: st.Facet.Kind, Key: st.Facet.Key, Value: st.Value}
	if st.Facet.Date != nil {
		mine.Value = st.Facet.Date.ISO
	}
	c, ok := claims.Compare(rep, mine)
	return ok && c.Relation == claims.Agrees
}

// titleSpan is how far apart in time two titles of one person may be
// stated and still be about the same time.
const titleSpan = 180 * 24 * time.Hour

// apart reports whether the day asOf lies more than titleSpan outside
// [first, last]; false when either is unknown.
func apart(asOf, first, last string) bool {
	t, err1 := time.Parse(time.DateOnly, asOf)
	f, err2 := time.Parse(time.DateOnly, first)
	l, err3 := time.Parse(time.DateOnly, last)
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	return t.Before(f.Add(-titleSpan)) || t.After(l.Add(titleSpan))
}

// against returns the group a statement of group gi is set against: the
// main group, or for a running figure the higher group stated on the same
// day when there is one. Statements come in the order they were reported,
// and a running figure does not fall: a later report of the day with a
// lower figure is the conflict ("132" against the "141" of 31 October, not
// against the "more than 60" of the day before), while a higher one may
// be a later count of that day (80, then 86 by the evening).
func (s *Summary) against(gi int, ref Ref) int {
	if s.Running && ref.AsOf != "" && !s.Revised && s.Groups[gi].Range != nil {
		mine := mid(s.Groups[gi])
		for i, g := range s.Groups {
			if i != gi && g.Rep.AsOf == ref.AsOf && g.Rep.Article != ref.Article && mid(g) > mine {
				return i
			}
		}
	}
	return s.main()
}

// Dissent is how many statements stand outside the group most statements
// are in: how many sources disagree with the most stated value (the queue
// of facts puts the most contested first). No groups, no dissent.
func (s *Summary) Dissent() int {
	if len(s.Groups) == 0 {
		return 0
	}
	return s.Statements - s.Groups[s.main()].N
}

// main returns the group most statements are in; ties go to the earlier.
func (s *Summary) main() int {
	best := 0
	for i, g := range s.Groups {
		if g.N > s.Groups[best].N {
			best = i
		}
	}
	return best
}

// relation is how a statement outside the main group stands to its
// representative: a correction and the figures it corrects (revised: a
// group of the two holds the correction) or a running figure that rose
// with its date differ; anything else conflicts.
func (s *Summary) relation(m, ref Ref, revised bool) string {
	if s.Revised && revised {
		return Differs // the correction and the figures it corrects
	}
	if s.Running && m.AsOf != "" && ref.AsOf != "" && m.AsOf != ref.AsOf {
		return Differs
	}
	return claims.Conflicts
}

// disagreement says in plain words why two statements are apart.
func (s *Summary) disagreement(m, ref Ref, revised bool) string {
	switch s.relation(m, ref, revised) {
	case Differs:
		if s.Revised && revised {
			return m.Value + " and " + ref.Value + ": a source revised the figure"
		}
		return m.Value + " (as of " + m.AsOf + ") and " + ref.Value + " (as of " + ref.AsOf + ") are different dates of a running figure"
	}
	return m.Value + " and " + ref.Value + " cannot both be true"
}

// Status returns the fact's status and a reason a reviewer can read.
func (s *Summary) Status() (status, reason string) {
	switch {
	case s.Statements == 0:
		return Single, "no statements"
	case len(s.Articles) < 2:
		return Single, "one source: " + s.Values()
	case len(s.Groups) == 1:
		return Agreed, fmt.Sprintf("%d statements agree: %s", s.Statements, s.Values())
	case s.Revised:
		return Revised, "a source corrects the figure: " + s.Values()
	case s.Running && s.rises():
		return Evolving, "a running figure that rises with its dates: " + s.timeline()
	}
	return Disputed, "values that cannot all be true: " + s.Values()
}

// rises reports whether the groups, ordered by value, are ordered by date
// as well: every group dated, each no earlier than the one below it.
func (s *Summary) rises() bool {
	gs := s.byValue()
	for i, g := range gs {
		if g.First == "" {
			return false
		}
		if i > 0 && g.First < gs[i-1].Last {
			return false
		}
	}
	return gs[0].First < gs[len(gs)-1].Last
}

// byValue returns the figure groups from the lowest value up.
func (s *Summary) byValue() []Group {
	gs := append([]Group(nil), s.Groups...)
	sort.SliceStable(gs, func(i, j int) bool { return mid(gs[i]) < mid(gs[j]) })
	return gs
}

func mid(g Group) float64 {
	if g.Range == nil {
		return math.NaN()
	}
	return g.Range.interval().Mid()
}

// timeline writes a running figure's groups in date order: "52 (2018-08-16)
// → 61 (2018-08-17)".
func (s *Summary) timeline() string {
	var parts []string
	for _, g := range s.byValue() {
		parts = append(parts, g.Rep.Value+" ("+g.First+")")
	}
	return strings.Join(parts, " → ")
}

// Values writes the distinct values with how many statements give each,
// most stated first: "61 person ×5 · 52 person ×2".
func (s *Summary) Values() string {
	gs := append([]Group(nil), s.Groups...)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].N > gs[j].N })
	parts := make([]string, len(gs))
	for i, g := range gs {
		v := g.Rep.Value
		if len(g.Roles) > 1 {
			v = strings.Join(g.Roles, "/")
		}
		parts[i] = v + " ×" + strconv.Itoa(g.N)
	}
	return strings.Join(parts, " · ")
}

// Fold builds a summary from a fact's statements in the order they were
// stored, as Add would have built it: for a fact whose statements changed
// (an article moved, rematched or deleted). It returns the rows each
// statement brings, in order.
func Fold(stmts []Statement, running bool) (Summary, []Row) {
	s := Summary{Running: running}
	var rows []Row
	groups := make([]int, len(stmts))
	for i, st := range stmts {
		r, gi := s.add(st)
		rows, groups[i] = append(rows, r...), gi
	}
	if !s.Revised {
		return s, rows
	}
	// A correction explains the rows of its own group, those before it in
	// the fold too: fold again knowing which statements a correction's
	// group holds. Other disagreements stay what they are.
	again := Summary{Running: running, Revised: true, corrected: map[int64]bool{}}
	for i, st := range stmts {
		if s.Groups[groups[i]].Revised {
			again.corrected[st.ID] = true
		}
	}
	rows = rows[:0]
	for _, st := range stmts {
		rows = append(rows, again.Add(st)...)
	}
	again.corrected = nil
	return again, rows
}

// sameEstimate reports whether a round estimate of est, standing for mine,
// is the estimate group g already holds: each names a figure the other
// allows ("about 615 crore" and "about 600 crore"), where "about 180" and
// "about 200" are two estimates, since 180 does not allow 200.
func sameEstimate(g *Group, est string, mine claims.Interval) bool {
	v, err1 := strconv.ParseFloat(est, 64)
	held, err2 := strconv.ParseFloat(g.Estimate, 64)
	if err1 != nil || err2 != nil {
		return true
	}
	point := func(x float64) claims.Interval { return claims.Interval{Lo: x, Hi: x} }
	return g.Range.interval().Overlaps(point(v)) && mine.Overlaps(point(held))
}
