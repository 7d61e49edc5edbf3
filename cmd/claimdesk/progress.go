package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is the import's progress bar, drawn by schollz/progressbar:
// "a.txt  40% |████        | (2/5) [1s:2s]". It draws nothing when its
// writer is not a terminal (a pipe, a file, a CI log), where carriage
// returns would only garble the output.
type progress struct {
	bar *progressbar.ProgressBar
	on  bool
}

// newProgress returns a bar for total steps on w, switched on only when w is
// a terminal and TERM does not say it cannot redraw a line.
func newProgress(w io.Writer, total int, getenv func(string) string) *progress {
	on := isTerminal(w) && getenv("TERM") != "dumb"
	// Redrawn at most every 100 ms, so that a thousand small files do not
	// spend their time writing escape codes.
	return newBar(w, total, on, 100*time.Millisecond)
}

func newBar(w io.Writer, total int, on bool, throttle time.Duration) *progress {
	p := &progress{on: on}
	if !on {
		return p
	}
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(throttle),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)
	return p
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// start shows that work on name has begun.
func (p *progress) start(name string) {
	if p.on {
		p.bar.Describe(name)
	}
}

// step counts one finished step.
func (p *progress) step() {
	if p.on {
		p.bar.Add(1)
	}
}

// clear removes the bar so other output starts on a clean line; the next
// start or step draws it again.
func (p *progress) clear() {
	if p.on {
		p.bar.Clear()
	}
}
