package claims

import (
	"strings"
	"testing"
	"time"
)

func TestScore(t *testing.T) {
	kim := Entity{Name: "Kim Jong Un", Kind: Person}
	nk := Entity{Name: "North Korea", Kind: Country}
	fig := Quantity{Value: 10000, Counted: "soldier"}
	tests := []struct {
		name    string
		c       Claim
		want    float64
		reasons string
	}{
		{"bare opinion", Claim{Text: "This friendship is the basis of everything."}, 0, ""},
		{"figure, person, attribution", Claim{Text: "Kim said 10,000 troops went.", Quantities: []Quantity{fig}, Entities: []Entity{kim}},
			0.9, "figures; named people; attribution"},
		{"everything caps at one", Claim{Text: "Kim said 10,000 troops went.", Quantities: []Quantity{fig}, Entities: []Entity{kim, nk},
			Dates: []Date{{ISO: "2024"}}, Roles: []Role{{Person: "Kim Jong Un", Role: "leader"}}},
			1, "figures; named people; attribution; dates; roles; places"},
		{"Bengali attribution", Claim{Text: "রিপোর্ট অনুযায়ী, পুতিন উপহার দিয়েছিলেন"}, 0.25, "attribution"},
		{"Marathi attribution ending", Claim{Text: "अहवालानुसार हल्ला झाला"}, 0.25, "attribution"},
		{"Marathi said", Claim{Text: "क्रेमलिन म्हणाले की", Entities: []Entity{nk}}, 0.35, "attribution; places"},
		{"Hindi said", Claim{Text: "उन्होंने कहा कि"}, 0.25, "attribution"},
		{"English according to", Claim{Text: "According to the Kremlin, it happened"}, 0.25, "attribution"},
		{"place only", Claim{Text: "North Korea is far.", Entities: []Entity{nk}}, 0.1, "places"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reasons := Score(&tt.c)
			if diff := got - tt.want; diff > 1e-9 || diff < -1e-9 {
				t.Errorf("Score = %v, want %v", got, tt.want)
			}
			if r := strings.Join(reasons, "; "); r != tt.reasons {
				t.Errorf("reasons = %q, want %q", r, tt.reasons)
			}
		})
	}
}

// TestScoreMonotone checks that adding evidence never lowers the score.
func TestScoreMonotone(t *testing.T) {
	c := Claim{Text: "plain words"}
	prev, _ := Score(&c)
	steps := []func(*Claim){
		func(c *Claim) { c.Entities = append(c.Entities, Entity{Kind: Place}) },
		func(c *Claim) { c.Dates = append(c.Dates, Date{ISO: "2024"}) },
		func(c *Claim) { c.Text += " said" },
		func(c *Claim) { c.Roles = append(c.Roles, Role{Role: "leader"}) },
		func(c *Claim) { c.Entities = append(c.Entities, Entity{Kind: Person}) },
		func(c *Claim) { c.Quantities = append(c.Quantities, Quantity{Value: 3}) },
	}
	for i, step := range steps {
		step(&c)
		got, _ := Score(&c)
		if got < prev || got > 1 {
			t.Fatalf("step %d: score %v after %v: not monotone within 0..1", i, got, prev)
		}
		prev = got
	}
}

// BenchmarkFiguresDatesScore runs this area's three steps on each seed line
// as the pipeline does: quantities, dates, then the score.
func BenchmarkFiguresDatesScore(b *testing.B) {
	lines := seedText(b)
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			c := Claim{Text: l}
			c.Quantities = FindQuantities(l, "")
			c.Dates = FindDates(l, "", time.Time{})
			Score(&c)
		}
	}
}
