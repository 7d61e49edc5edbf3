package claims

import (
	"strings"
	"unicode/utf8"
)

// ReasonAgencyCredit is the residue reason for a line that only names the
// agency a story came from ("— ANI", "(PTI)").
const ReasonAgencyCredit = "agency credit"

// callMaxWords is the longest line taken for a call to action.
const callMaxWords = 12

// Calls to action, loaded once from data/residue_calls.txt as match keys.
var callOpenings, callClosings, callPlatforms = loadCalls(textDataList("residue_calls.txt"))

// callVerbs open a line that is a call only when it names a platform.
var callVerbs = []string{"follow ", "join ", "subscribe "}

// loadCalls sorts the entries of residue_calls.txt by their label.
func loadCalls(entries []string) (open, closing, platform []string) {
	for _, e := range entries {
		label, phrase, ok := strings.Cut(e, ":")
		if !ok {
			continue
		}
		key := MatchKey(phrase)
		switch strings.TrimSpace(label) {
		case "open":
			open = append(open, key)
		case "close":
			closing = append(closing, key)
		case "platform":
			platform = append(platform, key)
		}
	}
	return sortedByLength(open), sortedByLength(closing), platform
}

// isCallToAction reports whether a short line asks the reader to follow,
// subscribe, click or download, or only credits who wrote or edited the
// story. key is the line's match key, t the line.
func isCallToAction(key, t string) bool {
	return callPhraseIn(strings.TrimRight(key, " .!।:")) && len(strings.Fields(t)) <= callMaxWords
}

// callPhraseIn reports whether key opens or closes with a call phrase, or
// opens with a call verb and names a platform.
func callPhraseIn(key string) bool {
	for _, p := range callOpenings {
		if strings.HasPrefix(key, p) && (len(key) == len(p) || key[len(p)] == ' ') {
			return true
		}
	}
	for _, p := range callClosings {
		if strings.HasSuffix(key, p) && (len(key) == len(p) || key[len(key)-len(p)-1] == ' ') {
			return true
		}
	}
	for _, v := range callVerbs {
		if !strings.HasPrefix(key, v) {
			continue
		}
		for _, p := range callPlatforms {
			if strings.Contains(key, p) {
				return true
			}
		}
	}
	return false
}

// isAgencyCredit reports whether t names nothing but a news agency, behind a
// dash or in brackets: the sign-off of a wire story ("— ANI", "(PTI)").
func isAgencyCredit(t string) bool {
	s := strings.TrimLeft(t, "—–-―( ")
	s = strings.TrimRight(s, ") .")
	if s == "" || len(s) == len(t) || utf8.RuneCountInString(s) > 40 {
		return false
	}
	return agencyPrefix(s) == s
}
