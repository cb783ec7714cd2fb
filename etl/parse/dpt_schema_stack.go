package parse

import (
	"regexp"
	"strings"
)

// A DPT typed again as the program that printed it: one call of a
// procedure a kecamatan, its operands on the stack before the operator,
// their order declared apart by the procedure's stack comment. One more
// declaration form and record form of schemaRun (dpt_schema_rows.go):
//
//	/baris { % (nama) desa tps laki-laki perempuan jumlah  baris  -
//	  500 sel 430 sel … show } def                    (PostScript)
//	/jumlah { /Helvetica-Bold findfont 9 scalefont setfont baris } def
//	(AESESA) 21 70 6794 6757 13551 baris
//	(NAGEKEO) 113 437 50176 50451 100627 jumlah
//
//	: baris ( nama desa tps l p jumlah -- ) … ;     (Forth: `s" …"`
//	s" ALOK" 12 60 7210 7305 14515 baris              strings)
//
// The comment names the operands in order up to the operator and its `-`
// (or Forth's `--`); the calls follow, the other definitions, the body
// lines and comments between them skipped. A procedure whose body calls
// the operator (`/jumlah { … baris } def`) is a call of it too: named
// jumlah/total it marks the kabupaten's row, which labelTable still proves
// by the sums of the others, each row by L + P = total. A drawing
// (`100 200 moveto 300 400 lineto stroke`) declares no operands and a
// chart's bars (`(Jan) 120 bar`) no L, P and total: neither gives a row.

var (
	// reSchemaStackPS is a PostScript stack comment, on a procedure's
	// opening line or alone: the procedure, the operands, the operator.
	reSchemaStackPS = regexp.MustCompile(`^\s*(?:/([A-Za-z][\w-]*)\s*\{\s*)?%+\s*(.*?)\s+([A-Za-z][\w-]*)\s+(?:-|--|–)(?:\s.*)?$`)
	// reSchemaStackForth is a Forth definition's stack comment.
	reSchemaStackForth = regexp.MustCompile(`^\s*:\s+([A-Za-z][\w-]*)\s+\(\s*(.*?)\s+--\s*[^)]*\)`)
	// reSchemaStackArg is one declared operand: `(nama)`, `/x`, `laki-laki`.
	reSchemaStackArg = regexp.MustCompile(`^[(/]?([A-Za-z][\w-]*)\)?$`)
	// reSchemaStackDef is a definition: PostScript's `/name {`, Forth's `: name`.
	reSchemaStackDef = regexp.MustCompile(`^(?:/([A-Za-z][\w-]*)\s*\{|:\s+([A-Za-z][\w-]*)\s)`)
)

// schemaStackDecl reads a stack comment: the operator and its operands'
// names (snake case), at least three.
func schemaStackDecl(l string) (string, []string, bool) {
	if !strings.Contains(l, "-") {
		return "", nil, false
	}
	var op, args string
	if m := reSchemaStackForth.FindStringSubmatch(l); m != nil {
		op, args = m[1], m[2]
	} else if m := reSchemaStackPS.FindStringSubmatch(l); m != nil && (m[1] == "" || m[1] == m[3]) {
		op, args = m[3], m[2]
	} else {
		return "", nil, false
	}
	var cols []string
	for _, a := range strings.Fields(args) {
		am := reSchemaStackArg.FindStringSubmatch(a)
		if am == nil {
			return "", nil, false
		}
		cols = append(cols, schemaSnake(am[1]))
	}
	return op, cols, len(cols) >= 3
}

// schemaStackFact reads a call of one of ops on l: the operands between
// TABs (the string first) and the operator; skip for a definition (a
// procedure calling the operator joins ops), a Forth `\` comment or, before
// the first call (head), any line of the program.
func schemaStackFact(l string, ops map[string]bool, head bool) (cells, op string, skip, ok bool) {
	if m := reSchemaStackDef.FindStringSubmatch(l); m != nil {
		name := m[1] + m[2]
		for _, w := range strings.Fields(l) {
			if ops[strings.Trim(w, "{};")] && w != name {
				ops[name] = true // `/jumlah { … baris } def`
			}
		}
		return "", "", true, false
	}
	if strings.HasPrefix(l, `\ `) || l == "showpage" && head {
		return "", "", true, false
	}
	name, rest, sok := schemaStackString(l)
	if !sok {
		return "", "", head, false
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !ops[f[len(f)-1]] {
		return "", "", head, false
	}
	for _, v := range f[:len(f)-1] {
		if strings.Trim(v, "0123456789") != "" {
			return "", "", false, false // an operand of no count's shape
		}
	}
	return name + "\t" + strings.Join(f[:len(f)-1], "\t"), f[len(f)-1], false, true
}

// schemaStackString reads the string operand opening l: PostScript's
// `(…)` (nested parentheses, `\` escapes) or Forth's `s" …"`; what follows.
func schemaStackString(l string) (string, string, bool) {
	if strings.HasPrefix(l, `s" `) || strings.HasPrefix(l, `S" `) {
		if j := strings.IndexByte(l[3:], '"'); j >= 0 {
			return l[3 : 3+j], l[4+j:], true
		}
		return "", "", false
	}
	if !strings.HasPrefix(l, "(") {
		return "", "", false
	}
	var b strings.Builder
	depth := 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == '\\' && i+1 < len(l):
			i++
			b.WriteByte(l[i])
		case c == '(':
			if depth++; depth > 1 {
				b.WriteByte(c)
			}
		case c == ')':
			if depth--; depth == 0 {
				return strings.TrimSpace(b.String()), l[i+1:], true
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return "", "", false
}

// schemaStackHead: a line of the program above its stack comment (`%!PS`,
// DSC comments, `/name … def`), taken into the run's head.
func schemaStackHead(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "%") || strings.HasPrefix(t, "/") || strings.HasSuffix(t, "def") || strings.HasPrefix(t, ": ")
}

// schemaStackTail: the program's end after the calls (`showpage`, `%%EOF`).
func schemaStackTail(l string) bool {
	t := strings.TrimSpace(l)
	return t == "showpage" || t == "bye" || strings.HasPrefix(t, "%%")
}
