package web

import (
	"net/url"
	"strings"
	"unicode"
)

// NavModel is what the layout's top bar shows.
type NavModel struct {
	User    string // "" on the login page
	IsAdmin bool
	Active  string // the section of the current page: queue, articles, ...
	Query   string // the search box's text on the search page
}

// NavItem is one link of the top bar.
type NavItem struct {
	Label, Href, Section string
	Active               bool
}

// Items lists the top bar's links for this user; Admin only for admins.
func (n NavModel) Items() []NavItem {
	items := []NavItem{
		{"Queue", "/", "queue", false},
		{"Stories", "/stories", "stories", false},
		{"Articles", "/articles", "articles", false},
		{"Search", "/search", "search", false},
		{"Reports", "/reports", "reports", false},
		{"Dashboard", "/dashboard", "dashboard", false},
		{"Import", "/import", "import", false},
	}
	if n.IsAdmin {
		items = append(items, NavItem{"Admin", "/admin/users", "admin", false})
	}
	for i := range items {
		items[i].Active = items[i].Section == n.Active
	}
	return items
}

// section names the part of the workbench a path belongs to, for the nav.
func section(path string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	switch first {
	case "", "conflicts", "facts":
		return "queue"
	case "claims", "articles":
		return "articles"
	}
	return first
}

// localPath keeps a post-login destination only when it is a path on this
// site, and "/" otherwise. A browser drops tabs and newlines from a
// Location and reads a backslash as a slash, so "/\t/evil.example" and
// "/\\evil.example" are "//evil.example" to it: another site. So: a single
// leading slash, no control characters, no backslashes, and nothing that
// parses as having a scheme or a host.
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/login") || len(p) > 2000 {
		return "/"
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f || r == '\\' || unicode.IsControl(r) || unicode.Is(unicode.Zs, r) {
			return "/"
		}
	}
	u, err := url.Parse(p)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return p
}
