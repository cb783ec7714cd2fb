package export

import (
	"context"
	"fmt"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
)

// BenchmarkWritePart times writing one small partition file (4 rows of a
// mart-like 20-column table) with its footer check, without DuckDB: the
// per-file cost that a national extract pays some 33,000 times.
func BenchmarkWritePart(b *testing.B) {
	var fields []arrow.Field
	for i := 0; i < 20; i++ {
		t := []arrow.DataType{arrow.BinaryTypes.String, arrow.PrimitiveTypes.Int32, arrow.PrimitiveTypes.Int64, arrow.PrimitiveTypes.Float64}[i%4]
		fields = append(fields, arrow.Field{Name: fmt.Sprintf("c%d", i), Type: t, Nullable: true})
	}
	sc := arrow.NewSchema(fields, nil)
	rb := array.NewRecordBuilder(memory.DefaultAllocator, sc)
	for r := 0; r < 4; r++ {
		for i, f := range rb.Fields() {
			switch f := f.(type) {
			case *array.StringBuilder:
				f.Append(fmt.Sprintf("value %d %d", r, i))
			case *array.Int32Builder:
				f.Append(int32(2020 + r))
			case *array.Int64Builder:
				f.Append(int64(r * 1000003))
			case *array.Float64Builder:
				if r == 2 {
					f.AppendNull()
				} else {
					f.Append(float64(r) / 3)
				}
			}
		}
	}
	rec := rb.NewRecord()
	defer rec.Release()
	cols, err := parquetColumns(sc)
	if err != nil {
		b.Fatal(err)
	}
	p, err := newPool(context.Background(), b.TempDir(), 1)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rec.Retain()
		pt := part{table: "t", rel: fmt.Sprintf("t/k=%d/data_0.parquet", i), cols: cols, recs: []arrow.Record{rec}, rows: 4}
		if err := p.submit(pt); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := p.wait(); err != nil {
		b.Fatal(err)
	}
}
