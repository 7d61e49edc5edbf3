package web

import (
	"net/http"
	"net/url"

	"github.com/a-h/templ"

	"github.com/claimdesk/claimdesk/claims"
)

// error answers a request that failed: domain error codes map to statuses,
// an unauthenticated browser goes to the login page, and internal errors are
// logged with a generic message for the user.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	code := claims.ErrorCode(err)
	status := http.StatusInternalServerError
	switch code {
	case claims.EINVALID:
		status = http.StatusBadRequest
	case claims.ENOTFOUND:
		status = http.StatusNotFound
	case claims.ECONFLICT:
		status = http.StatusConflict
	case claims.EFORBIDDEN:
		status = http.StatusForbidden
	case claims.EUNAUTHORIZED:
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			http.Redirect(w, r, "/login?next="+url.QueryEscape(localPath(r.URL.RequestURI())), http.StatusSeeOther)
			return
		}
		status = http.StatusUnauthorized
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	view := ErrorView{Status: status, Title: http.StatusText(status), Message: claims.ErrorMessage(err)}
	s.render(w, r, status, view.Title, ErrorPage(view))
}

// notFound is the catch-all for unknown paths behind the login wall.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, claims.Errorf(claims.ENOTFOUND, "There is no page at %s.", r.URL.Path))
}

// render writes a full page (layout around content) with the given status.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, title string, content templ.Component) {
	nav := s.navFor(r)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := Page(title, nav, content).Render(r.Context(), w); err != nil {
		s.log.Error("render page", "path", r.URL.Path, "err", err)
	}
}

// navFor builds the top navigation for the request's user, if any.
func (s *Server) navFor(r *http.Request) NavModel {
	u, ok := userFrom(r.Context())
	nav := NavModel{Active: section(r.URL.Path)}
	if nav.Active == "search" {
		nav.Query = r.URL.Query().Get("q")
	}
	if ok {
		nav.User, nav.IsAdmin = u.Name, u.IsAdmin()
	}
	return nav
}
