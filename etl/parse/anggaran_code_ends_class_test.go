package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetCodeBothEndsClass: a budget whose code is printed again in the
// last column (a wide sheet's right half still shows it) reads each row
// under its code once (made-up figures, other titles); the look-alike, a
// program code column beside a kegiatan code column, still joins the two.
func TestBudgetCodeBothEndsClass(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []string
		want []string
	}{
		{"code at both ends",
			[]string{"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%\tKode",
				"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00\t076.01.WA",
				"3355\tPengelolaan Keuangan dan Barang Milik Negara\t800.000.000\t760.000.000\t40.000.000\t95,00\t3355",
				"3358\tPengelolaan Sumber Daya Manusia\t1.200.000.000\t1.140.000.000\t60.000.000\t95,00\t3358",
				"\tJUMLAH\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00\t"},
			[]string{"076.01.WA|2023|2000000000|1900000000|100000000", "3355|2023|800000000|760000000|40000000",
				"3358|2023|1200000000|1140000000|60000000", "TOTAL|2023|2000000000|1900000000|100000000"}},
		{"realisasi before pagu, serapan before the second code",
			[]string{"Kode\tUraian\tRealisasi\tPagu\tSisa\tSerapan (%)\tKode",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu\t855.000.000\t900.000.000\t45.000.000\t95,00\t076.01.CQ",
				"6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t855.000.000\t900.000.000\t45.000.000\t95,00\t6639",
				"\tTotal\t855.000.000\t900.000.000\t45.000.000\t95,00\t"},
			[]string{"076.01.CQ|2023|900000000|855000000|45000000", "6639|2023|900000000|855000000|45000000",
				"TOTAL|2023|900000000|855000000|45000000"}},
		// look-alike: a program code beside a kegiatan code is a path
		{"program and kegiatan codes",
			[]string{"Program\tKegiatan\tUraian\tPagu\tRealisasi\tSisa",
				"WA\t\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000",
				"WA\t3355\tPengelolaan Keuangan dan Barang Milik Negara\t2.000.000.000\t1.900.000.000\t100.000.000",
				"\t\tJumlah\t2.000.000.000\t1.900.000.000\t100.000.000"},
			[]string{"076.01.WA|2023|2000000000|1900000000|100000000", "3355|2023|2000000000|1900000000|100000000",
				"TOTAL|2023|2000000000|1900000000|100000000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2023", ""}, tc.rows...)...)
			got := budgetRows(d, func(a facts.Anggaran) bool { return a.Tahun == 2023 })
			wantRows(t, "anggaran", got, tc.want)
		})
	}
}
