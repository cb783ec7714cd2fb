package parse

import "testing"

// TestCellLeaders: a report typed in Word fills each row's name cell with
// a leader up to the first figure's tab stop, in every table alike (dots,
// spaced dots, "…" runs, underscores, dashes; the total row's leader
// before or after its word). The leader is no part of the name: the DPT
// keys, the budget rows, the SAKIP components and the capaian indicators
// read as in the same tables typed without leaders (made-up tables of KPU
// Sikka 2024).
func TestCellLeaders(t *testing.T) {
	dpt := func(lead string, total string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\tNITA " + lead + "\t12\t60\t10.215\t10.640\t20.855",
			"2\tWAI BLAMA " + lead + lead + "\t8\t41\t7.302\t7.511\t14.813",
			"3\tTALIBURA " + lead + "\t12\t55\t9.870\t10.004\t19.874",
			"\t" + total + "\t32\t156\t27.387\t28.155\t55.542", ""}
	}
	dptWant := []string{"pemilu|2024|kecamatan|NITA|12|60|10215|10640|20855",
		"pemilu|2024|kecamatan|WAI BLAMA|8|41|7302|7511|14813",
		"pemilu|2024|kecamatan|TALIBURA|12|55|9870|10004|19874",
		"pemilu|2024|kabupaten|Kabupaten Sikka|32|156|27387|28155|55542"}
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{{
		name: "DPT, dot leaders, the total's after its word",
		body: dpt("..........", "JUMLAH ..................."),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "DPT, spaced dots, the total's before its word",
		body: dpt(". . . . . . .", ". . . . . . . Jumlah"),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "DPT, underscores glued to the names",
		body: dpt("________", "TOTAL ____________"),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "DPT, dashes",
		body: dpt("--------", "Jumlah ---------"),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "DPT, ellipsis characters, two at least",
		body: dpt("……", "Jumlah ……"),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "DPT, the leader parting the name from the first figure inside a cell",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\tNITA .................... 12\t60\t10.215\t10.640\t20.855",
			"2\tWAI BLAMA ............... 8\t41\t7.302\t7.511\t14.813",
			"3\tTALIBURA . . . . . . . . . 12\t55\t9.870\t10.004\t19.874",
			"\tJUMLAH .................. 32\t156\t27.387\t28.155\t55.542", ""},
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "budget rows, underscores",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"076.01.WA\tProgram Dukungan Manajemen _______________\t1.250.000.000\t1.180.400.000\t69.600.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu ___________\t3.400.000.000\t3.310.250.000\t89.750.000",
			"\tJUMLAH ______________________________\t4.650.000.000\t4.490.650.000\t159.350.000", ""},
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1250000000|1180400000|69600000",
			"076.01.CQ|program||2024|3400000000|3310250000|89750000",
			"TOTAL|total||2024|4650000000|4490650000|159350000"}},
	}, {
		name: "SAKIP components, ellipsis runs",
		body: []string{"Hasil evaluasi AKIP Tahun 2023 memberikan nilai 66,10 dengan predikat B.", "",
			"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja ………………\t30,00\t20,10",
			"2\tPengukuran Kinerja ………………\t30,00\t19,20",
			"3\tPelaporan Kinerja ……………………\t15,00\t10,05",
			"4\tEvaluasi Akuntabilitas Kinerja Internal ……\t25,00\t16,75",
			"\tNilai Akhir …………………………\t100,00\t66,10", ""},
		want: map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|20.1", "2023|pengukuran|30|19.2", "2023|pelaporan|15|10.05", "2023|evaluasi_internal|25|16.75"}},
	}, {
		name: "capaian, dot leaders before the unit",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase ketepatan waktu penyampaian laporan logistik .................\t%\t90,00\t94,50\t105,00",
			"2\tJumlah dokumen rencana kerja yang disusun oleh sekretariat ..........\tDokumen\t4\t4\t100,00", ""},
		want: map[string][]string{"capaian": {
			"Persentase ketepatan waktu penyampaian laporan logistik|90|94.5|105",
			"Jumlah dokumen rencana kerja yang disusun oleh sekretariat|4|4|100"}},
	}})
}
