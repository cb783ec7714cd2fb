package sqlrows_test

import (
	"database/sql"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

// TestFloat: every numeric type DuckDB hands back, read from a real query,
// is a number; text, booleans and NULL are not.
func TestFloat(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		expr string
		want float64
		ok   bool
	}{
		{"(-8)::TINYINT", -8, true},
		{"16::SMALLINT", 16, true},
		{"2024::INTEGER", 2024, true},
		{"44980284000::BIGINT", 44980284000, true},
		{"8::UTINYINT", 8, true},
		{"16::USMALLINT", 16, true},
		{"32::UINTEGER", 32, true},
		{"64::UBIGINT", 64, true},
		{"0.5::FLOAT", 0.5, true},
		{"104.17::DOUBLE", 104.17, true},
		{"'12'", 0, false},
		{"true", 0, false},
		{"NULL", 0, false},
	}
	for _, tc := range tests {
		var v any
		if err := db.QueryRow("SELECT " + tc.expr).Scan(&v); err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		if got, ok := sqlrows.Float(v); got != tc.want || ok != tc.ok {
			t.Errorf("Float(%s = %#v) = %v, %v; want %v, %v", tc.expr, v, got, ok, tc.want, tc.ok)
		}
	}
	// encoding/json hands numbers over as float64.
	if got, ok := sqlrows.Float(float64(7)); got != 7 || !ok {
		t.Errorf("Float(float64(7)) = %v, %v", got, ok)
	}
}
