package parse

import "testing"

// TestBobotTableClass: SAKIP component scores in one table, the
// components' weights in a table of their own beside it (before or after,
// one caption or two, any row order); and the look-alikes whose weights
// must not be read into the scores.
func TestBobotTableClass(t *testing.T) {
	cat := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	scores := []string{"No\tKomponen Penilaian\tSkor", "1\tPerencanaan Kinerja\t26,40", "2\tPengukuran Kinerja\t21,75",
		"3\tPelaporan Kinerja\t12,05", "4\tEvaluasi Internal\t18,60", "\tNilai Hasil Evaluasi\t78,80", ""}
	weights := func(w1, w2, w3, w4, total string) []string {
		rows := []string{"No\tKomponen\tBobot (%)", "1\tPelaporan Kinerja\t" + w3, "2\tPerencanaan Kinerja\t" + w1,
			"3\tEvaluasi Internal\t" + w4, "4\tPengukuran Kinerja\t" + w2}
		if total != "" {
			rows = append(rows, "\tTotal Bobot\t"+total)
		}
		return append(rows, "")
	}
	std := weights("30", "30", "15", "25", "100")
	rows := func(w1, w2, w3, w4 string) []string {
		return []string{"2023|perencanaan|" + w1 + "|26.4", "2023|pengukuran|" + w2 + "|21.75",
			"2023|pelaporan|" + w3 + "|12.05", "2023|evaluasi_internal|" + w4 + "|18.6"}
	}
	null := rows("<nil>", "<nil>", "<nil>", "<nil>")
	got := rows("30", "30", "15", "25")
	capA := []string{"Tabel 4.3a Bobot Komponen Evaluasi SAKIP Tahun 2023", ""}
	capB := []string{"Tabel 4.3b Skor Komponen Evaluasi SAKIP Tahun 2023", ""}
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool // a sakip.bobot_tabel finding is raised
	}{
		{"weights after the scores, two captions", cat(capB, scores, capA, std), got, false},
		{"weights first, one caption, lettered parts", cat([]string{"Tabel 12 Hasil Evaluasi SAKIP Tahun 2023", "",
			"1) Bobot tiap komponen", ""}, weights("30,00", "30,00", "15,00", "25,00", "100,00"),
			[]string{"2) Skor komponen evaluasi AKIP 2023", ""}, scores), got, false},
		{"weights with no total row, a page between", cat(capA, weights("30", "30", "15", "25", ""),
			[]string{"\f", "Laporan Kinerja KPU Kabupaten Ende 2023 | 14", ""}, capB, scores), got, false},
		// look-alikes
		{"RB areas' weights", cat(capB, scores, []string{"Tabel 4.4 Bobot Area Perubahan RB", "",
			"No\tArea Perubahan\tBobot", "1\tManajemen Perubahan\t5", "2\tPenataan Tatalaksana\t5",
			"3\tPenataan Sistem Manajemen SDM\t15", "4\tPenguatan Pengawasan\t15", "\tJumlah\t40", ""}), null, false},
		{"sub-components' weights", cat(capA, []string{"No\tKomponen\tBobot", "1\tPerencanaan Kinerja\t30",
			"a.\tPerencanaan Strategis\t10", "b.\tPerencanaan Kinerja Tahunan\t20", "2\tPengukuran Kinerja\t30",
			"3\tPelaporan Kinerja\t15", "4\tEvaluasi Internal\t25", "\tJumlah\t100", ""}, capB, scores), null, false},
		{"two weights tables that disagree", cat(capA, std, capB, scores,
			[]string{"Tabel 4.3c Bobot Komponen menurut Juknis Lama", ""}, weights("25", "35", "15", "25", "100")), null, true},
		{"weights table across another family's table", cat(capA, std,
			[]string{"Tabel 4.2 Realisasi Anggaran Tahun 2023", "", "No\tUraian\tPagu\tRealisasi",
				"1\tBelanja Pegawai\t1.250.000.000\t1.201.500.000", "2\tBelanja Barang\t850.000.000\t812.300.000", ""},
			capB, scores), null, false},
		{"weights table in another chapter", cat(capA, std, []string{"BAB IV PENUTUP", ""}, capB, scores), null, false},
		{"weights table across prose", cat(capA, std, []string{
			"Evaluasi dilaksanakan oleh Inspektorat Utama secara daring melalui aplikasi, dengan telaah dokumen dan wawancara kepada para pejabat struktural di lingkungan sekretariat.", ""},
			capB, scores), null, false},
		{"weights summing to 90", cat(capB, scores, capA, weights("30", "30", "15", "15", "100")), null, true},
		{"weights summing to 90, no total", cat(capB, scores, capA, weights("30", "30", "15", "15", "")), null, true},
		{"a score above its weight", cat(capB, scores, capA, weights("30", "20", "25", "25", "100")), null, true},
		{"earlier framework's five weights", cat(capA, []string{"No\tKomponen\tBobot", "1\tPerencanaan Kinerja\t30",
			"2\tPengukuran Kinerja\t25", "3\tPelaporan Kinerja\t15", "4\tEvaluasi Internal\t10", "5\tCapaian Kinerja\t20",
			"\tJumlah\t100", ""}, capB, scores), null, true},
		{"Bobot column wins over a weights table", cat(capA, weights("25", "35", "15", "25", "100"), capB,
			[]string{"No\tKomponen\tBobot\tSkor", "1\tPerencanaan Kinerja\t30\t26,40", "2\tPengukuran Kinerja\t30\t21,75",
				"3\tPelaporan Kinerja\t15\t12,05", "4\tEvaluasi Internal\t25\t18,60", "\tNilai Hasil Evaluasi\t100\t78,80", ""}),
			got, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), tc.want)
			if got := qualFinding(d, "sakip.bobot_tabel"); got != tc.finding {
				t.Errorf("finding sakip.bobot_tabel: got %v, want %v", got, tc.finding)
			}
		})
	}
}
