package parse

import "testing"

// TestTwoLineRecords: a table printed with every record over two lines
// (the first cells, then a line of empty cells and the rest), the header
// likewise, is read as one row per record; the figures of the second
// line belong to the record above them, not to a row of their own. A run
// whose second lines do not all fill the header's columns is not proven
// and stays as written (no row of it is joined).
func TestTwoLineRecords(t *testing.T) {
	capaian := []string{
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan",
		"\t\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase pemilih yang menggunakan hak pilihnya\t%",
		"\t\t77,50\t81,20\t104,77",
		"2\tPersentase laporan keuangan yang disusun tepat waktu\t%",
		"\t\t90,00\t85,50\t95,00",
		"3\tJumlah rapat koordinasi dengan pemangku kepentingan\tkali",
		"\t\t12\t12\t100,00",
		"", "Sumber: Subbagian Program.",
	}
	budget := []string{
		"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
		"Kode\tUraian",
		"\t\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
		"076.01.WA\tProgram Dukungan Manajemen",
		"\t\t900.000.000\t880.000.000\t20.000.000\t97,78",
		"4112\tPengelolaan Keuangan dan Barang Milik Negara",
		"\t\t500.000.000\t490.000.000\t10.000.000\t98,00",
		"4113\tPengelolaan Sumber Daya Manusia",
		"\t\t400.000.000\t390.000.000\t10.000.000\t97,50",
		"\tTOTAL",
		"\t\t900.000.000\t880.000.000\t20.000.000\t97,78",
		"",
	}
	dpt := []string{
		"Tabel 3.6 DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS",
		"\t\tL\tP\tL+P",
		"1\tALOK\t7\t40",
		"\t\t6.120\t6.380\t12.500",
		"2\tNITA\t12\t31",
		"\t\t4.410\t4.590\t9.000",
		"3\tMAGEPANDA\t5\t14",
		"\t\t1.700\t1.800\t3.500",
		"\tJUMLAH\t24\t85",
		"\t\t12.230\t12.770\t25.000",
		"",
	}
	// the third record's second line lost a cell: the columns are not proven
	broken := append([]string(nil), dpt...)
	broken[9] = "\t\t1.700\t3.500"
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{
		{"capaian with a unit on the first line", capaian, map[string][]string{"capaian": {
			"Persentase pemilih yang menggunakan hak pilihnya|77.5|81.2|104.77",
			"Persentase laporan keuangan yang disusun tepat waktu|90|85.5|95",
			"Jumlah rapat koordinasi dengan pemangku kepentingan|12|12|100",
		}}},
		{"budget with codes, total row without a code", budget, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|900000000|880000000|20000000",
			"4112|kegiatan|076.01.WA|2024|500000000|490000000|10000000",
			"4113|kegiatan|076.01.WA|2024|400000000|390000000|10000000",
			"TOTAL|total||2024|900000000|880000000|20000000",
		}}},
		{"dpt with counts on the first line", dpt, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|7|40|6120|6380|12500",
			"pemilu|2024|kecamatan|NITA|12|31|4410|4590|9000",
			"pemilu|2024|kecamatan|MAGEPANDA|5|14|1700|1800|3500",
			"pemilu|2024|kabupaten|Kabupaten Sikka|24|85|12230|12770|25000",
		}}},
	})
	in := string(doc(broken...))
	if out := string(twoLineRecords([]byte(in), nil)); out != in {
		t.Errorf("a run with a second line short of a cell was rewritten:\n%s", out)
	}
}
