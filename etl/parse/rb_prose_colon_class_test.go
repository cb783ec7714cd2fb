package parse

import "testing"

// TestRBProseColonRatio: an RB result written as a label and its figures,
// "<RB words> [year]: N dari [bobot] B (P%)", the weight's word left out or
// kept, under a component table whose caption stands below it; the three
// figures prove each other, a ratio that does not is no result (made-up
// figures).
func TestRBProseColonRatio(t *testing.T) {
	table := []string{"No\tKomponen\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30,00\t19,40",
		"2\tPengukuran Kinerja\t30,00\t20,10",
		"3\tPelaporan Kinerja\t15,00\t10,20",
		"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,30",
		"\tNilai Akhir\t100,00\t66,00", "",
		"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ""}
	checkDocs(t, []string{"rb"}, []docCase{{
		name: "label, colon, no weight word",
		body: []string{"Nilai RB 2023: 20,15 dari 36,30 (55,51%)."},
		want: map[string][]string{"rb": {"2023|20.15"}},
	}, {
		name: "Indeks Reformasi Birokrasi tahun Y, colon, dari maksimal",
		body: []string{"Indeks Reformasi Birokrasi tahun 2023: 24,02 dari maksimal 36,30 (66,17 persen)."},
		want: map[string][]string{"rb": {"2023|24.02"}},
	}, {
		name: "under a table captioned below it",
		body: append(append([]string{}, table...), "Hasil penilaian Reformasi Birokrasi 2023: 22,81 dari bobot 36,30 (62,84%)."),
		want: map[string][]string{"rb": {"2023|22.81"}},
	}, {
		name: "under a table captioned below it, no weight word",
		body: append(append([]string{}, table...), "Skor RB tahun 2023: 22,81 dari 36,30 (62,84%)."),
		want: map[string][]string{"rb": {"2023|22.81"}},
	}, {
		name: "between a caption under its table and the next table's caption",
		body: append(append([]string{}, table...), "Skor RB 2023: 22,81 dari bobot 36,30 (62,84%).", "", "C. Realisasi Anggaran", "",
			"Pagu dan realisasi anggaran menurut program:", "",
			"Kode\tProgram\tPagu (Rp)\tRealisasi (Rp)", "076.01.WA\tProgram Dukungan Manajemen\t1.200.000.000\t1.150.000.000",
			"\tJumlah\t1.200.000.000\t1.150.000.000"),
		want: map[string][]string{"rb": {"2023|22.81"}},
	}, {
		name: "a ratio the percentage does not prove is no result",
		body: []string{"Nilai RB 2023: 20,15 dari 36,30 (57,51%)."},
	}, {
		name: "a count out of a count is no result",
		body: []string{"Rencana aksi RB 2023: 12 dari 15 kegiatan (80%) terlaksana."},
	}})
}
