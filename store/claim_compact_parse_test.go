package store

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

// compactSamples are lists and facets as compactList and facetFields write
// them, and inputs parseRows must leave to encoding/json.
var compactSamples = []string{
	`[]`,
	`[[]]`,
	`[["দশ হাজার উত্তর কোরিয়ান সেনাকে",182,212,20000,20000,20000,"","count","","soldier","North Korea 17"]]`,
	`[["किमान 1.5 उत्तर कोरियाच्या सैन्याला",86,121,0.75,0.75,"Infinity","","count","\u003e=","soldier","North Korea 18"]]`,
	`[["Ukraine 18","country","युक्रेन",0,7],["South Korea 18","country","दक्षिण कोरियाच्या",12,29,"place",6]]`,
	`[["a",-1.5e3,1E+2,0,-0,true,false,null]]`,
	` [ [ "x" , 1 ] , null ] `,
	`["count","North Korea","soldier","10000","k",["10,000",1,7,10000],null,["2024",0,4,"2024","year"]]`,
	`[["tab\there","quote\"d","back\\slash","\ud83d\ude00","\/"]]`,
	"[[\"bad \xff byte\"]]",
	`[[01]]`, `[[1.]]`, `[[.5]]`, `[[1e]]`, `[[-]]`, `[[1e999]]`,
	`[{"Text":"old form"}]`,
	`[["unterminated]]`, `[[1,]]`, `[[1 2]]`, `[[1]] x`, `[["a"]`, `["a"]`, `[1]`,
	"[[\"ctl \x01\"]]",
	`[[tru]]`, `[[nul]]`, ``,
}

// TestParseRows checks the positional reader against encoding/json on
// every sample: the same rows, or an error where encoding/json gives one.
func TestParseRows(t *testing.T) {
	for _, src := range compactSamples {
		t.Run(src, func(t *testing.T) { checkParseRows(t, src) })
	}
}

// TestParseRowsFields reads each kind of field back through row's
// accessors.
func TestParseRowsFields(t *testing.T) {
	rows, err := parseRows(`[["a\u003e",-1.5e3,true,null,"Infinity",["x",2]],[]]`)
	if err != nil {
		t.Fatal(err)
	}
	r := rows[0]
	sub, ok := r.sub(5)
	if got, want := []any{len(rows), r.str(0), r.num(1), r.bool(2), math.IsNaN(r.num(3)), math.IsInf(r.num(4), 1), ok, sub.str(0), sub.int(1), r.str(9), len(rows[1])},
		[]any{2, "a>", -1500.0, true, true, true, true, "x", 2, "", 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("fields = %v, want %v", got, want)
	}
}

func checkParseRows(t *testing.T, src string) {
	want, wantErr := decodeRows(src)
	got, err := parseRows(src)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("parseRows(%q) error %v, want %v", src, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Errorf("parseRows(%q) = %#v, want %#v", src, got, want)
	}
	var list []any
	wantRow, wantErr := row(nil), json.Unmarshal([]byte(src), &list)
	if wantErr == nil {
		wantRow, wantErr = anyRow(list)
	}
	gotRow, err := parseRow([]byte(src))
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("parseRow(%q) error %v, want %v", src, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(gotRow, wantRow) {
		t.Errorf("parseRow(%q) = %#v, want %#v", src, gotRow, wantRow)
	}
}

func FuzzParseRows(f *testing.F) {
	for _, src := range compactSamples {
		f.Add(src)
	}
	f.Fuzz(checkParseRows)
}

// BenchmarkParseRows reads a claim's entities as the search page does.
func BenchmarkParseRows(b *testing.B) {
	src := `[["United States 17","country","মার্কিন যুক্তরাষ্ট্র",22,42],["Russia 17","country","রাশিয়ার",75,83],["North Korea 17","country","উত্তর কোরিয়ার",157,171],["North Korea 17","country","উত্তর কোরিয়ান",191,205],["Russia 17","country","রাশিয়ার",213,221],["Ukraine 17","country","ইউক্রেনের",227,236]]`
	b.Run("parseRows", func(b *testing.B) {
		for b.Loop() {
			if _, err := parseRows(src); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			if _, err := decodeRows(src); err != nil {
				b.Fatal(err)
			}
		}
	})
}
