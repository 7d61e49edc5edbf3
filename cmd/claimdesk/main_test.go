package main

import (
	"strings"
	"testing"
)

func TestHelpIsNotAFailure(t *testing.T) {
	tests := []struct {
		args []string
		want string // printed on stdout or stderr
	}{
		{[]string{"help"}, "commands:"},
		{[]string{"serve", "-h"}, "-addr"},
		{[]string{"import", "-h"}, "PATH"},
		{[]string{"export", "-h"}, "--bom"},
		{[]string{"user", "-h"}, "claimdesk user add"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runCLI(t, tt.args...)
			if r.err != nil {
				t.Fatalf("got error %v, want none", r.err)
			}
			if !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("output %q lacks %q", r.stdout+r.stderr, tt.want)
			}
		})
	}
}

func TestUnknownCommandFails(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"user", "delete", "x"}} {
		if r := runCLI(t, args...); r.err == nil {
			t.Errorf("claimdesk %v: got no error, want one", args)
		}
	}
}
