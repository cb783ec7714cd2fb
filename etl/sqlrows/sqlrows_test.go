package sqlrows_test

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	_ "github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

func TestAll(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		name     string
		query    string
		wantCols []string
		wantRows [][]any
	}{
		{"two rows", "SELECT * FROM (VALUES (1, 'a'), (2, NULL)) t(n, s) ORDER BY n",
			[]string{"n", "s"}, [][]any{{int32(1), "a"}, {int32(2), nil}}},
		{"no row", "SELECT 1 AS n WHERE false", []string{"n"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cols, got, err := sqlrows.Query(context.Background(), db, tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(cols, tc.wantCols) || !reflect.DeepEqual(got, tc.wantRows) {
				t.Errorf("Query (All) = %v %#v, want %v %#v", cols, got, tc.wantCols, tc.wantRows)
			}
		})
	}
}
