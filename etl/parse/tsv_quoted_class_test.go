package parse

import "testing"

// TestTSVQuotedCells: a spreadsheet range pasted as TSV, a cell holding a
// line break written in double quotes with its break kept, so a row (the
// header too) runs over two or three lines. The record is one row; a
// record whose joined cells do not match the table's width stays as
// written and yields nothing.
func TestTSVQuotedCells(t *testing.T) {
	capaian := map[string][]string{"capaian": {
		"Persentase partisipasi pemilih pada pemilihan umum|77.5|79.1|102.06",
		"Persentase laporan keuangan yang disampaikan tepat waktu|100|100|100",
		"Indeks kepuasan layanan informasi publik|3.5|3.62|103.43"}}
	anggaran := map[string][]string{"anggaran": {
		"076.01.WA|program||2024|1650200000|1601715400|48484600",
		"3355|kegiatan|076.01.WA|2024|402500000|390117250|12382750",
		"3360|kegiatan|076.01.WA|2024|1247700000|1211598150|36101850",
		"TOTAL|total||2024|1650200000|1601715400|48484600"}}
	dpt := map[string][]string{"dpt": {
		"pemilu|2024|kecamatan|ALOK BARAT|7|58|9120|9480|18600",
		"pemilu|2024|kecamatan|NITA|12|41|7015|7433|14448",
		"pemilu|2024|kabupaten|Kabupaten Sikka|19|99|16135|16913|33048"}}
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{
		{"capaian: header and names broken inside quotes", []string{
			"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\t\"Capaian", "(%)\"",
			"1\t\"Persentase partisipasi pemilih", "pada pemilihan umum\"\t77,50\t79,10\t102,06",
			"2\t\"Persentase laporan keuangan", "yang disampaikan", "tepat waktu\"\t100,00\t100,00\t100,00",
			"3\tIndeks kepuasan layanan informasi publik\t3,50\t3,62\t103,43",
			"Capaian di atas dibahas per indikator pada bagian berikut."}, capaian},
		{"capaian: every row broken, the header whole", []string{
			"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t\"Persentase partisipasi", "pemilih pada pemilihan umum\"\t77,50\t79,10\t102,06",
			"2\t\"Persentase laporan keuangan yang", "disampaikan tepat waktu\"\t100,00\t100,00\t100,00",
			"3\t\"Indeks kepuasan layanan", "informasi publik\"\t3,50\t3,62\t103,43", ""}, capaian},
		{"anggaran: kegiatan names and a doubled quote", []string{
			"Tabel 3.4 Realisasi Anggaran Tahun Anggaran 2024 (dalam rupiah)", "",
			"Kode\t\"Program /", "Kegiatan\"\tPagu\tRealisasi\tSisa\t\"Serapan", "(%)\"",
			"076.01.WA\t\"Program Dukungan", "Manajemen\"\t1.650.200.000\t1.601.715.400\t48.484.600\t97,06",
			"3355\t\"Pengelolaan Keuangan dan Barang", "Milik Negara\"\t402.500.000\t390.117.250\t12.382.750\t96,92",
			"3360\t\"Operasional Perkantoran dan \"\"Dukungan\"\"", "Sarana Prasarana\"\t1.247.700.000\t1.211.598.150\t36.101.850\t97,11",
			"\tJUMLAH\t1.650.200.000\t1.601.715.400\t48.484.600\t97,06", ""}, anggaran},
		{"dpt: a kecamatan and the header in quotes", []string{
			"Tabel 2.2 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\t\"Jumlah", "Desa\"\t\"Jumlah", "TPS\"\tL\tP\t\"Jumlah", "L+P\"",
			"1\t\"Alok", "Barat\"\t7\t58\t9.120\t9.480\t18.600",
			"2\tNita\t12\t41\t7.015\t7.433\t14.448",
			"\tJUMLAH\t19\t99\t16.135\t16.913\t33.048", ""}, dpt},
	})
}

// TestTSVQuotedCellsUnproven: a record that is not proven whole stays as
// written: its joined cells short of the table's width (a cell lost in the
// paste), its quote still open at a blank line or after too many lines,
// text after a closing quote (a quotation, no quoted cell), or ditto marks
// (") alone in their cells.
func TestTSVQuotedCellsUnproven(t *testing.T) {
	head := "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\n1\tPersentase partisipasi pemilih\t%\t77,50\t79,10\t102,06\n"
	for _, body := range []string{
		"2\t\"Persentase laporan keuangan\ntepat waktu\"\t100,00\t100,00\t100,00\n",
		"2\t\"Persentase laporan keuangan\n\ntepat waktu\"\t%\t100,00\t100,00\t100,00\n",
		"2\t\"Persentase\nlaporan\nkeuangan\nyang\ndisampaikan\ntepat\nwaktu\"\t%\t100,00\t100,00\t100,00\n",
		"2\t\"Laporan\ntepat\" waktu\t%\t100,00\t100,00\t100,00\n",
		"2\tPersentase laporan keuangan\t\"\t\"\t100,00\t100,00\n\"\tIndeks kepuasan layanan\t\"\t3,50\t3,62\t103,43\n",
		"\nPemilihan\tNo\tKecamatan\tL\tP\t\"L+P\"\nPilkada 2024\t1\tKOTA BARU\t4.120\t4.233\t8.353\n\"\t2\tLEWOLEMA\t3.015\t3.101\t6.116\n\"\t3\tTANJUNG\t2.870\t2.904\t5.774\n",
	} {
		if got := string(tsvQuotedCells([]byte(head + body))); got != head+body {
			t.Errorf("rewrote a record not proven whole:\n%q\n→ %q", head+body, got)
		}
	}
}
