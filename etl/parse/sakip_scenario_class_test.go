package parse

import "testing"

// scnDoc sets a scenario table under a component caption.
func scnDoc(caption string, block ...string) []string {
	out := []string{caption, "", "[Lampiran: ringkasan skenario lembar kerja evaluasi, disalin]", ""}
	out = append(out, block...)
	return append(out, "", "Sumber: Inspektorat Utama KPU.", "")
}

// TestScenarioSakipClass: the SAKIP components as a scenario table, a
// component's Bobot_/Nilai_ defined names a row each, a column per
// scenario; only the evaluator's scenario read, proven by the sums.
func TestScenarioSakipClass(t *testing.T) {
	const cap23 = "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen"
	excel := scnDoc(cap23,
		"\tScenario Summary\t\t\t",
		"\t\tCurrent Values:\tPenilaian_Mandiri\tHasil_Evaluasi",
		"Changing Cells:\t\t\t\t",
		"\tBobot_Perencanaan_Kinerja\t30,00\t30,00\t30,00",
		"\tNilai_Perencanaan_Kinerja\t20,10\t24,00\t20,10",
		"\tBobot_Pengukuran_Kinerja\t30,00\t30,00\t30,00",
		"\tNilai_Pengukuran_Kinerja\t19,20\t25,00\t19,20",
		"\tBobot_Pelaporan_Kinerja\t15,00\t15,00\t15,00",
		"\tNilai_Pelaporan_Kinerja\t10,05\t12,00\t10,05",
		"\tBobot_Evaluasi_Internal\t25,00\t25,00\t25,00",
		"\tNilai_Evaluasi_Internal\t16,75\t20,00\t16,75",
		"Result Cells:\t\t\t\t",
		"\tBobot_Total\t100,00\t100,00\t100,00",
		"\tNilai_Akhir\t66,10\t81,00\t66,10",
		"Notes:  Current Values column represents values of changing cells at",
		"time Scenario Summary Report was created.")
	// a version table: Versi_1 and Final, the scores first, no Bobot_Total,
	// the current values differing from the evaluator's
	final := scnDoc(cap23,
		"Nama\tVersi_1\tFinal",
		"Nilai_Pengukuran_Kinerja\t22.00\t21.40",
		"Nilai_Perencanaan_Kinerja\t23.00\t22.10",
		"Nilai_Pelaporan_Kinerja\t11.00\t10.50",
		"Nilai_Evaluasi_Akuntabilitas_Kinerja_Internal\t19.00\t18.00",
		"Bobot_Pengukuran_Kinerja\t30\t30",
		"Bobot_Perencanaan_Kinerja\t30\t30",
		"Bobot_Pelaporan_Kinerja\t15\t15",
		"Bobot_Evaluasi_Akuntabilitas_Kinerja_Internal\t25\t25",
		"Nilai_Akhir\t75.00\t72.00")
	// the evaluator's final score not the sum of its components: nothing
	bad := scnDoc(cap23,
		"\t\tPenilaian_Mandiri\tHasil_Evaluasi",
		"\tBobot_Perencanaan_Kinerja\t30,00\t30,00",
		"\tNilai_Perencanaan_Kinerja\t24,00\t20,10",
		"\tBobot_Pengukuran_Kinerja\t30,00\t30,00",
		"\tNilai_Pengukuran_Kinerja\t25,00\t19,20",
		"\tBobot_Pelaporan_Kinerja\t15,00\t15,00",
		"\tNilai_Pelaporan_Kinerja\t12,00\t10,05",
		"\tBobot_Evaluasi_Internal\t25,00\t25,00",
		"\tNilai_Evaluasi_Internal\t20,00\t16,75",
		"\tNilai_Akhir\t81,00\t67,10")
	// only the office's own scenarios: nothing
	self := scnDoc(cap23,
		"\t\tCurrent Values:\tPenilaian_Mandiri\tOptimis",
		"\tBobot_Perencanaan_Kinerja\t30,00\t30,00\t30,00",
		"\tNilai_Perencanaan_Kinerja\t20,10\t24,00\t26,00",
		"\tBobot_Pengukuran_Kinerja\t30,00\t30,00\t30,00",
		"\tNilai_Pengukuran_Kinerja\t19,20\t25,00\t26,00",
		"\tBobot_Pelaporan_Kinerja\t15,00\t15,00\t15,00",
		"\tNilai_Pelaporan_Kinerja\t10,05\t12,00\t13,00",
		"\tBobot_Evaluasi_Internal\t25,00\t25,00\t25,00",
		"\tNilai_Evaluasi_Internal\t16,75\t20,00\t21,00",
		"\tNilai_Akhir\t66,10\t81,00\t86,00")
	// look-alike: a loan's scenario summary, a Final scenario
	loan := scnDoc("Tabel 5 Simulasi Pinjaman Koperasi Pegawai",
		"\tScenario Summary\t\t",
		"\t\tCurrent Values:\tAwal\tFinal",
		"Changing Cells:\t\t\t",
		"\tBunga_Tahunan\t9,50\t9,50\t8,75",
		"\tTenor_Bulan\t36\t36\t48",
		"Result Cells:\t\t\t",
		"\tAngsuran_Bulanan\t3,20\t3,20\t2,48",
		"\tNilai_Akhir\t115,20\t115,20\t119,04")
	checkDocs(t, []string{"sakip_komponen"}, []docCase{{
		name: "Excel Scenario Summary, Hasil_Evaluasi",
		body: excel,
		want: map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|20.1", "2023|pengukuran|30|19.2", "2023|pelaporan|15|10.05", "2023|evaluasi_internal|25|16.75"}},
	}, {
		name: "version table, Final column, scores first",
		body: final,
		want: map[string][]string{"sakip_komponen": {
			"2023|pengukuran|30|21.4", "2023|perencanaan|30|22.1", "2023|pelaporan|15|10.5", "2023|evaluasi_internal|25|18"}},
	}, {
		name: "Nilai_Akhir not the sum", body: bad, want: map[string][]string{},
	}, {
		name: "no evaluator scenario", body: self, want: map[string][]string{},
	}, {
		name: "a loan's scenario summary", body: loan, want: map[string][]string{},
	}})
}
