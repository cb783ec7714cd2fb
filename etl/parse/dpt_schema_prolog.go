package parse

import (
	"regexp"
	"strings"
	"unicode"
)

// A DPT typed again as a logic program's facts: positional records whose
// columns are named apart, by a comment over them. One more declaration
// form of schemaRun (dpt_schema_rows.go):
//
//	% dpt(Tingkat, Wilayah, DesaKel, TPS, PemilihL, PemilihP, Jumlah).
//	:- module(dpt_pemilu2024, [dpt/7]).          (SWI-Prolog; a pldoc
//	dpt(kecamatan, 'WAE RI''I', 20, 93, 7456, 8151, 15607).  `%!` line
//	dpt(kabupaten, 'MANGGARAI', 198, 939, 119222, 126314, 245536).
//
//	.decl dpt(kecamatan: symbol, l: number, p: number, jumlah: number)
//	dpt("ALOK", 7210, 7305, 14515).              (Soufflé Datalog)
//
//	; (dpt ?kecamatan ?tps ?pemilih-l ?pemilih-p ?jumlah)
//	(deffacts dpt-pemilu-2024                    (CLIPS ordered facts:
//	  (dpt "ALOK" 60 7210 7305 14515))            cells between spaces)
//
// The declaration names the arguments in order (a Prolog variable's
// CamelCase split into words, a mode `+`/`-`/`?` and a `:type` dropped);
// the facts of that predicate follow (digit groups `10_121` joined), directives (`:-`) between them
// skipped, a query (`?-`) or any other line ends them. Quoted atoms take
// their doubled quotes off. A level column (Tingkat/Level) marks the row
// whose value is kabupaten/kota/total the whole's; labelTable still
// proves every row by L + P = total and the whole by the sums. The
// module's name (or the predicate's) is the relation: it gives the
// caption when the lines above name no election. A family tree
// (`parent(tom, bob).`) or a shop's stock declares no L, P and total and
// gives nothing.

var (
	// reSchemaPrologDecl is a comment (or Soufflé's .decl) naming a
	// predicate's arguments: the predicate, the arguments.
	reSchemaPrologDecl = regexp.MustCompile(`^\s*(?:%+!?|//+|;+|\.decl\b)\s*([a-z][A-Za-z0-9_]*)\s*\(([^()]*)\)\s*\.?\s*(?:(?:is\s+\w+|=>.*)\.?)?\s*$`)
	// reSchemaPrologArg is one declared argument: a mode, the name, a type.
	reSchemaPrologArg = regexp.MustCompile(`^[+\-?@!]?\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*[A-Za-z_]\w*)?$`)
	// reSchemaPrologModule is a module directive's name.
	reSchemaPrologModule = regexp.MustCompile(`^\s*(?::-\s*module\(\s*'?|\(deffacts\s+)([A-Za-z_][\w-]*)`)
	// reSchemaClipsDecl is a CLIPS comment naming an ordered fact's slots.
	reSchemaClipsDecl = regexp.MustCompile(`^\s*;+\s*\(([a-z][\w-]*)((?:\s+\??[A-Za-z_][\w-]*){3,})\s*\)\s*$`)
	// reSchemaClipsHead is a deffacts' opening line, with its comment.
	reSchemaClipsHead = regexp.MustCompile(`^\s*\(deffacts\s+[\w-]+(?:\s+"[^"]*")?\s*$`)
	// reSchemaDigitGroup is SWI-Prolog's digit group "10_121".
	reSchemaDigitGroup = regexp.MustCompile(`(\d)_(\d{3})\b`)
)

// schemaPrologDecl reads a declaration line: the predicate and its
// columns, each a lower-case snake name ("PemilihL" gives "pemilih_l").
func schemaPrologDecl(l string) (pred string, cols []string, clips, ok bool) {
	if !strings.Contains(l, "(") {
		return "", nil, false, false
	}
	if m := reSchemaClipsDecl.FindStringSubmatch(l); m != nil {
		for _, a := range strings.Fields(m[2]) {
			cols = append(cols, schemaSnake(strings.TrimPrefix(a, "?")))
		}
		return m[1], cols, true, true
	}
	m := reSchemaPrologDecl.FindStringSubmatch(l)
	if m == nil {
		return "", nil, false, false
	}
	for _, a := range strings.Split(m[2], ",") {
		am := reSchemaPrologArg.FindStringSubmatch(strings.TrimSpace(a))
		if am == nil {
			return "", nil, false, false
		}
		cols = append(cols, schemaSnake(am[1]))
	}
	return m[1], cols, false, len(cols) >= 3
}

// schemaSnake splits a CamelCase name into lower-case words joined by "_".
func schemaSnake(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if r == '-' {
			r = '_' // a CLIPS name's hyphen
		} else if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// schemaPrologFact is a fact of pred on l: its arguments' text; skip for
// a directive between facts; false for any other line. A CLIPS fact's
// cells come back between TABs.
func schemaPrologFact(l, pred string, clips bool) (inner string, skip, ok bool) {
	t := strings.TrimSpace(l)
	if clips {
		if reSchemaClipsHead.MatchString(t) || t == ")" {
			return "", true, false
		}
		if !strings.HasPrefix(t, "("+pred+" ") {
			return "", false, false
		}
		t = strings.TrimSpace(t[len(pred)+1:])
		if !strings.HasSuffix(t, ")") {
			return "", false, false
		}
		t = strings.TrimSpace(t[:len(t)-1])
		t = strings.TrimSpace(strings.TrimSuffix(t, ")")) // the deffacts' own close
		return reSchemaDigitGroup.ReplaceAllString(schemaClipsCells(t), "$1$2"), false, true
	}
	if strings.HasPrefix(t, ":-") {
		return "", true, false
	}
	if !strings.HasPrefix(t, pred) {
		return "", false, false
	}
	t = strings.TrimSpace(t[len(pred):])
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ").") {
		return "", false, false
	}
	return reSchemaDigitGroup.ReplaceAllString(t[1:len(t)-2], "$1$2"), false, true
}

// schemaClipsCells puts TABs between a CLIPS fact's cells: the spaces
// outside double quotes.
func schemaClipsCells(s string) string {
	var b strings.Builder
	q, gap := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case q && c == '\\' && i+1 < len(s):
			b.WriteByte(c)
			i++
			c = s[i]
		case c == '"':
			q = !q
		case !q && (c == ' ' || c == '\t'):
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('\t')
		}
		gap = false
		b.WriteByte(c)
	}
	return b.String()
}

// schemaPrologRelation is the module's name in the run's head, or pred.
func schemaPrologRelation(lines []string, from, to int, pred string) string {
	for j := max(0, from-12); j < to && j < len(lines); j++ {
		if m := reSchemaPrologModule.FindStringSubmatch(lines[j]); m != nil {
			return m[1]
		}
	}
	return pred
}

// schemaLevelWhole: a level column's value naming the whole.
func schemaLevelWhole(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "kabupaten", "kab", "kota", "total", "jumlah", "provinsi", "kabupaten_kota", "kabkota":
		return true
	}
	return false
}

// reSchemaLetterDigit splits "pemilu2024" into "pemilu 2024".
var reSchemaLetterDigit = regexp.MustCompile(`([A-Za-z])(\d{4})\b`)
