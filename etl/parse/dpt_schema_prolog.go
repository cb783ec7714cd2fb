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
// The declaration names the arguments in order (a Prolog variable's
// CamelCase split into words, a mode `+`/`-`/`?` and a `:type` dropped);
// the facts of that predicate follow, directives (`:-`) between them
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
	reSchemaPrologModule = regexp.MustCompile(`^\s*:-\s*module\(\s*'?([A-Za-z_][\w]*)`)
)

// schemaPrologDecl reads a declaration line: the predicate and its
// columns, each a lower-case snake name ("PemilihL" gives "pemilih_l").
func schemaPrologDecl(l string) (string, []string, bool) {
	if !strings.Contains(l, "(") {
		return "", nil, false
	}
	m := reSchemaPrologDecl.FindStringSubmatch(l)
	if m == nil {
		return "", nil, false
	}
	var cols []string
	for _, a := range strings.Split(m[2], ",") {
		am := reSchemaPrologArg.FindStringSubmatch(strings.TrimSpace(a))
		if am == nil {
			return "", nil, false
		}
		cols = append(cols, schemaSnake(am[1]))
	}
	return m[1], cols, len(cols) >= 3
}

// schemaSnake splits a CamelCase name into lower-case words joined by "_".
func schemaSnake(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// schemaPrologFact is a fact of pred on l: its arguments' text; skip for
// a directive between facts; false for any other line.
func schemaPrologFact(l, pred string) (inner string, skip, ok bool) {
	t := strings.TrimSpace(l)
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
	return t[1 : len(t)-2], false, true
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
