package models_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/kpu-ntt/lkj/etl/family"
)

type dbCol struct {
	name, typ string
	nullable  bool
	comment   string
}

func columnsOf(t *testing.T, conn *sql.Conn, table string) []dbCol {
	t.Helper()
	rows, err := conn.QueryContext(context.Background(), `SELECT column_name, data_type, is_nullable, coalesce(comment, '')
		FROM duckdb_columns() WHERE database_name = current_database() AND table_name = ? ORDER BY column_index`, table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []dbCol
	for rows.Next() {
		var c dbCol
		if err := rows.Scan(&c.name, &c.typ, &c.nullable, &c.comment); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// TestWarehouseMatchesRegistry is the warehouse's side of the drift test: a
// new warehouse, migrated and built, has the registry's fact tables
// (columns, types, nullability, order) and contract views (columns, order,
// comments, view comment), and precedence views that rank every fact row.
func TestWarehouseMatchesRegistry(t *testing.T) {
	ctx, conn := builtConn(t)
	for _, f := range family.Families {
		var want []dbCol
		for _, c := range f.Columns {
			want = append(want, dbCol{name: c.Name, typ: string(c.Type), nullable: !c.NotNull})
		}
		if got := columnsOf(t, conn, f.Table); !sameCols(got, want) {
			t.Errorf("%s in the warehouse:\n got  %v\n want %v", f.Table, got, want)
		}
		want = want[:0]
		for _, c := range f.ViewColumns(0) {
			want = append(want, dbCol{name: c.Name, typ: string(c.Type), nullable: true, comment: c.Comment})
		}
		if got := columnsOf(t, conn, f.Name); !sameCols(got, want) {
			t.Errorf("view %s in the warehouse:\n got  %v\n want %v", f.Name, got, want)
		}
		var comment string
		if err := conn.QueryRowContext(ctx, "SELECT coalesce(comment, '') FROM duckdb_views() WHERE view_name = ?", f.Name).Scan(&comment); err != nil {
			t.Fatal(err)
		}
		if comment != f.Comment {
			t.Errorf("view %s comment %q, registry %q", f.Name, comment, f.Comment)
		}
		if f.SameDocAs != "" {
			continue
		}
		var facts, ranked int
		if err := conn.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM "+f.Table+" JOIN etl_document USING (doc_id) WHERE status = 'loaded'), "+
			"(SELECT count(*) FROM pilih_"+f.Name+")").Scan(&facts, &ranked); err != nil {
			t.Fatal(err)
		}
		if facts != ranked || facts == 0 && f.Name != "capaian_seri" {
			t.Errorf("pilih_%s ranks %d rows of %d loaded facts", f.Name, ranked, facts)
		}
	}
}

func sameCols(a, b []dbCol) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
