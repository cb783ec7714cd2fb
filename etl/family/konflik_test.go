package family

import (
	"strings"
	"testing"
)

// TestKonflikColumns: what a family's Konflik names is a column of the
// family (a typo would only fail when the view is built), and kunci shows
// only natural-key parts.
func TestKonflikColumns(t *testing.T) {
	for _, f := range Families {
		k := f.Konflik
		if k == nil {
			continue
		}
		for _, c := range append(append([]string(nil), k.Kunci...), k.Beda...) {
			if _, ok := f.Column(c); !ok {
				t.Errorf("%s: Konflik names %s, not a column", f.Name, c)
			}
		}
		for _, c := range k.Kunci {
			if !strings.Contains(", "+f.KeyList()+", ", ", "+c+", ") {
				t.Errorf("%s: kunci part %s is not in the natural key (%s)", f.Name, c, f.KeyList())
			}
		}
	}
}

// TestKonflikModel: one branch per family that declares Konflik, joined on
// the whole natural key, sakip counting every row of another document and
// the others only its utama row.
func TestKonflikModel(t *testing.T) {
	m := konflikModel()
	if m.Name != "konflik" {
		t.Fatalf("name %q", m.Name)
	}
	tests := []struct {
		keluarga string
		want     []string
		utama    bool
	}{
		{"capaian", []string{"FROM pilih_capaian l JOIN pilih_capaian w", "w.indikator_kunci = l.indikator_kunci",
			"l.satker_id || '/' || l.tahun || '/' || l.indikator_kunci AS kunci"}, true},
		{"anggaran", []string{"w.pagu::VARCHAR || ' / ' || w.realisasi::VARCHAR AS nilai_pilih",
			"WHERE l.pagu IS DISTINCT FROM w.pagu OR l.realisasi IS DISTINCT FROM w.realisasi"}, true},
		{"sakip", []string{"w.tahun_dinilai = l.tahun_dinilai"}, false},
		{"dpt", []string{"w.tingkat_wilayah = l.tingkat_wilayah AND w.wilayah = l.wilayah",
			"l.satker_id || '/' || l.pemilihan || '/' || l.tahun || '/' || l.wilayah AS kunci"}, true},
	}
	branches := strings.Split(m.SQL, "UNION ALL")
	if len(branches) != len(tests) {
		t.Fatalf("%d branches, want %d:\n%s", len(branches), len(tests), m.SQL)
	}
	for i, tc := range tests {
		b := branches[i]
		if !strings.Contains(b, "SELECT '"+tc.keluarga+"' AS keluarga") {
			t.Errorf("branch %d is not %s:\n%s", i, tc.keluarga, b)
		}
		for _, w := range tc.want {
			if !strings.Contains(b, w) {
				t.Errorf("%s: missing %q in\n%s", tc.keluarga, w, b)
			}
		}
		if got := strings.Contains(b, "AND l.utama AND"); got != tc.utama {
			t.Errorf("%s: only utama rows = %v, want %v", tc.keluarga, got, tc.utama)
		}
	}
	if !strings.Contains(m.SQL, "-- depends: pilih_capaian, pilih_anggaran, pilih_sakip, pilih_dpt\n") {
		t.Errorf("depends:\n%s", m.SQL)
	}
}
