package web

import (
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// qualifierWords are the English words of a figure's qualifier.
var qualifierWords = map[string]string{
	claims.About:    "about ",
	claims.MoreThan: "more than ",
	claims.AtLeast:  "at least ",
	claims.LessThan: "less than ",
	claims.AtMost:   "at most ",
}

// gloss says in English what a statement states, from the facets the
// engine read, so a reviewer who reads one script can follow the others:
// "North Korea · soldier count: at least 1.5, read as 1.5 to 3".
// about names the fact when its subject is the story's event.
func gloss(f *claims.Facet, value, about string) string {
	if f == nil {
		return value
	}
	subject := f.Subject
	if subject == "" {
		subject = about
	}
	head := f.Attribute
	if subject != "" {
		head = subject + " · " + f.Attribute
	}
	switch {
	case f.Quantity != nil:
		q := f.Quantity
		var b strings.Builder
		if q.Vague {
			b.WriteString("a vague amount near ")
		} else {
			b.WriteString(qualifierWords[q.Qualifier])
		}
		b.WriteString(figure(q.Value))
		if q.Unit != "" {
			b.WriteString(" " + q.Unit)
		}
		if iv, ok := claims.QuantityInterval(q, q.Unit); ok && (iv.Lo != q.Value || iv.Hi != q.Value) {
			b.WriteString(", read as " + intervalWords(iv))
		}
		return head + ": " + b.String()
	case f.Role != nil:
		return head + ": " + f.Value
	case f.Date != nil:
		return head + ": " + f.Date.ISO
	}
	return head + ": " + value
}

// intervalWords writes an interval for a reader: "1.5 to 3", "3,000 or more".
func intervalWords(iv claims.Interval) string {
	switch {
	case isInf(iv.Hi) && iv.LoOpen:
		return "more than " + figure(iv.Lo)
	case isInf(iv.Hi):
		return figure(iv.Lo) + " or more"
	case iv.Lo <= 0 && !iv.LoOpen:
		return "up to " + figure(iv.Hi)
	}
	return figure(iv.Lo) + " to " + figure(iv.Hi)
}

func isInf(v float64) bool { return v > 1e300 }

// figure writes a number with thousands grouped and at most three decimals.
func figure(v float64) string {
	if isInf(v) {
		return "∞"
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 4 {
		s = strconv.FormatFloat(v, 'f', 3, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var out []byte
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, intPart[i])
	}
	r := string(out)
	if neg {
		r = "-" + r
	}
	if frac != "" {
		r += "." + frac
	}
	return r
}
