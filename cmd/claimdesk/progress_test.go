package main

import (
	"bytes"
	"testing"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name        string
		done, total int
		width       int
		file        string
		want        string
	}{
		{"start", 0, 4, 40, "a.txt", "[>            ] 0/4 a.txt"},
		{"half", 2, 4, 40, "a.txt", "[======>      ] 2/4 a.txt"},
		{"done", 4, 4, 40, "a.txt", "[=============] 4/4 a.txt"},
		{"long name cut to the width", 1, 4, 40, "003_c2713db5242469b2.txt", "[===>         ] 1/4 003_c2713db5242469…"},
		{"Bengali name cut by runes", 0, 1, 30, "উত্তর_কোরিয়া_সেনা.txt", "[>         ] 0/1 উত্তর_কোরিয…"},
	}
	// The bar takes a third of the width (at most 30), and the line stops
	// one column short of the edge so the terminal never wraps it.
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &progress{width: tt.width, total: tt.total, done: tt.done, name: tt.file}
			if got := p.line(); got != tt.want {
				t.Errorf("line() = %q, want %q", got, tt.want)
			}
		})
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
