package family_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/family"
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
	rendered := map[string]bool{}
	for _, f := range files {
		rendered[f.Name] = true
	}
	all, err := fs.ReadDir(schemas.FS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		b, err := fs.ReadFile(schemas.FS, "migrations/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(string(b), family.Generated) && !rendered[e.Name()] {
			t.Errorf("schemas/migrations/%s was generated but the registry no longer renders it", e.Name())
		}
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
			if c.Comment == "" {
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
