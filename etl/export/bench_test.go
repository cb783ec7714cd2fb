package export_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kpu-ntt/lkj/etl/export"
	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// nationalWarehouse opens a warehouse in a temporary folder (closed when the
// benchmark ends) and loads the national synthetic corpus into it: every
// satker of the reference data over 2020-2024, through load.Stage. It
// returns the models too, which every benchmark here builds.
func nationalWarehouse(b *testing.B) (*warehouse.Warehouse, []models.Model) {
	b.Helper()
	ctx := context.Background()
	wh := whtest.New(b)
	ids, err := modelstest.SatkerIDs(ctx, wh)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	docs := modelstest.Synthetic(ids, []int{2020, 2021, 2022, 2023, 2024})
	if err := modelstest.LoadAll(ctx, wh, docs); err != nil {
		b.Fatal(err)
	}
	var facts int64
	for _, d := range docs {
		facts += int64(d.Doc.FactCount())
	}
	b.Logf("loaded %d satkers, %d facts in %v", len(ids), facts, time.Since(t0).Round(time.Millisecond))
	return wh, modelstest.Models(b)
}

// BenchmarkBuildExport loads a national synthetic warehouse (every satker of
// the reference data, 552, over 2020-2024, through load.Stage; not timed),
// then times building every model and writing a full Parquet extract (one
// DuckDB COPY per table, some 40 files).
func BenchmarkBuildExport(b *testing.B) {
	ctx := context.Background()
	wh, ms := nationalWarehouse(b)
	out := filepath.Join(b.TempDir(), "extract")
	var buildDur, exportDur time.Duration
	var man, prev export.Manifest
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t1 := time.Now()
		if _, err := models.Build(ctx, wh.Conn(), ms); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		var err error
		if man, err = export.Export(ctx, wh.Conn(), export.Options{Out: out}); err != nil {
			b.Fatal(err)
		}
		buildDur += t2.Sub(t1)
		exportDur += time.Since(t2)
		man.CreatedAt = "" // the one field that differs
		if i > 0 && !reflect.DeepEqual(man, prev) {
			b.Fatal("two extracts of one warehouse differ")
		}
		prev = man
	}
	var rows int64
	for _, t := range man.Tables {
		rows += t.Rows
	}
	b.ReportMetric(buildDur.Seconds()/float64(b.N), "build_s/op")
	b.ReportMetric(exportDur.Seconds()/float64(b.N), "export_s/op")
	b.ReportMetric(float64(len(man.Files)), "files")
	b.ReportMetric(float64(rows), "rows")
}

// BenchmarkReadExtract times what a consumer pays to open the extract:
// count(*) over one table's year files with hive partitioning, against
// DuckDB's read_parquet over a single-file copy of the same table, both in
// one fresh in-memory DuckDB. The extract is of the national synthetic
// warehouse (as in BenchmarkBuildExport; loading it is not timed).
func BenchmarkReadExtract(b *testing.B) {
	ctx := context.Background()
	wh, ms := nationalWarehouse(b)
	if _, err := models.Build(ctx, wh.Conn(), ms); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	out := filepath.Join(dir, "extract")
	man, err := export.Export(ctx, wh.Conn(), export.Options{Out: out})
	if err != nil {
		b.Fatal(err)
	}
	db := fresh(b)
	const table = "anggaran"
	var want int64
	for _, t := range man.Tables {
		if t.Name == table {
			want = t.Rows
		}
	}
	hive := "read_parquet(" + lit(filepath.Join(out, table, "**", "*.parquet")) + ", hive_partitioning = true)"
	single := filepath.Join(dir, table+".parquet")
	if _, err := db.Exec("COPY (SELECT * FROM " + hive + ") TO " + lit(single) + " (FORMAT parquet, COMPRESSION zstd)"); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, from string }{
		{"hive", hive},
		{"single-file", "read_parquet(" + lit(single) + ")"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var n int64
				if err := db.QueryRow("SELECT count(*) FROM " + c.from).Scan(&n); err != nil || n != want {
					b.Fatalf("count(*) = %d (%v), want %d", n, err, want)
				}
			}
		})
	}
}
