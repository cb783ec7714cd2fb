package load

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/family"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Row is one fact together with the document it belongs to.
type Row[T any] struct {
	Doc string
	F   *T
}

// table describes one fact table: its name and its columns.
type table[T any] struct {
	name string
	cols []col[Row[T]]
}

type R[T any] = Row[T]

func doc[T any]() col[Row[T]] { return str("doc_id", func(r *Row[T]) string { return r.Doc }) }

// The fact tables are built from the family registry: each column reads
// the etl/facts field the registry names. registryErrs collects every
// disagreement between the registry and the structs; such a column loads
// NULL, and TestTablesFollowRegistry fails naming it.
var (
	registryErrs  []error
	capaianTable  = familyTable[facts.Capaian]("capaian")
	seriTable     = familyTable[facts.CapaianSeri]("capaian_seri")
	anggaranTable = familyTable[facts.Anggaran]("anggaran")
	sakipTable    = familyTable[facts.Sakip]("sakip")
	komponenTable = familyTable[facts.SakipKomponen]("sakip_komponen")
	rbTable       = familyTable[facts.RB]("rb")
	dptTable      = familyTable[facts.DPT]("dpt")
)

func familyTable[T any](name string) table[T] {
	f := family.Named(name)
	if f == nil {
		registryErrs = append(registryErrs, fmt.Errorf("family %s is not in etl/family", name))
		return table[T]{name: "fact_" + name}
	}
	t := table[T]{name: f.Table}
	used := map[string]bool{}
	for _, c := range f.Columns {
		k, err := familyCol[T](c)
		if err != nil {
			registryErrs = append(registryErrs, fmt.Errorf("family %s, column %s: %w", name, c.Name, err))
		}
		t.cols = append(t.cols, k)
		used[c.Field] = true
	}
	for _, n := range f.Transient {
		used[n] = true
	}
	typ := reflect.TypeFor[T]()
	for _, p := range fieldPaths(typ, "") {
		if !used[p] && !used[strings.SplitN(p, ".", 2)[0]] {
			registryErrs = append(registryErrs, fmt.Errorf(
				"family %s: field %s.%s has no column in etl/family (add it to the registry, or to Transient if it is not stored)",
				name, typ.Name(), p))
		}
	}
	return t
}

// familyCol makes the loader column of registry column c.
func familyCol[T any](c family.Column) (col[Row[T]], error) {
	switch {
	case c.Name == "doc_id":
		return doc[T](), nil
	case c.Name == "indikator_kunci":
		id, err1 := field[T, string]("IndikatorID")
		text, err2 := field[T, string]("Indikator")
		if err1 != nil || err2 != nil {
			return nulls[T](c), fmt.Errorf("indikator_kunci needs IndikatorID and Indikator strings")
		}
		return str(c.Name, func(r *Row[T]) string { return normalize.IndikatorKunci(id(r), text(r)) }), nil
	case c.Field == "":
		return nulls[T](c), fmt.Errorf("no Field named and not computed by the loader")
	}
	var err error
	switch c.Type {
	case family.Varchar:
		var get func(*Row[T]) string
		if get, err = field[T, string](c.Field); err == nil {
			if c.NotNull {
				return str(c.Name, get), nil
			}
			return nstr(c.Name, get), nil
		}
	case family.Integer:
		var get func(*Row[T]) int
		if get, err = field[T, int](c.Field); err == nil {
			if c.NotNull {
				return i32(c.Name, get), nil
			}
			return ni32(c.Name, get), nil
		}
	case family.Bigint:
		var get func(*Row[T]) *int64
		if get, err = nullable[T, *int64](c, c.Field); err == nil {
			return i64p(c.Name, get), nil
		}
	case family.Double:
		var get func(*Row[T]) *float64
		if get, err = nullable[T, *float64](c, c.Field); err == nil {
			return f64p(c.Name, get), nil
		}
	case family.Boolean:
		if c.NotNull {
			var get func(*Row[T]) bool
			if get, err = field[T, bool](c.Field); err == nil {
				return boolv(c.Name, get), nil
			}
		} else {
			var get func(*Row[T]) *bool
			if get, err = field[T, *bool](c.Field); err == nil {
				return boolp(c.Name, get), nil
			}
		}
	default:
		err = fmt.Errorf("type %s has no loader column", c.Type)
	}
	return nulls[T](c), err
}

// nullable is field for pointer columns, which cannot be NOT NULL: a nil
// pointer would break the constraint at load time instead of here.
func nullable[T, V any](c family.Column, path string) (func(*Row[T]) V, error) {
	if c.NotNull {
		return nil, fmt.Errorf("%s is NOT NULL but the field is a pointer", c.Type)
	}
	return field[T, V](path)
}

// field returns a reader of the struct field at path ("Span.Start") whose
// Go type must be V. It reads through the field's offset, so a cell costs
// what the former hand-written closures cost.
func field[T, V any](path string) (func(*Row[T]) V, error) {
	typ := reflect.TypeFor[T]()
	var off uintptr
	for _, part := range strings.Split(path, ".") {
		if typ.Kind() != reflect.Struct {
			return nil, fmt.Errorf("field %s: %s is not a struct", path, typ)
		}
		sf, ok := typ.FieldByName(part)
		if !ok {
			return nil, fmt.Errorf("etl/facts.%s has no field %s", reflect.TypeFor[T]().Name(), path)
		}
		if len(sf.Index) != 1 {
			return nil, fmt.Errorf("field %s: name the embedded struct in the path", path)
		}
		off += sf.Offset
		typ = sf.Type
	}
	if want := reflect.TypeFor[V](); typ != want {
		return nil, fmt.Errorf("etl/facts.%s.%s is %s, the registry's type needs %s",
			reflect.TypeFor[T]().Name(), path, typ, want)
	}
	return func(r *Row[T]) V { return *(*V)(unsafe.Add(unsafe.Pointer(r.F), off)) }, nil
}

// fieldPaths lists the exported fields of a struct, embedded structs as
// "Outer.Inner".
func fieldPaths(typ reflect.Type, prefix string) []string {
	var out []string
	for i := range typ.NumField() {
		sf := typ.Field(i)
		if !sf.IsExported() {
			continue
		}
		if sf.Anonymous && sf.Type.Kind() == reflect.Struct {
			out = append(out, fieldPaths(sf.Type, prefix+sf.Name+".")...)
			continue
		}
		out = append(out, prefix+sf.Name)
	}
	return out
}

// nulls is the column of a registry entry the struct cannot fill: all NULL,
// typed as the registry says, so a half-done change loads nothing wrong.
func nulls[T any](c family.Column) col[Row[T]] {
	typ := map[family.Type]arrow.DataType{
		family.Varchar: arrow.BinaryTypes.String, family.Integer: arrow.PrimitiveTypes.Int32,
		family.Bigint: arrow.PrimitiveTypes.Int64, family.Double: arrow.PrimitiveTypes.Float64,
		family.Boolean: arrow.FixedWidthTypes.Boolean,
	}[c.Type]
	if typ == nil {
		typ = arrow.BinaryTypes.String
	}
	return col[Row[T]]{c.Name, typ, appendNulls[Row[T]]}
}

var findingTable = table[facts.Finding]{"etl_finding", []col[R[facts.Finding]]{
	doc[facts.Finding](),
	str("aturan", func(r *R[facts.Finding]) string { return r.F.Aturan }),
	str("tingkat", func(r *R[facts.Finding]) string { return r.F.Tingkat }),
	str("pesan", func(r *R[facts.Finding]) string { return r.F.Pesan }),
	nstr("nilai", func(r *R[facts.Finding]) string { return r.F.Nilai }),
	ni32("baris_awal", func(r *R[facts.Finding]) int { return r.F.Start }),
	ni32("baris_akhir", func(r *R[facts.Finding]) int { return r.F.End }),
}}
