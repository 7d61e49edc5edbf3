package web

import "testing"

func TestValuesText(t *testing.T) {
	for _, tt := range []struct{ vals, kind, want string }{
		{"8635 person ×2 · >=18 person ×1", "quantity", "8,635 person ×2 · ≥18 person ×1"},
		{"1861060 person ×1 · <=1.5 soldier ×3", "quantity", "1,861,060 person ×1 · ≤1.5 soldier ×3"},
		{">2400 person ×2", "quantity", ">2,400 person ×2"},
		{"2000-9000 worker ×2 · 1.5-3 soldier ×1", "quantity", "2,000–9,000 worker ×2 · 1.5–3 soldier ×1"},
		{"-5 km ×1", "quantity", "-5 km ×1"},
		{"values that cannot all be true: 10000 soldier ×1", "quantity", "values that cannot all be true: 10,000 soldier ×1"},
		{"2015-04-25 ×2 · 1998 ×1", "date", "2015-04-25 ×2 · 1998 ×1"},
		{"leader/supreme leader ×4 · president ×2", "role", "leader/supreme leader ×4 · president ×2"},
	} {
		if got := valuesText(tt.vals, tt.kind); got != tt.want {
			t.Errorf("valuesText(%q, %s) = %q, want %q", tt.vals, tt.kind, got, tt.want)
		}
	}
}
