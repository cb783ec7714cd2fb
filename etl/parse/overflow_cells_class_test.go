package parse

import (
	"fmt"
	"testing"
)

// TestOverflowCellsClass: a spreadsheet printed as shown on screen writes
// "#####" for a figure wider than its column. The cell is a value nobody
// can read: its row still lines up with the header and loads its other
// cells, the cell itself is NULL with nilai.tidak_terbaca on its line, and
// a sisa is pagu − realisasi as for a table without a Sisa column.
func TestOverflowCellsClass(t *testing.T) {
	tests := []struct {
		docCase
		unreadable []int // lines (of the whole text) that must carry nilai.tidak_terbaca
	}{
		{docCase{
			name: "every capaian cell overflows",
			body: []string{
				"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
				"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t79,00\t82,16\t#####",
				"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t100,00\t######",
				"3\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t####",
			},
			want: map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|79|82.16|<nil>",
				"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|100|<nil>",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|<nil>",
			}},
		}, []int{8, 9, 10}},
		{docCase{
			name: "one realisasi overflows, the others read",
			body: []string{
				"Tabel 3.1 Capaian Kinerja 2024", "",
				"No\tIndikator\tTarget\tRealisasi\tCapaian",
				"1\tPersentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan\t75,00\t##\t104,00",
				"2\tPersentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan\t2,00\t1,00\t150,00",
			},
			want: map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan|75|<nil>|104",
				"Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan|2|1|150",
			}},
		}, []int{8}},
		{docCase{
			// read by content, the values after an unreadable target
			// would each move one column left
			name: "a target overflows beside a Satuan column",
			body: []string{
				"Tabel 3.1 Pengukuran Kinerja 2023", "",
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
				"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t#####\t88,20\t110,25",
				"2\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t77,50\t80,60\t104,00",
			},
			want: map[string][]string{"capaian": {
				"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|<nil>|88.2|110.25",
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|80.6|104",
			}},
		}, []int{8}},
		{docCase{
			name: "sisa overflows in a budget in juta",
			body: []string{
				"Tabel 3.3 Realisasi Anggaran 2024", "",
				"Kode\tProgram / Kegiatan\tPagu (Rp juta)\tRealisasi (Rp juta)\tSisa (Rp juta)\tSerapan (%)",
				"076.01.WA\tProgram Dukungan Manajemen\t4.120,50\t3.998,25\t#####\t97,03",
				"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.800,00\t1.790,40\t9,60\t99,47",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t12.500,00\t12.250,75\t#####\t98,01",
				"\tJUMLAH\t16.620,50\t16.249,00\t#####\t97,76",
			},
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2024|4120500000|3998250000|122250000",
				"3355|kegiatan|076.01.WA|2024|1800000000|1790400000|9600000",
				"076.01.CQ|program||2024|12500000000|12250750000|249250000",
				"TOTAL|total||2024|16620500000|16249000000|371500000",
			}},
		}, []int{8, 10, 11}},
		{docCase{
			// no realisasi to subtract: the sisa stays NULL
			name: "realisasi and sisa both overflow",
			body: []string{
				"Tabel 3.3 Realisasi Anggaran 2024", "",
				"Kode\tProgram\tPagu\tRealisasi\tSisa",
				"076.01.WA\tProgram Dukungan Manajemen\t3.400.000.000\t#####\t#####",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t7.100.000.000\t6.958.000.000\t142.000.000",
			},
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2024|3400000000|<nil>|<nil>",
				"076.01.CQ|program||2024|7100000000|6958000000|142000000",
			}},
		}, []int{8}},
	}
	var cases []docCase
	for _, tc := range tests {
		cases = append(cases, tc.docCase)
	}
	checkDocs(t, []string{"capaian", "anggaran"}, cases)
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		for _, line := range tc.unreadable {
			found := false
			for _, f := range d.Findings {
				if f.Aturan == "nilai.tidak_terbaca" && f.Span.Start <= line && line <= f.Span.End {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no nilai.tidak_terbaca on line %d; findings %s", tc.name, line, fmt.Sprint(d.Findings))
			}
		}
	}
}
