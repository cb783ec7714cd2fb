// Package family declares each fact family once: its raw table, columns,
// types, nullability, natural key, export year column, accepted values and
// the analyst-facing descriptions. Everything else that describes a family
// is derived from Families or checked against it by a drift test:
//
//   - the DDL of the fact tables (schemas/migrations/003_facts.sql and any
//     later additive step, written by `go generate ./schemas`);
//   - the precedence models pilih_<name> and the contract views <name>
//     with their COMMENT ON, and the konflik view over the families that
//     declare Konflik (Models, built by etl/models);
//   - the loader's Arrow columns (etl/load, filled from the etl/facts field
//     each column names);
//   - the export spec (etl/export), the fact tables ingest clears
//     (etl/ingest), the generic data tests (etl/models);
//   - the template columns (etl/template) are checked against it.
//
// Adding a column: append it to its family with Since set to the next free
// migration version, add the field to the struct in etl/facts, and run
// `go generate ./schemas`. Existing warehouses get it through that
// migration's ALTER TABLE; new ones through the same numbered steps.
package family

import "strings"

// Type is a DuckDB column type the facts use.
type Type string

// The column types of the fact tables.
const (
	Varchar Type = "VARCHAR"
	Integer Type = "INTEGER"
	Bigint  Type = "BIGINT"
	Double  Type = "DOUBLE"
	Boolean Type = "BOOLEAN"
)

// Column is one column of a fact table.
type Column struct {
	Name    string
	Type    Type
	NotNull bool
	// Field is the etl/facts struct field that holds the value ("Span.Start"
	// for a promoted field); "" for a column the loader computes (doc_id,
	// indikator_kunci).
	Field string
	// Comment is the COMMENT ON COLUMN text of the contract view (and of the
	// pilih_ view, for RawOnly columns).
	Comment string
	// RawOnly columns stay in the fact table (utama): precedence reads them,
	// the contract view does not show them.
	RawOnly bool
	// Note is a trailing SQL comment in the DDL, for the reader of the
	// migration.
	Note string
	// Accepted lists the values a coded column may hold; a data test checks
	// the contract view.
	Accepted []string
	// Since is the migration version that added the column; 0 means the
	// original fact tables (migration 3).
	Since int
}

// Family is one fact family: a raw table fact_<name> and a contract view
// <name> that picks one row per natural key.
type Family struct {
	Name    string // contract view
	Table   string // raw table
	Comment string // COMMENT ON VIEW text
	Key     []string
	// Year is the column the Parquet export splits files by; "" = one file.
	Year string
	// Columns in the raw table's order.
	Columns []Column
	// View is the contract view's column order for the original columns;
	// columns added later (Since > 0) follow in registry order.
	View []string
	// Prefer is an extra precedence term between "utama" and the load time
	// (sakip prefers high confidence).
	Prefer string
	// PreferReads names the tables Prefer reads besides the family's own,
	// for the model's depends header.
	PreferReads []string
	// PilihExtra are extra columns of the pilih_ view.
	PilihExtra string
	// SameDocAs names the family whose chosen row's document this one
	// follows instead of having its own precedence (sakip_komponen).
	SameDocAs string
	// Konflik, when set, puts the family in the konflik view.
	Konflik *Konflik
	// Transient are fields of the etl/facts struct that are not stored
	// (read by validation only); the drift test accepts them unmapped.
	Transient []string
}

// Column returns the named column.
func (f *Family) Column(name string) (Column, bool) {
	for _, c := range f.Columns {
		if c.Name == name {
			return c, true
		}
	}
	return Column{}, false
}

// ViewColumns is the contract view's column list, in order, of the columns
// that exist at migration version v (0 = all).
func (f *Family) ViewColumns(v int) []Column {
	var out []Column
	for _, n := range f.View {
		if c, ok := f.Column(n); ok && c.at(v) {
			out = append(out, c)
		}
	}
	for _, c := range f.Columns {
		if c.Since > 0 && !c.RawOnly && c.at(v) {
			out = append(out, c)
		}
	}
	return out
}

// at reports whether the column exists at migration version v (0 = latest).
func (c Column) at(v int) bool { return v == 0 || c.Since <= v }

// Named returns the family called name (contract view or table name).
func Named(name string) *Family {
	for _, f := range Families {
		if f.Name == name || f.Table == name {
			return f
		}
	}
	return nil
}

// Tables lists the raw fact tables, in registry order.
func Tables() []string {
	out := make([]string, len(Families))
	for i, f := range Families {
		out[i] = f.Table
	}
	return out
}

// Names lists the contract views of the families, in registry order.
func Names() []string {
	out := make([]string, len(Families))
	for i, f := range Families {
		out[i] = f.Name
	}
	return out
}

// KeyList is the natural key as a SQL column list.
func (f *Family) KeyList() string { return strings.Join(f.Key, ", ") }
