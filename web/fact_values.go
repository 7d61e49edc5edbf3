package web

import (
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
)

// comparisonWords turn the engine's bound marks into the signs a reader
// knows: ">=18 person" reads "≥18 person".
var comparisonWords = strings.NewReplacer(">=", "≥", "<=", "≤")

// valuesText says a fact's values ("8635 person ×2 · >=18 person ×1") as a
// reviewer reads them ("8,635 person ×2 · ≥18 person ×1"). Figures are
// grouped only in quantities, where no value is a year.
func valuesText(vals, kind string) string {
	vals = comparisonWords.Replace(vals)
	if kind != claims.KindQuantity {
		return vals
	}
	words := strings.Split(vals, " ")
	for i, w := range words {
		if lo, hi, ok := strings.Cut(w, "-"); ok && isFigure(lo) && isFigure(hi) {
			words[i] = figureText(lo) + "–" + figureText(hi) // a range: "2000-9000 worker"
			continue
		}
		sign := strings.TrimRight(w, "0123456789.")
		if sign != "" && strings.TrimLeft(sign, "≥≤<>") != "" {
			continue // not a figure after an optional sign
		}
		digits := w[len(sign):]
		if n, err := strconv.ParseFloat(digits, 64); err == nil && digits != "" {
			words[i] = sign + figure(n)
		}
	}
	return strings.Join(words, " ")
}

func isFigure(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && strings.Trim(s, "0123456789.") == ""
}

func figureText(s string) string {
	n, _ := strconv.ParseFloat(s, 64)
	return figure(n)
}
