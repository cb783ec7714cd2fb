package parse

import "strings"

// The second way assignRead (anggaran_records_assign.go) cuts a script's
// assignments into budget records: not by an index in the name but by a
// record-boundary statement between them, the way a database program fills
// a table one record at a time:
//
//	APPEND BLANK                                          (dBase, Clipper, FoxPro)
//	REPLACE KODE WITH "076.01.WA", URAIAN WITH "Program Dukungan Manajemen"
//	REPLACE PAGU WITH 3154660000, REALISASI WITH 3073430592, PERSEN WITH 97.43
//
//	rs.AddNew / rs!PAGU = 3154660000 / rs("KODE") = "3355" / rs.Update  (VBA, ADO, DAO)
//	MOVE 3154660000 TO PAGU OF REC-ANG / WRITE REC-ANG.                  (COBOL)
//
// Every statement between two boundaries is one record's field (an opening
// APPEND BLANK or AddNew and a closing Update or WRITE alike: a record left
// empty between two of them is no record). The field is named through the
// budget vocabulary (recRole) as the indexed assignments are, and the set is
// proven the same way (kvExport, blkExport): a table of prices or customers
// names no pagu and gives nothing.

// stmtBoundary: the line is a statement opening or closing a record.
func stmtBoundary(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || len(t) > 80 {
		return false
	}
	u := strings.ToUpper(strings.TrimRight(t, ". \t"))
	switch {
	case u == "APPEND BLANK" || strings.HasPrefix(u, "APPEND BLANK IN "):
		return true
	case strings.HasSuffix(u, ".ADDNEW") || strings.HasSuffix(u, ".UPDATE"):
		return stmtIdent(strings.TrimPrefix(u[:strings.LastIndexByte(u, '.')], "."), true)
	case strings.HasPrefix(u, "WRITE ") || strings.HasPrefix(u, "INITIALIZE "):
		w := strings.Fields(u)
		return len(w) == 2 && stmtIdent(w[1], false) || len(w) == 4 && w[2] == "FROM" && stmtIdent(w[1], false)
	}
	return false
}

// stmtIdent: a program's name (letters, digits, '_', COBOL's '-'); empty
// allowed for a With block's `.AddNew`.
func stmtIdent(s string, empty bool) bool {
	if s == "" {
		return empty
	}
	for k := 0; k < len(s); k++ {
		if c := s[k]; !(isLetterByte(c) || c == '_' || c == '-' || (c >= '0' && c <= '9')) {
			return false
		}
	}
	return isLetterByte(s[0])
}

// stmtLine reads a line of a record's field statements that is no plain
// assignment: dBase's REPLACE list, COBOL's MOVE, a VBA With block's
// `!PAGU = …` / `.Fields("PAGU") = …`. nil when it is none.
func stmtLine(l string) []asgClause {
	t := strings.TrimSpace(l)
	u := strings.ToUpper(t)
	switch {
	case strings.HasPrefix(u, "REPLACE "):
		if k := strings.Index(t, " &&"); k > 0 { // dBase's trailing comment
			t = t[:k]
		}
		return stmtReplace(t[len("REPLACE "):])
	case strings.HasPrefix(u, "MOVE "):
		return stmtMove(t[len("MOVE "):])
	case strings.HasPrefix(t, "!") || strings.HasPrefix(t, "."):
		return asgLine(t[1:])
	}
	return nil
}

// stmtReplace reads `f WITH v[, f WITH v]…`; an alias (REALANG->PAGU,
// REALANG.PAGU) off the field. A budget field given an expression keeps it
// raw, so that recSet refuses the set; another field's expression (a date's
// CTOD(…)) is dropped.
func stmtReplace(s string) []asgClause {
	var out []asgClause
	for _, item := range stmtSplitComma(s) {
		k := strings.Index(strings.ToUpper(item), " WITH ")
		if k <= 0 {
			return nil
		}
		f := strings.TrimSpace(item[:k])
		if a := strings.LastIndex(f, "->"); a >= 0 {
			f = f[a+2:]
		}
		f = f[strings.LastIndexByte(f, '.')+1:]
		c, ok := stmtClause(f, strings.TrimSpace(item[k+len(" WITH "):]))
		if !ok {
			return nil
		}
		if c.parts != nil {
			out = append(out, c)
		}
	}
	return out
}

// stmtMove reads COBOL's `v TO f [OF rec].`; ZERO is 0, SPACES empty; a
// prefixed name (WS-PAGU) is named by its part that is a budget role.
func stmtMove(s string) []asgClause {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	from := 0
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if e := strings.IndexByte(s[1:], s[0]); e >= 0 {
			from = e + 2
		}
	}
	k := strings.Index(strings.ToUpper(s[from:]), " TO ")
	if k < 0 {
		return nil
	}
	v, w := strings.TrimSpace(s[:from+k]), strings.Fields(s[from+k+len(" TO "):])
	if len(w) != 1 && !(len(w) == 3 && (strings.EqualFold(w[1], "OF") || strings.EqualFold(w[1], "IN"))) {
		return nil
	}
	f := w[0]
	if recRole(f) == "" {
		for _, p := range strings.Split(f, "-") {
			if recRole(p) != "" {
				f = p
			}
		}
	}
	switch strings.ToUpper(v) {
	case "ZERO", "ZEROS", "ZEROES":
		v = "0"
	case "SPACE", "SPACES":
		v = `""`
	}
	c, ok := stmtClause(f, v)
	if !ok || c.parts == nil {
		return nil
	}
	return []asgClause{c}
}

// stmtClause makes the clause `f = v` through asgParse's literals; parts nil
// (ok) when a field that is no budget role gets an expression.
func stmtClause(f, v string) (asgClause, bool) {
	if !stmtIdent(f, false) {
		return asgClause{}, false
	}
	if c, ok := asgParse(strings.ReplaceAll(f, "-", "_") + " = " + v); ok {
		c.parts, c.sub = []string{f}, []bool{false}
		return c, true
	}
	if recRole(f) == "" {
		return asgClause{}, true
	}
	return asgClause{parts: []string{f}, sub: []bool{false}, val: v}, true
}

// stmtSplitComma parts a REPLACE list at commas outside quotes and brackets.
func stmtSplitComma(s string) []string {
	var out []string
	var q byte
	depth, start := 0, 0
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case c == ',' && depth == 0:
			out = append(out, s[start:k])
			start = k + 1
		}
	}
	return append(out, s[start:])
}

// stmtBang: a VBA With block's `!Field = literal`, no Fortran comment once
// a record has been opened.
func stmtBang(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "!") && stmtLine(l) != nil
}
