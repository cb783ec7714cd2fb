package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestMeasuredYearClass: a capaian table of the report year that sets
// earlier years' columns beside it (a baseline "Kondisi Awal" column, a
// year group over Target/Realisasi) gives the report year's capaian and a
// series of the earlier years only. A comparison table without a Capaian
// column, or one whose Capaian measures another year than the report's,
// stays a series as a whole. A target column of the strategic plan
// (Renstra, RPJMN) beside the year's agreed target (PK, Perjanjian
// Kinerja) is neither: the capaian takes the agreed target; nor is another
// body's value beside the satker's (Rata-rata Realisasi se-NTT).
func TestMeasuredYearClass(t *testing.T) {
	const ind = "Nilai Keterbukaan Informasi Publik"
	tests := []capSeriCase{
		{"baseline column before the year's columns", []string{
			"Tabel 3.2 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tKondisi Awal (Realisasi 2023)\tTarget 2024\tRealisasi 2024\tCapaian (%)",
			"1\t" + ind + "\tNilai\t71,05\t75\t77,20\t102,93"},
			"75/77,20/102,93", []string{"2023 realisasi 71,05"}},
		{"two-level year header", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2023 dan 2024", "",
			"No\tIndikator Kinerja\t2023\t\t2024\t\t",
			"\t\tTarget\tRealisasi\tTarget\tRealisasi\tCapaian",
			"1\t" + ind + "\t70\t71,05\t75\t77,20\t102,93%"},
			"75/77,20/102,93%", []string{"2023 realisasi 71,05", "2023 target 70"}},
		{"a year group over the capaian only", []string{
			"Tabel 3.3 Pengukuran Kinerja", "",
			"Indikator Kinerja\tRealisasi 2022\tRealisasi 2023\tTahun 2024\t\t",
			"\t\t\tTarget\tRealisasi\tCapaian",
			ind + "\t68,40\t71,05\t75\t77,20\t102,93%"},
			"75/77,20/102,93%", []string{"2022 realisasi 68,40", "2023 realisasi 71,05"}},
		{"a plan beside the measured year", []string{
			"Tabel 3.6 Pengukuran Kinerja", "",
			"Indikator\tRealisasi 2023\tTarget 2024\tRealisasi 2024\tCapaian\tTarget 2025",
			ind + "\t71,05\t75\t77,20\t102,93%\t80"},
			"75/77,20/102,93%", []string{"2023 realisasi 71,05"}},
		{"realisations under one group, the year's columns under another", []string{
			"Tabel 3.7 Capaian Kinerja", "",
			"Indikator\tRealisasi\t\t2024\t\t",
			"\t2022\t2023\tTarget\tRealisasi\tCapaian (%)",
			ind + "\t68,40\t71,05\t75\t77,20\t102,93"},
			"75/77,20/102,93", []string{"2022 realisasi 68,40", "2023 realisasi 71,05"}},
		{"a Capaian column under each year", []string{
			"Tabel 3.8 Capaian Kinerja 2023-2024", "",
			"Indikator Kinerja\t2023\t\t\t2024",
			"\tTarget\tRealisasi\tCapaian\tTarget\tRealisasi\tCapaian",
			ind + "\t70\t71,05\t101,50%\t75\t77,20\t102,93%"},
			"75/77,20/102,93%", []string{"2023 realisasi 71,05", "2023 target 70"}},
		{"a row out of line with its columns gives no value", []string{
			"Tabel 3.9 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tKondisi Awal (Realisasi 2023)\tTarget 2024\tRealisasi 2024\tCapaian (%)",
			"1\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\tWTP\t100",
			"2\t\t" + ind + "\t71,05\t75\t77,20\t102,93\tx"},
			"", nil},
		{"year groups without a Capaian column: a series of both years", []string{
			"Tabel 3.10 Perbandingan Kinerja", "",
			"Indikator Kinerja\t2023\t\t2024\t",
			"\tTarget\tRealisasi\tTarget\tRealisasi",
			ind + "\t70\t71,05\t75\t77,20"},
			"", []string{"2023 realisasi 71,05", "2023 target 70", "2024 realisasi 77,20", "2024 target 75"}},
		{"two columns of one year and kind: neither is loaded", []string{
			"Tabel 3.11 Perbandingan Kinerja", "",
			"Indikator Kinerja\tRealisasi 2022\tTarget 2024\tRealisasi\tRealisasi",
			ind + "\t68,40\t75\t71,05\t77,20"},
			"", []string{"2022 realisasi 68,40", "2024 target 75"}},
		{"an empty column split off its label repeats nothing", []string{
			"Tabel 3.12 Perbandingan Kinerja", "",
			"Indikator Kinerja\tRealisasi\t2022\tTarget 2024\tRealisasi 2024",
			ind + "\t\t68,40\t75\t77,20"},
			"", []string{"2022 realisasi 68,40", "2024 realisasi 77,20", "2024 target 75"}},
		{"no Capaian column: a series", []string{
			"Tabel 3.4 Perbandingan Realisasi", "",
			"Indikator\tRealisasi 2022\tRealisasi 2023\tTarget 2024\tRealisasi 2024",
			ind + "\t68,40\t71,05\t75\t77,20"},
			"", []string{"2022 realisasi 68,40", "2023 realisasi 71,05", "2024 realisasi 77,20", "2024 target 75"}},
		{"capaian of an earlier year: a series", []string{
			"Tabel 3.5 Perbandingan Kinerja", "",
			"Indikator\tRealisasi 2022\tTarget 2023\tRealisasi 2023\tCapaian",
			ind + "\t68,40\t70\t71,05\t101,50%"},
			"", []string{"2022 realisasi 68,40", "2023 realisasi 71,05", "2023 target 70"}},
		// another body's value beside the satker's own: no fact (capaian_plan.go)
		{"the province's average realisation beside the satker's", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi Kab. Alor\tCapaian\tRata-rata Realisasi Kab/Kota se-NTT",
			"1\t" + ind + "\tB\tBB\t-\tB"},
			"B/BB/-", nil},
		{"a mean written Rerata, first", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tRerata Realisasi Provinsi\tTarget\tRealisasi\tCapaian (%)",
			"1\t" + ind + "\t81,06\t80,00\t84,37\t105,46"},
			"80,00/84,37/105,46", nil},
		// a plan's target (Renstra, RPJMN) beside the agreed one (PK): no fact (capaian_plan.go)
		{"Renstra and PK beside an earlier year", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tRealisasi 2023\tTarget Renstra 2024\tTarget PK 2024\tRealisasi 2024\tCapaian (%)",
			"1\t" + ind + "\tNilai\t71,30\t80,00\t75,00\t78,62\t104,83"},
			"75,00/78,62/104,83", []string{"2023 realisasi 71,30"}},
		{"agreement first, plan after, no earlier year", []string{
			"Tabel 3.2 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget Perjanjian Kinerja\tTarget Rencana Strategis\tRealisasi\tCapaian",
			"1\t" + ind + "\t75\t80\t78,62\t104,83%"},
			"75/78,62/104,83%", nil},
		{"plan under a two-line header", []string{
			"Tabel 3.3 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\t\tRealisasi\tCapaian",
			"\t\tRPJMN\tPK\t\t",
			"1\t" + ind + "\t80\t75\t78,62\t104,83%"},
			"75/78,62/104,83%", nil},
	}
	for _, tc := range tests {
		checkCapaianSeri(t, tc.name, parseDoc(t, tc.name, tc.body...), ind, tc.capaian, tc.seri)
	}
}

// capSeriCase is a document's body and the capaian row of 2024 and the
// series of one indicator it should give.
type capSeriCase struct {
	name    string
	body    []string
	capaian string   // "target/realisasi/capaian" of the 2024 capaian row, "" for none
	seri    []string // "year jenis teks", sorted
}

// checkCapaianSeri compares ind's 2024 capaian row ("target/realisasi/
// capaian", "" for none) and its series ("year jenis teks", sorted) in d
// with the wanted ones.
func checkCapaianSeri(t *testing.T, name string, d *facts.Document, ind, capaian string, seri []string) {
	t.Helper()
	got := ""
	for _, c := range d.Capaian {
		if c.Indikator == ind && c.Tahun == 2024 {
			got = c.TargetTeks + "/" + c.RealisasiTeks + "/" + c.CapaianTeks
		}
	}
	if got != capaian {
		t.Errorf("%s: capaian 2024 = %q, want %q (%+v)", name, got, capaian, d.Capaian)
	}
	var gs []string
	for _, s := range d.CapaianSeri {
		if s.Indikator == ind {
			gs = append(gs, fmt.Sprintf("%d %s %s", s.Tahun, s.Jenis, s.Teks))
		}
	}
	sort.Strings(gs)
	if strings.Join(gs, "; ") != strings.Join(seri, "; ") {
		t.Errorf("%s: series = %v, want %v", name, gs, seri)
	}
}
