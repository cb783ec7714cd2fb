package parse

import "testing"

// TestNameUnitClass: capaian tables without a Satuan column whose
// indicators end in their unit in brackets load the name without it and
// the unit as the satuan; brackets that spell out or qualify the name
// stay, and a Satuan column keeps the name as written.
func TestNameUnitClass(t *testing.T) {
	caption := "Tabel 3.4 Capaian Indikator Kinerja Tahun 2022"
	tests := []struct {
		name   string
		head   string
		rows   []string
		want   []string // indikator|target|realisasi|capaian
		satuan []string
	}{
		{"units after names, header says so", "No\tIndikator Kinerja Utama (Satuan)\tTarget\tRealisasi\tCapaian",
			[]string{"1\tIndeks Kepuasan Layanan Informasi Publik (Nilai)\t3,20\t3,36\t105,00",
				"2\tJumlah Laporan Keuangan yang Disusun Tepat Waktu (Laporan)\t14\t14\t100,00",
				"3\tNilai Evaluasi SAKIP Satker (Predikat)\tBB\tB\t90,00",
				"4\tOpini BPK atas Laporan Keuangan KPU (Opini)\tWTP\tWTP\t100,00"},
			[]string{"Indeks Kepuasan Layanan Informasi Publik|3.2|3.36|105", "Jumlah Laporan Keuangan yang Disusun Tepat Waktu|14|14|100",
				"Nilai Evaluasi SAKIP Satker|<nil>|<nil>|90", "Opini BPK atas Laporan Keuangan KPU|<nil>|<nil>|100"},
			[]string{"nilai", "laporan", "predikat", "opini"}},
		{"a plain header, a per-cent sign and a document count", "No\tIndikator\tTarget\tRealisasi\tCapaian (%)",
			[]string{"1\tTingkat Kehadiran Pemilih pada Pemilihan (%)\t77,50\t80,92\t104,41",
				"2\tRegulasi Teknis yang Disosialisasikan ( Dokumen )\t6\t6\t100"},
			[]string{"Tingkat Kehadiran Pemilih pada Pemilihan|77.5|80.92|104.41", "Regulasi Teknis yang Disosialisasikan|6|6|100"},
			[]string{"persen", "dokumen"}},
		// look-alikes: the bracket is part of the name
		{"abbreviations and qualifiers stay", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			[]string{"1\tJumlah Tempat Pemungutan Suara yang Ditetapkan (TPS)\t1.204\t1.204\t100,00",
				"2\tIndeks Kepuasan Masyarakat (IKM)\t3,20\t3,36\t105,00",
				"3\tPersentase Partisipasi Pemilih (Pemilu 2024)\t80,00\t76,61\t95,76",
				"4\tPersentase Keputusan yang Diterbitkan (Keputusan (SK))\t90,00\t90,00\t100,00"},
			[]string{"Jumlah Tempat Pemungutan Suara yang Ditetapkan (TPS)|1204|1204|100", "Indeks Kepuasan Masyarakat (IKM)|3.2|3.36|105",
				"Persentase Partisipasi Pemilih (Pemilu 2024)|80|76.61|95.76", "Persentase Keputusan yang Diterbitkan (Keputusan (SK))|90|90|100"},
			nil},
		{"a Satuan column: the name is as written", "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
			[]string{"1\tJumlah Rapat Pleno yang Dihadiri (Kali)\tkali\t12\t12\t100,00"},
			[]string{"Jumlah Rapat Pleno yang Dihadiri (Kali)|12|12|100"}, []string{"kali"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := append([]string{caption, "", tc.head}, tc.rows...)
			d := parseDoc(t, tc.name, append(body, "")...)
			wantRows(t, "capaian", factRows["capaian"](d), tc.want)
			for i, s := range tc.satuan {
				if i < len(d.Capaian) && d.Capaian[i].Satuan != s {
					t.Errorf("row %d satuan: got %q, want %q", i+1, d.Capaian[i].Satuan, s)
				}
			}
		})
	}
}

func TestNameUnit(t *testing.T) {
	tests := []struct{ in, name, unit string }{
		{"Opini BPK (Opini)", "Opini BPK", "opini"},
		{"Persentase Kehadiran (%) ", "Persentase Kehadiran", "persen"},
		{"Laporan (Dokumen)", "Laporan", "dokumen"},
		{"Jumlah TPS (TPS)", "", ""},
		{"(Nilai)", "", ""},
		{"Nilai SAKIP(Nilai)", "", ""},
		{"Nilai (Akhir (Nilai)", "", ""},
		{"Nilai SAKIP", "", ""},
	}
	for _, tc := range tests {
		name, unit, ok := nameUnit(tc.in)
		if ok != (tc.unit != "") || ok && (name != tc.name || unit != tc.unit) {
			t.Errorf("nameUnit(%q) = %q, %q, %v; want %q, %q", tc.in, name, unit, ok, tc.name, tc.unit)
		}
	}
}
