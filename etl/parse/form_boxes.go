package parse

import (
	"bytes"
	"strings"
)

// A web form printed with its input boxes: "Target: [ 85,00 ]",
// "Realisasi : [  88,40  ] %". The box is layout around the field's value:
// it is dropped and the value kept where it was, so the key: value readers
// see the field as typed ("Target: 85,00"); an empty box is no value. Only
// a box right after a field's colon is one: a citation "[3]" in prose, a
// Markdown link "[x](…)" or a JSON or YAML list is left alone.
func formBoxes(data []byte) []byte {
	if !bytes.Contains(data, []byte(": [")) && !bytes.Contains(data, []byte(":[")) {
		return data
	}
	s := string(data)
	lines := strings.Split(s, "\n")
	changed := false
	for i, l := range lines {
		if u, ok := unboxLine(l); ok {
			lines[i] = u
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// unboxLine drops the boxes after the colons of l; whether it found one.
func unboxLine(l string) (string, bool) {
	var b strings.Builder
	found := false
	k := 0
	for k < len(l) {
		c := strings.IndexByte(l[k:], ':')
		if c < 0 {
			break
		}
		c += k
		o := c + 1
		for o < len(l) && l[o] == ' ' {
			o++
		}
		e := -1
		if o < len(l) && l[o] == '[' {
			e = strings.IndexByte(l[o+1:], ']')
		}
		// a JSON or YAML list ("kolom": ["a", "b"], kolom: [a, b]) is data, not a box
		if e < 0 || strings.ContainsAny(l[o+1:o+1+e], "[:\"'{") || strings.Contains(l[o+1:o+1+e], ", ") ||
			c > 0 && (l[c-1] == '"' || l[c-1] == '\'') || o+2+e < len(l) && l[o+2+e] == '(' {
			b.WriteString(l[k : c+1])
			k = c + 1
			continue
		}
		e += o + 1 // the closing bracket
		b.WriteString(l[k : c+1])
		if v := strings.TrimSpace(l[o+1 : e]); v != "" {
			b.WriteString(" " + v)
		}
		found = true
		k = e + 1
	}
	if !found {
		return l, false
	}
	return b.String() + l[k:], true
}
