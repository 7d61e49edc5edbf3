package web

import (
	"embed"
	"net/http"
	"strings"
)

//go:embed static
var staticFiles embed.FS

// staticHandler serves the embedded CSS and script under /static/. They
// change only with a new binary, so browsers may keep them for a day.
func staticHandler() http.Handler {
	files := http.FileServerFS(staticFiles)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // no directory listings
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}
