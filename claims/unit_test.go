package claims

import (
	"math"
	"testing"
)

func TestConvert(t *testing.T) {
	tests := []struct {
		v        float64
		from, to string
		want     float64
		ok       bool
	}{
		{6, "mi", "km", 9.656064, true},
		{10, "km", "mi", 6.2137119, true},
		{2.5, "hour", "minute", 150, true},
		{1, "year", "day", 365.2425, true},
		{100, "km/h", "mph", 62.1371192, true},
		{2, "tonne", "kg", 2000, true},
		{10, "km", "hour", 0, false},
		{10, "usd", "inr", 0, false},
		{10, "usd", "usd", 10, true},
		{10, "", "", 10, true},
		{10, "furlong", "km", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.from+"->"+tt.to, func(t *testing.T) {
			got, ok := Convert(tt.v, tt.from, tt.to)
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("Convert(%v, %q, %q) = %v, %v; want %v, %v", tt.v, tt.from, tt.to, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestBaseUnit(t *testing.T) {
	tests := []struct {
		unit, base string
		factor     float64
	}{
		{"km", "m", 1000},
		{"mi", "m", 1609.344},
		{"hour", "second", 3600},
		{"km/h", "m/s", 1 / 3.6},
		{"percent", "percent", 1},
		{"tonne", "kg", 1000},
		{"usd", "", 0},
		{"parsec", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.unit, func(t *testing.T) {
			base, f := BaseUnit(tt.unit)
			if base != tt.base || math.Abs(f-tt.factor) > 1e-9 {
				t.Errorf("BaseUnit(%q) = %q, %v; want %q, %v", tt.unit, base, f, tt.base, tt.factor)
			}
		})
	}
}

func TestUnitDimension(t *testing.T) {
	for unit, want := range map[string]string{"km": "length", "": "count", "percent": "ratio", "usd": "money", "parsec": ""} {
		if got := UnitDimension(unit); got != want {
			t.Errorf("UnitDimension(%q) = %q, want %q", unit, got, want)
		}
	}
}
