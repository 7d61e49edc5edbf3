package claims

import (
	"math"
	"testing"
)

// FuzzNumberGrammar feeds arbitrary text to the number grammar: no panic,
// and every figure it reads is well formed: a finite value, non-negative
// but for a temperature,
// inside its interval, a span that quotes the text, and a unit whose
// dimension is the figure's.
func FuzzNumberGrammar(f *testing.F) {
	for _, s := range []string{
		"১২ লাখ ৩৪ হাজার ৫৬৭ মানুষ", "३ कोटी ४० लाख", "2 lakh 15 thousand", "৩শ’ ৪২", "৫শো", "সাড়ে তিনশো",
		"সাড়ে ৩শ’", "দেড় লাখ", "पावणे दोन लाख", "सव्वा लाख", "१०-१२ हजार", "10,000 से 12,000", "between 600 and 1,000",
		"দুই থেকে তিন হাজার", "दो-तीन दिन", "has surpassed 3,000", "৩ হাজার ছাড়িয়েছে", "3,000 पार कर गई",
		"Dec. 16", "16 Dec.", "২০২৩ সালে", "ঘণ্টায় ৯০ কিলোমিটার বেগে", "ताशी 80 मैल", "7.8-magnitude", "₹10 हजार करोड़",
		"10 হাজার ২ লাখ", "-5°C", "minus 3 to 4 degrees", "দু’শ", "thousand million billion", "’’’", "- - -", "between between 1 and", "1,000,000,000,000,000,000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text)
		for _, q := range FindQuantities(text, "") {
			if q.Start < 0 || q.End > len(runes) || q.Start >= q.End || string(runes[q.Start:q.End]) != q.Text {
				t.Fatalf("span %d..%d of %q does not hold %q", q.Start, q.End, text, q.Text)
			}
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || q.Value < 0 && q.Dimension != "temperature" {
				t.Fatalf("%q: value %v", q.Text, q.Value)
			}
			if math.IsNaN(q.Low) || math.IsNaN(q.High) || q.Low > q.Value || q.Value > q.High {
				t.Fatalf("%q: value %v outside its interval %v..%v", q.Text, q.Value, q.Low, q.High)
			}
			if q.Unit != "" && UnitDimension(q.Unit) != q.Dimension {
				t.Fatalf("%q: unit %s of dimension %s, figure says %s", q.Text, q.Unit, UnitDimension(q.Unit), q.Dimension)
			}
			if q.String() == "" {
				t.Fatalf("%q: empty report form", q.Text)
			}
		}
	})
}
