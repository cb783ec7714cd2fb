package parse

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Tables whose derived cells show the worked computation beside their
// result, the way a working paper lets every figure be traced: "81,46 :
// 77,50 × 100% = 105,11%", "pagu − realisasi = sisa", "L + P = total", a
// total as the sum of the figures above it, or the result first with its
// sum after it ("105,11% (= 81,46/77,50)"). Left as printed, a reader that
// wants one value per cell takes the first operand for the value. The
// result is the cell's value and the expression a free proof of it: when
// every operand is a figure of the row (or of the table above it) and the
// arithmetic gives the result within its printed rounding, the cell
// becomes the result alone. When the arithmetic does not hold, or an
// operand is no figure of the table, or the computation has no result,
// nothing proves the value: the cell becomes "-", the empty cell (its fact
// NULL), with a finding. An operand is never read as the value.

// workedGate: the cheap test that a text may hold a TAB row with a worked
// computation; without '=', '≈' or a factor "× 100%" the text is returned
// unread.
func workedGate(text []byte) bool {
	return bytes.IndexByte(text, '\t') >= 0 && workedLine(text)
}

// workedLine: the line (or text) holds an equals sign, a "× 100%" factor or
// a parenthesis after a figure (a result before its computation).
func workedLine(ln []byte) bool {
	if bytes.IndexByte(ln, '=') >= 0 || bytes.Contains(ln, []byte("≈")) || hundredAfterOperator(ln) {
		return true
	}
	return figureParen(ln, '%')
}

// figureParen: ln holds a parenthesis right after a digit or the byte
// after (a space between them at most). It allocates nothing and hops from
// one parenthesis to the next.
func figureParen(ln []byte, after byte) bool {
	for i := 1; i < len(ln); i++ {
		k := bytes.IndexByte(ln[i:], '(')
		if k < 0 {
			return false
		}
		i += k
		j := i
		if ln[j-1] == ' ' && j > 1 {
			j--
		}
		if isDigitByte(ln[j-1]) || ln[j-1] == after {
			return true
		}
	}
	return false
}

// workedCells returns text with every TAB cell that holds a worked
// computation replaced by its proven result (or "-"); text itself when no
// cell changed. Lines keep their numbers.
func workedCells(doc *facts.Document, text []byte) []byte {
	if !workedGate(text) {
		return text
	}
	block := -1 // offset of the first TAB line of the current table
	return editLines(text, func(ln []byte, off, n int) []byte {
		if bytes.IndexByte(ln, '\t') < 0 {
			block = -1
			return ln
		}
		if block < 0 {
			block = off
		}
		if !workedLine(ln) {
			return ln
		}
		return workedRow(doc, ln, text[block:off], n)
	})
}

// editLines returns text with each line replaced by edit's answer for it
// (the line without its newline, its offset and 1-based number); text
// itself, uncopied, while no line changes. A changed line differs in
// length: the editors only cut cells.
func editLines(text []byte, edit func(ln []byte, off, n int) []byte) []byte {
	var out []byte // the text up to the line read, once a line changed
	for off, n := 0, 1; off < len(text); n++ {
		next := len(text)
		ln := text[off:]
		if i := bytes.IndexByte(ln, '\n'); i >= 0 {
			ln, next = ln[:i], off+i+1
		}
		fixed := edit(ln, off, n)
		if out == nil && len(fixed) != len(ln) {
			out = append(make([]byte, 0, len(text)), text[:off]...)
		}
		if out != nil {
			out = append(out, fixed...)
			out = append(out, text[off+len(ln):next]...)
		}
		off = next
	}
	if out == nil {
		return text
	}
	return out
}

// workedRow returns the TAB row ln with each worked cell replaced; ln
// itself when none changed (a cell only loses bytes). above holds the
// table's TAB lines before ln, whose figures may be a total's operands.
func workedRow(doc *facts.Document, ln, above []byte, n int) []byte {
	if !anyWorkedCell(ln) {
		return ln // a name with a parenthesis, a figure 100%: read nothing, copy nothing
	}
	cells := strings.Split(string(ln), "\t")
	changed := false
	for i, c := range cells {
		w, ok := parseWorked(c)
		if !ok {
			continue
		}
		val, msg := w.prove(cells, i, above)
		if msg != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: n, End: n}, Aturan: "nilai.hitungan", Tingkat: facts.Warning,
				Nilai: strings.TrimSpace(c), Pesan: msg + "; sel dimuat NULL"})
			val = "-"
		}
		cells[i], changed = val, true
	}
	if !changed {
		return ln
	}
	return []byte(strings.Join(cells, "\t"))
}

// anyWorkedCell: some TAB cell of ln is made of a computation's
// characters alone (see workedChars) and holds '=', '(' or a "× 100%".
func anyWorkedCell(ln []byte) bool {
	for len(ln) > 0 {
		c := ln
		if k := bytes.IndexByte(ln, '\t'); k >= 0 {
			c, ln = ln[:k], ln[k+1:]
		} else {
			ln = nil
		}
		if (bytes.ContainsAny(c, "=(≈") || hundredAfterOperator(c)) && bytes.IndexFunc(c, func(r rune) bool { return !workedRune(r) }) < 0 {
			return true
		}
	}
	return false
}

// worked is one cell's computation: its expressions (each a chain step)
// and the printed result, empty when the cell states none.
type worked struct {
	exprs  []string
	result string
}

// parseWorked splits a cell "expr = result", "expr ≈ result", "e1 = e2 =
// result", "result (= expr)" or "result (expr)" into its parts. A cell with
// a letter (other than the operator x) is a name or a note, never a
// computation, and an expression holds an operator between two figures.
func parseWorked(c string) (worked, bool) {
	c = strings.TrimSpace(c)
	if c == "" || !strings.ContainsAny(c, "=≈(%") || !workedChars(c) {
		return worked{}, false
	}
	if k := strings.IndexByte(c, '('); k > 0 && strings.HasSuffix(c, ")") && !strings.ContainsAny(c[:k], "=≈") {
		// the result first, its computation after it in parentheses
		res, inner := strings.TrimSpace(c[:k]), strings.TrimSpace(c[k+1:len(c)-1])
		inner = strings.TrimSpace(strings.TrimLeft(inner, "=≈"))
		if _, ok := evalExpr(res, true); !ok || !hasOperator(inner) || strings.ContainsAny(inner, "=≈") {
			return worked{}, false
		}
		return worked{exprs: []string{inner}, result: res}, true
	}
	parts := strings.FieldsFunc(c, func(r rune) bool { return r == '=' || r == '≈' })
	if len(parts) == 0 || c[0] == '=' || strings.HasPrefix(c, "≈") {
		return worked{}, false // a spreadsheet formula or a bare "= x": formula_cells' concern
	}
	if len(parts) == 1 {
		// no result: a computation only when it is one beyond doubt, with
		// its factor "× 100%" (never a date, a range or a ratio)
		ok := hasOperator(c) && hundredFactor(c)
		return worked{exprs: parts}, ok
	}
	w := worked{}
	last := strings.TrimSpace(parts[len(parts)-1])
	if hasOperator(last) {
		return worked{}, false
	}
	w.result = last
	for _, p := range parts[:len(parts)-1] {
		w.exprs = append(w.exprs, strings.TrimSpace(p))
	}
	if !hasOperator(w.exprs[0]) {
		return worked{}, false
	}
	return w, true
}

// workedChars: the cell holds only figures, operators, parentheses,
// percent signs, spaces, the equals signs and the multiplication letter x.
func workedChars(c string) bool {
	for _, r := range c {
		if !workedRune(r) {
			return false
		}
	}
	return true
}

func workedRune(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune(" .,%()+-−–*/:÷×xX=≈\u00a0", r)
}

// hasOperator: s holds a binary operator after a figure.
func hasOperator(s string) bool {
	toks, ok := lexExpr(s)
	if !ok {
		return false
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].op != 0 && toks[i].op != '(' && toks[i].op != ')' && (toks[i-1].op == 0 || toks[i-1].op == ')') {
			return true
		}
	}
	return false
}

// prove returns the cell's value, the printed result, or a message saying
// why nothing proves it. cells is the cell's row, i its column.
func (w worked) prove(cells []string, i int, above []byte) (string, string) {
	if w.result == "" {
		return "", fmt.Sprintf("sel memuat hitungan tanpa hasil %q", w.exprs[0])
	}
	for _, conv := range [...]bool{true, false} {
		res, ok := evalExpr(w.result, conv)
		if !ok {
			continue
		}
		holds := true
		for _, e := range w.exprs {
			v, ok := evalExpr(e, conv)
			if !ok || !withinRounding(v.v, res, e, w.result, conv) {
				holds = false
				break
			}
		}
		if !holds {
			continue
		}
		for _, e := range w.exprs[:1] {
			if titledSum(e, i, above) {
				break // the column's title names the parts it adds (worked_titled.go)
			}
			if miss := foreignOperand(e, conv, cells, i, above); miss != "" {
				return "", fmt.Sprintf("operand %s pada hitungan %q bukan angka baris atau tabelnya", miss, e)
			}
		}
		return w.result, ""
	}
	return "", fmt.Sprintf("hitungan %q tidak menghasilkan %s", strings.Join(w.exprs, " = "), w.result)
}

// withinRounding: v, the expression's value, gives the printed result res
// within one unit of res's last decimal (a result rounded or cut). A
// percent result of an expression without a percent may be its fraction
// times 100.
func withinRounding(v float64, res evaluated, expr, result string, ind bool) bool {
	unit := math.Pow10(-figureDecimals(result, ind))
	ok := func(x float64) bool { return math.Abs(x-res.v) < unit*(1-1e-9) }
	if ok(v) {
		return true
	}
	return res.pct && !strings.Contains(expr, "%") && ok(v*100)
}

// hundredFactor: c multiplies by "100%" (or divides a percent into it).
func hundredFactor(c string) bool {
	toks, _ := lexExpr(c)
	for i := 1; i < len(toks); i++ {
		if toks[i].pct && toks[i].num == "100" && (toks[i-1].op == '*' || toks[i-1].op == '/') {
			return true
		}
	}
	return false
}

// hundredAfterOperator: ln holds "100%" after a multiplication or division
// sign, a factor; a figure 100% in a column of percents is none.
func hundredAfterOperator(ln []byte) bool {
	for i := 0; ; i++ {
		k := bytes.Index(ln[i:], []byte("100%"))
		if k < 0 {
			return false
		}
		i += k
		j := i
		for j > 0 && ln[j-1] == ' ' {
			j--
		}
		if j > 0 && (bytes.IndexByte([]byte("x*/:X"), ln[j-1]) >= 0 || j > 1 && (ln[j-2] == 0xc3 && (ln[j-1] == 0x97 || ln[j-1] == 0xb7))) {
			return true // "x", "*", "/", ":", or "×" and "÷" (UTF-8 C3 97, C3 B7)
		}
	}
}
