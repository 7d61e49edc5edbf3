package store

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"

	"github.com/claimdesk/claimdesk/claims"
)

//go:embed data/confusables.txt
var confusablesTxt string

// lookAlikes maps a letter of another script to the Latin letter it passes
// for (data/confusables.txt).
var lookAlikes = mustParseConfusables(confusablesTxt)

func mustParseConfusables(src string) map[rune]rune {
	m, err := parseConfusables(src)
	if err != nil {
		panic(err)
	}
	return m
}

func parseConfusables(src string) (map[rune]rune, error) {
	m := map[rune]rune{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		from, to, ok := strings.Cut(line, "\t")
		if !ok || utf8.RuneCountInString(from) != 1 || utf8.RuneCountInString(to) != 1 {
			return nil, fmt.Errorf("confusables.txt line %d: want one letter, a tab, one letter: %q", n, line)
		}
		f, _ := utf8.DecodeRuneInString(from)
		t, _ := utf8.DecodeRuneInString(to)
		if _, dup := m[f]; dup {
			return nil, fmt.Errorf("confusables.txt line %d: %q listed twice", n, from)
		}
		m[f] = t
	}
	return m, sc.Err()
}

// UserNameKey is what two user names are compared by: NFKC (so full-width
// and ligature forms are their plain letters), look-alike letters of other
// scripts mapped to the Latin letter they pass for, then the PRECIS
// UsernameCaseMapped profile (RFC 8265: case folded, NFC). Admin, ADMIN and
// аdmin (Cyrillic а) all have the key admin, so none may sit beside admin in
// the history. A name the profile refuses is EINVALID.
func UserNameKey(name string) (string, error) {
	s := norm.NFKC.String(name)
	s = strings.Map(func(r rune) rune {
		if t, ok := lookAlikes[r]; ok {
			return t
		}
		return r
	}, s)
	key, err := precis.UsernameCaseMapped.String(s)
	if err != nil {
		return "", claims.Errorf(claims.EINVALID, "The user name %q has characters a user name may not have.", name)
	}
	return key, nil
}
