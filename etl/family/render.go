package family

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

// fragments hold the hand-written parts of migration 004: the satker and
// dokumen views before the families, konflik and temuan after them.
//
//go:embed fragments/*.sql
var fragments embed.FS

// File is one rendered migration.
type File struct {
	Name string // file name under schemas/migrations
	SQL  string
}

// Versions of the migrations the registry renders. A column added later
// names its own, higher version (Column.Since).
const (
	versionFacts    = 3
	versionViews    = 4
	versionComments = 5
)

// Generated is the first line of every rendered file.
const Generated = "-- Generated from etl/family by `go generate ./schemas`; edit the registry, not this file.\n"

// Migrations renders the migrations the registry owns: the fact tables
// (003), the contract views (004), their comments (005), and one additive
// migration per later version a column names.
func Migrations() ([]File, error) {
	head, err := fragments.ReadFile("fragments/004_head.sql")
	if err != nil {
		return nil, err
	}
	tail, err := fragments.ReadFile("fragments/004_tail.sql")
	if err != nil {
		return nil, err
	}
	var tables, views, comments strings.Builder
	tables.WriteString(Generated + `-- Raw facts, one table per family. Every row carries its document and line
-- span. A family may hold several rows per natural key (several tables of one
-- report, several reports); ` + "`utama`" + ` marks the row its document chose, and the
-- contract views in 004 choose across documents.
`)
	views.WriteString(Generated)
	views.Write(head)
	comments.WriteString(Generated + "-- Documentation of the analyst contract: every view and column says what it holds.\n")
	comments.WriteString(viewComments(Satker.Name, Satker.Comment, Satker.Columns))
	comments.WriteString(viewComments(Dokumen.Name, Dokumen.Comment, Dokumen.Columns))
	for i, f := range Families {
		if i > 0 {
			tables.WriteString("\n")
		}
		tables.WriteString(f.tableDDL(versionFacts))
		views.WriteString("\n" + f.viewDDL(versionViews, "CREATE VIEW"))
		comments.WriteString(f.comments(versionComments))
	}
	views.WriteString("\n")
	views.Write(tail)
	comments.WriteString(viewComments(Temuan.Name, Temuan.Comment, Temuan.Columns))
	out := []File{
		{"003_facts.sql", tables.String()},
		{"004_contract_views.sql", views.String()},
		{"005_comments.sql", comments.String()},
	}
	later, err := additive()
	if err != nil {
		return nil, err
	}
	return append(out, later...), nil
}

// additive renders one migration per version above 005 that a column
// names: ALTER TABLE … ADD COLUMN, then the family's views again (DuckDB
// views list their columns when created) and their comments (replacing a
// view drops them).
func additive() ([]File, error) {
	byVersion := map[int][]*Family{}
	for _, f := range Families {
		seen := map[int]bool{}
		for _, c := range f.Columns {
			switch {
			case c.Since == 0:
				continue
			case c.Since <= versionComments:
				return nil, fmt.Errorf("family %s: column %s: Since %d must be above %d (the hand-made history)", f.Name, c.Name, c.Since, versionComments)
			case c.NotNull:
				return nil, fmt.Errorf("family %s: column %s: a column added later must allow NULL (old rows have none)", f.Name, c.Name)
			}
			if !seen[c.Since] {
				seen[c.Since] = true
				byVersion[c.Since] = append(byVersion[c.Since], f)
			}
		}
	}
	var vs []int
	for v := range byVersion {
		vs = append(vs, v)
	}
	sort.Ints(vs)
	var out []File
	for _, v := range vs {
		var b strings.Builder
		var names []string
		b.WriteString(Generated + "-- Columns added to the fact families; the views are re-created to show them.\n")
		for _, f := range byVersion[v] {
			names = append(names, f.Name)
			for _, c := range f.Columns {
				if c.Since == v {
					fmt.Fprintf(&b, "ALTER TABLE %s ADD COLUMN %s %s;\n", f.Table, c.Name, c.Type)
				}
			}
			b.WriteString(f.viewDDL(v, "CREATE OR REPLACE VIEW"))
			b.WriteString(f.comments(v))
		}
		out = append(out, File{fmt.Sprintf("%03d_kolom_%s.sql", v, strings.Join(names, "_")), b.String()})
	}
	return out, nil
}

// tableDDL is the CREATE TABLE of the columns existing at version v.
func (f *Family) tableDDL(v int) string {
	width := 0
	var cs []Column
	for _, c := range f.Columns {
		if c.at(v) {
			cs = append(cs, c)
			width = max(width, len(c.Name))
		}
	}
	var b strings.Builder
	b.WriteString("CREATE TABLE " + f.Table + " (\n")
	for i, c := range cs {
		line := fmt.Sprintf("    %-*s %s", width, c.Name, c.Type)
		if c.NotNull {
			line += " NOT NULL"
		}
		if i < len(cs)-1 {
			line += ","
		}
		if c.Note != "" {
			line += "  -- " + c.Note
		}
		b.WriteString(line + "\n")
	}
	b.WriteString(");\n")
	return b.String()
}

// viewDDL is the family's precedence view pilih_<name> and contract view
// as of version v. create is "CREATE VIEW" or "CREATE OR REPLACE VIEW".
func (f *Family) viewDDL(v int, create string) string {
	cols := f.ViewColumns(v)
	if f.SameDocAs != "" {
		return f.sameDocDDL(cols, create)
	}
	key := make([]string, len(f.Key))
	for i, k := range f.Key {
		key[i] = "f." + k
	}
	extra := ""
	if f.PilihExtra != "" {
		extra = ", " + f.PilihExtra
	}
	order := "(d.satker_id = f.satker_id) DESC, f.utama DESC, "
	if f.Prefer != "" {
		order += f.Prefer + ",\n                    "
	}
	order += "d.loaded_at DESC, f.doc_id, f.baris_awal"
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return fmt.Sprintf(`%[1]s pilih_%[2]s AS
SELECT f.*, d.loaded_at%[3]s,
       row_number() OVER (
           PARTITION BY %[4]s
           ORDER BY %[5]s
       ) AS urutan
FROM %[6]s f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

%[1]s %[2]s AS
SELECT %[7]s
FROM pilih_%[2]s WHERE urutan = 1;
`, create, f.Name, extra, strings.Join(key, ", "), order, f.Table, wrap(names, "SELECT "))
}

// sameDocDDL is a view whose rows come from the document the other
// family's chosen row came from, so a score and its breakdown never mix two
// reports.
func (f *Family) sameDocDDL(cols []Column, create string) string {
	other := Named(f.SameDocAs)
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = "k." + c.Name
	}
	on := []string{"s.doc_id = k.doc_id"}
	for _, k := range other.Key {
		on = append(on, "s."+k+" = k."+k)
	}
	return fmt.Sprintf(`-- Components come from the same document the chosen %[4]s row came from, so
-- a score and its breakdown never mix two reports.
%[1]s %[2]s AS
SELECT %[3]s
FROM %[5]s k
JOIN %[4]s s ON %[6]s;
`, create, f.Name, wrap(names, "SELECT "), other.Name, f.Table, strings.Join(on, " AND "))
}

// comments is the COMMENT ON of the family's contract view as of version v.
func (f *Family) comments(v int) string {
	return viewComments(f.Name, f.Comment, f.ViewColumns(v))
}

func viewComments(view, comment string, cols []Column) string {
	var b strings.Builder
	fmt.Fprintf(&b, "COMMENT ON VIEW %s IS %s;\n", view, Quote(comment))
	for _, c := range cols {
		fmt.Fprintf(&b, "COMMENT ON COLUMN %s.%s IS %s;\n", view, c.Name, Quote(c.Comment))
	}
	return b.String()
}

// Quote makes a SQL string literal.
func Quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// wrap joins names with ", ", breaking lines before 90 columns under an
// indent as wide as lead.
func wrap(names []string, lead string) string {
	var b strings.Builder
	n := len(lead)
	for i, s := range names {
		if i > 0 {
			if n+len(s)+2 > 90 {
				b.WriteString(",\n" + strings.Repeat(" ", len(lead)))
				n = len(lead)
			} else {
				b.WriteString(", ")
				n += 2
			}
		}
		b.WriteString(s)
		n += len(s)
	}
	return b.String()
}
