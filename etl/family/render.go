package family

import (
	"fmt"
	"sort"
	"strings"
)

// File is one rendered migration or model.
type File struct {
	Name string // migration file name under schemas/migrations, or model name
	SQL  string
}

// versionFacts is the migration creating the fact tables; lastHandMigration
// is the last migration written by hand (006 dropped the views that are
// models now). A column added later names a higher version (Column.Since).
const (
	versionFacts      = 3
	lastHandMigration = 6
)

// Generated is the first line of every rendered migration.
const Generated = "-- Generated from etl/family by `go generate ./schemas`; edit the registry, not this file.\n"

// Migrations renders the migrations the registry owns: the fact tables
// (003) and one additive migration per later version a column names.
func Migrations() ([]File, error) {
	var tables strings.Builder
	tables.WriteString(Generated + `-- Raw facts, one table per family. Every row carries its document and line
-- span. A family may hold several rows per natural key (several tables of one
-- report, several reports); ` + "`utama`" + ` marks the row its document chose, and the
-- precedence models (pilih_*) choose across documents.
`)
	for i, f := range Families {
		if i > 0 {
			tables.WriteString("\n")
		}
		tables.WriteString(f.tableDDL(versionFacts))
	}
	out := []File{{"003_facts.sql", tables.String()}}
	later, err := additive()
	if err != nil {
		return nil, err
	}
	return append(out, later...), nil
}

// additive renders one migration per version above the hand-written ones
// that a column names: ALTER TABLE … ADD COLUMN, then the family's views
// again, as their models render at that version, with their comments.
// DuckDB checks a view's columns when it is read, so the pilih_ view
// (SELECT f.*) must be re-created with the table, not at the next build;
// etl_model records them as the migration's, so the next ingest or build
// replaces them with the models.
func additive() ([]File, error) {
	byVersion := map[int][]string{}
	views := map[int][]*Family{}
	for _, f := range Families {
		for _, c := range f.Columns {
			switch {
			case c.Since == 0:
				continue
			case c.Since <= lastHandMigration:
				return nil, fmt.Errorf("family %s: column %s: Since %d must be above %d (the hand-written history)", f.Name, c.Name, c.Since, lastHandMigration)
			case c.NotNull:
				return nil, fmt.Errorf("family %s: column %s: a column added later must allow NULL (old rows have none)", f.Name, c.Name)
			}
			byVersion[c.Since] = append(byVersion[c.Since], fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s %s;\n", f.Table, c.Name, c.Type))
			if fs := views[c.Since]; len(fs) == 0 || fs[len(fs)-1] != f {
				views[c.Since] = append(views[c.Since], f)
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
		b.WriteString(Generated + "-- Columns added to the fact families, and their views re-created to show them.\n")
		b.WriteString(strings.Join(byVersion[v], ""))
		for _, f := range views[v] {
			var names []string
			if f.SameDocAs == "" {
				b.WriteString("CREATE OR REPLACE VIEW pilih_" + f.Name + " AS\n" + f.pilihModel(v) + ";\n")
				names = append(names, Quote("pilih_"+f.Name))
			}
			b.WriteString("CREATE OR REPLACE VIEW " + f.Name + " AS\n" + f.contractModel(v) + ";\n")
			names = append(names, Quote(f.Name))
			fmt.Fprintf(&b, "COMMENT ON VIEW %s IS %s;\n", f.Name, Quote(f.Comment))
			for _, c := range f.ViewColumns(v) {
				fmt.Fprintf(&b, "COMMENT ON COLUMN %s.%s IS %s;\n", f.Name, c.Name, Quote(c.Comment))
			}
			fmt.Fprintf(&b, "UPDATE etl_model SET sha256 = 'migration %d' WHERE name IN (%s);\n", v, strings.Join(names, ", "))
		}
		out = append(out, File{fmt.Sprintf("%03d_kolom.sql", v), b.String()})
	}
	return out, nil
}

// Models renders the models of every family: the precedence view
// pilih_<name> (not for a family that follows another's document) and the
// contract view <name>; and konflik over the families that declare it. etl/models builds them with the models in sql/.
func Models() []File {
	var out []File
	for _, f := range Families {
		if f.SameDocAs == "" {
			out = append(out, File{"pilih_" + f.Name, f.pilihModel(0)})
		}
		out = append(out, File{f.Name, f.contractModel(0)})
	}
	return append(out, konflikModel())
}

// pilihColumns documents the columns a precedence view adds.
var pilihColumns = []Column{
	{Name: "loaded_at", Comment: "When the row's document was loaded (later loads win ties)."},
	{Name: "pelapor_id", Comment: "Satker whose report the row came from."},
	{Name: "urutan", Comment: "Precedence within the natural key: 1 is the row the contract view shows."},
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

// header is a model's comment header: how it is built, what it reads,
// what it is, and what each column holds.
func header(depends []string, key []string, description string, cols []Column) string {
	var b strings.Builder
	b.WriteString("-- materialized: view\n-- depends: " + strings.Join(depends, ", ") + "\n")
	if len(key) > 0 {
		b.WriteString("-- unique_key: " + strings.Join(key, ", ") + "\n")
	}
	b.WriteString("-- description: " + description + "\n")
	for _, c := range cols {
		b.WriteString("-- column: " + c.Name + ": " + c.Comment + "\n")
	}
	return b.String()
}

// pilihModel ranks the family's rows of every loaded document within the
// natural key: the subject satker's own report first, then the row its
// document marked utama (etl/parse decides that within one document), then
// the family's own preference, the latest load, and doc_id and line for a
// stable order. This is the one place precedence between documents lives.
func (f *Family) pilihModel(v int) string {
	key := make([]string, len(f.Key))
	for i, k := range f.Key {
		key[i] = "f." + k
	}
	extra := ""
	var cols []Column
	for _, c := range f.Columns {
		if c.at(v) {
			cols = append(cols, c)
		}
	}
	cols = append(cols, pilihColumns[0])
	if f.PilihExtra != "" {
		extra = ", " + f.PilihExtra
		cols = append(cols, pilihColumns[1])
	}
	cols = append(cols, pilihColumns[2])
	order := "(d.satker_id = f.satker_id) DESC, f.utama DESC, "
	if f.Prefer != "" {
		order += f.Prefer + ",\n                    "
	}
	order += "d.loaded_at DESC, f.doc_id, f.baris_awal"
	return header(append([]string{f.Table, "etl_document"}, f.PreferReads...), nil,
		"Every "+f.Name+" row of the loaded documents, ranked within its natural key ("+f.KeyList()+"); urutan 1 is the row the contract view "+f.Name+" shows.", cols) +
		fmt.Sprintf(`SELECT f.*, d.loaded_at%s,
       row_number() OVER (
           PARTITION BY %s
           ORDER BY %s
       ) AS urutan
FROM %s f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded'
`, extra, strings.Join(key, ", "), order, f.Table)
}

// contractModel is the family's contract view: the chosen row per natural
// key, or, for a family that follows another's document (sakip_komponen),
// the rows of the document the other family's chosen row came from, so a
// score and its breakdown never mix two reports.
func (f *Family) contractModel(v int) string {
	cols := f.ViewColumns(v)
	if f.SameDocAs != "" {
		other := Named(f.SameDocAs)
		names := make([]string, len(cols))
		for i, c := range cols {
			names[i] = "k." + c.Name
		}
		on := []string{"s.doc_id = k.doc_id"}
		for _, k := range other.Key {
			on = append(on, "s."+k+" = k."+k)
		}
		return header([]string{f.Table, other.Name}, f.Key, f.Comment, cols) +
			fmt.Sprintf("SELECT %s\nFROM %s k\nJOIN %s s ON %s\n", wrap(names, "SELECT "), f.Table, other.Name, strings.Join(on, " AND "))
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return header([]string{"pilih_" + f.Name}, f.Key, f.Comment, cols) +
		fmt.Sprintf("SELECT %s\nFROM pilih_%s WHERE urutan = 1\n", wrap(names, "SELECT "), f.Name)
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
