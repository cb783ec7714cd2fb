package parse

import (
	"strings"
	"testing"
)

// TestCaptionNoteClass: a budget total stated only in the table's caption
// loads as the total; graded indicators listed under a capaian table as
// items numbered in brackets after "… yaitu:" load each as its own item;
// a bracketed number wrapped inside a sentence stays in its paragraph.
func TestCaptionNoteClass(t *testing.T) {
	budget := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (jumlah pagu Rp1.500.000.000, realisasi Rp1.350.000.000 atau 90,00%)", "",
		"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)",
		"3355\tPengelolaan Keuangan\t1.000.000.000\t900.000.000\t100.000.000\t90,00",
		"3360\tOperasional Perkantoran\t500.000.000\t450.000.000\t50.000.000\t90,00", ""}
	d := parseDoc(t, "caption total", budget...)
	var got []string
	for _, a := range d.Anggaran {
		got = append(got, a.Kode+"|"+nv(a.Pagu)+"|"+nv(a.Realisasi))
	}
	if s, want := strings.Join(got, " "), "3355|1000000000|900000000 3360|500000000|450000000 TOTAL|1500000000|1350000000"; s != want {
		t.Errorf("caption total: got %s, want %s", s, want)
	}
	note := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t80,00\t83,47\t104,34", "",
		"Catatan: indikator yang diukur dengan predikat atau opini tidak dimuat dalam tabel di atas, yaitu:",
		"(2) Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten: target predikat B, realisasi predikat B, capaian 100,00%.",
		"(3) Opini BPK atas Laporan Keuangan: target opini WTP, realisasi opini WTP, capaian 100,00%.", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"graded indicators in a note", note, map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|80|83.47|104.34",
			"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
	})
}
