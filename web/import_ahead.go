package web

import (
	"context"
	"errors"
	"os"

	"github.com/claimdesk/claimdesk/claims"
	"github.com/claimdesk/claimdesk/store"
	"github.com/claimdesk/claimdesk/web/document"
)

// uploadAhead is how many articles of a file the reader may prepare ahead
// of the writer: enough to keep the writer busy, few enough that a large
// feed is never held in memory.
const uploadAhead = 4

// uploadStep is one article of a file, read, run through the engine and
// prepared for the store, or why one could not be (origin says which);
// read is how many bytes of the file had been read then.
type uploadStep struct {
	origin  string
	article *store.PreparedArticle
	err     error
	read    int64
}

// readAhead reads src's documents on a goroutine of its own, in order,
// runs the engine on each (claims.Process) and prepares it for the store
// (store.PrepareArticle): that work needs no database, so it runs on the
// second core while the job's goroutine stores the articles before, each
// in its own short transaction as before. The channel closes when the file
// ends or ctx does.
func (r *importRunner) readAhead(ctx context.Context, src importSource) <-chan uploadStep {
	steps := make(chan uploadStep, uploadAhead)
	go func() {
		defer close(steps)
		emit := func(s uploadStep) bool {
			select {
			case steps <- s:
				return ctx.Err() == nil
			case <-ctx.Done():
				return false
			}
		}
		var read *countingReader
		each := func(doc document.Document, err error) bool {
			s := uploadStep{origin: src.name, err: err}
			if err == nil {
				s.origin = doc.Origin
				var a *claims.Article
				if a, s.err = claims.Process(doc.Origin, doc.Text, doc.Meta, r.opt); s.err == nil {
					s.article = store.PrepareArticle(a)
				}
			}
			if read != nil {
				s.read = read.n
			}
			return emit(s)
		}
		switch {
		case src.doc != nil:
			each(*src.doc, nil)
		case src.url != "":
			doc, err := r.fetch(ctx, src.url, 0)
			if err != nil {
				err = claims.Errorf(claims.EINVALID, "%s", fetchMessage(err))
			}
			each(doc, err)
		default:
			f, err := os.Open(src.path)
			if err != nil {
				r.log.Error("import file", "file", src.name, "err", err)
				emit(uploadStep{origin: src.name, err: errors.New("the upload could not be read back")})
				return
			}
			defer f.Close()
			read = &countingReader{r: f}
			document.Each(src.name, read, 0, each)
		}
	}()
	return steps
}
