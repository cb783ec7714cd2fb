package template

import (
	"slices"
	"sort"
	"testing"

	fam "github.com/kpu-ntt/lkj/etl/family"
)

// templateOnly are template columns that are not contract columns of the
// same name: the reader splits them into *_teks and *_nilai.
var templateOnly = map[string][]string{
	"capaian": {"target", "realisasi"},
}

// TestSpecFollowsRegistry is the template's side of the drift test: every
// sheet but identitas is a registry family, each of its columns is that
// family's column (or a declared template-only one), and the coded
// columns map onto exactly the registry's accepted values.
func TestSpecFollowsRegistry(t *testing.T) {
	for _, f := range families {
		if f == famIdentitas {
			continue
		}
		rf := fam.Named(f.name)
		if rf == nil {
			t.Errorf("template sheet %s is not a family in etl/family", f.name)
			continue
		}
		for _, c := range f.cols {
			if _, ok := rf.Column(c.name); !ok && !slices.Contains(templateOnly[f.name], c.name) {
				t.Errorf("template %s.%s is not a column of family %s", f.name, c.name, rf.Name)
			}
		}
	}
	for _, tt := range []struct {
		family, column string
		choices        map[string]string
	}{
		{"capaian", "tingkat", tingkatCapaian},
		{"capaian_seri", "jenis", jenisSeri},
		{"sakip_komponen", "komponen", komponenSakip},
		{"dpt", "pemilihan", pemilihanDPT},
		{"dpt", "tingkat_wilayah", wilayahDPT},
		{"anggaran", "tingkat", tingkatAnggaran},
	} {
		c, ok := fam.Named(tt.family).Column(tt.column)
		if !ok {
			t.Errorf("%s.%s is not in the registry", tt.family, tt.column)
			continue
		}
		var got []string
		for _, v := range tt.choices {
			if !slices.Contains(got, v) {
				got = append(got, v)
			}
		}
		want := slices.Clone(c.Accepted)
		sort.Strings(got)
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Errorf("template %s.%s reads to %v, the registry accepts %v", tt.family, tt.column, got, want)
		}
	}
}
