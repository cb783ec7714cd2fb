package load

import (
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/kpu-ntt/lkj/etl/family"
)

// TestTablesFollowRegistry is the loader's side of the drift test: every
// registry column is filled from a field of the etl/facts struct with the
// matching Go type, every struct field is stored (or declared Transient),
// and the Arrow columns are the registry's, in its order, with its types.
func TestTablesFollowRegistry(t *testing.T) {
	for _, err := range registryErrs {
		t.Errorf("registry and etl/facts disagree: %v", err)
	}
	arrowType := map[family.Type]arrow.DataType{
		family.Varchar: arrow.BinaryTypes.String, family.Integer: arrow.PrimitiveTypes.Int32,
		family.Bigint: arrow.PrimitiveTypes.Int64, family.Double: arrow.PrimitiveTypes.Float64,
		family.Boolean: arrow.FixedWidthTypes.Boolean,
	}
	type loaderCol struct {
		name string
		typ  arrow.DataType
	}
	tables := map[string][]loaderCol{}
	for _, nc := range []namedCols{colsOf(capaianTable), colsOf(seriTable), colsOf(anggaranTable),
		colsOf(sakipTable), colsOf(komponenTable), colsOf(rbTable), colsOf(dptTable)} {
		for i := range nc.names {
			tables[nc.table] = append(tables[nc.table], loaderCol{nc.names[i], nc.types[i]})
		}
	}
	if len(tables) != len(family.Families) {
		t.Errorf("loader has %d fact tables, registry %d families", len(tables), len(family.Families))
	}
	for _, f := range family.Families {
		got := tables[f.Table]
		var want []loaderCol
		for _, c := range f.Columns {
			want = append(want, loaderCol{c.Name, arrowType[c.Type]})
		}
		if len(got) != len(want) {
			t.Errorf("%s: loader columns %v, registry %v", f.Table, got, want)
			continue
		}
		for i := range want {
			if got[i].name != want[i].name || !arrow.TypeEqual(got[i].typ, want[i].typ) {
				t.Errorf("%s column %d: loader %s %s, registry %s %s", f.Table, i, got[i].name, got[i].typ, want[i].name, want[i].typ)
			}
		}
	}
}

type namedCols struct {
	table string
	names []string
	types []arrow.DataType
}

func colsOf[T any](t table[T]) namedCols {
	nc := namedCols{table: t.name}
	for _, c := range t.cols {
		nc.names = append(nc.names, c.name)
		nc.types = append(nc.types, c.typ)
	}
	return nc
}

// TestFieldErrorsAreClear: a registry column without its struct field, or
// with the wrong Go type, is named with what to do.
func TestFieldErrorsAreClear(t *testing.T) {
	type fake struct {
		Nilai *float64
		Kata  string
	}
	for _, tt := range []struct {
		col  family.Column
		want string
	}{
		{family.Column{Name: "baru", Type: family.Double, Field: "Baru"}, "has no field Baru"},
		{family.Column{Name: "kata", Type: family.Bigint, Field: "Kata"}, "is string, the registry's type needs *int64"},
		{family.Column{Name: "nilai", Type: family.Double, NotNull: true, Field: "Nilai"}, "NOT NULL but the field is a pointer"},
		{family.Column{Name: "x", Type: family.Varchar}, "no Field named"},
	} {
		c, err := familyCol[fake](tt.col)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want %q", tt.col.Name, err, tt.want)
		}
		if c.name != tt.col.Name || c.fill == nil {
			t.Errorf("%s: fallback column %+v", tt.col.Name, c)
		}
	}
}
