package web

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
	"github.com/claimdesk/claimdesk/web/document"
)

// Import limits: a request may carry several files, each at most the
// engine's limit; the result page names at most importResultMax articles.
const (
	importMaxRequest = 64 << 20
	importMaxMemory  = 8 << 20
	importResultMax  = 500
	importMaxFlashes = 8
)

// ImportView is the model of the import page.
type ImportView struct {
	Flashes   []string
	Errors    []string // why nothing was imported
	Paste     PasteForm
	URL       string
	Languages []Option
}

// PasteForm is the paste-text form, kept when an import fails.
type PasteForm struct {
	Text, Title, Source, Language, URL string
}

// ImportResultView is the model of the page an import ends on.
type ImportResultView struct {
	Flashes                   []string
	Added, Duplicates, Failed int
	Claims, Conflicts, Agrees int
	Rows                      []ArticleRow
	DuplicateRows             []ArticleRow
}

// importOutcome is what one import request did.
type importOutcome struct {
	added, duplicates []int64
	failures          []string
}

// importPage shows the three ways in: upload files, paste text, give a URL.
func (s *Server) importPage(w http.ResponseWriter, r *http.Request) {
	v := ImportView{Flashes: s.takeFlashes(w, r)}
	v.Languages = languageOptions("")
	s.render(w, r, http.StatusOK, "Import", ImportPage(v))
}

func languageOptions(selected string) []Option {
	out := []Option{{Value: "", Label: "Detect", Selected: selected == ""}}
	for _, l := range languages {
		out = append(out, Option{Value: l.Code, Label: l.Name, Selected: selected == l.Code})
	}
	return out
}

// importArticles reads the uploaded files, the pasted text or the URL, runs
// the pipeline on each document and stores it. Bad documents are reported
// by name and skip; the good ones are stored. When nothing could be
// imported the form comes back (with the pasted text) and the reasons;
// otherwise the browser goes to the result page.
func (s *Server) importArticles(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, importMaxRequest)
	if err := r.ParseMultipartForm(importMaxMemory); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.importFailed(w, r, PasteForm{}, []string{fmt.Sprintf("The upload is larger than %s; import fewer files at a time.", document.Size(importMaxRequest))})
			return
		}
		s.error(w, r, claims.Errorf(claims.EINVALID, "The upload could not be read: %v.", err))
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	paste := PasteForm{
		Text: r.PostFormValue("text"), Title: strings.TrimSpace(r.PostFormValue("title")),
		Source: strings.TrimSpace(r.PostFormValue("source")), URL: strings.TrimSpace(r.PostFormValue("url")),
	}
	if l := r.PostFormValue("language"); oneOf(l, "bn", "mr", "hi", "en") {
		paste.Language = l
	}
	var docs []document.Document
	var out importOutcome
	switch r.PostFormValue("from") {
	case "upload":
		docs, out.failures = readUploads(r)
	case "paste":
		doc, err := pastedDocument(paste)
		if err != nil {
			out.failures = append(out.failures, "Pasted text: "+claims.ErrorMessage(err)+".")
		} else {
			docs = append(docs, doc)
		}
	case "url":
		link := strings.TrimSpace(r.PostFormValue("link"))
		doc, err := document.FetchPublic(r.Context(), link, 0)
		if err != nil {
			out.failures = append(out.failures, fmt.Sprintf("%s: %s.", link, fetchMessage(err)))
		} else {
			docs = append(docs, doc)
		}
	default:
		s.error(w, r, claims.Errorf(claims.EINVALID, "Choose how to import: upload files, paste text or give a URL."))
		return
	}
	for _, doc := range docs {
		a, err := claims.Process(doc.Origin, doc.Text, doc.Meta, claims.Options{})
		if err != nil {
			out.failures = append(out.failures, doc.Origin+": "+claims.ErrorMessage(err))
			continue
		}
		res, err := s.db.AddArticle(r.Context(), a)
		if claims.ErrorCode(err) == claims.EINVALID {
			out.failures = append(out.failures, doc.Origin+": "+claims.ErrorMessage(err))
			continue
		} else if err != nil {
			s.error(w, r, err)
			return
		}
		if res.Duplicate {
			out.duplicates = append(out.duplicates, res.ArticleID)
		} else {
			out.added = append(out.added, res.ArticleID)
		}
	}
	if len(out.added)+len(out.duplicates) == 0 {
		if len(out.failures) == 0 {
			out.failures = []string{"Nothing to import: choose at least one file."}
		}
		s.importFailed(w, r, paste, out.failures)
		return
	}
	u, _ := userFrom(r.Context())
	s.log.Info("import", "user", u.Name, "added", len(out.added), "duplicates", len(out.duplicates), "failed", len(out.failures))
	for i, f := range out.failures {
		if i == importMaxFlashes {
			s.flash(w, r, fmt.Sprintf("… and %d more failures.", len(out.failures)-i))
			break
		}
		s.flash(w, r, "Not imported: "+f)
	}
	http.Redirect(w, r, importResultURL(out), http.StatusSeeOther)
}

// importFailed shows the form again, with what the reviewer pasted.
func (s *Server) importFailed(w http.ResponseWriter, r *http.Request, paste PasteForm, reasons []string) {
	v := ImportView{Errors: reasons, Paste: paste, URL: strings.TrimSpace(r.PostFormValue("link"))}
	v.Languages = languageOptions(paste.Language)
	s.render(w, r, http.StatusBadRequest, "Import", ImportPage(v))
}

// readUploads reads every file of the "files" field; each failure is a line
// naming the file.
func readUploads(r *http.Request) ([]document.Document, []string) {
	if r.MultipartForm == nil {
		return nil, []string{"Choose at least one file to upload."}
	}
	var docs []document.Document
	var failures []string
	for _, fh := range r.MultipartForm.File["files"] {
		name := fh.Filename
		if _, known := document.FormatOf(name); !known {
			failures = append(failures, fmt.Sprintf("%s: not a file Claimdesk reads; upload .txt, .md, .html or .jsonl.", name))
			continue
		}
		f, err := fh.Open()
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: could not be read.", name))
			continue
		}
		got, errs := document.ReadAll(name, f, 0)
		f.Close()
		docs = append(docs, got...)
		for _, err := range errs {
			msg := claims.ErrorMessage(err)
			if !strings.HasPrefix(msg, name) {
				msg = name + ": " + msg
			}
			failures = append(failures, msg)
		}
	}
	return docs, failures
}

// pastedDocument makes a document of pasted text; its origin is derived from
// its content, so pasting the same text twice names it the same.
func pastedDocument(p PasteForm) (document.Document, error) {
	text := strings.ReplaceAll(p.Text, "\r\n", "\n")
	sum := sha256.Sum256([]byte(text))
	doc, err := document.FromText("pasted-"+hex.EncodeToString(sum[:6])+".txt", []byte(text))
	if err != nil {
		return document.Document{}, err
	}
	doc.Meta = claims.Meta{Title: p.Title, Source: p.Source, URL: p.URL, Language: p.Language}
	return doc, nil
}

// fetchMessage says why a URL could not be imported, without internal
// detail for network failures.
func fetchMessage(err error) string {
	if claims.ErrorCode(err) == claims.EINVALID {
		return claims.ErrorMessage(err)
	}
	return "the page could not be fetched (network error or timeout)"
}

func importResultURL(out importOutcome) string {
	if len(out.added) == 1 && len(out.duplicates) == 0 && len(out.failures) == 0 {
		return fmt.Sprintf("/articles/%d", out.added[0])
	}
	q := url.Values{}
	q.Set("added", joinIDs(out.added))
	q.Set("dup", joinIDs(out.duplicates))
	q.Set("failed", itoa(len(out.failures)))
	return "/import/result?" + q.Encode()
}

func joinIDs(ids []int64) string {
	parts := make([]string, 0, min(len(ids), importResultMax))
	for i, id := range ids {
		if i == importResultMax {
			break
		}
		parts = append(parts, itoa64(id))
	}
	return strings.Join(parts, ",")
}

func splitIDs(s string) []int64 {
	var out []int64
	for _, p := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64); err == nil && id > 0 && len(out) < importResultMax {
			out = append(out, id)
		}
	}
	return out
}

// importResultPage summarises an import: the articles added with what was
// found in them, the ones already there, and the failures (as flashes).
func (s *Server) importResultPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := ImportResultView{Flashes: s.takeFlashes(w, r)}
	v.Failed, _ = strconv.Atoi(q.Get("failed"))
	for _, part := range []struct {
		ids  []int64
		rows *[]ArticleRow
		n    *int
	}{{splitIDs(q.Get("added")), &v.Rows, &v.Added}, {splitIDs(q.Get("dup")), &v.DuplicateRows, &v.Duplicates}} {
		if len(part.ids) == 0 {
			continue
		}
		rows, _, err := s.db.Articles(r.Context(), store.ArticleFilter{IDs: part.ids}, importResultMax, 0)
		if err != nil {
			s.error(w, r, err)
			return
		}
		for _, a := range rows {
			*part.rows = append(*part.rows, articleRow(a))
		}
		*part.n = len(rows)
	}
	for _, a := range v.Rows {
		v.Claims += a.Claims
		v.Conflicts += a.Conflicts
		v.Agrees += a.Agreements
	}
	s.render(w, r, http.StatusOK, "Import result", ImportResultPage(v))
}
