package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Record literals as a math or data REPL prints them (recgen.go): a
// Mathematica notebook's `Out[3]= {<|"kode" -> "3355", "pagu" -> 9966880000|>, …}`
// (associations or `{k -> v}` rule lists, inside `Dataset[…]`), Julia's
// `Dict{String, Any}("kode" => "3355", …)` and NamedTuples `(kode = "3355", …)`
// after `julia>`, Maple's `table([kode = "3355", …])`. A notebook wraps its
// output at the page's width, a record running over lines and a line
// holding the end of one record and the start of the next; recgenRepl
// sets such an output one record a line so the record reader takes it
// as any other run. The numbers come in the REPL's forms, 1.2e9, 3.24*^10,
// a precision mark 95.7`; recgenSci writes them out digit by digit, exact.

// recgenRepl rewrites each `Out[n]=` output that is a list of two or more
// records (associations or rule lists) as a record a line; data itself
// when it holds none.
func recgenRepl(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "Out[") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var out []string
	changed := false
	for i := 0; i < len(lines); i++ {
		p := recgenPrompt(lines[i])
		if p == 0 || !strings.HasPrefix(strings.TrimSpace(lines[i]), "Out[") {
			out = append(out, lines[i])
			continue
		}
		// the output runs to a blank line or the next prompt
		end := i + 1
		for end < len(lines) && end < i+200 && strings.TrimSpace(lines[end]) != "" && recgenPrompt(lines[end]) == 0 &&
			!strings.HasPrefix(strings.TrimSpace(lines[end]), "In[") {
			end++
		}
		var joined strings.Builder
		joined.WriteString(strings.TrimSpace(lines[i][p:]))
		for k := i + 1; k < end; k++ {
			if s := joined.String(); strings.HasSuffix(s, `\`) {
				joined.Reset()
				joined.WriteString(s[:len(s)-1]) // a number or string broken with a continuation mark
			} else {
				joined.WriteByte(' ')
			}
			joined.WriteString(strings.TrimSpace(lines[k]))
		}
		recs := recgenReplSplit(joined.String())
		if len(recs) < 2 {
			out = append(out, lines[i:end]...)
			i = end - 1
			continue
		}
		out = append(out, strings.TrimRight(lines[i][:p], " ")+" {")
		for r, rec := range recs {
			if r < len(recs)-1 {
				rec += ","
			}
			out = append(out, "  "+rec)
		}
		out = append(out, "}")
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(out, "\n"))
}

// recgenReplSplit reads an output `{r, r, …}` (or `Dataset[{…}]`) whose
// elements are all associations `<|…|>` or rule lists `{…}`, and gives
// the elements; nil for any other output.
func recgenReplSplit(s string) []string {
	if strings.HasPrefix(s, "Dataset[") && strings.HasSuffix(s, "]") {
		s = s[len("Dataset[") : len(s)-1]
	}
	if !strings.HasPrefix(s, "{") || !strings.HasSuffix(s, "}") {
		return nil
	}
	s = s[1 : len(s)-1]
	var elems []string
	depth, quote, from := 0, false, 0
	for j := 0; j < len(s); j++ {
		c := s[j]
		switch {
		case quote && c == '\\':
			j++
		case c == '"':
			quote = !quote
		case quote:
		case c == '<' && j+1 < len(s) && s[j+1] == '|', c == '{', c == '[', c == '(':
			depth++
		case c == '|' && j+1 < len(s) && s[j+1] == '>', c == '}', c == ']', c == ')':
			if depth--; depth < 0 {
				return nil
			}
		case c == ',' && depth == 0:
			elems = append(elems, strings.TrimSpace(s[from:j]))
			from = j + 1
		}
	}
	if depth != 0 || quote {
		return nil
	}
	elems = append(elems, strings.TrimSpace(s[from:]))
	for _, e := range elems {
		assoc := strings.HasPrefix(e, "<|") && strings.HasSuffix(e, "|>")
		rules := strings.HasPrefix(e, "{") && strings.HasSuffix(e, "}") && strings.Contains(e, "->")
		if !assoc && !rules {
			return nil
		}
	}
	return elems
}

// recgenPrompt gives where a line's text starts after a REPL's output
// prompt, `Out[3]=`, `Out[3]//Dataset=`, `julia>`, `>>`; 0 when it has none.
func recgenPrompt[T string | []byte](l T) int {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i >= len(l) || l[i] != 'O' && l[i] != 'j' && l[i] != '>' {
		return 0 // most lines: no string made
	}
	s := string(l[i:min(len(l), i+40)])
	n := 0
	switch {
	case strings.HasPrefix(s, "Out["):
		e, b := strings.IndexByte(s, '='), strings.IndexByte(s, ']')
		if e < 0 || b < 5 || b > e || strings.Trim(s[4:b], "0123456789") != "" {
			return 0
		}
		n = e + 1
	case strings.HasPrefix(s, "julia> "):
		n = len("julia> ")
	case strings.HasPrefix(s, ">> "):
		n = len(">> ")
	default:
		return 0
	}
	i += n
	for i < len(l) && l[i] == ' ' {
		i++
	}
	return i
}

// recgenEqPair: s opens with a `name = value` pair (a NamedTuple's first
// field), not a comparison `==` or a pair `=>`.
func recgenEqPair(s string) bool {
	r, ok := recgenAfterName(s)
	return ok && len(r) > 1 && r[0] == '=' && r[1] != '=' && r[1] != '>'
}

// recgenQuotedKey: a quoted key names a field (`"kode"`, `"Pagu Awal"`),
// not a value: a letter first, then letters, digits, spaces, `_`, `-`, `.`.
func recgenQuotedKey(q string) bool {
	if q == "" || len(q) > 40 || !isLetterByte(q[0]) {
		return false
	}
	for j := 0; j < len(q); j++ {
		if c := q[j]; !(isLetterByte(c) || c >= '0' && c <= '9' || strings.IndexByte(" _-.", c) >= 0) {
			return false
		}
	}
	return true
}

// recgenSci writes a REPL's number out in digits: a mantissa with an
// exponent `1.2e9` (a point in the mantissa: 12e3 may be a code),
// `3.241631*^10`, a precision or accuracy mark after the figures (95.7`,
// 95.7`4., an accuracy mark of two backquotes). Anything else comes back
// as it was.
func recgenSci(v string) string {
	neg := strings.HasPrefix(v, "-")
	s := strings.TrimPrefix(v, "-")
	m := 0
	for m < len(s) && (s[m] >= '0' && s[m] <= '9' || s[m] == '.') {
		m++
	}
	mant, rest := s[:m], s[m:]
	if mant == "" || mant[0] == '.' || strings.Count(mant, ".") > 1 || rest == "" {
		return v
	}
	if strings.HasPrefix(rest, "`") { // a precision mark: its figures are not the value's
		r := strings.TrimLeft(rest, "`")
		k := 0
		for k < len(r) && (r[k] >= '0' && r[k] <= '9' || r[k] == '.') {
			k++
		}
		rest = r[k:]
	}
	exp := 0
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "*^") || (rest[0] == 'e' || rest[0] == 'E') && strings.Contains(mant, "."):
		e := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "*^"), "e"), "E")
		eneg := strings.HasPrefix(e, "-")
		e = strings.TrimPrefix(strings.TrimPrefix(e, "-"), "+")
		if e == "" || len(e) > 2 || strings.Trim(e, "0123456789") != "" {
			return v
		}
		for _, c := range e {
			exp = exp*10 + int(c-'0')
		}
		if eneg {
			exp = -exp
		}
	default:
		return v
	}
	// the digits and where the point stands, moved by the exponent
	point := strings.IndexByte(mant, '.')
	if point < 0 {
		point = len(mant)
	}
	digits := strings.Replace(mant, ".", "", 1)
	point += exp
	for point > len(digits) {
		digits += "0"
	}
	for point < 1 {
		digits, point = "0"+digits, point+1
	}
	whole, frac := strings.TrimLeft(digits[:point], "0"), strings.TrimRight(digits[point:], "0")
	if whole == "" {
		whole = "0"
	}
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}
