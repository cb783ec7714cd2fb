package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetRincianJumlah: one money role written in two columns, the
// kegiatan's amount under "Rincian" and the program's or total's under
// "Jumlah" (a merged header over two lines, one line, either order, the
// parent above or under its children). Each row reads the column it
// fills once the children's sums prove their parents; a sum that fails,
// or a row filling both, leaves that role NULL with a finding.
func TestBudgetRincianJumlah(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []string // kode|tahun|pagu|realisasi|sisa, sorted
		rule string   // a finding the table must raise
	}{{
		name: "merged group over rincian and jumlah, program above its kegiatan",
		body: []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024", "",
			"Kode\tUraian\tPagu\t\tRealisasi\t\tSisa\tSerapan",
			"\t\tRincian\tJumlah\tRincian\tJumlah\t\t(%)",
			"076.01.WA\tProgram Dukungan Manajemen\t\t1.500.000.000\t\t1.450.000.000\t50.000.000\t96,67",
			"3355\tPengelolaan Keuangan\t600.000.000\t\t590.000.000\t\t10.000.000\t98,33",
			"3360\tOperasional Perkantoran\t900.000.000\t\t860.000.000\t\t40.000.000\t95,56",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t\t400.000.000\t\t380.000.000\t20.000.000\t95,00",
			"6640\tPemutakhiran Data Pemilih\t400.000.000\t\t380.000.000\t\t20.000.000\t95,00",
			"\tJUMLAH\t\t1.900.000.000\t\t1.830.000.000\t70.000.000\t96,32"},
		want: []string{"076.01.CQ|2024|400000000|380000000|20000000", "076.01.WA|2024|1500000000|1450000000|50000000",
			"3355|2024|600000000|590000000|10000000", "3360|2024|900000000|860000000|40000000",
			"6640|2024|400000000|380000000|20000000", "TOTAL|2024|1900000000|1830000000|70000000"},
	}, {
		name: "one header line, sub jumlah under its kegiatan",
		body: []string{"Tabel 3.7 Realisasi Belanja TA 2022", "",
			"Kode\tProgram/Kegiatan\tPagu Rincian (Rp)\tPagu Jumlah (Rp)\tRealisasi Rincian (Rp)\tRealisasi Jumlah (Rp)\tSisa (Rp)",
			"3356\tPengelolaan Keuangan\t712.400.000\t\t700.100.500\t\t12.299.500",
			"3361\tOperasional Perkantoran\t1.050.000.000\t\t1.021.750.000\t\t28.250.000",
			"076.01.WA\tSub Jumlah Program Dukungan Manajemen\t\t1.762.400.000\t\t1.721.850.500\t40.549.500",
			"6641\tSosialisasi Pendidikan Pemilih\t305.000.000\t\t298.900.000\t\t6.100.000",
			"076.01.CQ\tSub Jumlah Program Penyelenggaraan Pemilu\t\t305.000.000\t\t298.900.000\t6.100.000",
			"\tJumlah Seluruhnya\t\t2.067.400.000\t\t2.020.750.500\t46.649.500"},
		want: []string{"076.01.CQ|2022|305000000|298900000|6100000", "076.01.WA|2022|1762400000|1721850500|40549500",
			"3356|2022|712400000|700100500|12299500", "3361|2022|1050000000|1021750000|28250000",
			"6641|2022|305000000|298900000|6100000", "TOTAL|2022|2067400000|2020750500|46649500"},
	}, {
		name: "jumlah before perincian, kegiatan and the total only",
		body: []string{"Tabel 2 Pagu dan Realisasi Tahun 2020", "",
			"Kode\tKegiatan\tAnggaran\t\tRealisasi\t\tSerapan",
			"\t\tJumlah\tPerincian\tJumlah\tPerincian\t%",
			"3357\tPengelolaan Keuangan dan BMN\t\t640.000.000\t\t631.000.000\t98,59",
			"3358\tPengelolaan SDM\t\t210.500.000\t\t205.250.000\t97,51",
			"\tTotal\t850.500.000\t\t836.250.000\t\t98,32"},
		want: []string{"3357|2020|640000000|631000000|9000000", "3358|2020|210500000|205250000|5250000",
			"TOTAL|2020|850500000|836250000|14250000"},
	}, {
		name: "a kegiatan that does not add up leaves the pagu unproven",
		body: []string{"Tabel 3.4 Realisasi Anggaran Tahun 2023", "",
			"Kode\tUraian\tPagu\t\tRealisasi\t\tSisa",
			"\t\tDetail\tJumlah\tDetail\tJumlah\t",
			"076.01.WA\tProgram Dukungan Manajemen\t\t980.000.000\t\t955.500.000\t24.500.000",
			"3355\tPengelolaan Keuangan\t480.000.000\t\t470.000.000\t\t10.000.000",
			"3358\tPengelolaan SDM\t510.000.000\t\t485.500.000\t\t14.500.000",
			"\tJumlah\t\t980.000.000\t\t955.500.000\t24.500.000"},
		want: []string{"076.01.WA|2023|<nil>|955500000|24500000", "3355|2023|<nil>|470000000|10000000",
			"3358|2023|<nil>|485500000|14500000", "TOTAL|2023|<nil>|955500000|24500000"},
		rule: "anggaran.rincian_ragu",
	}, {
		name: "a row filling both columns proves nothing",
		body: []string{"Tabel 3.4 Realisasi Anggaran Tahun 2019", "",
			"Kode\tUraian\tPagu\t\tRealisasi\t\tSisa",
			"\t\tRincian\tJumlah\tRincian\tJumlah\t",
			"3355\tPengelolaan Keuangan\t300.000.000\t\t290.000.000\t\t10.000.000",
			"3360\tOperasional Perkantoran\t450.000.000\t750.000.000\t440.000.000\t730.000.000\t10.000.000",
			"\tJumlah\t\t750.000.000\t\t730.000.000\t20.000.000"},
		want: []string{"3355|2019|<nil>|<nil>|10000000", "3360|2019|<nil>|<nil>|10000000", "TOTAL|2019|<nil>|<nil>|20000000"},
		rule: "anggaran.rincian_ragu",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "anggaran", budgetRows(d, func(facts.Anggaran) bool { return true }), tc.want)
			if tc.rule != "" && !hasRule(d, tc.rule) {
				t.Errorf("want finding %s", tc.rule)
			}
		})
	}
}
