package web

import (
	"net/http"

	"github.com/claimdesk/claimdesk/store"
)

// AdminUsersView is the model of the users page.
type AdminUsersView struct {
	Flashes []string
	Users   []store.User
}

// adminUsers lists the accounts and their roles (admins only).
func (s *Server) adminUsers(w http.ResponseWriter, r *http.Request) {
	users, err := s.db.Users(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "Users", AdminUsersPage(AdminUsersView{Flashes: s.takeFlashes(w, r), Users: users}))
}
