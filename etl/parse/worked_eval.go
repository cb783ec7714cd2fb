package parse

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// The arithmetic of a worked cell (worked_cells.go): figures under one
// notation for the whole cell, Indonesian (1.234.567,89) or English
// (1,234,567.89), the four operators in their printed forms, parentheses,
// and "100%" read as the figure 100.

// exprTok is one token: a figure (op 0, its text in num) or an operator,
// '+', '-', '*', '/', '(' or ')'.
type exprTok struct {
	op  byte
	num string
	pct bool
}

// evaluated is an expression's value; pct when it is a lone percent.
type evaluated struct {
	v   float64
	pct bool
}

// lexExpr splits s into tokens; false on any other character.
func lexExpr(s string) ([]exprTok, bool) {
	var toks []exprTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case isDigitByte(c):
			j := i
			for j < len(s) && (isDigitByte(s[j]) || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigitByte(s[j+1])) {
				j++
			}
			t := exprTok{num: s[i:j]}
			if j < len(s) && s[j] == '%' {
				t.pct = true
				j++
			}
			toks, i = append(toks, t), j
		default:
			op, w := exprOperator(s[i:])
			if op == 0 {
				return nil, false
			}
			if op != ' ' {
				toks = append(toks, exprTok{op: op})
			}
			i += w
		}
	}
	return toks, len(toks) > 0
}

// exprOperator reads the operator opening s and its width in bytes.
func exprOperator(s string) (byte, int) {
	for _, o := range [...]struct {
		s  string
		op byte
	}{{"+", '+'}, {"-", '-'}, {"−", '-'}, {"–", '-'}, {"*", '*'}, {"×", '*'}, {"x", '*'}, {"X", '*'},
		{":", '/'}, {"/", '/'}, {"÷", '/'}, {"(", '('}, {")", ')'}, {"\u00a0", ' '}} {
		if strings.HasPrefix(s, o.s) {
			return o.op, len(o.s)
		}
	}
	return 0, 0
}

// evalExpr computes s with its figures read under the Indonesian notation
// (ind) or the English one; false when s is no well-formed expression.
func evalExpr(s string, ind bool) (evaluated, bool) {
	toks, ok := lexExpr(s)
	if !ok {
		return evaluated{}, false
	}
	e := exprEval{toks: toks, ind: ind}
	v, ok := e.sum()
	if !ok || e.i != len(toks) || e.bad {
		return evaluated{}, false
	}
	return evaluated{v: v, pct: len(toks) == 1 && toks[0].pct}, true
}

type exprEval struct {
	toks []exprTok
	i    int
	ind  bool
	bad  bool
}

func (e *exprEval) peek() byte {
	if e.i < len(e.toks) {
		return e.toks[e.i].op
	}
	return 0xff
}

func (e *exprEval) sum() (float64, bool) {
	v, ok := e.product()
	for ok && (e.peek() == '+' || e.peek() == '-') {
		op := e.toks[e.i].op
		e.i++
		var w float64
		if w, ok = e.product(); op == '+' {
			v += w
		} else {
			v -= w
		}
	}
	return v, ok
}

func (e *exprEval) product() (float64, bool) {
	v, ok := e.factor()
	for ok && (e.peek() == '*' || e.peek() == '/') {
		op := e.toks[e.i].op
		e.i++
		var w float64
		if w, ok = e.factor(); op == '*' {
			v *= w
		} else if w == 0 {
			return 0, false
		} else {
			v /= w
		}
	}
	return v, ok
}

func (e *exprEval) factor() (float64, bool) {
	switch e.peek() {
	case '-':
		e.i++
		v, ok := e.factor()
		return -v, ok
	case '(':
		e.i++
		v, ok := e.sum()
		if !ok || e.peek() != ')' {
			return 0, false
		}
		e.i++
		return v, true
	case 0:
		v, ok := figureValue(e.toks[e.i].num, e.ind)
		e.i++
		e.bad = e.bad || !ok
		return v, ok
	}
	return 0, false
}

// figureValue reads one figure under a notation: thousands groups of three
// after the group separator, digits after the decimal one.
func figureValue(s string, ind bool) (float64, bool) {
	group, dec := byte('.'), byte(',')
	if !ind {
		group, dec = ',', '.'
	}
	intPart, frac := s, ""
	if k := strings.IndexByte(s, dec); k >= 0 {
		intPart, frac = s[:k], s[k+1:]
		if frac == "" || strings.IndexByte(frac, dec) >= 0 || strings.IndexByte(frac, group) >= 0 {
			return 0, false
		}
	}
	if g := strings.Split(intPart, string(group)); len(g) > 1 {
		if g[0] == "" || len(g[0]) > 3 {
			return 0, false
		}
		for _, x := range g[1:] {
			if len(x) != 3 {
				return 0, false
			}
		}
		intPart = strings.Join(g, "")
	}
	num := intPart
	if frac != "" {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	return v, err == nil
}

// figureDecimals: the digits after the decimal separator of the figure s
// under a notation.
func figureDecimals(s string, ind bool) int {
	dec := byte(',')
	if !ind {
		dec = '.'
	}
	s = strings.TrimRight(strings.TrimSpace(s), "%")
	if k := strings.IndexByte(s, dec); k >= 0 {
		return len(s) - k - 1
	}
	return 0
}

// foreignOperand returns the first figure of expression e that is neither
// a figure cell of the row (other than column i) nor one of the table's
// lines above, nor a constant of the rulebook's formulas (1, 2, 100); ""
// when every operand is the table's own.
func foreignOperand(e string, ind bool, cells []string, i int, above []byte) string {
	toks, _ := lexExpr(e)
	var table []string // the figure cells above, read once a figure needs them
	for _, t := range toks {
		if t.op != 0 {
			continue
		}
		v, _ := figureValue(t.num, ind)
		if v == 1 || v == 2 || v == 100 {
			continue
		}
		found := false
		for j, c := range cells {
			if j != i && cellFigureIs(c, v, ind) {
				found = true
				break
			}
		}
		if !found && table == nil {
			table = strings.FieldsFunc(string(bytes.TrimSpace(above)), func(r rune) bool { return r == '\t' || r == '\n' })
		}
		for _, c := range table {
			if found = found || cellFigureIs(c, v, ind); found {
				break
			}
		}
		if !found {
			return t.num
		}
	}
	return ""
}

// cellFigureIs: the cell c prints the figure v (a "Rp" before it or a
// percent sign after it aside).
func cellFigureIs(c string, v float64, ind bool) bool {
	c = strings.TrimSpace(c)
	if w, ok := parseWorked(c); ok {
		c = w.result // a worked cell above, a total's operand: its result
	}
	c = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(c, "Rp."), "Rp"))
	c = strings.TrimSpace(strings.TrimSuffix(c, "%"))
	if c == "" || !isDigitByte(c[0]) {
		return false
	}
	w, ok := figureValue(c, ind)
	return ok && math.Abs(w-v) <= 1e-9*math.Max(1, math.Abs(v))
}
