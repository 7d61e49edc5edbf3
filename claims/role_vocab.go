package claims

import "strings"

// RolesCompatible reports whether two canonical roles can both be true of one
// person, by the default lexicon's vocabulary: a role agrees with itself and
// with every role above it ("supreme leader" and "leader"; "president" and
// "head of state"); any other pair conflicts ("president" and "leader",
// "president" and "king"). Case and spacing are ignored. See
// (*Lexicon).RolesCompatible.
func RolesCompatible(a, b string) bool {
	return DefaultLexicon().RolesCompatible(a, b)
}

// RoleFamily returns the topmost role above role in the default lexicon's
// vocabulary ("leader" for "supreme leader", "head of state" for
// "president"), role itself when nothing is above it, and role unchanged
// when it is unknown.
func RoleFamily(role string) string {
	return DefaultLexicon().RoleFamily(role)
}

// CanonicalRole returns the canonical English role a title word says in any
// script ("রাষ্ট্রপতি", "अध्यक्ष", "President" all say "president"), by the
// default lexicon.
func CanonicalRole(word string) (string, bool) {
	return DefaultLexicon().CanonicalRole(word)
}

// RolesCompatible reports whether a and b can both be true of one person: one
// of them is the other or above it in the vocabulary, or one is a former
// office.
func (l *Lexicon) RolesCompatible(a, b string) bool {
	ix := l.index()
	a, b = roleCompareKey(a), roleCompareKey(b)
	if strings.HasPrefix(a, FormerRole) || strings.HasPrefix(b, FormerRole) {
		// An office once held says nothing against one held now: "former
		// president" in 2025 and "president" in 2024 are one man's career.
		return true
	}
	return a == b || ix.roleAbove(a, b) || ix.roleAbove(b, a)
}

// RoleFamily returns the topmost role above role, or role itself.
func (l *Lexicon) RoleFamily(role string) string {
	ix := l.index()
	role = roleCompareKey(role)
	for range len(ix.roleWords) { // bounded: a cycle in the data cannot hang
		up, ok := ix.roleWords[role]
		if !ok || up == "" {
			break
		}
		role = up
	}
	return role
}

// CanonicalRole returns the canonical role a title word says, matched as a
// whole (case endings are not stripped: "প্রেসিডেন্টের" is not a title
// beside a name).
func (l *Lexicon) CanonicalRole(word string) (string, bool) {
	ix := l.index()
	toks := lexTokenize(word)
	if len(toks) == 0 {
		return "", false
	}
	if w, n, ok := ix.roleAt(toks, 0); ok && n == len(toks) {
		return w.role, true
	}
	return "", false
}

// roleAbove reports whether above is a broader role of role, at any height.
func (ix *lexIndex) roleAbove(above, role string) bool {
	for range len(ix.roleWords) {
		up, ok := ix.roleWords[role]
		if !ok || up == "" {
			return false
		}
		if up == above {
			return true
		}
		role = up
	}
	return false
}

// roleCompareKey is the form roles are compared in: lower case, single spaces.
func roleCompareKey(role string) string {
	return strings.Join(strings.Fields(strings.ToLower(role)), " ")
}
