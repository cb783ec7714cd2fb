package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// wordBreak80 saves lines as Word's "Save as Plain Text" with line breaks
// does: a line longer than 80 characters (a TAB one) is broken at its last
// space or TAB within the limit, that space or TAB dropped, the rest going
// on the next line (and broken again if still too long).
func wordBreak80(lines ...string) []string {
	var out []string
	for _, l := range lines {
		for utf8.RuneCountInString(l) > 80 {
			r := []rune(l)
			k := strings.LastIndexAny(string(r[:81]), " \t")
			if k <= 0 {
				break
			}
			out = append(out, l[:k])
			l = l[k+1:]
		}
		out = append(out, l)
	}
	return out
}

// TestBroken80Class: a table row broken by the 80-character limit is one
// row again, whether the break dropped a TAB between two cells or a space
// inside a name; an indicator name never keeps the figures of its row.
func TestBroken80Class(t *testing.T) {
	capaian := wordBreak80(barred("Tabel 3.1 Capaian Kinerja Tahun 2022", "",
		"No|Indikator Kinerja|Satuan|Target|Realisasi|Capaian (%)",
		"1|Persentase laporan pertanggungjawaban keuangan yang disusun tepat waktu|%|100,00|100,00|100,00",
		"2|Persentase pegawai yang mengikuti pengembangan kompetensi sesuai kebutuhan jabatan|%|60,00|45,00|75,00",
		"3|Tingkat partisipasi masyarakat dalam pemilihan|%|80,00|81,60|102,00",
		"", "Sumber: diolah.")...)
	budget := wordBreak80(barred("Tabel 3.3 Realisasi Anggaran Tahun 2019 (dalam rupiah)", "",
		"Kode|Program / Kegiatan|Pagu|Realisasi|Sisa|Serapan (%)",
		"076.01.WA|Program Dukungan Manajemen dan Tugas Teknis Lainnya|1.450.000.000|1.398.765.400|51.234.600|96,47",
		"3355|Pengelolaan Keuangan, Barang Milik Negara dan Umum|612.500.000|598.100.250|14.399.750|97,65",
		"3358|Pengelolaan Sumber Daya Manusia dan Kelembagaan|837.500.000|800.665.150|36.834.850|95,60",
		"076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|2.210.000.000|2.187.654.300|22.345.700|98,99",
		"6709|Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat|2.210.000.000|2.187.654.300|22.345.700|98,99",
		"|JUMLAH|3.660.000.000|3.586.419.700|73.580.300|97,99", "")...)
	noSisa := wordBreak80(barred("Tabel 3.4 Pagu dan Realisasi Tahun 2021", "",
		"Kode|Uraian Program|Pagu (Rp)|Realisasi (Rp)|Persentase (%)",
		"076.01.WA|Program Dukungan Manajemen pada Sekretariat KPU Kabupaten|1.450.000.000|1.398.765.400|96,47",
		"076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|2.210.000.000|2.187.654.300|98,99",
		"|Total|3.660.000.000|3.586.419.700|97,99", "")...)
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"capaian: a TAB dropped between figures, a space inside a name", capaian, map[string][]string{
			"capaian": {
				"Persentase laporan pertanggungjawaban keuangan yang disusun tepat waktu|100|100|100",
				"Persentase pegawai yang mengikuti pengembangan kompetensi sesuai kebutuhan jabatan|60|45|75",
				"Tingkat partisipasi masyarakat dalam pemilihan|80|81.6|102",
			}}},
		{"budget in rupiah, rows broken between figures and inside names", budget, map[string][]string{"anggaran": {
			"076.01.WA|program||2019|1450000000|1398765400|51234600",
			"3355|kegiatan|076.01.WA|2019|612500000|598100250|14399750",
			"3358|kegiatan|076.01.WA|2019|837500000|800665150|36834850",
			"076.01.CQ|program||2019|2210000000|2187654300|22345700",
			"6709|kegiatan|076.01.CQ|2019|2210000000|2187654300|22345700",
			"TOTAL|total||2019|3660000000|3586419700|73580300",
		}}},
		{"budget without sisa, programs only", noSisa, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|1450000000|1398765400|51234600",
			"076.01.CQ|program||2021|2210000000|2187654300|22345700",
			"TOTAL|total||2021|3660000000|3586419700|73580300",
		}}},
	})
}
