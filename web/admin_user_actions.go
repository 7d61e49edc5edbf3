package web

import (
	"net/http"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
)

// adminAddUser creates an account; a refused one shows the page again with
// the reason and the name typed.
func (s *Server) adminAddUser(w http.ResponseWriter, r *http.Request) {
	form := NewUser{Name: strings.TrimSpace(r.PostFormValue("username")), Role: r.PostFormValue("role")}
	_, err := s.db.AddUser(r.Context(), form.Name, form.Role, r.PostFormValue("password"))
	if s.adminRefused(w, r, err, form) {
		return
	}
	u, _ := userFrom(r.Context())
	s.log.Info("user added", "by", u.Name, "user", form.Name, "role", form.Role)
	s.flash(w, r, "Added "+form.Name+" as "+form.Role+".")
	http.Redirect(w, r, "/admin/users", http.StatusSeeOther)
}

// adminSetRole changes a user's role.
func (s *Server) adminSetRole(w http.ResponseWriter, r *http.Request) {
	by, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	u, err := s.db.SetRole(r.Context(), by, id, r.PostFormValue("role"))
	if s.adminRefused(w, r, err, NewUser{Role: store.RoleReviewer}) {
		return
	}
	s.flash(w, r, u.Name+" is now "+u.Role+".")
	http.Redirect(w, r, "/admin/users", http.StatusSeeOther)
}

// adminResetPassword sets a new password for a user.
func (s *Server) adminResetPassword(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	u, err := s.db.UserByID(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	err = s.db.SetPassword(r.Context(), u.Name, r.PostFormValue("password"))
	if s.adminRefused(w, r, err, NewUser{Role: store.RoleReviewer}) {
		return
	}
	by, _ := userFrom(r.Context())
	s.log.Info("password reset", "by", by.Name, "user", u.Name)
	s.flash(w, r, "New password set for "+u.Name+".")
	http.Redirect(w, r, "/admin/users", http.StatusSeeOther)
}

// adminRefused answers a failed user change: the users page again with the
// reason for a refusal the admin can fix, the error page otherwise. It
// reports whether it answered.
func (s *Server) adminRefused(w http.ResponseWriter, r *http.Request, err error, form NewUser) bool {
	if err == nil {
		return false
	}
	code := claims.ErrorCode(err)
	if code != claims.EINVALID && code != claims.ECONFLICT {
		s.error(w, r, err)
		return true
	}
	v, verr := s.adminUsersView(r, form)
	if verr != nil {
		s.error(w, r, verr)
		return true
	}
	v.Error = claims.ErrorMessage(err)
	status := http.StatusBadRequest
	if code == claims.ECONFLICT {
		status = http.StatusConflict
	}
	s.render(w, r, status, "Users", AdminUsersPage(v))
	return true
}

// adminDisableUser disables a user: no login, and every session of theirs
// ends. An admin cannot disable themselves.
func (s *Server) adminDisableUser(w http.ResponseWriter, r *http.Request) {
	s.adminSetDisabled(w, r, true)
}

// adminEnableUser lets a disabled user log in again.
func (s *Server) adminEnableUser(w http.ResponseWriter, r *http.Request) {
	s.adminSetDisabled(w, r, false)
}

func (s *Server) adminSetDisabled(w http.ResponseWriter, r *http.Request, disabled bool) {
	by, _ := userFrom(r.Context())
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if disabled && id == by.ID {
		s.adminRefused(w, r, claims.Errorf(claims.EINVALID, "You cannot disable yourself; ask another admin."), NewUser{Role: store.RoleReviewer})
		return
	}
	u, err := s.db.SetDisabled(r.Context(), by, id, disabled)
	if s.adminRefused(w, r, err, NewUser{Role: store.RoleReviewer}) {
		return
	}
	if disabled {
		s.log.Info("user disabled", "by", by.Name, "user", u.Name)
		s.flash(w, r, u.Name+" is disabled and logged out everywhere.")
	} else {
		s.log.Info("user enabled", "by", by.Name, "user", u.Name)
		s.flash(w, r, u.Name+" may log in again.")
	}
	http.Redirect(w, r, "/admin/users", http.StatusSeeOther)
}
