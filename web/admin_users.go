package web

import (
	"net/http"

	"github.com/claimdesk/claimdesk/store"
)

// AdminUsersView is the model of the users page.
type AdminUsersView struct {
	Flashes []string
	Users   []store.User
	Error   string  // why the last change was refused
	New     NewUser // the add-user form, kept when refused
	Me      int64   // the admin looking at the page
}

// NewUser is what the add-user form holds.
type NewUser struct {
	Name, Role string
}

// adminUsers lists the accounts and their roles (admins only).
func (s *Server) adminUsers(w http.ResponseWriter, r *http.Request) {
	v, err := s.adminUsersView(r, NewUser{Role: store.RoleReviewer})
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Flashes = s.takeFlashes(w, r)
	s.render(w, r, http.StatusOK, "Users", AdminUsersPage(v))
}

func (s *Server) adminUsersView(r *http.Request, form NewUser) (AdminUsersView, error) {
	users, err := s.db.Users(r.Context())
	if err != nil {
		return AdminUsersView{}, err
	}
	u, _ := userFrom(r.Context())
	return AdminUsersView{Users: users, New: form, Me: u.ID}, nil
}
