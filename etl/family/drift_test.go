package family_test

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/family"
	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/schemas"
)

// TestMigrationsAreGenerated: the committed migrations are what the
// registry renders, so editing the registry without `go generate ./schemas`
// (or editing a generated file by hand) fails here.
func TestMigrationsAreGenerated(t *testing.T) {
	files, err := family.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		got, err := fs.ReadFile(schemas.FS, "migrations/"+f.Name)
		if err != nil {
			t.Errorf("%s is missing: run `go generate ./schemas` (%v)", f.Name, err)
			continue
		}
		if string(got) != f.SQL {
			t.Errorf("schemas/migrations/%s differs from the registry: run `go generate ./schemas`", f.Name)
		}
	}
}

// TestRegistryIsConsistent checks what the renderers rely on.
func TestRegistryIsConsistent(t *testing.T) {
	for _, f := range family.Families {
		for _, k := range f.Key {
			if c, ok := f.Column(k); !ok || !c.NotNull {
				t.Errorf("%s: key column %s missing or nullable", f.Name, k)
			}
		}
		if f.Year != "" {
			if c, ok := f.Column(f.Year); !ok || c.Type != family.Integer {
				t.Errorf("%s: year column %s missing or not INTEGER", f.Name, f.Year)
			}
		}
		for _, n := range f.View {
			if c, ok := f.Column(n); !ok || c.RawOnly || c.Since != 0 {
				t.Errorf("%s: view column %s is not an original contract column", f.Name, n)
			}
		}
		seen := map[string]bool{}
		for _, c := range f.Columns {
			if seen[c.Name] {
				t.Errorf("%s: column %s twice", f.Name, c.Name)
			}
			seen[c.Name] = true
			if !c.RawOnly && c.Comment == "" {
				t.Errorf("%s.%s has no description", f.Name, c.Name)
			}
			if len(c.Accepted) > 0 && c.Type != family.Varchar {
				t.Errorf("%s.%s: accepted values on a %s column", f.Name, c.Name, c.Type)
			}
		}
		if f.SameDocAs != "" && family.Named(f.SameDocAs) == nil {
			t.Errorf("%s: SameDocAs %s is not a family", f.Name, f.SameDocAs)
		}
	}
}

type dbCol struct {
	name, typ string
	nullable  bool
	comment   string
}

// TestFreshWarehouseMatchesRegistry: a new warehouse's fact tables and
// contract views have the registry's columns, types, nullability, order and
// comments.
func TestFreshWarehouseMatchesRegistry(t *testing.T) {
	ctx := context.Background()
	wh, err := warehouse.Open(ctx, filepath.Join(t.TempDir(), "w.duckdb"), warehouse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	columns := func(table string) []dbCol {
		rows, err := wh.Conn().QueryContext(ctx, `SELECT column_name, data_type, is_nullable, coalesce(comment, '')
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
	for _, f := range family.Families {
		var want []dbCol
		for _, c := range f.Columns {
			want = append(want, dbCol{name: c.Name, typ: string(c.Type), nullable: !c.NotNull})
		}
		if got := columns(f.Table); !equal(got, want) {
			t.Errorf("%s in a fresh warehouse:\n got  %v\n want %v", f.Table, got, want)
		}
		want = want[:0]
		for _, c := range f.ViewColumns(0) {
			want = append(want, dbCol{name: c.Name, typ: string(c.Type), nullable: true, comment: c.Comment})
		}
		if got := columns(f.Name); !equal(got, want) {
			t.Errorf("view %s in a fresh warehouse:\n got  %v\n want %v", f.Name, got, want)
		}
		var comment string
		if err := wh.Conn().QueryRowContext(ctx, "SELECT coalesce(comment, '') FROM duckdb_views() WHERE view_name = ?", f.Name).Scan(&comment); err != nil {
			t.Fatal(err)
		}
		if comment != f.Comment {
			t.Errorf("view %s comment %q, registry %q", f.Name, comment, f.Comment)
		}
	}
	for _, v := range []family.View{family.Satker, family.Dokumen, family.Temuan} {
		got := columns(v.Name)
		byName := map[string]string{}
		for _, c := range got {
			byName[c.name] = c.comment
		}
		if len(got) != len(v.Columns) {
			t.Errorf("view %s has %d columns, the registry describes %d", v.Name, len(got), len(v.Columns))
		}
		for _, c := range v.Columns {
			if byName[c.Name] != c.Comment {
				t.Errorf("%s.%s comment %q, registry %q", v.Name, c.Name, byName[c.Name], c.Comment)
			}
		}
	}
}

func equal(a, b []dbCol) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(a[i].name == b[i].name && strings.EqualFold(a[i].typ, b[i].typ) &&
			a[i].nullable == b[i].nullable && a[i].comment == b[i].comment) {
			return false
		}
	}
	return true
}
