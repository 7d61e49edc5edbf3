package document

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/claimdesk/claimdesk/claims"
)

// textReader returns r as UTF-8: text saved as UTF-16 with a byte order mark
// (Windows' "Unicode" in Notepad and Word) is decoded, strictly; anything
// else is passed on as it is, for the UTF-8 checks that follow. utf16 says
// whether it was decoded.
func textReader(r io.Reader) (_ io.Reader, utf16 bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	var order binary.ByteOrder
	switch {
	case len(head) == 2 && head[0] == 0xFF && head[1] == 0xFE:
		order = binary.LittleEndian
	case len(head) == 2 && head[0] == 0xFE && head[1] == 0xFF:
		order = binary.BigEndian
	default:
		return br, false
	}
	br.Discard(2)
	return &utf16Reader{r: br, order: order, at: 2}, true
}

// utf16Reader decodes UTF-16 to UTF-8 as it reads. An unpaired surrogate or
// an odd byte at the end is an error, never a silent U+FFFD: the same rule
// as for invalid UTF-8.
type utf16Reader struct {
	r     *bufio.Reader
	order binary.ByteOrder
	out   []byte // decoded and not yet returned
	at    int64  // bytes of input read, for error messages
	err   error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			return 0, u.err
		}
		u.fill()
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

// fill decodes up to a few thousand characters.
func (u *utf16Reader) fill() {
	u.out = u.out[:0]
	for range 4096 {
		c, err := u.unit()
		if err != nil {
			u.err = err
			return
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			at := u.at - 2
			c2, err := u.unit()
			if errors.Is(err, io.EOF) {
				err = nil
			}
			if err != nil {
				u.err = err
				return
			}
			if r = utf16.DecodeRune(r, rune(c2)); r == utf8.RuneError {
				u.err = claims.Errorf(claims.EINVALID, "not valid UTF-16 (an unpaired surrogate at byte %d)", at)
				return
			}
		}
		u.out = utf8.AppendRune(u.out, r)
	}
}

// unit reads one 16-bit code unit.
func (u *utf16Reader) unit() (uint16, error) {
	var b [2]byte
	n, err := io.ReadFull(u.r, b[:])
	if n == 1 {
		return 0, claims.Errorf(claims.EINVALID, "not valid UTF-16 (the text ends in half a character at byte %d)", u.at)
	} else if err != nil {
		return 0, err
	}
	u.at += 2
	return u.order.Uint16(b[:]), nil
}
