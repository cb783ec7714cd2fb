package pdftext

import (
	"strings"
	"testing"
)

// TestTwoColumns: a page set in two columns of prose reads the left
// column, then the right, each line whole; a borderless table of short
// labels beside wrapped text keeps its rows.
func TestTwoColumns(t *testing.T) {
	left := []string{
		"Komisi Pemilihan Umum sebagai lembaga",
		"penyelenggara pemilu yang bersifat tetap",
		"dan mandiri memiliki tugas menyelenggarakan",
		"Pemilihan Umum dan Pemilihan Kepala Daerah.",
		"Akuntabilitas kinerja instansi pemerintah",
		"merupakan perwujudan kewajiban instansi",
		"untuk mempertanggungjawabkan keberhasilan",
		"atau kegagalan pelaksanaan misi organisasi.",
	}
	right := []string{
		"a. menjabarkan program dan melaksanakan",
		"anggaran serta menetapkan jadwal di",
		"Kabupaten Sumba Tengah;",
		"b. melaksanakan semua tahapan",
		"penyelenggaraan berdasarkan ketentuan.",
	}
	var page []cell
	for k, s := range left {
		page = append(page, cell{float64(k), 60, s})
	}
	for k, s := range right {
		page = append(page, cell{float64(k), 300, s})
	}
	want := append(append([]string(nil), left...), right...)
	wantLines(t, setCells(t, page), want)

	table := []cell{
		{0, 60, "Perencanaan"}, {0, 300, "Dokumen perencanaan telah disusun tepat"},
		{1, 300, "waktu dan sesuai ketentuan yang berlaku"},
		{2, 60, "Pengukuran"}, {2, 300, "Pengukuran kinerja dilakukan setiap"},
		{3, 300, "triwulan oleh subbagian perencanaan"},
		{4, 60, "Pelaporan"}, {4, 300, "Laporan kinerja disampaikan tepat waktu"},
		{5, 300, "kepada KPU Provinsi dan KPU RI"},
		{6, 60, "Evaluasi"}, {6, 300, "Evaluasi internal dilaksanakan oleh"},
		{7, 300, "inspektorat dan pimpinan sekretariat"},
	}
	got := setCells(t, table)
	if len(got) == 0 || !strings.HasPrefix(got[0], "Perencanaan") || !strings.Contains(got[0], "Dokumen") {
		t.Errorf("table: got\n%q", got)
	}
}
