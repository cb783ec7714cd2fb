package models

import (
	"fmt"
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
