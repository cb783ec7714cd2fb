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
	// the kabupaten's DPT in the caption of a table per kecamatan: the words
	// before the bracket name the election and its year; "per Kecamatan"
	// there is no part of the count
	dpt := func(bracket string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan " + bracket, "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\tALOK\t19\t35\t4.153\t4.096\t8.249",
			"2\tNITA\t17\t35\t4.139\t4.171\t8.310", ""}
	}
	kec := []string{"pemilu|2019|kecamatan|ALOK|19|35|4153|4096|8249", "pemilu|2019|kecamatan|NITA|17|35|4139|4171|8310"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"DPT total in the caption", dpt("(jumlah Kabupaten Sikka: 36 desa/kelurahan, 70 TPS, 8.292 pemilih laki-laki, 8.267 pemilih perempuan, 16.559 pemilih)"),
			map[string][]string{"dpt": append(append([]string{}, kec...), "pemilu|2019|kabupaten|Kabupaten Sikka|36|70|8292|8267|16559")}},
		// L + P do not make the count after them: nothing proves it the total
		{"DPT caption whose sexes miss the total", dpt("(jumlah Kabupaten Sikka: 36 desa/kelurahan, 70 TPS, 8.292 pemilih laki-laki, 8.266 pemilih perempuan, 16.559 pemilih)"),
			map[string][]string{"dpt": kec}},
		// a bracket naming no voters is the table's own note
		{"caption note without voters", dpt("(per 31 Desember 2019, 36 desa/kelurahan)"), map[string][]string{"dpt": kec}},
	})
}
