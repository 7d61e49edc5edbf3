package claims

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// flagPeopleCounted are the canonical counted nouns (Quantity.Counted) that count
// people: a count of them must be a whole, non-negative number.
var flagPeopleCounted = map[string]bool{
	"soldier": true, "troop": true, "worker": true, "person": true, "people": true,
	"civilian": true, "refugee": true, "prisoner": true, "student": true, "child": true,
	"woman": true, "man": true, "voter": true, "casualty": true, "victim": true,
	"citizen": true, "employee": true, "official": true, "protester": true, "migrant": true,
	"patient": true, "tourist": true, "passenger": true, "resident": true, "fighter": true,
	"sailor": true, "pilot": true, "officer": true, "member": true, "specialist": true,
	"expert": true, "doctor": true, "labourer": true, "laborer": true, "pilgrim": true,
}

// implausibleFlags flags figures that cannot be right as written: a count of
// people that is not a whole number (किमान 1.5 ... सैन्याला, most likely 1.5
// lakh or 15,000 garbled in translation), a negative count, a percentage
// above 100; and figures that lost their lakh or crore (lostMultiplierFlags).
//
// The evidence is the quantity's own text, which carries the figure and what
// it counts ("किमान 1.5 उत्तर कोरियाच्या सैन्याला").
func implausibleFlags(text string, qs []Quantity) []Flag {
	var out []Flag
	for _, q := range qs {
		var note string
		people := flagPeopleCounted[q.Counted] && (q.Dimension == "count" || q.Dimension == "")
		switch {
		case people && q.Value < 0:
			note = fmt.Sprintf("A count of %s cannot be negative (%s).", flagPlural(q.Counted), flagFigure(q.Value))
		case people && !q.Vague && q.Value != math.Trunc(q.Value):
			note = fmt.Sprintf("%s %s is not a whole number of people: the figure was probably garbled in translation, e.g. %s lakh (%s) or %s.",
				flagFigure(q.Value), flagPlural(q.Counted), flagFigure(q.Value), flagGroup(q.Value*100000), flagGroup(q.Value*10000))
		case q.Unit == "percent" && q.Value > 100 && q.Qualifier != MoreThan && q.Qualifier != AtLeast && !isGrowthFigure(text, q):
			note = fmt.Sprintf("%s%% is more than the whole: check whether it is a growth rate or a garbled figure.", flagFigure(q.Value))
		default:
			continue
		}
		out = append(out, Flag{
			Kind:     FlagImplausible,
			Evidence: flagRuneSlice(text, q.Start, q.End),
			Note:     note,
			Start:    q.Start,
			End:      q.End,
		})
	}
	return append(out, lostMultiplierFlags(text, qs)...)
}

// flagRuneSlice returns the runes start..end of s.
func flagRuneSlice(s string, start, end int) string {
	bs, be, i := -1, len(s), 0
	for b := range s {
		if i == start {
			bs = b
		}
		if i == end {
			be = b
			break
		}
		i++
	}
	if bs < 0 {
		return ""
	}
	return s[bs:be]
}

// flagFigure writes v without a trailing ".0".
func flagFigure(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// flagGroup writes a whole number with comma grouping (150,000).
func flagGroup(v float64) string {
	s := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// flagPlural gives a counted noun's flagPlural for a note: soldier -> soldiers.
func flagPlural(noun string) string {
	switch {
	case noun == "person" || noun == "people":
		return "people"
	case noun == "man":
		return "men"
	case noun == "woman":
		return "women"
	case noun == "child":
		return "children"
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ey"):
		return noun[:len(noun)-1] + "ies"
	}
	return noun + "s"
}

// isGrowthFigure reports whether the word right before or right after q says
// it is a change ("grew by 150 percent", "১৫০ শতাংশ বৃদ্ধি"): a growth rate may
// exceed 100%.
func isGrowthFigure(text string, q Quantity) bool {
	rs := []rune(text)
	if q.Start < 0 || q.Start > q.End || q.End > len(rs) {
		return false
	}
	before := facetSplitWords(string(rs[:q.Start]))
	after := facetSplitWords(string(rs[q.End:]))
	return len(before) > 0 && facetVocab.isGrowth(before[len(before)-1]) ||
		len(after) > 0 && facetVocab.isGrowth(after[0])
}
