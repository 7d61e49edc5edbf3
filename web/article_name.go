package web

import "strings"

// articleName names an article the way a reviewer knows it: by its title
// (given, found as a repeated headline, or derived from its lead by the
// engine). Only an article stored before titles were derived, or one with no
// claim at all, falls back to its origin: the last part of its URL, or its
// file name.
func articleName(title, origin string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	return originBase(origin)
}

// articleByline is where a claim comes from, for a queue row or a conflict
// side: the article's name and, when known, its outlet ("Kim meets Putin ·
// Reuters").
func articleByline(title, source, origin string) string {
	name := articleName(title, origin)
	if source != "" && source != name {
		return name + " · " + source
	}
	return name
}

// originBase shortens a URL origin to its last path segment; a file name
// stays as it is.
func originBase(o string) string {
	if i := strings.LastIndex(o, "/"); i >= 0 && i < len(o)-1 && strings.Contains(o, "://") {
		return o[i+1:]
	}
	return o
}
