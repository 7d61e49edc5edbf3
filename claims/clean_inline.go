package claims

import (
	"strings"
	"unicode/utf8"
)

// inlineCuts finds residue inside line [start, end): ad markers, HTML tags
// and attribute fragments, and the link text a fragment leaves at the end
// of a sentence.
func inlineCuts(body string, start, end int) []cleanCut {
	line := body[start:end]
	// Three vectorised byte searches beat one ContainsAny, which walks the
	// line a byte at a time; most lines hold none of the three.
	if strings.IndexByte(line, '[') < 0 && strings.IndexByte(line, '<') < 0 && strings.IndexByte(line, '>') < 0 &&
		strings.IndexByte(line, '/') < 0 && strings.IndexByte(line, '~') < 0 && strings.IndexByte(line, '{') < 0 &&
		strings.IndexByte(line, '%') < 0 {
		return nil
	}
	var cuts []cleanCut
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '[':
			if n := adMarkerLen(line[i:]); n > 0 {
				cuts = append(cuts, cleanCut{start + i, start + i + n, ReasonAdMarker})
				i += n - 1
			} else if n := cmsTagLen(line[i:]); n > 0 {
				cuts = append(cuts, cleanCut{start + i, start + i + n, ReasonCMSTag})
				i += n - 1
			}
		case '{', '~', '%':
			if n := cmsTagLen(line[i:]); n > 0 {
				cuts = append(cuts, cleanCut{start + i, start + i + n, ReasonCMSTag})
				i += n - 1
			}
		case '/':
			s, e, ok := filePathSpan(line, i)
			if !ok || (len(cuts) > 0 && cuts[len(cuts)-1].end > start+s) {
				continue
			}
			cuts = append(cuts, cleanCut{start + s, start + e, ReasonFilePath})
			i = e - 1
		case '<':
			if n := htmlTagLen(line[i:]); n > 0 {
				cuts = append(cuts, cleanCut{start + i, start + i + n, ReasonHTMLFragment})
				i += n - 1
			}
		case '"':
			if i+1 < len(line) && line[i+1] == '>' {
				s := fragmentStart(line, i)
				if s < 0 || (len(cuts) > 0 && cuts[len(cuts)-1].end > start+s) {
					continue
				}
				cuts = append(cuts, cleanCut{start + s, start + i + 2, ReasonHTMLFragment})
				if n := linkTextLen(line, s, i+2); n > 0 {
					cuts = append(cuts, cleanCut{start + i + 2, start + i + 2 + n, ReasonLinkText})
					i += n
				}
				i++
			}
		}
	}
	return cuts
}

// adMarkerLen returns the length of an ad marker ("[ad_1]") opening s, or 0.
func adMarkerLen(s string) int {
	if !strings.HasPrefix(s, "[ad_") {
		return 0
	}
	i := len("[ad_")
	for i < len(s) && i < 12 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > len("[ad_") && i < len(s) && s[i] == ']' {
		return i + 1
	}
	return 0
}

// htmlTagLen returns the length of an HTML tag ("<p>", "</a>",
// "<a href=...>") opening s, or 0. A "<" not followed by a tag name is text.
func htmlTagLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	i := 1
	if s[i] == '/' || s[i] == '!' {
		i++
	}
	if i >= len(s) || !isASCIILetter(s[i]) {
		return 0
	}
	j := strings.IndexAny(s[i:], "<>")
	if j < 0 || s[i+j] != '>' || i+j > 300 {
		return 0
	}
	return i + j + 1
}

// fragmentStart returns where the attribute fragment ending in `">` at q
// starts: a short ASCII token (`imu">`) that opens the line or follows a
// space or a non-Latin character. -1 when there is no such token.
func fragmentStart(line string, q int) int {
	s := q
	for s > 0 && q-s < 16 && isFragmentByte(line[s-1]) {
		s--
	}
	if s == q {
		return -1
	}
	if s > 0 && line[s-1] < utf8.RuneSelf && line[s-1] != ' ' && line[s-1] != '\t' {
		return -1
	}
	return s
}

// isFragmentByte reports whether b may be part of an attribute token.
func isFragmentByte(b byte) bool {
	return isASCIILetter(b) || (b >= '0' && b <= '9') || b == '-' || b == '_'
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// linkTextLen returns the length of link text after a fragment: when the
// fragment follows a finished sentence and what is left of the line is a
// few words with no sentence end of their own ("। yuv">স্বাধীনতা রিপোর্ট").
func linkTextLen(line string, fragStart, textStart int) int {
	before := strings.TrimRightFunc(line[:fragStart], isTrimRune)
	if before == "" || !endsSentence(before) {
		return 0
	}
	rest := line[textStart:]
	t := strings.TrimRightFunc(rest, isTrimRune)
	if t == "" || utf8.RuneCountInString(t) > 40 || len(strings.Fields(t)) > 4 || strings.ContainsAny(t, ".?!।॥৷|\"<[") {
		return 0
	}
	return len(rest)
}
