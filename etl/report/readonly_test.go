package report_test

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	duckdb "github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/etl/report"
)

// roFile makes a small DuckDB file with a table, a sequence and a CSV beside
// it, and opens it as lkj query does: read-only and locked down.
func roFile(t *testing.T, allowFiles bool) (*sql.Conn, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "w.duckdb")
	w, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Exec("CREATE TABLE t(a INTEGER); INSERT INTO t VALUES (1), (2); CREATE SEQUENCE s"); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if err := os.WriteFile(filepath.Join(dir, "x.csv"), []byte("a\n7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := duckdb.NewConnector(path+"?access_mode=read_only", nil)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(c)
	t.Cleanup(func() { db.Close() })
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if err := report.Lockdown(context.Background(), conn, allowFiles); err != nil {
		t.Fatal(err)
	}
	return conn, dir
}

func TestCheckReadOnly(t *testing.T) {
	t.Parallel()
	conn, dir := roFile(t, true)
	ctx := context.Background()
	reads := []string{
		"SELECT * FROM t",
		"  -- a comment\n  select a FROM t;",
		"WITH x AS (SELECT 1 AS a) SELECT * FROM x",
		"FROM t", "VALUES (1)", "TABLE t",
		"EXPLAIN SELECT * FROM t", "EXPLAIN ANALYZE SELECT * FROM t", "/* c */ explain analyse SELECT 1",
		"DESCRIBE t", "SHOW t", "SHOW TABLES", "SUMMARIZE t", "SUMMARIZE SELECT 1",
		"PRAGMA table_info('t')", "PRAGMA show_tables", "PRAGMA version", "PRAGMA database_size",
		"PRAGMA storage_info('t')", "SELECT * FROM duckdb_tables()", "SELECT * FROM pragma_table_info('t')",
		"UNPIVOT t ON a", "PIVOT t ON a IN (1, 2) USING count(*)",
		"SELECT 'a; export database ''d''' AS s", "SELECT $$; EXPORT DATABASE 'd'$$ AS s",
		`SELECT E'\'; export database' AS s`, "-- export database 'd'\nSELECT 1",
	}
	for _, q := range reads {
		if err := report.CheckReadOnly(ctx, conn, q); err != nil {
			t.Errorf("%q refused: %v", q, err)
		}
	}
	writes := map[string]string{
		"COPY (SELECT 'oops' AS x) TO 'w.duckdb' (FORMAT csv)": "COPY",
		"COPY t TO 'out.parquet'":                              "COPY",
		"EXPORT DATABASE 'dump'":                               "EXPORT",
		"/* x */ export database 'dump2' (FORMAT parquet)":     "EXPORT",
		"SELECT 1;\nEXPORT DATABASE 'dump3'":                   "pernyataan ke-2: EXPORT",
		"INSTALL httpfs":                                       "INSTALL",
		"LOAD httpfs":                                          "LOAD",
		"SET threads = 1":                                      "SET",
		"RESET threads":                                        "SET",
		"USE memory":                                           "SET",
		"ATTACH 'other.duckdb' AS o":                           "ATTACH",
		"DETACH w":                                             "DETACH",
		"CREATE TABLE u(a INTEGER)":                            "CREATE",
		"CREATE TEMP TABLE u(a INTEGER)":                       "CREATE",
		"CREATE VIEW v AS SELECT 1":                            "CREATE",
		"CREATE MACRO m(x) AS x":                               "CREATE",
		"INSERT INTO t VALUES (3)":                             "INSERT",
		"UPDATE t SET a = 3":                                   "UPDATE",
		"DELETE FROM t":                                        "DELETE",
		"DROP TABLE t":                                         "DROP",
		"ALTER TABLE t ADD COLUMN b INTEGER":                   "ALTER",
		"CHECKPOINT":                                           "CALL",
		"FORCE CHECKPOINT":                                     "CALL",
		"CALL checkpoint()":                                    "CALL",
		"PRAGMA enable_profiling":                              "PRAGMA",
		"PRAGMA threads = 1":                                   "SET",
		"VACUUM":                                               "VACUUM",
		"BEGIN TRANSACTION":                                    "BEGIN",
		"PREPARE p AS SELECT 1":                                "PREPARE",
		"SELECT 1; DROP TABLE t":                               "pernyataan ke-2: DROP",
		"SELECT 1; SELECT 2":                                   "satu pernyataan",
		"EXPLAIN ANALYZE COPY (SELECT 1) TO 'x.csv'":           "EXPLAIN ANALYZE",
		"UPDATE EXTENSIONS":                                    "bukan pernyataan baca",
		"PIVOT t ON a USING count(*)":                          "IN ('a', 'b')",
	}
	for q, why := range writes {
		err := report.CheckReadOnly(ctx, conn, q)
		var r *report.Refused
		if !errors.As(err, &r) {
			t.Errorf("%q: want refused, got %v", q, err)
			continue
		}
		if !strings.Contains(err.Error(), why) {
			t.Errorf("%q: reason %q does not mention %q", q, err, why)
		}
		if !report.IsUserError(err) {
			t.Errorf("%q: refusal is not a user error", q)
		}
	}
	// Asking the type must not create anything either (DuckDB binds
	// EXPORT by creating its directory).
	for _, d := range []string{"dump", "dump2", "dump3"} {
		for _, p := range []string{d, filepath.Join(dir, d)} {
			if _, err := os.Stat(p); err == nil {
				t.Errorf("checking created %s", p)
				os.RemoveAll(p)
			}
		}
	}
	for _, q := range []string{"SELEC 1", "SELECT * FROM nowhere", ""} {
		err := report.CheckReadOnly(ctx, conn, q)
		if err == nil || !report.IsUserError(err) {
			t.Errorf("%q: want a user error, got %v", q, err)
		}
	}
}

// TestLockdown: what the statement check lets through (a SELECT) still
// cannot write the file, reach files when they are not allowed, or undo the
// settings.
func TestLockdown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	run := func(conn *sql.Conn, q string) error {
		if err := report.CheckReadOnly(ctx, conn, q); err != nil {
			return err
		}
		rows, err := conn.QueryContext(ctx, q)
		if err == nil {
			_, err = report.WriteQuery(io.Discard, rows, "csv", 0)
			rows.Close()
		}
		return report.ExplainQueryError(err)
	}
	closed, dir := roFile(t, false)
	open, dir2 := roFile(t, true)
	for _, c := range []struct {
		conn *sql.Conn
		q    string
		want string // "" = runs
	}{
		{closed, "SELECT nextval('s')", "hanya-baca"},
		{closed, "SELECT * FROM read_csv('" + filepath.Join(dir, "x.csv") + "')", "--allow-files"},
		{closed, "SELECT * FROM '" + filepath.Join(dir, "x.csv") + "'", "--allow-files"},
		{closed, "SELECT * FROM glob('" + dir + "/*')", "--allow-files"},
		{closed, "SELECT * FROM read_parquet('https://example.com/x.parquet')", "--allow-files"},
		{open, "SELECT * FROM read_csv('" + filepath.Join(dir2, "x.csv") + "')", ""},
		{open, "SELECT * FROM read_parquet('https://example.com/x.parquet')", "ekstensi"},
		{open, "SELECT current_setting('lock_configuration')", ""},
		{open, "SELECT [1, 2]::INTEGER[2] AS a", "CAST(kolom AS VARCHAR)"},
		{open, "SELECT CAST([1, 2]::INTEGER[2] AS VARCHAR) AS a", ""},
	} {
		err := run(c.conn, c.q)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.q, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !report.IsUserError(err)):
			t.Errorf("%q: want a refusal mentioning %q, got %v", c.q, c.want, err)
		}
	}
	// The settings are locked even against a SET that slipped through.
	if _, err := closed.ExecContext(ctx, "SET enable_external_access = true"); err == nil {
		t.Error("SET enable_external_access after Lockdown succeeded")
	}
}
