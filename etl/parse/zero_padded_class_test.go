package parse

import "testing"

// TestZeroPaddedColumns: an application's export writes counts and
// amounts zero-padded to the field's width, its columns named as fields
// (upper case, underscores). A column whose filled cells are all digits of
// one width, one of them led by a zero, is read without the padding; a
// code column keeps its zeros, and a column of mixed widths is no padding.
func TestZeroPaddedColumns(t *testing.T) {
	budget := []string{
		"Tabel 3.5 Realisasi Anggaran Tahun 2024", "(berkas ekspor: ANG_5310_2024)", "",
		"KODE\tURAIAN_PROGRAM_KEGIATAN\tPAGU_DIPA\tREALISASI\tSISA_PAGU",
		"076.01.WA\tProgram Dukungan Manajemen\t0000950000000\t0000931000000\t0000019000000",
		"4112\tPengelolaan Keuangan dan Barang Milik Negara\t0000600000000\t0000588000000\t0000012000000",
		"4113\tPengelolaan Sumber Daya Manusia\t0000350000000\t0000343000000\t0000007000000",
		"\tTOTAL\t0000950000000\t0000931000000\t0000019000000",
		"",
	}
	dpt := []string{
		"Tabel 3.7 DPT Pemilu 2024 per Kecamatan", "",
		"NO\tNAMA_KECAMATAN\tJML_DESA\tJML_TPS\tPEMILIH_L\tPEMILIH_P\tJUMLAH_L_P",
		"01\tALOK\t0007\t00040\t0006120\t0006380\t0012500",
		"02\tNITA\t0012\t00031\t0004410\t0004590\t0009000",
		"03\tMAGEPANDA\t0005\t00014\t0001700\t0001800\t0003500",
		"\tJUMLAH\t0024\t00085\t0012230\t0012770\t0025000",
		"",
	}
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{
		{"budget amounts padded to thirteen digits", budget, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|950000000|931000000|19000000",
			"4112|kegiatan|076.01.WA|2024|600000000|588000000|12000000",
			"4113|kegiatan|076.01.WA|2024|350000000|343000000|7000000",
			"TOTAL|total||2024|950000000|931000000|19000000",
		}}},
		{"dpt counts padded per field", dpt, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|7|40|6120|6380|12500",
			"pemilu|2024|kecamatan|NITA|12|31|4410|4590|9000",
			"pemilu|2024|kecamatan|MAGEPANDA|5|14|1700|1800|3500",
			"pemilu|2024|kabupaten|Kabupaten Sikka|24|85|12230|12770|25000",
		}}},
	})
	for _, tc := range []struct{ name, in, want string }{
		{"a code column keeps its zeros",
			"KODE_WILAYAH\tNAMA\tJUMLAH\n0012\tA\t0050\n0007\tB\t0120\n",
			"KODE_WILAYAH\tNAMA\tJUMLAH\n0012\tA\t50\n0007\tB\t120\n"},
		{"a column of mixed widths is no padding",
			"URAIAN\tNILAI\nA\t0050\nB\t12000\n",
			"URAIAN\tNILAI\nA\t0050\nB\t12000\n"},
	} {
		if got := string(zeroPaddedColumns([]byte(tc.in))); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
