package models

import (
	"fmt"
	"regexp"
	"strings"
	"text/template"

	"github.com/kpu-ntt/lkj/etl/family"
	sqlfiles "github.com/kpu-ntt/lkj/sql"
)

// Generic checks, dbt's way: each kind (unique, not_null, accepted_values,
// relationships, range) is one SQL template under sql/generic returning the
// offending rows, instantiated per table and column. The registry's data
// tests (etl/family) and the model headers' checks use the same templates.

// Check is one instantiation of a generic check.
type Check struct {
	Kind    string   // template name: unique, not_null, accepted_values, relationships, range
	Table   string   // relation checked
	Columns []string // the column(s) checked
	Row     string   // SQL expression naming an offending row in messages
	Values  []string // accepted_values
	OrNull  bool     // unique: a NULL key part offends too
	To      string   // relationships: the referenced relation
	Field   string   // relationships: its column
	Min     string   // range bounds, SQL literals
	Max     string
}

var genericFuncs = template.FuncMap{
	"join": func(s []string) string { return strings.Join(s, ", ") },
	"quoted": func(s []string) string {
		q := make([]string, len(s))
		for i, v := range s {
			q[i] = family.Quote(v)
		}
		return strings.Join(q, ", ")
	},
}

// genericTemplates reads sql/generic/*.sql once per call; they are small.
func genericTemplates() (*template.Template, error) {
	t, err := template.New("generic").Funcs(genericFuncs).ParseFS(sqlfiles.FS, "generic/*.sql")
	if err != nil {
		return nil, fmt.Errorf("generic checks: %w", err)
	}
	return t, nil
}

// Render instantiates the check's template.
func (c Check) render(t *template.Template) (string, error) {
	if c.Row == "" {
		c.Row = "NULL"
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, c.Kind+".sql", c); err != nil {
		return "", fmt.Errorf("generic check %s on %s: %w", c.Kind, c.Table, err)
	}
	return b.String(), nil
}

// union renders checks as one query (their rows have the same shape).
func union(t *template.Template, cs []Check) (string, error) {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		s, err := c.render(t)
		if err != nil {
			return "", err
		}
		parts = append(parts, strings.TrimSpace(s))
	}
	return strings.Join(parts, "\nUNION ALL\n"), nil
}

// familyRow names an offending contract row: its document and satker.
const familyRow = "concat_ws(' ', doc_id, satker_id)"

// FamilyTests are the registry's data tests on the contract views, under
// the names users knew from the hand-written files they replace:
// unik_<family> (one row per natural key), kunci_tidak_null (no key part
// NULL) and nilai_diterima (coded columns hold accepted values).
func FamilyTests() ([]DataTest, error) {
	t, err := genericTemplates()
	if err != nil {
		return nil, err
	}
	var out []DataTest
	var notNull, accepted []Check
	var coded []string
	for _, f := range family.Families {
		q, err := Check{Kind: "unique", Table: f.Name, Columns: f.Key}.render(t)
		if err != nil {
			return nil, err
		}
		out = append(out, DataTest{Name: "unik_" + f.Name, Severity: SeverityError, SQL: q,
			Description: fmt.Sprintf("The %s contract view has one row per (%s).", f.Name, f.KeyList())})
		notNull = append(notNull, Check{Kind: "not_null", Table: f.Name, Columns: f.Key,
			Row: "concat_ws(' ', doc_id, " + strings.Join(f.Key, ", ") + ")"})
		for _, c := range f.Columns {
			if len(c.Accepted) > 0 {
				accepted = append(accepted, Check{Kind: "accepted_values", Table: f.Name, Columns: []string{c.Name},
					Values: c.Accepted, Row: familyRow})
				coded = append(coded, f.Name+"."+c.Name)
			}
		}
	}
	q, err := union(t, notNull)
	if err != nil {
		return nil, err
	}
	out = append(out, DataTest{Name: "kunci_tidak_null", Severity: SeverityError, SQL: q,
		Description: "No natural-key column of a contract view is NULL."})
	q, err = union(t, accepted)
	if err != nil {
		return nil, err
	}
	out = append(out, DataTest{Name: "nilai_diterima", Severity: SeverityError, SQL: q,
		Description: "Coded columns hold only their accepted values: " + strings.Join(coded, ", ") + "."})
	return out, nil
}

// checkKinds are the generic checks a model header may name.
var checkKinds = map[string]bool{"not_null": true, "unique": true, "accepted_values": true, "relationships": true, "range": true}

// parseChecks reads "-- check: column: kind, kind(args), ..." header lines:
//
//	-- check: satker_id: not_null, relationships(stg_satker.satker_id)
//	-- check: tingkat: accepted_values(sasaran_strategis, sasaran_kegiatan)
//	-- check: persen_tercapai: range(0, 100)
func parseChecks(model, body string) ([]Check, error) {
	var out []Check
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "--") {
			break
		}
		k, v, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "--")), ":")
		if !ok || strings.TrimSpace(strings.ToLower(k)) != "check" {
			continue
		}
		col, list, ok := strings.Cut(v, ":")
		col = strings.TrimSpace(col)
		if !ok || !validName.MatchString(col) {
			return nil, fmt.Errorf("models: %s.sql: %q: want '-- check: column: kind, ...'", model, line)
		}
		for _, item := range splitTop(list) {
			c, err := parseCheck(model, col, item)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	return out, nil
}

func parseCheck(model, col, item string) (Check, error) {
	kind, args, hasArgs := strings.Cut(item, "(")
	kind = strings.TrimSpace(kind)
	if !checkKinds[kind] {
		return Check{}, fmt.Errorf("models: %s.sql: check %q on %s: kind must be one of not_null, unique, accepted_values, relationships, range", model, item, col)
	}
	var vals []string
	if hasArgs {
		if !strings.HasSuffix(args, ")") {
			return Check{}, fmt.Errorf("models: %s.sql: check %q on %s: unclosed (", model, item, col)
		}
		for _, a := range strings.Split(strings.TrimSuffix(args, ")"), ",") {
			vals = append(vals, strings.TrimSpace(a))
		}
	}
	c := Check{Kind: kind, Table: model, Columns: []string{col}}
	bad := func(want string) (Check, error) {
		return Check{}, fmt.Errorf("models: %s.sql: check %s on %s: want %s", model, item, col, want)
	}
	switch kind {
	case "accepted_values":
		if len(vals) == 0 {
			return bad("accepted_values(a, b, ...)")
		}
		c.Values = vals
	case "relationships":
		if len(vals) != 1 {
			return bad("relationships(relation.column)")
		}
		to, field, ok := strings.Cut(vals[0], ".")
		if !ok || !validName.MatchString(to) || !validName.MatchString(field) {
			return bad("relationships(relation.column)")
		}
		c.To, c.Field = to, field
	case "range":
		if len(vals) != 2 || !isNumber(vals[0]) || !isNumber(vals[1]) {
			return bad("range(min, max) with numbers")
		}
		c.Min, c.Max = vals[0], vals[1]
	default:
		if hasArgs {
			return bad(kind + " without arguments")
		}
	}
	return c, nil
}

// splitTop splits s at commas outside parentheses.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

var number = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

func isNumber(s string) bool { return number.MatchString(s) }

// CheckTests instantiates the header checks of every model, named dbt's
// way: <kind>_<model>_<column>.
func CheckTests(ms []Model) ([]DataTest, error) {
	t, err := genericTemplates()
	if err != nil {
		return nil, err
	}
	var out []DataTest
	for _, m := range ms {
		row := "NULL"
		if len(m.UniqueKey) > 0 {
			row = "concat_ws('/', " + strings.Join(m.UniqueKey, ", ") + ")"
		}
		for _, c := range m.Checks {
			c.Row = row
			q, err := c.render(t)
			if err != nil {
				return nil, err
			}
			first, _, _ := strings.Cut(q, "\n")
			out = append(out, DataTest{Name: c.Kind + "_" + m.Name + "_" + c.Columns[0], Severity: SeverityError, SQL: q,
				Description: strings.TrimSpace(strings.TrimPrefix(first, "--"))})
		}
	}
	return out, nil
}
