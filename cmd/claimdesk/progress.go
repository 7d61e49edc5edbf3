package main

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on a terminal: "[=====>    ] 3/5
// name". It draws nothing when its writer is not a terminal (a pipe, a file,
// a CI log), where carriage returns would only garble the output.
type progress struct {
	w      io.Writer
	on     bool
	width  int // of the terminal, in columns
	total  int
	done   int
	name   string
	drawn  bool // a bar is on screen and must be cleared before other output
	last   time.Time
	minGap time.Duration
}

// newProgress returns a bar for total steps on w, switched on only when w is
// a terminal and TERM does not say it cannot redraw a line.
func newProgress(w io.Writer, total int, getenv func(string) string) *progress {
	p := &progress{w: w, total: total, width: 80, minGap: 100 * time.Millisecond}
	fd, ok := terminalFd(w)
	if !ok || getenv("TERM") == "dumb" {
		return p
	}
	p.on = true
	if cols, _, err := term.GetSize(fd); err == nil && cols > 20 {
		p.width = cols
	}
	return p
}

// terminalFd returns w's file descriptor when w is a terminal.
func terminalFd(w io.Writer) (int, bool) {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return 0, false
	}
	fd := int(f.Fd())
	return fd, term.IsTerminal(fd)
}

// start shows that work on name has begun.
func (p *progress) start(name string) {
	p.name = name
	p.draw(false)
}

// step counts one finished step.
func (p *progress) step() {
	p.done++
	p.draw(p.done == p.total)
}

// clear removes the bar so other output starts on a clean line; the next
// start or step draws it again.
func (p *progress) clear() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// draw redraws the bar, at most every minGap unless forced, so that a
// thousand small files do not spend their time writing escape codes.
func (p *progress) draw(force bool) {
	if !p.on {
		return
	}
	now := time.Now()
	if !force && p.drawn && now.Sub(p.last) < p.minGap {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r\x1b[K"+p.line())
	p.drawn = true
}

// line renders the bar to fit the terminal's width.
func (p *progress) line() string {
	count := fmt.Sprintf(" %d/%d ", p.done, p.total)
	barWidth := min(30, p.width/3)
	filled := 0
	if p.total > 0 {
		filled = barWidth * p.done / p.total
	}
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	room := p.width - barWidth - 2 - len(count) - 1
	return "[" + bar + "]" + count + truncateRunes(p.name, room)
}

// truncateRunes shortens s to at most n runes, marking the cut with "…".
func truncateRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
