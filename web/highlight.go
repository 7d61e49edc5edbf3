package web

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
)

// TextPart is a run of a claim's text, marked when it is a span the reviewer
// should look at (a differing figure or title).
type TextPart struct {
	Text string
	Mark bool
}

// span is a rune range of a claim's text.
type span struct{ start, end int }

// markSpans cuts text into parts with the given rune spans marked. Spans that
// fall outside the text or overlap an earlier one are skipped rather than
// trusted: offsets come from stored data.
func markSpans(text string, spans []span) []TextPart {
	if !utf8.ValidString(text) {
		return markRunes([]rune(text), spans)
	}
	// The parts are slices of text, cut at the byte offset of each rune
	// (at[i] is where rune i starts): a search page marks 100 claims, and
	// copying each through []rune and back was a tenth of its CPU.
	at := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		at = append(at, i)
	}
	at = append(at, len(text))
	n := len(at) - 1
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []TextPart
	done := 0
	for _, sp := range spans {
		if sp.start < done || sp.end > n || sp.start >= sp.end {
			continue
		}
		if sp.start > done {
			out = append(out, TextPart{Text: text[at[done]:at[sp.start]]})
		}
		out = append(out, TextPart{Text: text[at[sp.start]:at[sp.end]], Mark: true})
		done = sp.end
	}
	if done < n {
		out = append(out, TextPart{Text: text[at[done]:]})
	}
	return out
}

// markRunes is markSpans for a text that is not valid UTF-8, whose bad
// bytes become U+FFFD.
func markRunes(runes []rune, spans []span) []TextPart {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []TextPart
	at := 0
	for _, sp := range spans {
		if sp.start < at || sp.end > len(runes) || sp.start >= sp.end {
			continue
		}
		if sp.start > at {
			out = append(out, TextPart{Text: string(runes[at:sp.start])})
		}
		out = append(out, TextPart{Text: string(runes[sp.start:sp.end]), Mark: true})
		at = sp.end
	}
	if at < len(runes) {
		out = append(out, TextPart{Text: string(runes[at:])})
	}
	return out
}

// facetSpan is where in its claim's text a facet's value is written, when
// known.
func facetSpan(f *claims.Facet) (span, bool) {
	switch {
	case f == nil:
		return span{}, false
	case f.Quantity != nil:
		return span{f.Quantity.Start, f.Quantity.End}, true
	case f.Role != nil:
		return span{f.Role.Start, f.Role.End}, true
	case f.Date != nil:
		return span{f.Date.Start, f.Date.End}, true
	}
	return span{}, false
}

// findSpan looks for value written literally in text (case-insensitive), the
// fallback for a hand-raised pair whose facets were never extracted.
func findSpan(text, value string) (span, bool) {
	if value == "" {
		return span{}, false
	}
	lt, lv := strings.ToLower(text), strings.ToLower(value)
	i := strings.Index(lt, lv)
	// ToLower can change byte lengths; only trust the hit when it did not.
	if i < 0 || len(lt) != len(text) {
		return span{}, false
	}
	start := len([]rune(text[:i]))
	return span{start, start + len([]rune(text[i:i+len(value)]))}, true
}
