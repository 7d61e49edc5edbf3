package main

import (
	"strings"
	"testing"
)

func TestStoryCommand(t *testing.T) {
	db := mustSeedDB(t)
	stories := func() map[string]string {
		rows, _ := mustExport(t, db, "stories")
		out := map[string]string{}
		for _, r := range rows {
			out[r["article"][:3]] = r["story_id"]
		}
		return out
	}
	before := stories()
	if before["000"] == before["003"] {
		t.Fatalf("000 and 003 start in one story (%v): the test needs them apart", before)
	}
	r := mustRunCLI(t, "story", "move", "--db", db, "003_c2713db5242469b2.txt", before["000"])
	if !strings.Contains(r.stdout, "is now in story "+before["000"]) {
		t.Errorf("move said %q", r.stdout)
	}
	if got := stories()["003"]; got != before["000"] {
		t.Errorf("003 in story %s after the move, want %s", got, before["000"])
	}
	if list := mustRunCLI(t, "story", "list", "--db", db).stdout; !strings.Contains(list, "moved by command line") {
		t.Errorf("story list does not say the article was moved:\n%s", list)
	}
	disputed, _ := mustExport(t, db, "facts", "--status", "disputed")
	for _, row := range disputed {
		if row["status"] != "disputed" {
			t.Errorf("--status disputed gave a %s row", row["status"])
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"story", "move", "--db", db, "nope.txt", "1"}, "No article"},
		{[]string{"story", "move", "--db", db, "1", "x"}, "not a story id"},
		{[]string{"story", "merge", "--db", db, "1", "1"}, "into itself"},
		{[]string{"story", "frobnicate", "--db", db}, "unknown subcommand"},
		{[]string{"export", "facts", "--db", db, "--status", "argued"}, "Unknown fact status"},
	} {
		if r := runCLI(t, tt.args...); r.err == nil || !strings.Contains(r.err.Error(), tt.want) {
			t.Errorf("claimdesk %s: err = %v, want %q", strings.Join(tt.args, " "), r.err, tt.want)
		}
	}
}
