package export

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
)

// typesQuery makes a table holding every column type the encoder maps,
// NULLs, NaN, -0, empty and non-ASCII strings, and partition values that
// need escaping, over enough rows that DuckDB hands them over in several
// Arrow batches.
const typesQuery = `CREATE TABLE typ AS SELECT
	i AS id,
	(2020 + i % 3)::INTEGER AS y,
	CASE WHEN i % 11 = 0 THEN NULL WHEN i % 5 = 0 THEN 'a b/c=d%é' WHEN i % 5 = 1 THEN '' ELSE (5300 + i % 4)::VARCHAR END AS satker_id,
	CASE WHEN i % 7 = 0 THEN NULL ELSE i % 2 = 0 END AS b,
	CASE WHEN i % 7 = 1 THEN NULL ELSE (i % 200 - 100)::TINYINT END AS i8,
	CASE WHEN i % 7 = 2 THEN NULL ELSE (i * 7 % 60000 - 30000)::SMALLINT END AS i16,
	CASE WHEN i % 7 = 3 THEN NULL ELSE (i * 7919 - 20000000)::INTEGER END AS i32,
	CASE WHEN i % 7 = 4 THEN NULL ELSE i * -1000000007 END AS i64,
	(i % 250)::UTINYINT AS u8, (i * 13 % 65000)::USMALLINT AS u16,
	(i * 1000003 % 4000000000)::UINTEGER AS u32, (i::UBIGINT * 10000000000000) AS u64,
	CASE WHEN i % 7 = 5 THEN NULL ELSE (i / 3)::FLOAT END AS f32,
	CASE WHEN i % 13 = 0 THEN 'NaN'::DOUBLE WHEN i % 13 = 1 THEN -0.0 WHEN i % 7 = 6 THEN NULL ELSE i / 7 - 300 END AS f64,
	CASE WHEN i % 9 = 0 THEN NULL WHEN i % 9 = 1 THEN '' ELSE 'teks ' || i || ' ñ ✓' END AS s,
	CASE WHEN i % 9 = 2 THEN NULL ELSE ('\xAA\x00'::BLOB || i::VARCHAR::BLOB) END AS bl,
	DATE '2020-01-01' + (i % 2000)::INTEGER AS d,
	TIMESTAMP '2024-03-01 10:00:00' + to_microseconds(i * 1234567) AS ts,
	(TIMESTAMP '2024-03-01 10:00:00' + to_seconds(i * 3601))::TIMESTAMP_S AS ts_s,
	(TIMESTAMP '2024-03-01 10:00:00' + to_milliseconds(i * 1234567))::TIMESTAMP_MS AS ts_ms,
	(TIMESTAMP '2024-03-01 10:00:00' + to_microseconds(i * 1234567))::TIMESTAMP_NS AS ts_ns,
	(TIMESTAMP '2024-03-01 10:00:00' + to_seconds(i))::TIMESTAMPTZ AS tstz,
	TIME '08:00:00' + to_microseconds(i * 997) AS t,
	(i % 1000 / 10)::DECIMAL(4, 1) AS dec4,
	CASE WHEN i % 10 = 0 THEN NULL ELSE (i * 31 - 50000) / 100 END::DECIMAL(9, 2) AS dec9,
	((i * 123457 - 99999999) / 1000)::DECIMAL(18, 3) AS dec18,
	(i::HUGEINT * 100000000000000000000 - 3)::DECIMAL(38, 5) AS dec38
FROM range(5000) r(i)`

// TestTypesRoundTrip exports a table of every mapped type and checks that
// DuckDB reads back from our files the rows, column types and partition
// folders that it reads from its own COPY ... PARTITION_BY.
func TestTypesRoundTrip(t *testing.T) {
	wh, _ := modelstest.Open(t, nil)
	ctx := context.Background()
	conn := wh.Conn()
	if _, err := conn.ExecContext(ctx, typesQuery); err != nil {
		t.Fatal(err)
	}
	s := spec{name: "typ", kind: "contract", key: []string{"id"}, yearCol: "y", perSatker: true}

	cols, err := columns(ctx, conn, "typ")
	if err != nil {
		t.Fatal(err)
	}
	q, _ := selectFor(s, cols, 0)
	rr, err := queryArrow(ctx, conn, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	batches := 0
	for rr.Next() {
		batches++
	}
	rr.Release()
	if batches < 2 {
		t.Fatalf("the query came in %d Arrow batch; the test needs partitions across batches", batches)
	}

	ours := t.TempDir()
	p, err := newPool(ctx, ours, 2)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := writeTable(ctx, conn, p, s, 0)
	if err != nil {
		p.wait()
		t.Fatal(err)
	}
	files, err := p.wait()
	if err != nil {
		t.Fatal(err)
	}
	if tb.Rows != 5000 || len(files) != 3*7 {
		t.Fatalf("%d rows in %d files", tb.Rows, len(files))
	}
	theirs := filepath.Join(t.TempDir(), "typ")
	if _, err := conn.ExecContext(ctx, "COPY ("+q+") TO "+literal(theirs)+
		" (FORMAT parquet, PARTITION_BY (y, satker_id), WRITE_PARTITION_COLUMNS true)"); err != nil {
		t.Fatal(err)
	}
	if a, b := folders(t, filepath.Join(ours, "typ")), folders(t, theirs); !reflect.DeepEqual(a, b) {
		t.Errorf("partition folders differ from DuckDB's:\n ours   %v\n theirs %v", a, b)
	}
	read := func(dir string) string {
		return "read_parquet(" + literal(filepath.Join(dir, "**", "*.parquet")) + ", hive_partitioning = false)"
	}
	if a, b := describe(t, conn, "SELECT * FROM "+read(filepath.Join(ours, "typ"))), describe(t, conn, "SELECT * FROM "+read(theirs)); !reflect.DeepEqual(a, b) {
		t.Errorf("column types differ from DuckDB's files:\n ours   %v\n theirs %v", a, b)
	}
	for _, pair := range [][2]string{{read(filepath.Join(ours, "typ")), "typ"}, {"typ", read(filepath.Join(ours, "typ"))}} {
		var n int64
		// NaN = NaN in DuckDB, so EXCEPT ALL compares every value.
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT * FROM "+pair[0]+" EXCEPT ALL SELECT * FROM "+pair[1]+")").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d rows of %s are not in %s", n, pair[0], pair[1])
		}
	}
	checkStats(t, conn, "typ", read(filepath.Join(ours, "typ")))
}

// checkStats compares, for every column, filters at its minimum, maximum
// and middle value on the source and on the files: DuckDB skips row
// groups by the files' min/max statistics, so a wrong one loses rows.
func checkStats(t *testing.T, conn *sql.Conn, source, files string) {
	t.Helper()
	ctx := context.Background()
	cols, err := columns(ctx, conn, source)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cols {
		c := ident(c)
		// Values go through VARCHAR and back to the column's type, so
		// that every type binds as itself.
		var typ string
		var lo, mid, hi sql.NullString
		if err := conn.QueryRowContext(ctx, "SELECT typeof(any_value("+c+")), min("+c+")::VARCHAR, quantile_disc("+c+", 0.5)::VARCHAR, max("+c+")::VARCHAR FROM "+source).Scan(&typ, &lo, &mid, &hi); err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		for _, f := range []struct {
			op string
			v  sql.NullString
		}{{"<=", lo}, {"=", mid}, {">=", hi}} {
			var want, got int64
			where := " WHERE " + c + " " + f.op + " CAST(? AS " + typ + ")"
			if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+source+where, f.v).Scan(&want); err != nil {
				t.Fatalf("%s: %v", c, err)
			}
			if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+files+where, f.v).Scan(&got); err != nil {
				t.Fatalf("%s: %v", c, err)
			}
			if got != want {
				t.Errorf("%s %s %s: %d rows from the files, %d in %s", c, f.op, f.v.String, got, want, source)
			}
		}
	}
}

func folders(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func describe(t *testing.T, conn *sql.Conn, query string) []string {
	t.Helper()
	rows, err := conn.QueryContext(context.Background(), "SELECT column_name || ' ' || column_type FROM (DESCRIBE "+query+")")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestExtractReadsBack exports the fixture warehouse and reads every table
// back with DuckDB, without and with hive partitioning: the same rows, the
// same column types, each column once, and statistics that lose no rows.
func TestExtractReadsBack(t *testing.T) {
	wh, _ := modelstest.Open(t, modelstest.Fixture())
	ctx := context.Background()
	conn := wh.Conn()
	ms, err := models.Load()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := models.Build(ctx, conn, ms); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "extract")
	man, err := Export(ctx, conn, Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range man.Tables {
		if tb.Rows == 0 {
			t.Errorf("%s: no rows in the fixture, nothing to check", tb.Name)
			continue
		}
		glob := literal(filepath.Join(out, tb.Name, "**", "*.parquet"))
		plain := "read_parquet(" + glob + ", hive_partitioning = false)"
		// With hive partitioning DuckDB types the folder values by guess
		// (satker_id and the year as BIGINT) unless told.
		var types []string
		for _, c := range tb.PartitionBy {
			var typ string
			if err := conn.QueryRowContext(ctx, "SELECT typeof(any_value("+ident(c)+")) FROM "+tb.Name).Scan(&typ); err != nil {
				t.Fatal(err)
			}
			types = append(types, literal(c)+": "+typ)
		}
		hive := "read_parquet(" + glob + ", hive_partitioning = true, hive_types = {" + strings.Join(types, ", ") + "})"
		if len(types) == 0 {
			hive = "read_parquet(" + glob + ", hive_partitioning = true)"
		}
		src := describe(t, conn, "SELECT * FROM "+tb.Name)
		if got := describe(t, conn, "SELECT * FROM "+plain); !reflect.DeepEqual(got, src) {
			t.Errorf("%s: columns %v, source %v", tb.Name, got, src)
		}
		got := describe(t, conn, "SELECT * FROM "+hive)
		sort.Strings(got)
		want := append([]string(nil), src...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s with hive partitioning: columns %v, source %v", tb.Name, got, want)
		}
		cols, err := columns(ctx, conn, tb.Name)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range cols {
			cols[i] = ident(c)
		}
		list := strings.Join(cols, ", ")
		for _, files := range []string{plain, hive} {
			for _, pair := range [][2]string{{tb.Name, files}, {files, tb.Name}} {
				var n int64
				if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT "+list+" FROM "+pair[0]+" EXCEPT ALL SELECT "+list+" FROM "+pair[1]+")").Scan(&n); err != nil {
					t.Fatal(err)
				}
				if n != 0 {
					t.Errorf("%d rows of %s are not in %s", n, pair[0], pair[1])
				}
			}
		}
		checkStats(t, conn, tb.Name, plain)
	}
}

// TestRowGroupsAndBatches writes an unpartitioned table larger than a row
// group, and checks that the bytes do not depend on how the rows were cut
// into record batches.
func TestRowGroupsAndBatches(t *testing.T) {
	wh, _ := modelstest.Open(t, nil)
	ctx := context.Background()
	conn := wh.Conn()
	if _, err := conn.ExecContext(ctx, `CREATE TABLE big AS SELECT i AS id,
		CASE WHEN i % 3 = 0 THEN NULL ELSE 'baris ' || (i % 1000) END AS s FROM range(250000) r(i)`); err != nil {
		t.Fatal(err)
	}
	rr, err := queryArrow(ctx, conn, "SELECT * FROM big ORDER BY id", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rr.Release()
	var recs []arrow.Record
	var rows int64
	for rr.Next() {
		r := rr.Record()
		r.Retain()
		recs = append(recs, r)
		rows += r.NumRows()
	}
	defer func() {
		for _, r := range recs {
			r.Release()
		}
	}()
	cols, err := parquetColumns(rr.Schema())
	if err != nil {
		t.Fatal(err)
	}
	enc, err := newEncoder()
	if err != nil {
		t.Fatal(err)
	}
	var whole bytes.Buffer
	if err := enc.write(&whole, cols, recs, rows); err != nil {
		t.Fatal(err)
	}
	// The same rows in slices of 1, 999 and 7777 rows.
	var cut []arrow.Record
	sizes := []int64{1, 999, 7777}
	for i, r := range recs {
		for lo := int64(0); lo < r.NumRows(); {
			hi := min(lo+sizes[(i+int(lo))%3], r.NumRows())
			cut = append(cut, r.NewSlice(lo, hi))
			lo = hi
		}
	}
	defer func() {
		for _, r := range cut {
			r.Release()
		}
	}()
	var sliced bytes.Buffer
	if err := enc.write(&sliced, cols, cut, rows); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(whole.Bytes(), sliced.Bytes()) {
		t.Errorf("the same rows in other batches gave other bytes")
	}
	b := whole.Bytes()
	n, err := footerRowCount(b[len(b)-8-int(leUint32(b[len(b)-8:])) : len(b)-8])
	if err != nil || n != 250000 {
		t.Fatalf("footer says %d rows (%v)", n, err)
	}

	path := filepath.Join(t.TempDir(), "big.parquet")
	w := &partWriter{enc: enc}
	if err := os.WriteFile(path, whole.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if n, err := w.footerRows(path, int64(whole.Len())); err != nil || n != 250000 {
		t.Fatalf("footerRows = %d, %v", n, err)
	}
	var groups, got int64
	if err := conn.QueryRowContext(ctx, "SELECT count(DISTINCT row_group_id), max(row_group_num_rows) FROM parquet_metadata("+literal(path)+")").Scan(&groups, &got); err != nil {
		t.Fatal(err)
	}
	if groups != 3 || got != rowGroupRows {
		t.Errorf("%d row groups of at most %d rows, want 3 of %d", groups, got, rowGroupRows)
	}
	var diff int64
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT * FROM big EXCEPT ALL SELECT * FROM read_parquet("+literal(path)+"))").Scan(&diff); err != nil {
		t.Fatal(err)
	}
	if diff != 0 {
		t.Errorf("%d rows did not come back", diff)
	}
	checkStats(t, conn, "big", "read_parquet("+literal(path)+")")
}

// TestFooterCorrupt feeds every truncation of a real footer, and some
// garbage, to the footer reader: errors, never a panic or a wrong count.
func TestFooterCorrupt(t *testing.T) {
	wh, _ := modelstest.Open(t, nil)
	ctx := context.Background()
	rr, err := queryArrow(ctx, wh.Conn(), "SELECT 1::INTEGER AS a, 'x' AS b, 2.5 AS c", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rr.Release()
	rr.Next()
	rec := rr.Record()
	cols, err := parquetColumns(rr.Schema())
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := newEncoder()
	var buf bytes.Buffer
	if err := enc.write(&buf, cols, []arrow.Record{rec}, 1); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	footer := b[len(b)-8-int(leUint32(b[len(b)-8:])) : len(b)-8]
	if n, err := footerRowCount(footer); n != 1 || err != nil {
		t.Fatalf("footer: %d rows, %v", n, err)
	}
	for i := 0; i < len(footer); i++ {
		if n, err := footerRowCount(footer[:i]); err == nil && n != 1 {
			t.Errorf("footer cut at %d: %d rows and no error", i, n)
		}
	}
	for _, g := range [][]byte{{0x19, 0xfc}, {0x0c}, {0xf9, 0x0f}, bytes.Repeat([]byte{0x1c}, 100)} {
		if _, err := footerRowCount(g); err == nil {
			t.Errorf("garbage %x read as a footer", g)
		}
	}
}

// TestPoolFailure makes one file fail and checks that the error comes
// back from submit and wait, and that every part's batches are released,
// written or not.
func TestPoolFailure(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	sc := arrow.NewSchema([]arrow.Field{{Name: "a", Type: arrow.PrimitiveTypes.Int64, Nullable: true}}, nil)
	b := array.NewRecordBuilder(mem, sc)
	b.Field(0).(*array.Int64Builder).AppendValues([]int64{1, 2, 3}, nil)
	rec := b.NewRecord()
	b.Release()
	cols, err := parquetColumns(sc)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "t", "k=0", "data_0.parquet"), 0o755); err != nil {
		t.Fatal(err) // a folder where the first file should go
	}
	p, err := newPool(context.Background(), dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	var submitErr error
	for i := 0; i < 200 && submitErr == nil; i++ {
		rec.Retain()
		submitErr = p.submit(part{table: "t", rel: fmt.Sprintf("t/k=%d/data_0.parquet", i), cols: cols, recs: []arrow.Record{rec}, rows: 3})
		if i == 0 {
			for p.failure() == nil {
				time.Sleep(time.Millisecond)
			}
		}
	}
	if submitErr == nil || !strings.Contains(submitErr.Error(), "export t: ") {
		t.Errorf("submit after the failure: %v", submitErr)
	}
	if _, err := p.wait(); err == nil || !strings.Contains(err.Error(), "k=0") {
		t.Errorf("wait: %v", err)
	}
	rec.Release()
}

func TestEscapeHive(t *testing.T) {
	for in, want := range map[string]string{"5305": "5305", "": "", "a b/c=d%é": "a%20b%2Fc%3Dd%25%C3%A9", "x-y_z.~": "x-y_z.~", "..": ".."} {
		if got := escapeHive(in); got != want {
			t.Errorf("escapeHive(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnsupportedType checks that a column the encoder cannot map fails
// the export with its name, rather than writing something else.
func TestUnsupportedType(t *testing.T) {
	wh, _ := modelstest.Open(t, nil)
	ctx := context.Background()
	conn := wh.Conn()
	if _, err := conn.ExecContext(ctx, "CREATE TABLE odd AS SELECT 1 AS id, [1, 2] AS daftar"); err != nil {
		t.Fatal(err)
	}
	p, err := newPool(ctx, t.TempDir(), 1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = writeTable(ctx, conn, p, spec{name: "odd", key: []string{"id"}}, 0)
	p.wait()
	if err == nil || !strings.Contains(err.Error(), "column daftar") {
		t.Errorf("err = %v", err)
	}
}

func leUint32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// literal makes a SQL string literal for a path.
func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
