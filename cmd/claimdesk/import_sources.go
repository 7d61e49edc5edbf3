package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimdesk/claimdesk/web/document"
)

// importSource is one thing to import: a file or a URL.
type importSource struct {
	path string // a file, as found or given
	url  string // an http(s) URL
}

// name is what the progress bar shows: the file's base name or the URL.
func (s importSource) name() string {
	if s.url != "" {
		return s.url
	}
	return filepath.Base(s.path)
}

// pathError is a path that could not be read or walked.
type pathError struct {
	path string
	err  error
}

// collectSources expands the command line's paths into files and URLs, in
// the order given, each directory walked in lexical order so that two
// imports of one tree store articles in the same order. Hidden files and
// directories (".git", ".DS_Store") are skipped without a word; files of
// other types inside a directory are counted in other. A file named
// explicitly is taken whatever its extension: the user asked for it.
func collectSources(paths []string) (sources []importSource, other int, errs []pathError) {
	for _, p := range paths {
		if isURL(p) {
			sources = append(sources, importSource{url: p})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, pathError{p, unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			sources = append(sources, importSource{path: p})
			continue
		}
		// WalkDir reads each directory sorted by name.
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, pathError{path, unwrapPathError(err)})
				return nil // a directory that cannot be read costs only itself
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil // sockets, devices and pipes hold no articles
			}
			if _, known := document.FormatOf(path); !known {
				other++
				return nil
			}
			sources = append(sources, importSource{path: path})
			return nil
		})
		if err != nil {
			errs = append(errs, pathError{p, err})
		}
	}
	return sources, other, errs
}

// isURL reports whether a command-line argument is a web address rather
// than a path.
func isURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}
