package web

import (
	"net/http"
	"strconv"

	"github.com/claimdesk/claimdesk/claims"
)

func itoa(n int) string { return strconv.Itoa(n) }

func atoiPositive(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0
}

// pathID reads the {id} of the route as a positive integer; anything else is
// a page that does not exist.
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, claims.Errorf(claims.ENOTFOUND, "There is no page at %s.", r.URL.Path)
	}
	return id, nil
}

// formVersion reads the version a form was rendered with.
func formVersion(r *http.Request) (int, error) {
	v, err := strconv.Atoi(r.PostFormValue("version"))
	if err != nil || v < 0 {
		return 0, claims.Errorf(claims.EINVALID, "The form is missing its version; reload the page and try again.")
	}
	return v, nil
}
