package models_test

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
)

// TestModelsAreCommented: issue 11, "marts have no COMMENTs". Every model
// and every one of its columns carries a COMMENT an analyst's client shows.
func TestModelsAreCommented(t *testing.T) {
	ctx, conn := builtConn(t)
	ms := modelstest.Models(t)
	for _, m := range ms {
		var c *string
		q := "SELECT comment FROM duckdb_tables() WHERE table_name = ?"
		if m.Materialized == models.View {
			q = "SELECT comment FROM duckdb_views() WHERE view_name = ?"
		}
		if err := conn.QueryRowContext(ctx, q, m.Name).Scan(&c); err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if c == nil || len(*c) < 20 {
			t.Errorf("%s has no comment", m.Name)
		}
		rows, err := conn.QueryContext(ctx, `SELECT column_name FROM duckdb_columns()
			WHERE table_name = ? AND (comment IS NULL OR comment = '')`, m.Name)
		if err != nil {
			t.Fatal(err)
		}
		var bare []string
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				t.Fatal(err)
			}
			bare = append(bare, n)
		}
		rows.Close()
		if len(bare) > 0 {
			t.Errorf("%s: columns without a comment: %s", m.Name, strings.Join(bare, ", "))
		}
	}
	for _, tt := range []struct{ table, col, want string }{
		{"mart_peringkat", "ukuran_kurang", "lacks"},
		{"mart_peringkat", "skor_komposit_prev", "skor_komposit of the previous period"},
		{"mart_serapan", "pagu", "rupiah"},
		{"stg_satker", "satker_id", "Kemendagri"},
	} {
		var c string
		if err := conn.QueryRowContext(ctx, "SELECT comment FROM duckdb_columns() WHERE table_name = ? AND column_name = ?",
			tt.table, tt.col).Scan(&c); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.ToLower(c), strings.ToLower(tt.want)) {
			t.Errorf("%s.%s comment %q lacks %q", tt.table, tt.col, c, tt.want)
		}
	}
}
