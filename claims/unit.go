package claims

import "strings"

// unitInfo is one unit of measure from data/units.tsv.
type unitInfo struct {
	name      string // canonical: km, mi, hour, percent, usd
	dimension string // length, duration, mass, speed, ratio, area, money, temperature, magnitude
	factor    float64
	before    bool // written before the number ($10, ₹500)
}

// countedInfo is one counted noun from data/counted.tsv.
type countedInfo struct {
	name string // canonical English singular: soldier, worker, car
}

var (
	unitsAfter  = newPhraseSet[unitInfo]()
	unitsBefore = newPhraseSet[unitInfo]()
	unitByName  = map[string]unitInfo{}
	// perHourBefore holds the words before a number that make the length
	// after it a speed (ঘণ্টায় ৯০ কিলোমিটার, ताशी 80 मैल); perHourOf maps
	// that length unit to the speed it becomes (km to km/h).
	perHourBefore = newPhraseSet[bool]()
	perHourOf     = map[string]unitInfo{}
	countedSet    = newPhraseSet[countedInfo]()
	// impliedUnits holds the words after a sum in lakh or crore that name
	// no currency but make it one (units.tsv rows "implied": "५० लाखांची
	// मदत", aid of 50 lakh, is rupees).
	impliedUnits = newPhraseSet[unitInfo]()
	// impliedLinks may stand between such a sum and its noun: "2 करोड़ का
	// मुआवजा".
	impliedLinks = map[string]bool{}
	// baseUnits names the base unit of each dimension that converts.
	baseUnits = map[string]string{}
)

func init() {
	for _, row := range tsvRows(unitsTSV) {
		if len(row) < 5 {
			panic("claims: data/units.tsv: short row " + strings.Join(row, "\t"))
		}
		u := unitInfo{name: row[0], dimension: row[1], factor: mustFloat(row[2]), before: row[3] == "before"}
		if length, ok := strings.CutPrefix(row[3], "perhour:"); ok {
			perHourOf[length] = u
			for _, a := range tsvAliases(row[4]) {
				perHourBefore.add(a, true)
			}
			continue
		}
		if row[3] == "implied-link" {
			for _, a := range tsvAliases(row[4]) {
				impliedLinks[a] = true
			}
			continue
		}
		if row[3] == "implied" {
			for _, a := range tsvAliases(row[4]) {
				impliedUnits.add(a, u)
			}
			continue
		}
		if _, seen := unitByName[u.name]; !seen {
			unitByName[u.name] = u
		}
		if u.factor == 1 {
			baseUnits[u.dimension] = u.name
		}
		set := unitsAfter
		if u.before {
			set = unitsBefore
		}
		for _, a := range tsvAliases(row[4]) {
			set.add(a, u)
		}
	}
	for _, row := range tsvRows(countedTSV) {
		if len(row) < 2 {
			panic("claims: data/counted.tsv: short row " + strings.Join(row, "\t"))
		}
		for _, a := range tsvAliases(row[1]) {
			countedSet.add(a, countedInfo{name: row[0]})
		}
	}
	unitsAfter.addEndings(nounEndings)
	countedSet.addEndings(nounEndings)
	impliedUnits.addEndings(nounEndings)
}

// Convert converts value from one canonical unit (km, mi, hour, percent,
// km/h, kg, ...) to another of the same dimension: Convert(6, "mi", "km") is
// about 9.66. ok is false when a unit is unknown, the dimensions differ, or
// the dimension does not convert (currencies: a dollar is no fixed number of
// rupees). Converting a unit to itself always works, also for currencies
// and for the empty unit of a bare count.
func Convert(value float64, from, to string) (float64, bool) {
	if from == to {
		return value, true
	}
	f, okf := unitByName[from]
	t, okt := unitByName[to]
	if !okf || !okt || f.dimension != t.dimension || f.factor == 0 || t.factor == 0 {
		return 0, false
	}
	return value * f.factor / t.factor, true
}

// BaseUnit returns the base unit of unit's dimension and the factor that
// takes a value in unit to it: km gives ("m", 1000), hour ("second", 3600),
// km/h ("m/s", 1/3.6), percent ("percent", 1). Bases: length m, duration
// second, mass kg, speed m/s, area sq m, ratio percent, magnitude the
// Richter magnitude. An unknown unit or one that does not convert (a
// currency, a temperature) gives ("", 0).
func BaseUnit(unit string) (string, float64) {
	u, ok := unitByName[unit]
	if !ok || u.factor == 0 {
		return "", 0
	}
	return baseUnits[u.dimension], u.factor
}

// UnitDimension returns the dimension of a canonical unit (length,
// duration, mass, speed, area, ratio, money), "count" for the empty unit of
// a bare count, and "" for a unit Claimdesk does not know.
func UnitDimension(unit string) string {
	if unit == "" {
		return "count"
	}
	return unitByName[unit].dimension
}
