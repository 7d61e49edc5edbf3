package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var staticFiles embed.FS

// staticVersion is a digest of the embedded files. Pages link them as
// /static/app.css?v=staticVersion, so a browser that keeps them for a day
// still fetches the new ones the moment an upgrade changes them, instead
// of laying out new pages with yesterday's style.
var staticVersion = func() string {
	h := sha256.New()
	err := fs.WalkDir(staticFiles, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFiles.ReadFile(path)
		h.Write([]byte(path))
		h.Write(b)
		return err
	})
	if err != nil {
		panic(err) // the files are in the binary: unreadable means a broken build
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}()

// staticURL is the address of an embedded file, versioned by its content.
func staticURL(name string) string { return "/static/" + name + "?v=" + staticVersion }

// staticHandler serves the embedded CSS and script under /static/. They
// change only with a new binary, whose pages link them under a new version,
// so browsers may keep them for a day.
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
