package claims

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// textData holds the word lists of cleaning, segmentation and language
// detection, and the Latin codes the flags let stand: one entry a line,
// "#" starts a comment.
//
//go:embed data/teasers_*.txt data/residue_*.txt data/abbreviations*.txt data/stopwords_*.txt data/latin_codes.txt
var textData embed.FS

// textDataList returns the entries of data file name, NFC-normalised and
// trimmed, comments and blank lines skipped. A missing file is a build
// mistake, so it panics at init rather than cleaning with an empty list.
func textDataList(name string) []string {
	b, err := textData.ReadFile(path.Join("data", name))
	if err != nil {
		panic("claims: embedded data: " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, NormalizeText(line))
	}
	return out
}

// textDataGlob returns the entries of every data file matching pattern
// (teasers_*.txt), all languages together.
func textDataGlob(pattern string) []string {
	names, err := fs.Glob(textData, path.Join("data", pattern))
	if err != nil {
		panic("claims: embedded data: " + err.Error())
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		out = append(out, textDataList(path.Base(n))...)
	}
	return out
}

// textDataKeys returns the match keys of a list's entries as a set.
func textDataKeys(entries []string) map[string]bool {
	set := make(map[string]bool, len(entries))
	for _, e := range entries {
		set[MatchKey(e)] = true
	}
	return set
}
