package parse

import "testing"

// TestBudgetDotCodeClass: kegiatan codes written on from their program's
// code, led by a dot as an RKA-K/L print sets them (".3355" under
// "076.01.WA"), are the kegiatan's codes under that program; a decimal or
// a short dotted figure in the code column is no code (anggaran_roles.go
// budgetCode).
func TestBudgetDotCodeClass(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []string
		want []string
	}{
		{"dot-led kegiatan codes under their programs",
			[]string{"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)",
				"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
				".3355\tPengelolaan Keuangan dan Barang Milik Negara\t800.000.000\t760.000.000\t40.000.000\t95,00",
				".3360\tOperasional Perkantoran\t1.200.000.000\t1.140.000.000\t60.000.000\t95,00",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu\t500.000.000\t480.000.000\t20.000.000\t96,00",
				".6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t500.000.000\t480.000.000\t20.000.000\t96,00",
				"\tJUMLAH\t2.500.000.000\t2.380.000.000\t120.000.000\t95,20"},
			[]string{"076.01.CQ||500000000|480000000|20000000", "076.01.WA||2000000000|1900000000|100000000",
				"3355|076.01.WA|800000000|760000000|40000000", "3360|076.01.WA|1200000000|1140000000|60000000",
				"6639|076.01.CQ|500000000|480000000|20000000", "TOTAL||2500000000|2380000000|120000000"}},
		{"a short dotted figure is no code",
			[]string{"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)",
				"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
				".335\tPengelolaan Keuangan\t800.000.000\t760.000.000\t40.000.000\t95,00",
				"\tJUMLAH\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00"},
			[]string{"076.01.WA||2000000000|1900000000|100000000", "TOTAL||2000000000|1900000000|100000000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2023", ""}, tc.rows...)...)
			wantRows(t, "anggaran", slashRows(d), tc.want)
		})
	}
}
