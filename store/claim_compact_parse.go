package store

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// parseRows reads a list of positional rows (claim_compact.go) without
// reflection: a search page reads 100 claims' four lists, and decoding
// them with encoding/json into []any was a third of the page's CPU at
// 100,000 articles. Anything this small reader does not expect (an object,
// an odd number) is left to encoding/json, so it accepts what
// json.Unmarshal into [][]any accepts and reads it the same.
func parseRows(src string) ([]row, error) {
	p := rowParser{src: src}
	if v, ok := p.value(); ok && p.end() && (v.kind == rowField || v.kind == nullField) {
		rows := make([]row, len(v.sub))
		for i, r := range v.sub {
			switch r.kind {
			case rowField:
				rows[i] = r.sub
			case nullField:
			default:
				return decodeRows(src)
			}
		}
		return rows, nil
	}
	return decodeRows(src)
}

// parseRow reads one positional row (a facet) as parseRows reads a list.
func parseRow(src []byte) (row, error) {
	p := rowParser{src: string(src)}
	if v, ok := p.value(); ok && p.end() && (v.kind == rowField || v.kind == nullField) {
		return v.sub, nil
	}
	var r []any
	if err := json.Unmarshal(src, &r); err != nil {
		return nil, err
	}
	return anyRow(r)
}

// decodeRows reads with encoding/json what parseRows leaves to it.
func decodeRows(src string) ([]row, error) {
	var list [][]any
	if err := json.Unmarshal([]byte(src), &list); err != nil {
		return nil, err
	}
	rows := make([]row, len(list))
	for i, r := range list {
		var err error
		if rows[i], err = anyRow(r); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// anyRow is a row of what encoding/json decoded; an object in it is an
// error, as a positional row holds none.
func anyRow(list []any) (row, error) {
	if list == nil {
		return nil, nil
	}
	r := make(row, len(list))
	for i, v := range list {
		switch v := v.(type) {
		case nil:
		case string:
			r[i] = field{kind: stringField, s: v}
		case float64:
			r[i] = field{kind: numberField, f: v}
		case bool:
			r[i] = field{kind: falseField}
			if v {
				r[i].kind = trueField
			}
		case []any:
			sub, err := anyRow(v)
			if err != nil {
				return nil, err
			}
			r[i] = field{kind: rowField, sub: sub}
		default:
			return nil, fmt.Errorf("positional row: a %T at %d", v, i)
		}
	}
	return r, nil
}

// rowParser reads the JSON that compactList and facetFields write: arrays,
// strings, numbers, true, false and null. Its methods report false on
// anything else, for encoding/json to read instead.
type rowParser struct {
	src string
	i   int
}

func (p *rowParser) space() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// end reports whether only white space is left.
func (p *rowParser) end() bool {
	p.space()
	return p.i == len(p.src)
}

func (p *rowParser) value() (field, bool) {
	p.space()
	if p.i >= len(p.src) {
		return field{}, false
	}
	switch c := p.src[p.i]; {
	case c == '[':
		return p.array()
	case c == '"':
		return p.string()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case p.word("true"):
		return field{kind: trueField}, true
	case p.word("false"):
		return field{kind: falseField}, true
	case p.word("null"):
		return field{}, true
	}
	return field{}, false
}

func (p *rowParser) word(w string) bool {
	if len(p.src)-p.i >= len(w) && p.src[p.i:p.i+len(w)] == w {
		p.i += len(w)
		return true
	}
	return false
}

func (p *rowParser) array() (field, bool) {
	p.i++ // [
	out := field{kind: rowField, sub: row{}}
	p.space()
	if p.i < len(p.src) && p.src[p.i] == ']' {
		p.i++
		return out, true
	}
	out.sub = make(row, 0, 8)
	for {
		v, ok := p.value()
		if !ok {
			return field{}, false
		}
		out.sub = append(out.sub, v)
		p.space()
		if p.i >= len(p.src) {
			return field{}, false
		}
		switch p.src[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return out, true
		default:
			return field{}, false
		}
	}
}

// string reads a string; one with escapes or bytes that are not UTF-8 is
// unquoted by encoding/json, which knows JSON's escapes and replaces bad
// bytes as it always has.
func (p *rowParser) string() (field, bool) {
	start := p.i
	p.i++ // "
	plain := true
	for p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == '"':
			p.i++
			if s := p.src[start+1 : p.i-1]; plain && utf8.ValidString(s) {
				return field{kind: stringField, s: s}, true
			}
			var s string
			if json.Unmarshal([]byte(p.src[start:p.i]), &s) != nil {
				return field{}, false
			}
			return field{kind: stringField, s: s}, true
		case c == '\\':
			plain = false
			p.i += 2
		case c < 0x20:
			return field{}, false
		default:
			p.i++
		}
	}
	return field{}, false
}

// number reads a number in JSON's grammar as a float64, as encoding/json
// does into an any.
func (p *rowParser) number() (field, bool) {
	start := p.i
	if p.src[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	first := p.i
	if n := digits(); n == 0 || n > 1 && p.src[first] == '0' {
		return field{}, false
	}
	if p.i < len(p.src) && p.src[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return field{}, false
		}
	}
	if p.i < len(p.src) && (p.src[p.i] == 'e' || p.src[p.i] == 'E') {
		p.i++
		if p.i < len(p.src) && (p.src[p.i] == '+' || p.src[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return field{}, false
		}
	}
	f, err := strconv.ParseFloat(p.src[start:p.i], 64)
	if err != nil {
		return field{}, false
	}
	return field{kind: numberField, f: f}, true
}
