package parse

import "testing"

// TestAfterSakipTextPastChrome: the SAKIP context window looks past a
// form's furniture (navigator, sheet tabs, object tag) but not past real
// paragraphs, and RB text still ends it.
func TestAfterSakipTextPastChrome(t *testing.T) {
	lead := "Hasil Evaluasi AKIP Tahun 2022 memberikan nilai 70,10 dengan predikat BB."
	tests := []struct {
		name   string
		recent []string
		want   bool
	}{
		{"a tag and a navigator", []string{lead, "Tabel 3.1 Nilai AKIP per Komponen", "[tbl_nilai_rinci : Tabel]", "Catatan: |◀ ◀ 3 dari 5 ▶ ▶| ▶*  Tanpa Saring"}, true},
		{"sheet tabs", []string{lead, "◄ ►  Rincian  [Riwayat]  ⊕", "[qry_riwayat : Kueri]"}, true},
		{"two real paragraphs between", []string{lead, "Kegiatan pelaporan berjalan tertib.", "Koordinasi berjalan baik.", "[tbl_x : Tabel]"}, false},
		{"RB text before the tag", []string{lead, "Nilai Reformasi Birokrasi tahun 2022 tercatat 22,40.", "Record: |◄ ◄ 1 of 3 ► ►|"}, false},
		{"a bracketed sentence is no tag", []string{lead, "Kegiatan pelaporan berjalan tertib.", "[lihat lampiran : tabel rincian]"}, false},
	}
	for _, tc := range tests {
		p := &parser{}
		for _, r := range tc.recent {
			p.recent = append(p.recent, recentText{text: r})
		}
		if got := p.afterSakipText(); got != tc.want {
			t.Errorf("%s: afterSakipText = %v, want %v", tc.name, got, tc.want)
		}
	}
}
