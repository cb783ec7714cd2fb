package load

import (
	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
)

// col is one column of a fact table: its Arrow type and how to fill a
// builder from a batch of rows. The builder's concrete type is asserted once
// per batch, not once per cell: that assertion dominated the loader's time.
type col[T any] struct {
	name string
	typ  arrow.DataType
	fill func(b array.Builder, rows []T)
}

// builder is an Arrow builder of V values.
type builder[V any] interface {
	Append(V)
	AppendNull()
}

// column is a column whose builder B takes V: get gives each row's value and
// whether it has one (false loads NULL). Every column kind below is one.
func column[T, V any, B builder[V]](name string, typ arrow.DataType, get func(*T) (V, bool)) col[T] {
	return col[T]{name, typ, func(b array.Builder, rows []T) {
		vb := b.(B)
		for i := range rows {
			if v, ok := get(&rows[i]); ok {
				vb.Append(v)
			} else {
				vb.AppendNull()
			}
		}
	}}
}

// always: a value for every row.
func always[T, V any](get func(*T) V) func(*T) (V, bool) {
	return func(r *T) (V, bool) { return get(r), true }
}

// deref: a nil pointer loads as NULL.
func deref[T, V any](get func(*T) *V) func(*T) (V, bool) {
	return func(r *T) (V, bool) {
		if v := get(r); v != nil {
			return *v, true
		}
		var zero V
		return zero, false
	}
}

func str[T any](name string, get func(*T) string) col[T] {
	return column[T, string, *array.StringBuilder](name, arrow.BinaryTypes.String, always(get))
}

// nstr is a string column where "" loads as NULL.
func nstr[T any](name string, get func(*T) string) col[T] {
	return column[T, string, *array.StringBuilder](name, arrow.BinaryTypes.String,
		func(r *T) (string, bool) { v := get(r); return v, v != "" })
}

func i32[T any](name string, get func(*T) int) col[T] {
	return column[T, int32, *array.Int32Builder](name, arrow.PrimitiveTypes.Int32,
		func(r *T) (int32, bool) { return int32(get(r)), true })
}

// ni32 is an int column where 0 loads as NULL (template rows have no line).
func ni32[T any](name string, get func(*T) int) col[T] {
	return column[T, int32, *array.Int32Builder](name, arrow.PrimitiveTypes.Int32,
		func(r *T) (int32, bool) { v := get(r); return int32(v), v != 0 })
}

func i64p[T any](name string, get func(*T) *int64) col[T] {
	return column[T, int64, *array.Int64Builder](name, arrow.PrimitiveTypes.Int64, deref(get))
}

func i64v[T any](name string, get func(*T) int64) col[T] {
	return column[T, int64, *array.Int64Builder](name, arrow.PrimitiveTypes.Int64, always(get))
}

func f64p[T any](name string, get func(*T) *float64) col[T] {
	return column[T, float64, *array.Float64Builder](name, arrow.PrimitiveTypes.Float64, deref(get))
}

func boolp[T any](name string, get func(*T) *bool) col[T] {
	return column[T, bool, *array.BooleanBuilder](name, arrow.FixedWidthTypes.Boolean, deref(get))
}

func boolv[T any](name string, get func(*T) bool) col[T] {
	return column[T, bool, *array.BooleanBuilder](name, arrow.FixedWidthTypes.Boolean, always(get))
}

// appendNulls fills a column the registry declares but no struct field
// backs (a half-done change; the drift test names it).
func appendNulls[T any](b array.Builder, rows []T) { b.AppendNulls(len(rows)) }
