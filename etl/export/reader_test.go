package export_test

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/etl/export"
	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// syntheticWarehouse loads the synthetic documents of the first n satkers
// over 2020-2024 (all in run 1), builds the marts and returns the warehouse
// and its path. n = 150 gives ~2,000 anggaran rows a year
// and year files of several DuckDB chunks, where a multi-threaded
// partitioned COPY would reorder rows.
func syntheticWarehouse(t *testing.T, n int) (*warehouse.Warehouse, string) {
	t.Helper()
	ctx := context.Background()
	wh, path := modelstest.Open(t, nil)
	ids, err := modelstest.SatkerIDs(ctx, wh)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) > n {
		ids = ids[:n]
	}
	if err := modelstest.LoadAll(ctx, wh, modelstest.Synthetic(ids, []int{2020, 2021, 2022, 2023, 2024})); err != nil {
		t.Fatal(err)
	}
	modelstest.Build(t, wh, models.BuildOptions{})
	return wh, path
}

// fresh is a new in-memory DuckDB with nothing of lkj's: the reader KPU RI
// would use.
func fresh(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func lit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// TestSyntheticExtract checks an extract of 150 synthetic satkers.
//
// The independent reader: a fresh DuckDB reads the extract with
// read_parquet(hive_partitioning = true) and gets every row of every table,
// with the warehouse's types: satker_id VARCHAR (it is no partition
// folder any more), money BIGINT, percentages DOUBLE, the year INTEGER.
// DuckDB 1.1 types a hive folder's year as BIGINT by guess, so the reader
// names it in hive_types (the package doc says so); without hive_types the
// year is still an integer and everything else is unchanged.
//
// Both tests share one synthetic warehouse (loading it takes seconds); the
// reader runs last, as it closes the warehouse.
func TestSyntheticExtract(t *testing.T) {
	wh, path := syntheticWarehouse(t, 150)
	t.Run("stable bytes on two threads", func(t *testing.T) { stableBytesOnTwoThreads(t, wh) })
	t.Run("an independent reader gets every row", func(t *testing.T) { independentReader(t, wh, path) })
}

func independentReader(t *testing.T, wh *warehouse.Warehouse, path string) {
	ctx := context.Background()
	out := filepath.Join(t.TempDir(), "extract")
	man, err := export.Export(ctx, wh.Conn(), export.Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if !man.Synthetic || man.SyntheticDocuments != man.Documents || man.Documents != 150 {
		t.Errorf("manifest: synthetic %v, %d of %d documents; want all 150", man.Synthetic, man.SyntheticDocuments, man.Documents)
	}
	// Another DuckDB may attach the file only once lkj's is closed.
	wh.Close()
	db := fresh(t)
	if _, err := db.Exec("ATTACH " + lit(path) + " AS w (READ_ONLY); USE w"); err != nil {
		t.Fatal(err)
	}

	spot := map[string]string{ // table.column → type the reader must see
		"anggaran.satker_id": "VARCHAR", "anggaran.pagu": "BIGINT", "anggaran.realisasi": "BIGINT",
		"anggaran.serapan_hitung": "DOUBLE", "anggaran.tahun": "INTEGER",
		"capaian.satker_id": "VARCHAR", "capaian.capaian_hitung": "DOUBLE", "capaian.tahun": "INTEGER",
		"sakip_komponen.tahun_dinilai": "INTEGER", "dpt.satker_id": "VARCHAR",
		"mart_peringkat.satker_id": "VARCHAR", "mart_peringkat.pagu": "BIGINT", "mart_peringkat.serapan_persen": "DOUBLE",
		"mart_peringkat.tahun": "INTEGER",
	}
	seen := 0
	for _, tb := range man.Tables {
		glob := lit(filepath.Join(out, tb.Name, "**", "*.parquet"))
		hiveTypes := ""
		for _, c := range tb.PartitionBy {
			hiveTypes += ", hive_types = {" + lit(c) + ": INTEGER}"
		}
		typed := "read_parquet(" + glob + ", hive_partitioning = true" + hiveTypes + ")"
		plain := "read_parquet(" + glob + ", hive_partitioning = true)"
		if tb.Rows == 0 && tb.Name != "temuan" { // synthetic documents have no findings
			t.Errorf("%s: no rows in the synthetic warehouse, nothing to check", tb.Name)
			continue
		}
		var whRows int64
		if err := db.QueryRow("SELECT count(*) FROM w." + tb.Name).Scan(&whRows); err != nil {
			t.Fatal(err)
		}
		if tb.Rows != whRows {
			t.Errorf("%s: manifest %d rows, warehouse %d", tb.Name, tb.Rows, whRows)
		}
		// One file per year, or one file: never one per satker (issue 11
		// found 39,189 files for the national corpus).
		wantFiles := int64(1)
		if len(tb.PartitionBy) > 0 {
			if err := db.QueryRow("SELECT count(DISTINCT " + tb.PartitionBy[0] + ") FROM " + tb.Name).Scan(&wantFiles); err != nil {
				t.Fatal(err)
			}
		}
		if int64(tb.Files) != wantFiles {
			t.Errorf("%s: %d files, want %d (one per %v)", tb.Name, tb.Files, wantFiles, tb.PartitionBy)
		}
		got := readerTypes(t, db, typed)
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, `"`+c.Name+`"`)
			if got[c.Name] != c.Type {
				t.Errorf("%s.%s: the reader sees %s, the warehouse has %s", tb.Name, c.Name, got[c.Name], c.Type)
			}
			if want, ok := spot[tb.Name+"."+c.Name]; ok {
				seen++
				if got[c.Name] != want {
					t.Errorf("%s.%s: %s, want %s", tb.Name, c.Name, got[c.Name], want)
				}
			}
		}
		if len(got) != len(tb.Columns) {
			t.Errorf("%s: the reader sees %d columns, the warehouse has %d", tb.Name, len(got), len(tb.Columns))
		}
		for name, typ := range readerTypes(t, db, plain) {
			isYear := len(tb.PartitionBy) > 0 && name == tb.PartitionBy[0]
			if !isYear && typ != got[name] || isYear && typ != "BIGINT" && typ != "INTEGER" {
				t.Errorf("%s.%s without hive_types: %s", tb.Name, name, typ)
			}
		}
		// Every row, both ways: the files hold exactly the warehouse's rows.
		list := strings.Join(cols, ", ")
		for _, pair := range [][2]string{{"w." + tb.Name, typed}, {typed, "w." + tb.Name}} {
			var n int64
			q := "SELECT count(*) FROM (SELECT " + list + " FROM " + pair[0] + " EXCEPT ALL SELECT " + list + " FROM " + pair[1] + ")"
			if err := db.QueryRow(q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("%s: %d rows of %s are not in %s", tb.Name, n, pair[0], pair[1])
			}
		}
		var n int64
		if err := db.QueryRow("SELECT count(*) FROM " + plain).Scan(&n); err != nil || n != whRows {
			t.Errorf("%s: count(*) over the files %d (%v), warehouse %d", tb.Name, n, err, whRows)
		}
	}
	if seen != len(spot) {
		t.Errorf("checked %d of the %d named columns; a table or column was renamed", seen, len(spot))
	}
}

// readerTypes maps each column a query over the files returns to its type.
func readerTypes(t *testing.T, db *sql.DB, from string) map[string]string {
	t.Helper()
	rows, err := db.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + from + ")")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var n, typ string
		if err := rows.Scan(&n, &typ); err != nil {
			t.Fatal(err)
		}
		out[n] = typ
	}
	return out
}

// stableBytesOnTwoThreads exports a warehouse large enough for DuckDB
// to write a year file from several chunks, with DuckDB on two threads as
// the CLI runs it: the bytes must not change between exports, and the
// thread setting must be back afterwards.
func stableBytesOnTwoThreads(t *testing.T, wh *warehouse.Warehouse) {
	ctx := context.Background()
	c := wh.Conn()
	if _, err := c.ExecContext(ctx, "SET threads = 2"); err != nil {
		t.Fatal(err)
	}
	base := t.TempDir()
	var trees []map[string][]byte
	for _, name := range []string{"a", "b", "c"} {
		if _, err := export.Export(ctx, c, export.Options{Out: filepath.Join(base, name)}); err != nil {
			t.Fatal(err)
		}
		tr := sharedtest.ReadTree(t, filepath.Join(base, name))
		delete(tr, export.ManifestName) // differs in created_at only
		trees = append(trees, tr)
	}
	for i, tr := range trees[1:] {
		if len(tr) != len(trees[0]) {
			t.Fatalf("export %d: %d files, first %d", i+2, len(tr), len(trees[0]))
		}
		for p, b := range trees[0] {
			if !bytes.Equal(tr[p], b) {
				t.Errorf("export %d: %s differs from the first export's", i+2, p)
			}
		}
	}
	var threads int64
	if err := c.QueryRowContext(ctx, "SELECT current_setting('threads')").Scan(&threads); err != nil || threads != 2 {
		t.Errorf("threads after export = %d (%v), want 2 as before", threads, err)
	}
}
