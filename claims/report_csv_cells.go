package claims

import (
	"sort"
	"strings"
)

// The list cells of the claims report. Each joins its items with
// ListSeparator; the web pages may use them to show the same forms.

// QuantitiesCell lists the figures of a claim in report form
// (`[qualifier]value unit`, see Quantity.String), in order of appearance.
// Two equal figures stay two items: a claim that says 10 twice says it twice.
func QuantitiesCell(qs []Quantity) string {
	if len(qs) == 0 {
		return ""
	}
	var b strings.Builder
	for i, q := range qs {
		if i > 0 {
			b.WriteString(ListSeparator)
		}
		b.WriteString(q.String())
	}
	return b.String()
}

// DatesCell lists the dates of a claim as ISO at their precision (2024-06-21,
// 2022-02, 2024), distinct, in order of appearance. A relative date that could
// not be resolved ("Wednesday" in an article without a publication date) has
// no ISO form and is left out: the column promises ISO dates to whoever
// parses it, and the claim's text still shows the word.
func DatesCell(ds []Date) string {
	items := make([]string, 0, len(ds))
	for _, d := range ds {
		if d.ISO != "" {
			items = append(items, d.ISO)
		}
	}
	return csvJoinDistinct(items)
}

// EntitiesCell lists the canonical names of a claim's entities, distinct, in
// order of appearance (Putin named twice is listed once).
func EntitiesCell(es []Entity) string {
	ordered := make([]Entity, len(es))
	copy(ordered, es)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i].Start < ordered[j].Start })
	items := make([]string, 0, len(ordered))
	for _, e := range ordered {
		items = append(items, e.Name)
	}
	return csvJoinDistinct(items)
}

// RolesCell lists the roles of a claim as Person=role (Kim Jong Un=president),
// distinct, in order of appearance.
func RolesCell(rs []Role) string {
	ordered := make([]Role, len(rs))
	copy(ordered, rs)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i].Start < ordered[j].Start })
	items := make([]string, 0, len(ordered))
	for _, r := range ordered {
		items = append(items, r.Person+"="+r.Role)
	}
	return csvJoinDistinct(items)
}

// FlagKindsCell lists the kinds of a claim's flags, distinct, in order.
func FlagKindsCell(fs []Flag) string {
	items := make([]string, 0, len(fs))
	for _, f := range fs {
		items = append(items, f.Kind)
	}
	return csvJoinDistinct(items)
}

// csvJoinDistinct joins the non-empty items, each once, keeping the first
// occurrence's position. Lists are short (a claim names a handful of things),
// so a linear scan beats a map.
func csvJoinDistinct(items []string) string {
	var b strings.Builder
	n := 0
	for i, s := range items {
		if s == "" || csvSeenBefore(items, i, s) {
			continue
		}
		if n > 0 {
			b.WriteString(ListSeparator)
		}
		b.WriteString(s)
		n++
	}
	return b.String()
}

func csvSeenBefore(items []string, i int, s string) bool {
	for _, t := range items[:i] {
		if t == s {
			return true
		}
	}
	return false
}
