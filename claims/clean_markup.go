package claims

import (
	"strings"
)

// Residue reasons of markup a scrape leaves in the text.
const (
	ReasonCMSTag   = "CMS tag"
	ReasonFilePath = "file path"
)

// cmsShortcodes are the shortcode names of data/residue_cms_tags.txt.
var cmsShortcodes = textDataKeys(textDataList("residue_cms_tags.txt"))

// fileTypes are the file endings of data/residue_file_types.txt.
var fileTypes = textDataKeys(textDataList("residue_file_types.txt"))

// cmsTagLen returns the length of a CMS tag opening s, or 0: a shortcode
// of a known name ("[caption id=\"a1\" align=\"left\"]", "[/embed]"),
// template braces ("{{ ad_slot }}", "{% block %}"), a code between tildes
// or double percent signs ("~XY.12~", "%%AD%%"). The shapes, not the words
// inside, make the tag: a bracket of prose ("[sic]", "[1]") stays.
func cmsTagLen(s string) int {
	switch s[0] {
	case '[':
		return shortcodeLen(s)
	case '{':
		if len(s) < 4 || (s[1] != '{' && s[1] != '%') {
			return 0
		}
		shut := "}}"
		if s[1] == '%' {
			shut = "%}"
		}
		j := strings.Index(s[2:min(len(s), 200)], shut)
		if j < 0 || strings.ContainsAny(s[2:2+j], "{}\n") {
			return 0
		}
		return j + 4
	case '~', '%':
		return codeTagLen(s)
	}
	return 0
}

// shortcodeLen returns the length of a known shortcode opening s, or 0.
func shortcodeLen(s string) int {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	nameStart := i
	for i < len(s) && (isASCIILetter(s[i]) || s[i] == '_') {
		i++
	}
	if i == nameStart || i >= len(s) || !cmsShortcodes[strings.ToLower(s[nameStart:i])] {
		return 0
	}
	if s[i] == ']' {
		return i + 1
	}
	if s[i] != ' ' {
		return 0
	}
	j := strings.IndexByte(s[i:min(len(s), i+300)], ']')
	if j < 0 || !strings.Contains(s[i:i+j], "=") || strings.ContainsAny(s[i:i+j], "[\n") {
		return 0
	}
	return i + j + 1
}

// codeTagLen returns the length of a code between tildes or double percent
// signs opening s ("~XY.12~", "%%AD_TOP%%"), or 0: at most 24 ASCII letters,
// digits and ".", "_", "-", with a letter among them.
func codeTagLen(s string) int {
	mark := s[:1]
	if s[0] == '%' {
		if !strings.HasPrefix(s, "%%") {
			return 0
		}
		mark = "%%"
	}
	i := len(mark)
	letter := false
	for i < len(s) && i-len(mark) <= 24 && (isFragmentByte(s[i]) || s[i] == '.') {
		letter = letter || isASCIILetter(s[i])
		i++
	}
	if i == len(mark) || !letter || !strings.HasPrefix(s[i:], mark) {
		return 0
	}
	end := i + len(mark)
	if end < len(s) && isFragmentByte(s[end]) {
		return 0 // "~a~b": not a tag standing on its own
	}
	return end
}

// filePathSpan returns the span in line of a file path around the "/" at
// i, or ok false: a token that ends in a known file type
// ("2024/05/photo.webp") or starts with "/" and has three or more parts
// ("/media/files/2024/"). A web address is not a path (it stays as a
// source the reader can check), nor are "24/7", "and/or" or "মস্কো/সিওল".
// A closing bracket or quote glued to the path goes with it; a sentence
// mark after it stays.
func filePathSpan(line string, i int) (start, end int, ok bool) {
	start, end = i, i
	for start > 0 && !isPathStop(line[start-1]) {
		start--
	}
	for end < len(line) && !isPathStop(line[end]) {
		end++
	}
	tok := line[start:end]
	if strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") {
		return 0, 0, false
	}
	lead := len(tok) - len(strings.TrimLeft(tok, "([{\"'"))
	body := strings.TrimRight(tok[lead:], ".,;:!?)]}\"'")
	if body == "" {
		return 0, 0, false
	}
	for j := 0; j < len(body); j++ {
		if body[j] >= 0x80 {
			return 0, 0, false // Indic or accented words joined by "/" are text
		}
	}
	isPath := false
	if dot := strings.LastIndexByte(body, '.'); dot > 0 && dot > strings.LastIndexByte(body, '/') {
		isPath = fileTypes[strings.ToLower(body[dot+1:])]
	}
	if !isPath && body[0] == '/' && strings.Count(body, "/") >= 3 {
		isPath = true
	}
	if !isPath {
		return 0, 0, false
	}
	// The brackets and quotes glued to the path go with it; a sentence
	// mark after it stays in the text.
	end = start + lead + len(body)
	for end < len(line) && strings.IndexByte(")]}\"'", line[end]) >= 0 {
		end++
	}
	return start, end, true
}

// isPathStop reports whether b ends a path token: white space, or a
// non-ASCII byte (a path never runs into Indic text).
func isPathStop(b byte) bool { return b == ' ' || b == '\t' || b >= 0x80 }
