package parse

import (
	"errors"
	"strings"
)

// A forgiving reader of the JavaScript object literals a dashboard's page
// source configures its charts with (chart_config.go): keys bare or
// quoted, strings in single, double or back quotes, trailing commas,
// comments. It yields the jsonVal tree the JSON exports use, numbers as
// written ('n'), null/undefined/NaN as no value ('0'); anything else a
// config may hold (a callback, a variable, a call) is skipped whole and
// kept as an expression ('x') that no table cell can be.

// errJSLit: the text is no object literal a chart config is written in.
var errJSLit = errors.New("js: not a literal")

// jsLit reads literals from s.
type jsLit struct {
	s string
	i int
}

// jsObjectAt reads the object literal opening at s[at] ('{'): the value
// and the offset after it.
func jsObjectAt(s string, at int) (*jsonVal, int, error) {
	p := &jsLit{s: s, i: at}
	v, err := p.value(0)
	if err != nil {
		return nil, 0, err
	}
	return v, p.i, nil
}

// space skips blanks and comments.
func (p *jsLit) space() {
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.i++
		case c == '/' && p.i+1 < len(p.s) && p.s[p.i+1] == '/':
			k := strings.IndexByte(p.s[p.i:], '\n')
			if k < 0 {
				p.i = len(p.s)
			} else {
				p.i += k
			}
		case c == '/' && p.i+1 < len(p.s) && p.s[p.i+1] == '*':
			k := strings.Index(p.s[p.i+2:], "*/")
			if k < 0 {
				p.i = len(p.s)
			} else {
				p.i += k + 4
			}
		default:
			return
		}
	}
}

// value reads one value; depth bounds the nesting a hostile text could
// pile up.
func (p *jsLit) value(depth int) (*jsonVal, error) {
	if depth > 12 {
		return nil, errJSLit
	}
	p.space()
	if p.i >= len(p.s) {
		return nil, errJSLit
	}
	v := &jsonVal{off: int64(p.i)}
	switch c := p.s[p.i]; {
	case c == '{':
		v.kind = '{'
		p.i++
		for {
			p.space()
			if p.i >= len(p.s) {
				return nil, errJSLit
			}
			if p.s[p.i] == '}' {
				p.i++
				return v, nil
			}
			key, ok := p.key()
			if !ok {
				return nil, errJSLit
			}
			p.space()
			var it *jsonVal
			if p.i < len(p.s) && p.s[p.i] == ':' {
				p.i++
				var err error
				if it, err = p.value(depth + 1); err != nil {
					return nil, err
				}
			} else {
				it = &jsonVal{kind: 'x', off: int64(p.i)} // shorthand { data } or a method
				if err := p.skip(); err != nil {
					return nil, err
				}
			}
			v.keys = append(v.keys, key)
			v.items = append(v.items, it)
			if err := p.next('}'); err != nil {
				return nil, err
			}
		}
	case c == '[':
		v.kind = '['
		p.i++
		for {
			p.space()
			if p.i >= len(p.s) {
				return nil, errJSLit
			}
			switch p.s[p.i] {
			case ']':
				p.i++
				return v, nil
			case ',': // a hole: no value
				v.items = append(v.items, &jsonVal{kind: '0', off: int64(p.i)})
				p.i++
				continue
			}
			it, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			v.items = append(v.items, it)
			if err := p.next(']'); err != nil {
				return nil, err
			}
		}
	case c == '\'' || c == '"' || c == '`':
		s, ok := p.str()
		if !ok {
			v.kind = 'x' // a template with ${…}
			return v, p.skip()
		}
		v.kind, v.s = 's', s
	case c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.':
		k := p.i + 1
		for k < len(p.s) && strings.IndexByte("0123456789.eExXabcdefABCDEF+-_", p.s[k]) >= 0 {
			if (p.s[k] == '+' || p.s[k] == '-') && p.s[k-1] != 'e' && p.s[k-1] != 'E' {
				break
			}
			k++
		}
		v.kind, v.s = 'n', p.s[p.i:k]
		p.i = k
		p.space()
		if p.i < len(p.s) && !strings.ContainsRune(",]})", rune(p.s[p.i])) {
			v.kind = 'x' // arithmetic: no figure as written
			return v, p.skip()
		}
	default:
		w := p.word()
		p.space()
		end := p.i >= len(p.s) || strings.ContainsRune(",]})", rune(p.s[p.i]))
		switch {
		case end && (w == "null" || w == "undefined" || w == "NaN"):
			v.kind = '0'
		case end && (w == "true" || w == "false"):
			v.kind, v.s = 'b', w
		default:
			v.kind = 'x'
			return v, p.skip()
		}
	}
	return v, nil
}

// next passes the comma after an item, or stops before the closer.
func (p *jsLit) next(closer byte) error {
	p.space()
	if p.i >= len(p.s) {
		return errJSLit
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		return nil
	case closer:
		return nil
	}
	return errJSLit
}

// key reads an object key: a name, a quoted string or a number.
func (p *jsLit) key() (string, bool) {
	if c := p.s[p.i]; c == '\'' || c == '"' {
		return p.str()
	}
	if p.s[p.i] == '[' || p.s[p.i] == '.' {
		return "", false // a computed key or a spread
	}
	w := p.word()
	return w, w != ""
}

// word reads a name or a number's characters.
func (p *jsLit) word() string {
	k := p.i
	for k < len(p.s) {
		c := p.s[k]
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
			break
		}
		k++
	}
	w := p.s[p.i:k]
	p.i = k
	return w
}

// str reads a quoted string with its escapes; false for a template
// literal that interpolates.
func (p *jsLit) str() (string, bool) {
	q := p.s[p.i]
	var b strings.Builder
	for k := p.i + 1; k < len(p.s); k++ {
		c := p.s[k]
		switch {
		case c == q:
			p.i = k + 1
			return b.String(), true
		case c == '\\' && k+1 < len(p.s):
			k++
			switch e := p.s[k]; e {
			case 'n', 'r', 't':
				b.WriteByte(' ')
			case '\n':
			default:
				b.WriteByte(e)
			}
		case c == '$' && q == '`' && k+1 < len(p.s) && p.s[k+1] == '{':
			p.i = k
			return "", false
		case c == '\n' && q != '`':
			return "", false
		default:
			b.WriteByte(c)
		}
	}
	return "", false
}

// skip passes an expression: up to the comma or closer that ends it at
// its own depth, quotes and brackets inside it passed whole.
func (p *jsLit) skip() error {
	depth := 0
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch c {
		case '\'', '"', '`':
			q := c
			k := p.i + 1
			for k < len(p.s) && p.s[k] != q {
				if p.s[k] == '\\' {
					k++
				}
				k++
			}
			if k >= len(p.s) {
				return errJSLit
			}
			p.i = k + 1
			continue
		case '/':
			if p.i+1 < len(p.s) && (p.s[p.i+1] == '/' || p.s[p.i+1] == '*') {
				p.space()
				continue
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return nil
			}
			depth--
		case ',', ';':
			if depth == 0 {
				return nil
			}
		}
		p.i++
	}
	return errJSLit
}

// jsGet is the value of key in object v; nil when v is no object or lacks it.
func jsGet(v *jsonVal, key string) *jsonVal {
	if v == nil || v.kind != '{' {
		return nil
	}
	for k, name := range v.keys {
		if name == key {
			return v.items[k]
		}
	}
	return nil
}

// jsText is a title's text: a string, or the lines of an array of them.
func jsText(v *jsonVal) string {
	if v == nil {
		return ""
	}
	switch v.kind {
	case 's':
		return strings.Join(strings.Fields(v.s), " ")
	case '[':
		var parts []string
		for _, it := range v.items {
			if it.kind != 's' {
				return ""
			}
			parts = append(parts, strings.Join(strings.Fields(it.s), " "))
		}
		return strings.Join(parts, " ")
	}
	return ""
}
