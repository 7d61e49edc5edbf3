package web

import (
	"reflect"
	"testing"
)

// TestMarkSpans checks the parts cut at byte offsets against the parts cut
// from the text's runes, the way markSpans cut them before: spans in and
// out of range, overlapping, empty, in Bengali, Devanagari and Latin.
func TestMarkSpans(t *testing.T) {
	texts := []string{"", "Kim met Putin", "কিম জং উন পুতিনের সাথে", "किमान 1.5 उत्तर कोरियाच्या सैन्याला"}
	spanSets := [][]span{
		nil,
		{{0, 3}},
		{{4, 7}, {0, 3}},
		{{0, 5}, {2, 4}, {6, 9}},
		{{3, 3}, {5, 2}, {-1, 2}, {8, 99}, {9, 12}},
		{{0, 1000}},
	}
	for _, text := range texts {
		for _, spans := range spanSets {
			got := markSpans(text, append([]span(nil), spans...))
			want := markRunes([]rune(text), append([]span(nil), spans...))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("markSpans(%q, %v) = %v, want %v", text, spans, got, want)
			}
		}
	}
	if got, want := markSpans("a\xffb", []span{{1, 2}}), []TextPart{{Text: "a"}, {Text: "\uFFFD", Mark: true}, {Text: "b"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("markSpans of a bad byte = %v, want %v", got, want)
	}
}
