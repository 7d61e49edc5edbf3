package store

import (
	"strconv"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
)

// Limits on what reviewers write. Every saved revision of a note or a
// rationale goes into the history whole (old and new), so without a bound
// one pasted book per save made a 41.9 MB history on one conflict. 20,000
// characters is some eight pages: room for any reasoning, with the sources
// linked rather than pasted.
const (
	MaxNoteLen      = 20000 // a conflict's note, a hand-flagged pair's note
	MaxRationaleLen = 20000 // a verdict's rationale
	MaxEvidenceURLs = 50    // links in one evidence list
	MaxURLLen       = 2000  // characters in one link (what browsers and crawlers keep)
)

// checkLength refuses text longer than max characters, naming what it is
// and by how much it is over.
func checkLength(what string, text string, max int) error {
	if n := utf8.RuneCountInString(text); n > max {
		return claims.Errorf(claims.EINVALID, "%s may be at most %s characters; this one has %s. Shorten it, or link to a longer document in the evidence.",
			what, thousands(max), thousands(n))
	}
	return nil
}

// checkEvidence refuses an evidence list with too many links or a link too
// long.
func checkEvidence(urls []string) error {
	if len(urls) > MaxEvidenceURLs {
		return claims.Errorf(claims.EINVALID, "An evidence list may hold at most %d links; this one has %d.", MaxEvidenceURLs, len(urls))
	}
	for i, u := range urls {
		if n := utf8.RuneCountInString(u); n > MaxURLLen {
			return claims.Errorf(claims.EINVALID, "Evidence line %d is %s characters long; a link may be at most %s.", i+1, thousands(n), thousands(MaxURLLen))
		}
	}
	return nil
}

// thousands writes n with comma separators (20,000), as the messages do.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
