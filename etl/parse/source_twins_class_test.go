package parse

import "testing"

// TestSourceTwinsBudget: a reconciliation sheet prints a budget figure
// once per source ("Realisasi (SPAN)" | "Realisasi (Aplikasi SAKTI)"),
// often with a "Selisih" column. A row whose sources agree (difference nil
// or not printed) loads the figure; a row whose sources differ, or whose
// difference is not nil, loads it NULL with a finding. Made-up figures.
func TestSourceTwinsBudget(t *testing.T) {
	const capt = "Tabel 3.5 Realisasi Anggaran Tahun 2021"
	tests := []struct {
		docCase
		finding bool // an anggaran.sumber_berbeda is expected
	}{
		{docCase{"realisasi twice, selisih nil", []string{capt, "",
			"Kode\tUraian\tPagu\tRealisasi (SPAN)\tRealisasi (Aplikasi SAKTI)\tSelisih\tSisa\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t2.280.000.000\t0\t120.000.000\t95,00",
			"3358\tPengelolaan Sumber Daya Manusia\t600.000.000\t594.000.000\t594.000.000\t-\t6.000.000\t99,00",
			"\tJUMLAH\t2.400.000.000\t2.280.000.000\t2.280.000.000\t0\t120.000.000\t95,00"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2021|2400000000|2280000000|120000000",
				"3358|kegiatan|076.01.WA|2021|600000000|594000000|6000000",
				"TOTAL|total||2021|2400000000|2280000000|120000000"}}}, false},
		{docCase{"sources differ on one row", []string{capt, "",
			"No\tProgram\tPagu (Rp)\tRealisasi (OM SPAN)\tRealisasi (SAKTI)\tSelisih\tSerapan",
			"1\tProgram Dukungan Manajemen\t1.800.000.000\t1.710.000.000\t1.710.000.000\t0\t95,00",
			"2\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t900.000.000\t855.000.000\t850.500.000\t4.500.000\t95,00",
			"\tTotal\t2.700.000.000\t2.565.000.000\t2.560.500.000\t4.500.000\t95,00"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2021|1800000000|1710000000|90000000",
				"076.01.CQ|program||2021|900000000|<nil>|<nil>",
				"TOTAL|total||2021|2700000000|<nil>|<nil>"}}}, true},
		{docCase{"pagu twice, no difference column", []string{capt, "",
			"Kode\tProgram/Kegiatan\tPagu (DIPA)\tPagu (RKA-K/L)\tRealisasi\tSisa",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t3.150.000.000\t3.150.000.000\t3.024.000.000\t126.000.000",
			"6867\tPembentukan Badan Adhoc\t2.100.000.000\t2.000.000.000\t2.016.000.000\t84.000.000",
			"\tJumlah\t3.150.000.000\t3.150.000.000\t3.024.000.000\t126.000.000"},
			map[string][]string{"anggaran": {
				"076.01.CQ|program||2021|3150000000|3024000000|126000000",
				"6867|kegiatan|076.01.CQ|2021|<nil>|2016000000|84000000",
				"TOTAL|total||2021|3150000000|3024000000|126000000"}}}, true},
		{docCase{"twins equal, difference printed not nil", []string{capt, "",
			"Kode\tUraian\tAnggaran\tRealisasi (Laporan Keuangan)\tRealisasi (Monev)\tSelisih (Rp)\tSisa",
			"076.01.WA\tProgram Dukungan Manajemen\t1.000.000.000\t950.000.000\t950.000.000\t2.000.000\t50.000.000",
			"\tJumlah\t1.000.000.000\t950.000.000\t950.000.000\t0\t50.000.000"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2021|1000000000|<nil>|50000000",
				"TOTAL|total||2021|1000000000|950000000|50000000"}}}, true},
	}
	for _, tc := range tests {
		checkDocs(t, []string{"anggaran"}, []docCase{tc.docCase})
		d := parseDoc(t, tc.name, tc.body...)
		if got := hasRule(d, "anggaran.sumber_berbeda"); got != tc.finding {
			t.Errorf("%s: anggaran.sumber_berbeda %v, want %v", tc.name, got, tc.finding)
		}
	}
}

// TestSourceTwinsCapaian: an indicator's realisasi printed once per source
// loads when the sources agree and NULL when they differ; the capaian the
// table states stays its own. Made-up figures.
func TestSourceTwinsCapaian(t *testing.T) {
	const capt = "Tabel 3.1 Pengukuran Kinerja Tahun 2022"
	checkDocs(t, []string{"capaian"}, []docCase{
		{"two sources, one row differs", []string{capt, "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi (e-Monev)\tRealisasi (Dokumen Sumber)\tSelisih\tCapaian (%)",
			"1\tPersentase partisipasi pemilih dalam Pemilu/Pemilihan\t%\t77,50\t81,20\t81,20\t0\t104,77",
			"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t96,00\t98,00\t2,00\t96,00",
		}, map[string][]string{"capaian": {
			"Persentase partisipasi pemilih dalam Pemilu/Pemilihan|77.5|81.2|104.77",
			"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|<nil>|96"}}},
		{"sources agree, no difference column", []string{capt, "",
			"No\tSasaran / Indikator\tTarget\tRealisasi (SIPP)\tRealisasi (Laporan)\tCapaian",
			"1\tPersentase kesesuaian kompetensi pegawai terhadap standar kompetensi penugasannya\t85,00\t88,40\t88,40\t104,00",
			"2\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\tWTP\t100,00",
		}, map[string][]string{"capaian": {
			"Persentase kesesuaian kompetensi pegawai terhadap standar kompetensi penugasannya|85|88.4|104",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
	})
}
