package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"
)

// An article's raw text and its clean text are stored together in
// articles.body: the byte length of raw as a uvarint, then raw followed by
// clean as one DEFLATE stream. Clean text is raw with residue taken out and
// white space folded, so most of it repeats raw, and DEFLATE writes a
// repeat as a back-reference: clean costs little beside raw (within its
// 32 KB window, which holds most articles whole), and the two together take
// about a quarter of their plain size in Bengali, Hindi or English. Only Go
// reads them (the article page, rematching), never SQL, so nothing is lost
// by not keeping them as TEXT.

// bodyWriters keeps DEFLATE writers, whose tables cost hundreds of KB to
// allocate, for the next article. They write at BestSpeed: on the seeds
// (BenchmarkPackBody) it packs raw and clean into 20% of their size
// against DefaultCompression's 15%, in an eighth of the time (DEFLATE's
// other levels also clear 640 KB of hash chains on every Reset, which for
// an article of a few KB costs more than compressing it): packing was 6%
// of storing an article, and the bodies are a small part of the database.
var bodyWriters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// packBody returns what articles.body holds for raw and clean.
func packBody(raw, clean string) []byte {
	var buf bytes.Buffer
	buf.Grow((len(raw)+len(clean))/3 + binary.MaxVarintLen64)
	buf.Write(binary.AppendUvarint(nil, uint64(len(raw))))
	w := bodyWriters.Get().(*flate.Writer)
	defer bodyWriters.Put(w)
	w.Reset(&buf)
	// Writing to a bytes.Buffer cannot fail.
	io.WriteString(w, raw)
	io.WriteString(w, clean)
	w.Close()
	return buf.Bytes()
}

// unpackBody reads what packBody wrote.
func unpackBody(body []byte) (raw, clean string, err error) {
	if len(body) == 0 {
		return "", "", nil
	}
	n, k := binary.Uvarint(body)
	if k <= 0 {
		return "", "", errors.New("article body: bad length")
	}
	r := flate.NewReader(bytes.NewReader(body[k:]))
	defer r.Close()
	text, err := io.ReadAll(r)
	if err != nil {
		return "", "", fmt.Errorf("article body: %w", err)
	}
	if n > uint64(len(text)) {
		return "", "", errors.New("article body: raw text cut short")
	}
	return string(text[:n]), string(text[n:]), nil
}
