// Package whtest opens real throwaway warehouses for tests: a DuckDB file in
// the test's temporary folder (or at a path the test chooses), closed when
// the test ends. It is the one place the open-check-close prologue of the
// warehouse, ingest and export tests is written.
package whtest

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// New opens a new warehouse in a fresh temporary folder of tb.
func New(tb testing.TB) *warehouse.Warehouse {
	tb.Helper()
	return Open(tb, filepath.Join(tb.TempDir(), "w.duckdb"))
}

// Open opens (creating or migrating) the warehouse at path for writing and
// closes it when the test ends; an earlier Close by the test is harmless.
func Open(tb testing.TB, path string) *warehouse.Warehouse {
	tb.Helper()
	wh, err := warehouse.Open(context.Background(), path, warehouse.Options{})
	if err != nil {
		tb.Fatalf("warehouse.Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { wh.Close() })
	return wh
}

// ReadOnly opens the warehouse at path read-only and closes it when the test
// ends.
func ReadOnly(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := warehouse.OpenReadOnly(context.Background(), path)
	if err != nil {
		tb.Fatalf("warehouse.OpenReadOnly(%s): %v", path, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// Querier is what Pairs reads from: a *sql.DB or a *sql.Conn.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Pairs runs q, whose rows are two text columns, and returns them in order.
func Pairs(tb testing.TB, db Querier, q string, args ...any) [][2]string {
	tb.Helper()
	rows, err := db.QueryContext(context.Background(), q, args...)
	if err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var p [2]string
		if err := rows.Scan(&p[0], &p[1]); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	return out
}
