package sqlrows_test

import (
	"testing"
	"time"

	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

// TestFloat: every Go type DuckDB hands back for a numeric column (TINYINT
// to UBIGINT, FLOAT, DOUBLE; encoding/json's float64) is a number; text,
// booleans and NULL are not.
func TestFloat(t *testing.T) {
	nums := []any{int8(-8), int16(16), int32(2024), int64(44980284000), int(7),
		uint8(8), uint16(16), uint32(32), uint64(64), float32(0.5), float64(104.17)}
	want := []float64{-8, 16, 2024, 44980284000, 7, 8, 16, 32, 64, 0.5, 104.17}
	for i, v := range nums {
		if got, ok := sqlrows.Float(v); got != want[i] || !ok {
			t.Errorf("Float(%#v) = %v, %v; want %v", v, got, ok, want[i])
		}
	}
	for _, v := range []any{"12", true, nil, []byte("1")} {
		if got, ok := sqlrows.Float(v); ok {
			t.Errorf("Float(%#v) = %v, a number", v, got)
		}
	}
}

// TestText: what each value the driver hands back reads as; an integral
// float64 and an integer read alike.
func TestText(t *testing.T) {
	vals := []any{nil, "5305", float64(2024), int32(2024), int64(44980284000), 104.17, 1e21, true,
		time.Date(2024, 12, 3, 7, 0, 0, 0, time.UTC)}
	want := []string{"", "5305", "2024", "2024", "44980284000", "104.17", "1000000000000000000000", "true",
		"2024-12-03T07:00:00Z"}
	for i, v := range vals {
		if got := sqlrows.Text(v); got != want[i] {
			t.Errorf("Text(%#v) = %q, want %q", v, got, want[i])
		}
	}
}
