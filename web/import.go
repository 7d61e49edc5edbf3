package web

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
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

// importArticles takes the uploaded files, the pasted text or the URL and
// starts a background job that imports them, then sends the browser to the
// job's page at once: an import of large files must not hold a request (or
// the desk) for minutes. What can be refused without reading a file (no
// file chosen, a file of another type, empty pasted text, a malformed URL)
// is refused here, and when nothing is left to import the form comes back
// with the reasons and what was typed.
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
	var srcs []importSource
	var refused []importSource // files refused unread; reasons[i] says why refused[i]
	var reasons []string
	switch r.PostFormValue("from") {
	case "upload":
		var err error
		srcs, refused, reasons, err = saveUploads(r)
		if err != nil {
			s.error(w, r, err)
			return
		}
	case "paste":
		doc, err := pastedDocument(paste)
		if err != nil {
			s.importFailed(w, r, paste, []string{"Pasted text: " + claims.ErrorMessage(err) + "."})
			return
		}
		srcs = append(srcs, importSource{name: "Pasted text", doc: &doc, size: int64(len(doc.Text))})
	case "url":
		link := strings.TrimSpace(r.PostFormValue("link"))
		if err := claims.CheckURL(link); err != nil {
			s.importFailed(w, r, paste, []string{fmt.Sprintf("%s: not an http or https URL.", link)})
			return
		}
		srcs = append(srcs, importSource{name: link, url: link})
	default:
		s.error(w, r, claims.Errorf(claims.EINVALID, "Choose how to import: upload files, paste text or give a URL."))
		return
	}
	if len(srcs) == 0 {
		if len(reasons) == 0 {
			reasons = []string{"Nothing to import: choose at least one file."}
		}
		s.importFailed(w, r, paste, reasons)
		return
	}
	id, err := s.startImport(r, srcs, refused, reasons)
	if err != nil {
		removeSaved(srcs)
		if claims.ErrorCode(err) == claims.ECONFLICT {
			s.importFailed(w, r, paste, []string{claims.ErrorMessage(err)})
			return
		}
		s.error(w, r, err)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/import/jobs/%d", id), http.StatusSeeOther)
}

// startImport records a job of srcs (and of the refused files, with their
// reasons) and queues it.
func (s *Server) startImport(r *http.Request, srcs, refused []importSource, reasons []string) (int64, error) {
	if len(s.imports.queue) >= cap(s.imports.queue) {
		return 0, errImportsBusy
	}
	u, _ := userFrom(r.Context())
	all := append(append([]importSource(nil), srcs...), refused...)
	names := make([]string, len(all))
	sizes := make([]int64, len(all))
	for i, src := range all {
		names[i], sizes[i] = src.name, src.size
	}
	id, fileIDs, err := s.db.CreateImportJob(r.Context(), u.ID, names, sizes)
	if err != nil {
		return 0, err
	}
	for i := range srcs {
		srcs[i].fileID = fileIDs[i]
	}
	for i, src := range refused {
		f := store.ImportFile{ID: fileIDs[len(srcs)+i], Status: store.FileFailed, Failed: 1}
		if err := s.db.RecordImportFile(r.Context(), f, []store.ImportFailure{{Origin: src.name, Reason: reasons[i]}}); err != nil {
			return 0, err
		}
	}
	if err := s.imports.submit(importJob{id: id, files: srcs}); err != nil {
		s.db.SetImportJobStatus(r.Context(), id, store.JobInterrupted)
		return 0, err
	}
	s.log.Info("import queued", "user", u.Name, "job", id, "files", len(srcs), "refused", len(refused))
	return id, nil
}

// saveUploads copies every file of the "files" field to a temporary file for
// the job to read after the request has ended. A file of a type Claimdesk
// does not read is refused at once, with its reason.
func saveUploads(r *http.Request) (saved, refused []importSource, reasons []string, err error) {
	if r.MultipartForm == nil {
		return nil, nil, []string{"Choose at least one file to upload."}, nil
	}
	for _, fh := range r.MultipartForm.File["files"] {
		name := fh.Filename
		if _, known := document.FormatOf(name); !known {
			refused = append(refused, importSource{name: name})
			reasons = append(reasons, fmt.Sprintf("%s: not a file Claimdesk reads; upload .txt, .md, .html or .jsonl.", name))
			continue
		}
		path, err := saveUpload(fh)
		if err != nil {
			removeSaved(saved)
			return nil, nil, nil, fmt.Errorf("save upload %s: %w", name, err)
		}
		saved = append(saved, importSource{name: name, path: path, size: fh.Size})
	}
	return saved, refused, reasons, nil
}

func saveUpload(fh *multipart.FileHeader) (string, error) {
	in, err := fh.Open()
	if err != nil {
		return "", err
	}
	defer in.Close()
	out, err := os.CreateTemp("", "claimdesk-upload-*")
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(out.Name())
		return "", err
	}
	return out.Name(), out.Close()
}

// removeSaved deletes the temporary files of sources no job will read.
func removeSaved(srcs []importSource) {
	for _, src := range srcs {
		if src.path != "" {
			os.Remove(src.path)
		}
	}
}

// importFailed shows the form again, with what the reviewer pasted.
func (s *Server) importFailed(w http.ResponseWriter, r *http.Request, paste PasteForm, reasons []string) {
	v := ImportView{Errors: reasons, Paste: paste, URL: strings.TrimSpace(r.PostFormValue("link"))}
	v.Languages = languageOptions(paste.Language)
	s.render(w, r, http.StatusBadRequest, "Import", ImportPage(v))
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
