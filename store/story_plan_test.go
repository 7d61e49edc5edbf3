package store

import (
	"strings"
	"testing"
)

// TestStoryStartPlan holds a story's start to 030's partial index, which a
// bound kind (kind = ?) kept the planner from reading: it walked all the
// story's signals.
func TestStoryStartPlan(t *testing.T) {
	db := mustOpenPlanDB(t)
	if got := mustPlan(t, db, storyStartSQL, []any{1}); !strings.Contains(got, "story_signals_start") {
		t.Errorf("plan:\n%s\nwant a story's start read from story_signals_start", got)
	}
}
