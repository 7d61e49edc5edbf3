package claims

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Cleaned is an article body after normalisation and residue removal, with
// the map from its runes back to the body's.
type Cleaned struct {
	// Text is the clean text: NFC, one kept line per line (a blank line
	// between paragraphs), runs of white space folded to one space, invisible
	// junk (zero-width spaces, byte-order marks, soft hyphens) removed. ZWJ
	// and ZWNJ stay: they shape Indic conjuncts.
	Text string
	// Title is the first line when it looks like a headline (repeated, or
	// short and set apart), NFC; "" otherwise.
	Title string
	// Removed is the page residue taken out, spans in body runes, in order.
	Removed []Residue
	// Flags are article-level findings of cleaning (a photo credit run into
	// the first word), spans in body runes.
	Flags []Flag

	segs    []offsetSeg
	textLen int // runes of Text
	bodyLen int // runes of the body
}

// Residue reasons, in the reviewer's words.
const (
	ReasonAdMarker        = "ad marker"
	ReasonSourceLink      = "source link"
	ReasonHTMLFragment    = "HTML fragment"
	ReasonLinkText        = "link text"
	ReasonTweetEmbed      = "tweet embed"
	ReasonEmbedLeadIn     = "embed lead-in"
	ReasonReadMoreTeaser  = "read-more teaser"
	ReasonPhotoCredit     = "photo credit"
	ReasonSiteFurniture   = "site furniture"
	ReasonTruncatedTeaser = "truncated teaser"
	ReasonRepeatedTitle   = "repeated title"
	ReasonDateline        = "dateline"
	ReasonByline          = "byline"
)

// cleanLine is one line of the body while residue is found: byte offsets
// into the body, the line break excluded.
type cleanLine struct {
	start, end int
	cuts       []cleanCut // residue inside the line, sorted, not overlapping
	blank      bool       // nothing but white space in the body
}

// cleanCut is residue found in a line, in body bytes.
type cleanCut struct {
	start, end int
	reason     string
}

// cleanFlag is an article flag found while cleaning, in body bytes.
type cleanFlag struct {
	start, end int
	kind, note string
}

// Clean normalises an article body and removes page residue: ad markers,
// HTML fragments and CMS tags, file paths, tweet embeds, teasers, photo
// credits, site furniture, mastheads, desk labels, date lines, a repeated
// title or paragraph, a dateline, the fragment a cut-off excerpt ends on.
// What goes is kept in Removed with its reason, and RawSpan maps any clean
// span back to the body exactly.
func Clean(body string) Cleaned { return CleanSource(body, SourceLines{}) }

// CleanSource is Clean that also removes the lines the source repeats
// across its articles (src, from LearnSourceLines), unless they read as
// prose.
func CleanSource(body string, src SourceLines) Cleaned {
	lines := splitCleanLines(body)
	var flags []cleanFlag
	for i := range lines {
		l := &lines[i]
		if l.blank {
			continue
		}
		l.cuts = inlineCuts(body, l.start, l.end)
		if reason := wholeLineReason(keptText(body, l)); reason != "" {
			l.cuts = []cleanCut{{l.start, l.end, reason}}
			continue
		}
		if start, stop := keptStart(body, l); start < stop {
			if n := deskLabelPrefixLen(body[start:stop]); n > 0 {
				l.cuts = insertCut(l.cuts, cleanCut{start, start + n, ReasonDeskLabels})
			}
		}
		if c, f, ok := agencyCredit(body, l); ok {
			l.cuts = insertCut(l.cuts, c)
			if f.kind != "" {
				flags = append(flags, f)
			}
		}
	}
	markSourceRepeats(body, lines, src)
	// The foot first: a listed headline goes as the list's, with the
	// reason a reviewer recognises, before its neighbours judge it.
	markFootTeasers(body, lines)
	markRelatedList(body, lines)
	markBetweenFurniture(body, lines)
	title := markTitle(body, lines)
	markDateline(body, lines, title != "")
	markRepeatedParagraphs(body, lines)
	markCutOff(body, lines, title)
	return buildCleaned(body, lines, flags, title)
}

// splitCleanLines splits body at line breaks, a trailing "\r" dropped.
func splitCleanLines(body string) []cleanLine {
	lines := make([]cleanLine, 0, strings.Count(body, "\n")+1)
	for at := 0; at <= len(body); {
		j := strings.IndexByte(body[at:], '\n')
		end := len(body)
		if j >= 0 {
			end = at + j
		}
		e := end
		if e > at && body[e-1] == '\r' {
			e--
		}
		lines = append(lines, cleanLine{start: at, end: e, blank: isBlank(body[at:e])})
		if j < 0 {
			break
		}
		at = end + 1
	}
	return lines
}

// keptText returns what remains of a line once its cuts are out, trimmed.
func keptText(body string, l *cleanLine) string {
	if len(l.cuts) == 0 {
		return strings.TrimFunc(body[l.start:l.end], isTrimRune)
	}
	if len(l.cuts) == 1 && l.cuts[0].start <= l.start && l.cuts[0].end >= l.end {
		return "" // gone whole: the passes over the page ask about such lines often
	}
	var b strings.Builder
	at := l.start
	for _, c := range l.cuts {
		b.WriteString(body[at:c.start])
		b.WriteByte(' ')
		at = c.end
	}
	b.WriteString(body[at:l.end])
	return strings.TrimFunc(b.String(), isTrimRune)
}

// keptStart returns the body byte where a line's kept text starts, and the
// end of the stretch before the next cut.
func keptStart(body string, l *cleanLine) (start, stop int) {
	at := l.start
	for _, c := range l.cuts {
		if s := at + len(body[at:c.start]) - len(strings.TrimLeftFunc(body[at:c.start], isTrimRune)); s < c.start {
			return s, c.start
		}
		at = c.end
	}
	return at + len(body[at:l.end]) - len(strings.TrimLeftFunc(body[at:l.end], isTrimRune)), l.end
}

// isTrimRune reports whether r goes from the ends of a line.
func isTrimRune(r rune) bool { return isSpaceRune(r) || isInvisibleJunk(r) }

// isContent reports whether a line keeps any text.
func isContent(body string, l *cleanLine) bool {
	return !l.blank && keptText(body, l) != ""
}

// insertCut adds c to sorted cuts, merging any it overlaps.
func insertCut(cuts []cleanCut, c cleanCut) []cleanCut {
	out := make([]cleanCut, 0, len(cuts)+1)
	for _, x := range cuts {
		if x.end <= c.start || x.start >= c.end {
			out = append(out, x)
			continue
		}
		c.start, c.end = min(c.start, x.start), max(c.end, x.end)
	}
	out = append(out, c)
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// markTitle finds the headline: the first content line, when the next
// content line repeats it (the repeat goes) or when it is short, has no
// sentence end and a blank line follows it.
func markTitle(body string, lines []cleanLine) string {
	first, second := -1, -1
	blankAfterFirst := false
	for i := range lines {
		if lines[i].blank {
			blankAfterFirst = blankAfterFirst || (first >= 0 && second < 0)
			continue
		}
		if !isContent(body, &lines[i]) {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		second = i
		break
	}
	if first < 0 {
		return ""
	}
	head := keptText(body, &lines[first])
	n := len(head) // bytes: a cheap upper bound of runes, enough for a headline
	if n <= 1200 {
		n = runeCount(head)
	}
	if second >= 0 && n <= 300 && sameLine(head, keptText(body, &lines[second])) {
		l := &lines[second]
		l.cuts = []cleanCut{{l.start, l.end, ReasonRepeatedTitle}}
		return NormalizeText(head)
	}
	if second >= 0 && blankAfterFirst && n <= 150 && !endsSentence(head) {
		return NormalizeText(head)
	}
	return ""
}

// sameLine reports whether two lines say the same, spacing, case and
// normalisation aside. Lines of very different length are not compared.
func sameLine(a, b string) bool {
	if len(a) > 2*len(b)+8 || len(b) > 2*len(a)+8 {
		return false
	}
	return MatchKey(a) == MatchKey(b)
}

// endsSentence reports whether s ends with sentence-final punctuation,
// closing quotes aside.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)] ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '|', runeDanda, runeDoubleDanda, runeBengaliDanda, '…', ':':
		return true
	}
	return false
}

// buildCleaned writes the kept text of every line and collects the residue
// and flags in body runes.
func buildCleaned(body string, lines []cleanLine, flags []cleanFlag, title string) Cleaned {
	var w cleanWriter
	w.b.Grow(len(body))
	w.lastSpace = true
	// One cursor walks the body once, cuts and pieces taken in byte order;
	// flags sit inside a cut and the piece after it, so they get their own.
	cur := runeCursor{s: body}
	flagCur := runeCursor{s: body}
	out := Cleaned{Title: title}
	prevEnd := -1     // body rune where the last written line ended
	blankGap := false // a blank body line since then
	fi := 0
	for i := range lines {
		l := &lines[i]
		if l.blank {
			blankGap = blankGap || prevEnd >= 0
			continue
		}
		for ; fi < len(flags) && flags[fi].start < l.end; fi++ {
			f := flags[fi]
			rs := flagCur.at(f.start)
			out.Flags = append(out.Flags, Flag{Kind: f.kind, Evidence: body[f.start:f.end], Note: f.note, Start: rs, End: flagCur.at(f.end)})
		}
		pieces := linePieces(body, l)
		cuts := l.cuts
		for k, p := range pieces {
			for len(cuts) > 0 && cuts[0].start < p[0] {
				out.Removed = append(out.Removed, cutResidue(body, &cur, cuts[0]))
				cuts = cuts[1:]
			}
			raw := cur.at(p[0])
			if k == 0 && prevEnd >= 0 {
				sep := "\n"
				if blankGap {
					sep = "\n\n"
				}
				w.gap(sep, prevEnd, raw-prevEnd)
			}
			cur.skip(p[1], w.piece(body[p[0]:p[1]], raw))
		}
		for _, c := range cuts {
			out.Removed = append(out.Removed, cutResidue(body, &cur, c))
		}
		if len(pieces) > 0 {
			prevEnd, blankGap = cur.at(pieces[len(pieces)-1][1]), false
		}
	}
	out.Text = w.b.String()
	out.segs = w.segs
	out.textLen = w.n
	out.bodyLen = cur.at(len(body))
	return out
}

// cutResidue returns cut c as a Residue in body runes.
func cutResidue(body string, cur *runeCursor, c cleanCut) Residue {
	rs := cur.at(c.start)
	return Residue{Start: rs, End: cur.at(c.end), Text: body[c.start:c.end], Reason: c.reason}
}

// linePieces returns the kept byte spans of a line: the stretches between
// cuts, trimmed at the line's two ends, blank stretches dropped.
func linePieces(body string, l *cleanLine) [][2]int {
	var ps [][2]int
	at := l.start
	for _, c := range append(l.cuts, cleanCut{start: l.end, end: l.end}) {
		if c.start > at && !isBlank(body[at:c.start]) {
			ps = append(ps, [2]int{at, c.start})
		}
		at = max(at, c.end)
	}
	if len(ps) == 0 {
		return nil
	}
	first, last := &ps[0], &ps[len(ps)-1]
	first[0] += len(body[first[0]:first[1]]) - len(strings.TrimLeftFunc(body[first[0]:first[1]], isTrimRune))
	last[1] -= len(body[last[0]:last[1]]) - len(strings.TrimRightFunc(body[last[0]:last[1]], isTrimRune))
	return ps
}

// runeCursor converts body byte offsets to rune offsets, counting from the
// last answer: Clean asks in nearly increasing order.
type runeCursor struct {
	s    string
	b, r int
}

// skip moves the cursor to byte offset b, n runes further on.
func (c *runeCursor) skip(b, n int) {
	c.b, c.r = b, c.r+n
}

// at returns the rune offset of byte offset b.
func (c *runeCursor) at(b int) int {
	if b < c.b {
		// A cut that starts inside the piece just written steps back a
		// little: count back from here, not again from the top (that made
		// a 5 MB article quadratic).
		c.r -= runeCount(c.s[b:c.b])
		c.b = b
		return c.r
	}
	c.r += runeCount(c.s[c.b:b])
	c.b = b
	return c.r
}
