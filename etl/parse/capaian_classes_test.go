package parse

import "testing"

// TestCapaianClasses: abbreviated headers (TGT, REAL, CAP(%)), values
// pushed into the row below an empty numbered row, and a series whose
// caption says its year columns are realisations.
func TestCapaianClasses(t *testing.T) {
	type want struct{ ind, target, real string }
	tests := []struct {
		name string
		body []string
		want []want
	}{
		{"abbreviated headers", []string{
			"TABEL 3.1 PENGUKURAN KINERJA TA. 2023", "",
			"NO\tSASARAN/INDIKATOR\tTGT\tREAL\tCAP(%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t80%\t82,47%\t103,09",
			"2\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\t100"},
			[]want{{"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "80%", "82,47%"}, {"Opini BPK atas Laporan Keuangan", "WTP", "WTP"}}},
		{"values pushed below an empty row", []string{
			"Tabel 3.1 Pengukuran Kinerja Sasaran Strategis",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t80%\t82,47%\t103,09%",
			"2\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\t\t\t",
			"3\tNilai Keterbukaan Informasi Publik\tB 80\tBB* 84,17\t200% 105,21%",
			"4\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\t100%"},
			[]want{{"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "B", "BB*"}, {"Nilai Keterbukaan Informasi Publik", "80", "84,17"}}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		for _, w := range tc.want {
			found := false
			for _, c := range d.Capaian {
				if c.Indikator == w.ind && c.Utama {
					found = true
					if c.TargetTeks != w.target || c.RealisasiTeks != w.real {
						t.Errorf("%s: %s = %q / %q, want %q / %q", tc.name, w.ind, c.TargetTeks, c.RealisasiTeks, w.target, w.real)
					}
				}
			}
			if !found {
				t.Errorf("%s: no row for %q: %+v", tc.name, w.ind, d.Capaian)
			}
		}
	}
	d := parseDoc(t, "seri", "Tabel 3.1a Realisasi Indikator Tahun 2020-2022", "",
		"Indikator\t2020\t2021\t2022",
		"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t78,10%\t82,35%\t87,90%")
	got := map[int]string{}
	for _, s := range d.CapaianSeri {
		if s.Jenis == "realisasi" {
			got[s.Tahun] = s.Teks
		}
	}
	if got[2020] != "78,10%" || got[2021] != "82,35%" || got[2022] != "87,90%" {
		t.Errorf("series = %v, want the three realisations", got)
	}
}
