package claims

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// offsetSeg maps a run of clean runes back to the body runes it came from.
// A linear run was copied one rune for one rune; any other run (an NFC
// composition, a reordered mark sequence, a folded space run) maps as a
// whole, so a span never starts or ends inside what one body segment became.
type offsetSeg struct {
	clean, raw int32 // first rune in clean text and in body
	n, rawN    int32 // runes in clean text and in body
	linear     bool
}

// RawSpan returns the body rune span [start, end) that clean rune span
// [i, j) came from: exact for every script, since NFC segments map whole.
// Out-of-range indexes are clamped into the text.
func (c Cleaned) RawSpan(i, j int) (start, end int) {
	i = min(max(i, 0), c.textLen)
	j = min(max(j, i), c.textLen)
	start = c.rawAt(i, false)
	if j == i {
		return start, start
	}
	return start, max(start, c.rawAt(j-1, true))
}

// rawAt maps clean rune k to the body: where it starts, or with end set,
// where it ends. k == textLen maps to the end of the body text.
func (c Cleaned) rawAt(k int, end bool) int {
	segs := c.segs
	i := sort.Search(len(segs), func(i int) bool { return int(segs[i].clean+segs[i].n) > k })
	if i == len(segs) {
		return c.bodyLen
	}
	s := segs[i]
	switch {
	case s.linear && end:
		return int(s.raw) + k - int(s.clean) + 1
	case s.linear:
		return int(s.raw) + k - int(s.clean)
	case end:
		return int(s.raw + s.rawN)
	}
	return int(s.raw)
}

// cleanWriter builds the clean text and its offset map together.
type cleanWriter struct {
	b         strings.Builder
	segs      []offsetSeg
	n         int  // runes written
	lastSpace bool // the last rune written is a space: fold the next one
	iter      norm.Iter
}

// add records that clean runes [w.n, w.n+n) came from body runes
// [raw, raw+rawN), merging with the previous run when both are linear and
// adjacent.
func (w *cleanWriter) add(n, raw, rawN int, linear bool) {
	if k := len(w.segs) - 1; linear && k >= 0 {
		p := &w.segs[k]
		if p.linear && int(p.clean+p.n) == w.n && int(p.raw+p.rawN) == raw {
			p.n += int32(n)
			p.rawN += int32(rawN)
			w.n += n
			return
		}
	}
	w.segs = append(w.segs, offsetSeg{clean: int32(w.n), raw: int32(raw), n: int32(n), rawN: int32(rawN), linear: linear})
	w.n += n
}

// gap writes s (line breaks between kept lines) for body runes
// [raw, raw+rawN), which may hold removed lines.
func (w *cleanWriter) gap(s string, raw, rawN int) {
	w.b.WriteString(s)
	w.add(utf8.RuneCountInString(s), raw, rawN, false)
	w.lastSpace = true
}

// piece writes one kept stretch of a line: text starting at body rune raw.
// White-space runs fold to one space, invisible junk goes, and the rest is
// written in NFC with every changed segment mapped whole.
func (w *cleanWriter) piece(text string, raw int) {
	run, runRaw, runRunes := -1, 0, 0
	flush := func(end int) {
		if run >= 0 {
			w.normalized(text[run:end], runRaw, runRunes)
			run = -1
		}
	}
	r0 := raw
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' && !w.lastSpace:
			w.lastSpace = true
		case isSpaceRune(r):
			flush(i)
			if !w.lastSpace {
				w.b.WriteByte(' ')
				w.add(1, r0, 1, true)
				w.lastSpace = true
			}
			i += size
			r0++
			continue
		case isInvisibleJunk(r):
			flush(i)
			i += size
			r0++
			continue
		default:
			w.lastSpace = false
		}
		if run < 0 {
			run, runRaw, runRunes = i, r0, 0
		}
		runRunes++
		i += size
		r0++
	}
	flush(len(text))
}

// normalized writes s (runes body runes from raw) in NFC.
func (w *cleanWriter) normalized(s string, raw, runes int) {
	if norm.NFC.IsNormalString(s) {
		w.b.WriteString(s)
		w.add(runes, raw, runes, true)
		return
	}
	w.iter.InitString(norm.NFC, s)
	at := 0
	for !w.iter.Done() {
		out := w.iter.Next()
		next := w.iter.Pos()
		in := s[at:next]
		inRunes := utf8.RuneCountInString(in)
		w.b.Write(out)
		if string(out) == in {
			w.add(inRunes, raw, inRunes, true)
		} else {
			w.add(utf8.RuneCount(out), raw, inRunes, false)
		}
		raw += inRunes
		at = next
	}
}
