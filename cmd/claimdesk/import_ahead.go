package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
	"github.com/claimdesk/claimdesk/web/document"
)

// importAhead is how many steps the reader may run ahead of the writer: two
// batches, so that the next batch is ready when the writer commits one,
// and memory stays bounded on a feed of any length.
const importAhead = 2 * importBatch

// importStep is one thing the reader did, in input order: a source begun
// or finished, an article read and prepared, or a file or article that
// failed (name says which).
type importStep struct {
	begin, end string // the source begun or finished, as the progress bar names it
	name       string
	article    *store.PreparedArticle
	err        error
}

// readAhead reads the sources in order on a goroutine of its own: their
// documents, the engine on each (claims.Process) and the store's own
// preparation (store.PrepareArticle). It is most of an import's CPU and
// needs no database, so it runs on the second core while the writer
// stores the articles before; the writer consumes the steps in input
// order, which keeps stories, which are assigned online, and the report
// as a serial import gives them. The channel closes when the sources end
// or ctx does.
func readAhead(ctx context.Context, sources []importSource) <-chan importStep {
	steps := make(chan importStep, importAhead)
	go func() {
		defer close(steps)
		r := reader{ctx: ctx, steps: steps}
		for _, src := range sources {
			if ctx.Err() != nil || !r.emit(importStep{begin: src.name()}) {
				return
			}
			r.source(src)
			if !r.emit(importStep{end: src.name()}) {
				return
			}
		}
	}()
	return steps
}

// reader is readAhead's goroutine.
type reader struct {
	ctx   context.Context
	steps chan<- importStep
}

// emit hands a step to the writer; false when the import is interrupted.
func (r reader) emit(s importStep) bool {
	select {
	case r.steps <- s:
		return true
	case <-r.ctx.Done():
		return false
	}
}

// source reads every article of one file or URL.
func (r reader) source(src importSource) {
	if src.url != "" {
		doc, err := document.Fetch(r.ctx, src.url, document.DefaultLimit)
		if err != nil {
			r.emit(importStep{name: src.url, err: err})
			return
		}
		r.document(src.url, doc)
		return
	}
	f, err := os.Open(src.path)
	if err != nil {
		r.emit(importStep{name: src.path, err: unwrapPathError(err)})
		return
	}
	defer f.Close()
	// Each streams a JSONL feed: every line is handed on as it is read.
	document.Each(src.path, f, document.DefaultLimit, func(doc document.Document, err error) bool {
		if err != nil {
			return r.emit(importStep{name: src.path, err: err}) && r.ctx.Err() == nil
		}
		return r.document(src.path, doc) && r.ctx.Err() == nil
	})
}

// document runs the engine on one document and prepares the article for
// the writer; false when the import is interrupted.
func (r reader) document(where string, doc document.Document) bool {
	name := where
	if doc.Origin != where && doc.Origin != filepath.Base(where) {
		// JSONL lines name themselves (feed.jsonl#3); the path says where.
		name = where + " (" + doc.Origin + ")"
	}
	a, err := claims.Process(doc.Origin, doc.Text, doc.Meta, claims.Options{MaxBytes: document.DefaultLimit})
	if err != nil {
		return r.emit(importStep{name: name, err: err})
	}
	return r.emit(importStep{name: name, article: store.PrepareArticle(a)})
}
