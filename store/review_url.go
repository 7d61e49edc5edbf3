package store

import "net/url"

// isWebURL reports whether s is an absolute http or https URL with a host:
// evidence links must open in a browser, never run script (javascript:).
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
