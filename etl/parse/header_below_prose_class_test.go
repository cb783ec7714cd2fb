package parse

import (
	"strings"
	"testing"
)

// TestHeaderBelowThenSentence: a table whose header is printed under its
// rows, followed (after a blank line) by a sentence holding figures — a
// source note with its date, a remark on earlier years' scores — is read
// with that header; only a line shaped like a row written with spaces
// (figures to its end, no full stop) may claim the header instead.
func TestHeaderBelowThenSentence(t *testing.T) {
	head := func(satker string, year int, body ...string) []string {
		return append([]string{"LAPORAN KINERJA KPU KABUPATEN " + strings.ToUpper(satker) + " TAHUN " + itoa(year), "",
			"Sekretaris KPU Kabupaten " + satker, ""}, body...)
	}
	tests := []docCase{{
		name: "budget, realisasi before pagu, a dated source note under the header",
		body: head("Belu", 2023, "Tabel 3.5 Realisasi Anggaran Tahun 2023", "",
			"076.01.WA\tProgram Dukungan Manajemen\t1.940.250.000\t2.010.000.000\t69.750.000\t96,53",
			"3357\tPengelolaan Keuangan dan Barang Milik Negara\t1.940.250.000\t2.010.000.000\t69.750.000\t96,53",
			"\tJUMLAH\t1.940.250.000\t2.010.000.000\t69.750.000\t96,53",
			"Kode\tUraian\tRealisasi\tPagu\tSisa\tSerapan (%)", "",
			"Sumber: aplikasi SAKTI per 31 Desember 2023.", "",
			"Penyerapan anggaran tergolong baik."),
		want: map[string][]string{"anggaran": {"076.01.WA|program||2023|2010000000|1940250000|69750000",
			"3357|kegiatan|076.01.WA|2023|2010000000|1940250000|69750000",
			"TOTAL|total||2023|2010000000|1940250000|69750000"}},
	}, {
		name: "components, then a sentence with two earlier scores",
		body: head("Nagekeo", 2022, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			"1\tPerencanaan Kinerja\t30,00\t21,05",
			"2\tPengukuran Kinerja\t30,00\t18,90",
			"3\tPelaporan Kinerja\t15,00\t10,25",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t15,40",
			"\tNilai Akhir\t100,00\t65,60",
			"No\tKomponen\tBobot\tNilai", "",
			"Angka ini lebih baik dari 61,20 dan 63,75 pada dua evaluasi sebelumnya."),
		want: map[string][]string{"sakip": {"2021|65.6|B"}, "sakip_komponen": {"2021|perencanaan|30|21.05",
			"2021|pengukuran|30|18.9", "2021|pelaporan|15|10.25", "2021|evaluasi_internal|25|15.4"}},
	}, {
		name: "capaian, a count of indicators after it, the sentence ending in words",
		body: head("Flores Timur", 2024, "Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"1\tPersentase arsip inaktif yang tertata\t90,00\t92,50\t102,78",
			"2\tPersentase pegawai yang mengikuti diklat\t80,00\t72,00\t90,00",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)", "",
			"Sebanyak 1 dari 2 indikator melampaui target tahunan"),
		want: map[string][]string{"capaian": {"Persentase arsip inaktif yang tertata|90|92.5|102.78",
			"Persentase pegawai yang mengikuti diklat|80|72|90"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			for _, fam := range []string{"capaian", "anggaran", "sakip", "sakip_komponen"} {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}
