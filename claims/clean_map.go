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
	buf       []byte  // scratch: a piece without junk, spaces folded
	src       []int32 // scratch: body rune of each rune in buf
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
// written in NFC with every changed segment mapped whole. Junk is removed
// before NFC, so that a mark split from its letter by a zero-width space
// still composes with it.
//
// It returns the number of body runes text holds.
func (w *cleanWriter) piece(text string, raw int) int {
	if n, ok := w.plain(text); ok {
		w.b.WriteString(text)
		w.add(n, raw, n, true)
		w.lastSpace = text[len(text)-1] == ' '
		return n
	}
	start := raw
	f, src := w.buf[:0], w.src[:0]
	for _, r := range text {
		switch {
		case isSpaceRune(r):
			if !w.lastSpace {
				f = append(f, ' ')
				src = append(src, int32(raw))
				w.lastSpace = true
			}
		case isInvisibleJunk(r):
		default:
			f = utf8.AppendRune(f, r)
			src = append(src, int32(raw))
			w.lastSpace = false
		}
		raw++
	}
	w.buf, w.src = f, src
	w.normalized(string(f), src)
	return raw - start
}

// plain reports whether text can be written as it is: NFC, no invisible
// junk, no white space but single ASCII spaces, none where one was just
// written. n is its length in runes. One pass does all the checks, since
// every kept rune of every article goes through it.
func (w *cleanWriter) plain(text string) (n int, ok bool) {
	space := w.lastSpace
	var prev rune
	var prevCCC uint8
	unknown := false
	for i := 0; i < len(text); n++ {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return 0, false
				}
				space = true
			case c < ' ' || c == 0x7f:
				return 0, false
			default:
				space = false
			}
			prev, prevCCC = rune(c), 0
			i++
			continue
		}
		if c == 0xE0 {
			// Indic letters NFC keeps whatever comes before them, a run
			// of them at a time (the loop's n++ counts the last).
			if end, k := indicRunOf(text, i, &nfcIndicPlain); k > 0 {
				prev, _ = indicRune(text, end-3)
				space, prevCCC = false, 0
				n += k - 1
				i = end
				continue
			}
		}
		r, ok := indicRune(text, i)
		size := 3
		if !ok {
			r, size = decodeRune(text, i)
		}
		i += size
		if isSpaceRune(r) || isInvisibleJunk(r) {
			return 0, false
		}
		space = false
		ccc, verdict := nfcStep(prev, prevCCC, r)
		switch verdict {
		case nfcNo:
			return 0, false
		case nfcUnknown:
			unknown = true
		}
		prev, prevCCC = r, ccc
	}
	if unknown && !norm.NFC.IsNormalString(text) {
		return 0, false
	}
	return n, n > 0
}

// normalized writes s in NFC; src[i] is the body rune that rune i of s
// came from.
func (w *cleanWriter) normalized(s string, src []int32) {
	if isNFC(s) {
		w.b.WriteString(s)
		for _, r := range src {
			w.add(1, int(r), 1, true)
		}
		return
	}
	w.iter.InitString(norm.NFC, s)
	at, k := 0, 0 // byte and rune position in s
	for !w.iter.Done() {
		out := w.iter.Next()
		next := w.iter.Pos()
		in := s[at:next]
		n := utf8.RuneCountInString(in)
		w.b.Write(out)
		if string(out) == in {
			for _, r := range src[k : k+n] {
				w.add(1, int(r), 1, true)
			}
		} else {
			first, last := int(src[k]), int(src[k+n-1])
			w.add(utf8.RuneCount(out), first, last+1-first, false)
		}
		at, k = next, k+n
	}
}
