package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// factStatementsPage is how many statements a fact page shows at once: a
// reviewer reads them side by side, and a fact stated by thousands of
// articles is paged with a Next link rather than sent whole.
const factStatementsPage = 25

// statementParams pick the page of statements a fact page shows. They sit
// in the URL beside the queue's filters the page carries: value (only the
// statements giving it) and statements_after (the statement the page
// starts after).
type statementParams struct {
	Value string
	After int64
}

func parseStatementParams(q url.Values) statementParams {
	p := statementParams{Value: q.Get("value")}
	if n, err := strconv.ParseInt(q.Get("statements_after"), 10, 64); err == nil && n > 0 {
		p.After = n
	}
	return p
}

// add writes p into the query q.
func (p statementParams) add(q url.Values) {
	if p.Value != "" {
		q.Set("value", p.Value)
	}
	if p.After > 0 {
		q.Set("statements_after", itoa64(p.After))
	}
}

// factPageURL is fact id's page under the queue's filters back, showing
// the statements p picks.
func factPageURL(id int64, back string, p statementParams) string {
	q, _ := url.ParseQuery(back)
	p.add(q)
	return factURL(id, q.Encode())
}

// ValueChip is one distinct value in the fact page's summary: how many
// statements give it, and a link to them.
type ValueChip struct {
	Text     string
	Count    int
	Href     string
	Selected bool
	Main     bool // the most stated value of a dispute
}

// factValueChips lists a fact's distinct values as links that show only
// their statements, the one shown now selected.
func factValueChips(f store.FactItem, vals []store.FactValue, back string, p statementParams, main string) []ValueChip {
	out := make([]ValueChip, len(vals))
	for i, v := range vals {
		out[i] = ValueChip{Text: valuesText(v.Value, f.Kind), Count: v.Statements,
			Href:     factPageURL(f.ID, back, statementParams{Value: v.Value}) + "#statements",
			Selected: p.Value == v.Value, Main: main != "" && v.Value == main}
	}
	return out
}

// shownStatements says which statements the page shows: "all 4
// statements", "the first 25 of 10,000 statements", "25 more of 9,990
// statements giving 61 person". of < 0 when the total is not known.
func shownStatements(n, of int, what string, first bool) string {
	switch {
	case of < 0 && first:
		return "the first " + figure(float64(n)) + " " + what
	case of < 0:
		return figure(float64(n)) + " more " + what
	case first && n >= of && of == 1:
		return "the one statement"
	case first && n >= of:
		return "all " + figure(float64(of)) + " " + what
	case first:
		return "the first " + figure(float64(n)) + " of " + figure(float64(of)) + " " + what
	}
	return figure(float64(n)) + " more of " + figure(float64(of)) + " " + what
}

// lineOf picks the number line's rows: one per statement when every
// statement of the fact is on the page, else one per distinct value.
func lineOf(f store.FactItem, stmts []store.FactStatement, vals []store.FactValue, p statementParams) []linePoint {
	if f.Kind != claims.KindQuantity {
		return nil
	}
	if p.Value == "" && p.After == 0 && len(stmts) >= f.Statements {
		return statementPoints(stmts)
	}
	return valuePoints(vals)
}

// formStatementParams reads the page of statements a fact's form was
// posted from, so a save shows the reviewer the same page again.
func formStatementParams(r *http.Request) statementParams {
	return parseStatementParams(url.Values{"value": {r.PostFormValue("value")}, "statements_after": {r.PostFormValue("statements_after")}})
}
