package parse

import (
	"strings"
	"testing"
)

// thermoBand sets thermometer columns abreast, each 24 characters wide,
// padded to one height: the column's head lines, Target, Realisasi, a
// glass of four lines, the bulb, the Capaian line.
func thermoBand(cols ...[]string) []string {
	h := 0
	for _, c := range cols {
		h = max(h, len(c)-3)
	}
	var out []string
	line := func(f func(c []string) string) {
		var b strings.Builder
		for _, c := range cols {
			b.WriteString(pad(f(c), 24))
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	for k := 0; k < h; k++ {
		line(func(c []string) string { return at(c[:len(c)-3], k) })
	}
	line(func(c []string) string { return c[len(c)-3] })
	line(func(c []string) string { return c[len(c)-2] })
	line(func(c []string) string { return " ╭─╮ 120" })
	for k := 0; k < 4; k++ {
		line(func(c []string) string { return " │█│" })
	}
	line(func(c []string) string { return " (●)" })
	line(func(c []string) string { return c[len(c)-1] })
	return out
}

// TestThermometerClass: thermometer charts abreast are read a column an
// indicator (heading, wrapped name, unit, Target, Realisasi, Capaian),
// bands of a run making one table; a capaian that is not realisasi/target,
// a lone thermometer and Target/Realisasi columns without a glass give
// nothing.
func TestThermometerClass(t *testing.T) {
	intro := []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "[Gambar: Grafik Termometer - teks grafik diketik ulang]", ""}
	three := thermoBand(
		[]string{"IK 1", "Tingkat Partisipasi", "Pemilih Perempuan", "(persen)", "Target    75,00", "Realisasi 78,00", "Capaian 104,00%"},
		[]string{"IK 2", "Persentase Laporan", "Keuangan Tepat Waktu", "(persen)", "Target    100", "Realisasi 95", "Capaian 95,00%"},
		[]string{"IK 3", "Jumlah Sosialisasi", "(kegiatan)", "Target    12", "Realisasi 15", "Capaian 125,00%"})
	// no heading line, "Target: n"
	colon := thermoBand(
		[]string{"Jumlah Hari", "Layanan Informasi", "(hari)", "Target: 5,00", "Realisasi: 6,00", "Capaian: 120,00"},
		[]string{"Persentase Pegawai", "Terlatih", "(%)", "Target: 80,00", "Realisasi: 88,00", "Capaian: 110,00"})
	// two bands: four numeric, then a grade alone
	band1 := thermoBand(
		[]string{"IKU 1", "Indikator Satu", "(%)", "Target    50,00", "Realisasi 40,00", "Capaian 80,00%"},
		[]string{"IKU 2", "Indikator Dua", "(%)", "Target    60,00", "Realisasi 60,00", "Capaian 100,00%"},
		[]string{"IKU 3", "Indikator Tiga", "(%)", "Target    70,00", "Realisasi 77,00", "Capaian 110,00%"},
		[]string{"IKU 4", "Indikator Empat", "(%)", "Target    80,00", "Realisasi 72,00", "Capaian 90,00%"})
	band2 := thermoBand(
		[]string{"IKU 5", "Opini BPK atas", "Laporan Keuangan", "(Opini)", "Target    WTP", "Realisasi WTP", "Capaian 100,00"})
	bad := thermoBand(
		[]string{"IK 1", "Tingkat Partisipasi", "(persen)", "Target    75,00", "Realisasi 78,00", "Capaian 140,00%"},
		[]string{"IK 2", "Persentase Laporan", "(persen)", "Target    100", "Realisasi 95", "Capaian 95,00%"})
	lone := thermoBand([]string{"IK 1", "Tingkat Partisipasi", "(persen)", "Target    75,00", "Realisasi 78,00", "Capaian 104,00%"})
	noGlass := []string{
		"Target    75,00         Target    100", "Realisasi 78,00         Realisasi 95",
		"Capaian 104,00%         Capaian 95,00%", "", " (●) lampu hijau"}
	with := func(parts ...[]string) []string {
		out := append([]string{}, intro...)
		for _, p := range parts {
			out = append(append(out, p...), "")
		}
		return append(out, "Sumber: dasbor kinerja.")
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"three abreast", with(three), map[string][]string{"capaian": {
			"Tingkat Partisipasi Pemilih Perempuan|75|78|104", "Persentase Laporan Keuangan Tepat Waktu|100|95|95",
			"Jumlah Sosialisasi|12|15|125"}}},
		{"colons, no heading", with(colon), map[string][]string{"capaian": {
			"Jumlah Hari Layanan Informasi|5|6|120", "Persentase Pegawai Terlatih|80|88|110"}}},
		{"two bands, a grade alone in the second", with(band1, band2), map[string][]string{"capaian": {
			"Indikator Satu|50|40|80", "Indikator Dua|60|60|100", "Indikator Tiga|70|77|110", "Indikator Empat|80|72|90",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"capaian not realisasi/target", with(bad), nil},
		{"one thermometer alone", with(lone), nil},
		{"no glass between", with(noGlass), nil},
	})
}
