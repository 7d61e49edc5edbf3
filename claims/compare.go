package claims

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Compare decides two facets with the same Key: whether they agree or
// conflict, and why in plain words naming both values. ok is false when they
// cannot be compared: different keys or kinds, a missing structured value,
// units of different dimensions, a date without a year.
//
//   - quantities compare as intervals (Quantity.Low..High, after qualifiers
//     and vagueness), b converted to a's unit; overlapping intervals agree,
//     disjoint ones conflict. See compareQuantities for the rounding allowed
//     when the units differ.
//   - roles compare through the role vocabulary (RolesCompatible).
//   - dates compare at the coarser of their two precisions; two days of one
//     event up to eventSpanDays apart agree.
//   - places and names compare by their match keys.
func Compare(a, b Facet) (Comparison, bool) {
	if a.Key != b.Key || a.Kind != b.Kind {
		return Comparison{}, false
	}
	var (
		agree  bool
		reason string
		ok     bool
	)
	switch a.Kind {
	case KindQuantity:
		agree, reason, ok = compareQuantities(a, b)
	case KindRole:
		agree, reason, ok = compareRoles(a, b)
	case KindDate:
		agree, reason, ok = compareDates(a, b)
	case KindPlace, KindName:
		agree, reason, ok = compareNames(a, b)
	}
	if !ok {
		return Comparison{}, false
	}
	c := Comparison{Relation: Conflicts, Kind: a.Kind, Reason: reason}
	if agree {
		c.Relation = Agrees
	}
	return c, true
}

// compareRoles decides two titles of one person through the role vocabulary:
// the same role in any language agrees, a role and its broader one
// ("supreme leader", "leader") agree, different titles conflict.
func compareRoles(a, b Facet) (agree bool, reason string, ok bool) {
	ra, rb := facetRoleName(a), facetRoleName(b)
	if ra == "" || rb == "" {
		return false, "", false
	}
	switch {
	case MatchKey(ra) == MatchKey(rb):
		return true, "both call " + a.Subject + " " + ra, true
	case RolesCompatible(ra, rb):
		return true, ra + " and " + rb + " are compatible titles for " + a.Subject, true
	}
	return false, a.Subject + " is called " + ra + " and " + rb + ": different titles", true
}

// facetRoleName returns the canonical role a facet states.
func facetRoleName(f Facet) string {
	if f.Role != nil && f.Role.Role != "" {
		return f.Role.Role
	}
	return f.Value
}

// compareDates decides two dates at the coarser of their precisions:
// 2022-02 agrees with 2022-02-24, 2022 conflicts with 2023. Two days at most
// eventSpanDays apart agree: the facets are events, and a state visit that
// starts on the 19th is still going on the 20th. A date without a year
// ("--08-15") or an unresolved relative one cannot be compared.
func compareDates(a, b Facet) (agree bool, reason string, ok bool) {
	da, db := facetDateISO(a), facetDateISO(b)
	if !isoHasYear(da) || !isoHasYear(db) {
		return false, "", false
	}
	n := min(len(da), len(db))
	precision := map[int]string{4: "year", 7: "month", 10: "day"}[n]
	if precision == "" {
		return false, "", false
	}
	if da[:n] == db[:n] {
		return true, da + " and " + db + " agree to the " + precision, true
	}
	if n == 10 {
		ta, errA := time.Parse(time.DateOnly, da)
		tb, errB := time.Parse(time.DateOnly, db)
		if errA != nil || errB != nil {
			return false, "", false
		}
		days := int(math.Abs(ta.Sub(tb).Hours()) / 24)
		if days <= eventSpanDays {
			apart := strconv.Itoa(days) + " days"
			if days == 1 {
				apart = "a day"
			}
			return true, da + " and " + db + " are " + apart + " apart: one event can span both", true
		}
	}
	return false, da + " and " + db + " differ at the " + precision, true
}

// eventSpanDays is how many days apart two dates of one event may be.
const eventSpanDays = 2

// facetDateISO returns the ISO date a facet states.
func facetDateISO(f Facet) string {
	if f.Date != nil {
		return f.Date.ISO
	}
	return f.Value
}

// isoHasYear reports whether iso starts with a four-digit year and is one of
// the lengths a precision gives (2024, 2024-06, 2024-06-21).
func isoHasYear(iso string) bool {
	if len(iso) != 4 && len(iso) != 7 && len(iso) != 10 {
		return false
	}
	for i := range 4 {
		if iso[i] < '0' || iso[i] > '9' {
			return false
		}
	}
	return true
}

// compareNames decides two place or name values by their match keys.
func compareNames(a, b Facet) (agree bool, reason string, ok bool) {
	if strings.TrimSpace(a.Value) == "" || strings.TrimSpace(b.Value) == "" {
		return false, "", false
	}
	if MatchKey(a.Value) == MatchKey(b.Value) {
		return true, "both name " + a.Value, true
	}
	return false, a.Value + " and " + b.Value + " differ", true
}
