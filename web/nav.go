package web

import "strings"

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
	case "", "conflicts":
		return "queue"
	case "claims", "articles":
		return "articles"
	}
	return first
}

// localPath keeps a post-login destination only when it is a path on this
// site, so the login form cannot send people elsewhere ("//evil", "/\\evil").
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.HasPrefix(p, "/login") {
		return "/"
	}
	return p
}
