package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestProgressDraws: on a terminal the bar names the file and counts the
// steps, and clear leaves the line empty for the next report.
func TestProgressDraws(t *testing.T) {
	var b bytes.Buffer
	p := newBar(&b, 4, true, 0)
	p.start("003_c2713db5242469b2.txt")
	p.step()
	p.step()
	out := b.String()
	for _, want := range []string{"003_c2713db5242469b2.txt", "(2/4)", "50%"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output %q lacks %q", out, want)
		}
	}
	b.Reset()
	p.clear()
	if got := strings.TrimSpace(b.String()); got != "" || !strings.HasSuffix(b.String(), "\r") {
		t.Errorf("clear wrote %q, want blanks and a return to the line's start", b.String())
	}
}

// TestProgressOffWhenNotTerminal: a pipe or a log file gets no bar at all.
func TestProgressOffWhenNotTerminal(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, 3, func(string) string { return "xterm" })
	p.start("a.txt")
	p.step()
	p.clear()
	if b.Len() != 0 {
		t.Errorf("progress wrote %q to a non-terminal, want nothing", b.String())
	}
}
