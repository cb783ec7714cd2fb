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

func str[T any](name string, get func(*T) string) col[T] {
	return col[T]{name, arrow.BinaryTypes.String, func(b array.Builder, rows []T) {
		sb := b.(*array.StringBuilder)
		for i := range rows {
			sb.Append(get(&rows[i]))
		}
	}}
}

// nstr is a string column where "" loads as NULL.
func nstr[T any](name string, get func(*T) string) col[T] {
	return col[T]{name, arrow.BinaryTypes.String, func(b array.Builder, rows []T) {
		sb := b.(*array.StringBuilder)
		for i := range rows {
			if v := get(&rows[i]); v != "" {
				sb.Append(v)
			} else {
				sb.AppendNull()
			}
		}
	}}
}

func i32[T any](name string, get func(*T) int) col[T] {
	return col[T]{name, arrow.PrimitiveTypes.Int32, func(b array.Builder, rows []T) {
		ib := b.(*array.Int32Builder)
		for i := range rows {
			ib.Append(int32(get(&rows[i])))
		}
	}}
}

// ni32 is an int column where 0 loads as NULL (template rows have no line).
func ni32[T any](name string, get func(*T) int) col[T] {
	return col[T]{name, arrow.PrimitiveTypes.Int32, func(b array.Builder, rows []T) {
		ib := b.(*array.Int32Builder)
		for i := range rows {
			if v := get(&rows[i]); v != 0 {
				ib.Append(int32(v))
			} else {
				ib.AppendNull()
			}
		}
	}}
}

func i64p[T any](name string, get func(*T) *int64) col[T] {
	return col[T]{name, arrow.PrimitiveTypes.Int64, func(b array.Builder, rows []T) {
		ib := b.(*array.Int64Builder)
		for i := range rows {
			if v := get(&rows[i]); v != nil {
				ib.Append(*v)
			} else {
				ib.AppendNull()
			}
		}
	}}
}

func i64v[T any](name string, get func(*T) int64) col[T] {
	return col[T]{name, arrow.PrimitiveTypes.Int64, func(b array.Builder, rows []T) {
		ib := b.(*array.Int64Builder)
		for i := range rows {
			ib.Append(get(&rows[i]))
		}
	}}
}

func f64p[T any](name string, get func(*T) *float64) col[T] {
	return col[T]{name, arrow.PrimitiveTypes.Float64, func(b array.Builder, rows []T) {
		fb := b.(*array.Float64Builder)
		for i := range rows {
			if v := get(&rows[i]); v != nil {
				fb.Append(*v)
			} else {
				fb.AppendNull()
			}
		}
	}}
}

func boolp[T any](name string, get func(*T) *bool) col[T] {
	return col[T]{name, arrow.FixedWidthTypes.Boolean, func(b array.Builder, rows []T) {
		bb := b.(*array.BooleanBuilder)
		for i := range rows {
			if v := get(&rows[i]); v != nil {
				bb.Append(*v)
			} else {
				bb.AppendNull()
			}
		}
	}}
}

func boolv[T any](name string, get func(*T) bool) col[T] {
	return col[T]{name, arrow.FixedWidthTypes.Boolean, func(b array.Builder, rows []T) {
		bb := b.(*array.BooleanBuilder)
		for i := range rows {
			bb.Append(get(&rows[i]))
		}
	}}
}

// appendNulls fills a column the registry declares but no struct field
// backs (a half-done change; the drift test names it).
func appendNulls[T any](b array.Builder, rows []T) { b.AppendNulls(len(rows)) }
