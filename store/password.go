package store

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"github.com/claimdesk/claimdesk/claims"
)

// MinPasswordLen is the shortest password a user may set, in characters
// (NIST SP 800-63B and OWASP ask for length, not composition rules).
const MinPasswordLen = 12

//go:embed data/common_passwords.txt
var commonPasswordsTxt string

// commonPasswords holds data/common_passwords.txt, lower-cased.
var commonPasswords = func() map[string]struct{} {
	m := make(map[string]struct{}, 50000)
	sc := bufio.NewScanner(strings.NewReader(commonPasswordsTxt))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[strings.ToLower(line)] = struct{}{}
	}
	return m
}()

// checkPassword refuses, with an EINVALID that says why, a password that is
// short, too long for bcrypt, common, a common one with digits or symbols
// added at the end, one short piece repeated (aaaaaaaaaaaa, abcabcabcabc), a
// run along the digits or the alphabet, or the user's own name with a little
// added.
func checkPassword(name, password string) error {
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return claims.Errorf(claims.EINVALID, "A password must be at least %d characters long.", MinPasswordLen)
	}
	// bcrypt ignores everything past 72 bytes; refusing is clearer than
	// silently accepting a longer password that only partly counts.
	if len(password) > 72 {
		return claims.Errorf(claims.EINVALID, "A password may be at most 72 bytes long.")
	}
	lower := strings.ToLower(password)
	if _, ok := commonPasswords[lower]; ok {
		return claims.Errorf(claims.EINVALID, "That password is on a list of common passwords that attackers try first; choose another.")
	}
	base := strings.TrimRightFunc(lower, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || r == ' ' })
	if _, ok := commonPasswords[base]; ok && utf8.RuneCountInString(base) >= 4 {
		return claims.Errorf(claims.EINVALID, "That password is a common password with digits or symbols added; choose another.")
	}
	if repeated(lower) || sequential(lower) {
		return claims.Errorf(claims.EINVALID, "That password repeats a few characters or runs along the keyboard's digits or the alphabet; choose another.")
	}
	if key, err := UserNameKey(name); err == nil && key != "" && strings.Contains(lower, key) {
		rest := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, strings.ReplaceAll(lower, key, ""))
		if utf8.RuneCountInString(rest) < 6 {
			return claims.Errorf(claims.EINVALID, "A password may not be mostly the user name; choose another.")
		}
	}
	return nil
}

// sequential reports whether every character of s is the one before it, or
// the one after, or the same (123456789012, abcdefghijkl, 987654321098).
func sequential(s string) bool {
	r := []rune(s)
	for i := 1; i < len(r); i++ {
		d := r[i] - r[i-1]
		wrap := (r[i-1] == '9' && r[i] == '0') || (r[i-1] == '0' && r[i] == '9')
		if d < -1 || d > 1 {
			if !wrap {
				return false
			}
		}
	}
	return true
}

// repeated reports whether s is one piece of at most 4 characters said over
// and over (aaaaaaaaaaaa, abababababab, 123412341234).
func repeated(s string) bool {
	r := []rune(s)
	for unit := 1; unit <= 4 && unit < len(r); unit++ {
		if len(r)%unit != 0 {
			continue
		}
		same := true
		for i := unit; i < len(r) && same; i++ {
			same = r[i] == r[i-unit]
		}
		if same {
			return true
		}
	}
	return false
}

func hashPassword(name, password string) (string, error) {
	if err := checkPassword(name, password); err != nil {
		return "", err
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), BcryptCost)
	if err != nil {
		return "", err
	}
	return string(h), nil
}
