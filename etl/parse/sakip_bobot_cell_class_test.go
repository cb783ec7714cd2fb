package parse

import (
	"strings"
	"testing"
)

// TestBobotCellClass: a SAKIP component table with no Bobot column, each
// component's weight written inside its name cell, in the wordings that
// say it is the weight; and the look-alikes whose numbers in the name are
// no weights (a score's share, a year, a bare bracket, "B: 30"), or whose
// weights are not the components' (sub-components, RB areas, sums that do
// not close, a score above its weight).
func TestBobotCellClass(t *testing.T) {
	caption := "Tabel 2.4 Hasil Penilaian SAKIP Tahun 2023 menurut Komponen"
	// names: the four component name cells; last: the total row's label
	table := func(head string, names [4]string, last string, scores ...string) []string {
		if len(scores) == 0 {
			scores = []string{"24,10", "22,50", "11,20", "17,30", "75,10"}
		}
		return []string{caption, "", head,
			"1\t" + names[0] + "\t" + scores[0], "2\t" + names[1] + "\t" + scores[1],
			"3\t" + names[2] + "\t" + scores[2], "4\t" + names[3] + "\t" + scores[3],
			"\t" + last + "\t" + scores[4], ""}
	}
	head := "No\tUraian Komponen\tSkor"
	rows := func(w1, w2, w3, w4 string) []string {
		return []string{"2023|perencanaan|" + w1 + "|24.1", "2023|pengukuran|" + w2 + "|22.5",
			"2023|pelaporan|" + w3 + "|11.2", "2023|evaluasi_internal|" + w4 + "|17.3"}
	}
	null := rows("<nil>", "<nil>", "<nil>", "<nil>")
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool // a sakip.bobot_nama finding is raised
	}{
		{"(Bobot: 30,00), the total's weight stated", table(head, [4]string{"Perencanaan Kinerja (Bobot: 30,00)",
			"Pengukuran Kinerja (Bobot: 30,00)", "Pelaporan Kinerja (Bobot: 15,00)", "Evaluasi Internal (Bobot: 25,00)"},
			"Jumlah (Bobot: 100,00)"), rows("30", "30", "15", "25"), false},
		{"tail after a dash, no total weight", table(head, [4]string{"Perencanaan Kinerja – bobot 30%",
			"Pengukuran Kinerja – bobot 30%", "Pelaporan Kinerja – bobot 15%", "Evaluasi Akuntabilitas Kinerja Internal – bobot 25%"},
			"Nilai SAKIP"), rows("30", "30", "15", "25"), false},
		{"square brackets, bobotnya sebesar", table(head, [4]string{"Perencanaan Kinerja [bobotnya sebesar 30 persen]",
			"Pengukuran Kinerja [bobotnya sebesar 30 persen]", "Pelaporan Kinerja [bobotnya sebesar 15 persen]",
			"Evaluasi Internal [bobotnya sebesar 25 persen]"}, "Total"), rows("30", "30", "15", "25"), false},
		{"English weight", table("No\tComponent\tScore", [4]string{"Performance Planning (weight 30%)",
			"Performance Measurement (weight 30%)", "Performance Reporting (weight 15%)", "Internal Evaluation (weight 25%)"},
			"Total (weight 100%)"), rows("30", "30", "15", "25"), false},
		{"scale of ten, the total row states 10", table(head, [4]string{"Perencanaan Kinerja (bobot 3)",
			"Pengukuran Kinerja (bobot 3)", "Pelaporan Kinerja (bobot 1,5)", "Evaluasi Internal (bobot 2,5)"},
			"Nilai Akhir (bobot 10)", "2,41", "2,25", "1,12", "1,73", "7,51"),
			[]string{"2023|perencanaan|3|2.41", "2023|pengukuran|3|2.25", "2023|pelaporan|1.5|1.12", "2023|evaluasi_internal|2.5|1.73"}, false},
		// look-alikes: the number in the name is no weight
		{"the score's share of the total", table(head, [4]string{"Perencanaan Kinerja (32,09%)",
			"Pengukuran Kinerja (29,96%)", "Pelaporan Kinerja (14,91%)", "Evaluasi Internal (23,04%)"},
			"Nilai Akhir (100%)"), null, true},
		{"each score's percent of its weight", table(head, [4]string{"Perencanaan Kinerja (80,33%)",
			"Pengukuran Kinerja (75,00%)", "Pelaporan Kinerja (74,67%)", "Evaluasi Internal (69,20%)"},
			"Nilai Akhir"), null, true},
		{"a year in brackets", table(head, [4]string{"Perencanaan Kinerja (2023)",
			"Pengukuran Kinerja (2023)", "Pelaporan Kinerja (2023)", "Evaluasi Internal (2023)"}, "Jumlah"), null, true},
		{"bare weights that close (kept)", table(head, [4]string{"Perencanaan Kinerja (30)",
			"Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)", "Evaluasi Internal (25)"}, "Jumlah"),
			rows("30", "30", "15", "25"), false},
		{"a bare bracketed percent", table(head, [4]string{"Perencanaan Kinerja [30%]",
			"Pengukuran Kinerja [30%]", "Pelaporan Kinerja [15%]", "Evaluasi Internal [25%]"}, "Jumlah"), null, false},
		{"B: a grade, not the weight's letter", table(head, [4]string{"Perencanaan Kinerja (B: 30)",
			"Pengukuran Kinerja (B: 30)", "Pelaporan Kinerja (B: 15)", "Evaluasi Internal (B: 25)"}, "Jumlah"), null, false},
		{"the score out of the weight", table(head, [4]string{"Perencanaan Kinerja (24,10 dari bobot 30)",
			"Pengukuran Kinerja (22,50 dari bobot 30)", "Pelaporan Kinerja (11,20 dari bobot 15)",
			"Evaluasi Internal (17,30 dari bobot 25)"}, "Jumlah"), null, true},
		{"bobot relatif: a share named so", table(head, [4]string{"Perencanaan Kinerja (bobot relatif 32%)",
			"Pengukuran Kinerja (bobot relatif 30%)", "Pelaporan Kinerja (bobot relatif 15%)",
			"Evaluasi Internal (bobot relatif 23%)"}, "Jumlah"), null, true},
		{"weights not summing to 100", table(head, [4]string{"Perencanaan Kinerja (bobot 30%)",
			"Pengukuran Kinerja (bobot 30%)", "Pelaporan Kinerja (bobot 15%)", "Evaluasi Internal (bobot 20%)"},
			"Jumlah"), null, true},
		{"weights not summing to the total's weight", table(head, [4]string{"Perencanaan Kinerja (bobot 30%)",
			"Pengukuran Kinerja (bobot 30%)", "Pelaporan Kinerja (bobot 15%)", "Evaluasi Internal (bobot 25%)"},
			"Jumlah (bobot 90%)"), null, true},
		{"a score above its weight", table(head, [4]string{"Perencanaan Kinerja (bobot 15%)",
			"Pengukuran Kinerja (bobot 30%)", "Pelaporan Kinerja (bobot 30%)", "Evaluasi Internal (bobot 25%)"},
			"Jumlah"), null, true},
		{"one component states none", table(head, [4]string{"Perencanaan Kinerja (bobot 30%)",
			"Pengukuran Kinerja", "Pelaporan Kinerja (bobot 15%)", "Evaluasi Internal (bobot 25%)"},
			"Jumlah"), null, true},
		{"sub-components' weights under weightless components", []string{caption, "", head,
			"1\tPerencanaan Kinerja\t24,10", "\ta. Dokumen Renstra (bobot 6%)\t5,10", "\tb. Dokumen Renja (bobot 9%)\t7,00",
			"2\tPengukuran Kinerja\t22,50", "3\tPelaporan Kinerja\t11,20", "4\tEvaluasi Internal\t17,30",
			"\tJumlah\t75,10", ""}, null, false},
		{"Bobot column wins, a disagreeing name voids one", []string{caption, "", "No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja (bobot 30%)\t30\t24,10", "2\tPengukuran Kinerja (bobot 30%)\t30\t22,50",
			"3\tPelaporan Kinerja (bobot 15%)\t15\t11,20", "4\tEvaluasi Internal (bobot 20%)\t25\t17,30",
			"\tJumlah\t100\t75,10", ""}, rows("30", "30", "15", "<nil>"), true},
		{"Bobot column and agreeing names", []string{caption, "", "No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja (bobot 30%)\t30\t24,10", "2\tPengukuran Kinerja (bobot 30%)\t30\t22,50",
			"3\tPelaporan Kinerja (bobot 15%)\t15\t11,20", "4\tEvaluasi Internal (bobot 25%)\t25\t17,30",
			"\tJumlah\t100\t75,10", ""}, rows("30", "30", "15", "25"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), tc.want)
			if got := qualFinding(d, "sakip.bobot_nama"); got != tc.finding {
				t.Errorf("finding sakip.bobot_nama: got %v, want %v", got, tc.finding)
			}
		})
	}
}

// TestBobotCellLookalikeTables: tables whose names carry weights but whose
// rows are no SAKIP components load no component weight.
func TestBobotCellLookalikeTables(t *testing.T) {
	tests := []struct {
		name string
		body []string
	}{
		{"RB areas with weights in their names", []string{"Tabel 3.6 Nilai Reformasi Birokrasi Tahun 2023 per Area", "",
			"No\tArea Perubahan\tNilai", "1\tManajemen Perubahan (bobot 5%)\t3,10", "2\tPenataan Tatalaksana (bobot 5%)\t3,40",
			"3\tPenataan Sistem Manajemen SDM (bobot 15%)\t10,20", "4\tPenguatan Akuntabilitas (bobot 10%)\t7,30",
			"5\tPenguatan Pengawasan (bobot 15%)\t9,80", "\tJumlah (bobot 50%)\t33,80", ""}},
		{"one component's sub-components", []string{"Tabel 2.5 Rincian Komponen Perencanaan Kinerja Tahun 2023", "",
			"No\tSub Komponen\tNilai", "a\tPerencanaan Strategis (bobot 15%)\t12,10",
			"b\tPerencanaan Kinerja Tahunan (bobot 15%)\t12,00", "\tJumlah (bobot 30%)\t24,10", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			for _, r := range factRows["sakip_komponen"](d) {
				if !strings.Contains(r, "<nil>|") {
					t.Errorf("a weight loaded from a look-alike: %s", r)
				}
			}
		})
	}
}

// TestNameCellWeight: the wordings read as a weight, and those that are not.
func TestNameCellWeight(t *testing.T) {
	tests := []struct {
		cell string
		want float64
		kind cellWeightKind
	}{
		{"Perencanaan Kinerja (bobot 30%)", 30, cellWeight},
		{"Pelaporan Kinerja (Bobot = 15,00)", 15, cellWeight},
		{"Pelaporan Kinerja, bobot 15 persen", 15, cellWeight},
		{"Pelaporan Kinerja bobot: 15", 15, cellWeight},
		{"Perencanaan Kinerja (30%)", 0, cellNoWeight},
		{"Perencanaan Kinerja (2021)", 0, cellNoWeight},
		{"Perencanaan Kinerja (bobot 2021)", 0, cellWeightOdd},
		{"Perencanaan Kinerja (bobot 30% dari 100)", 0, cellWeightOdd},
		{"Perencanaan Kinerja (bobot 30%", 0, cellWeightOdd},
		{"Perencanaan 24,10 dari bobot 30", 0, cellWeightOdd},
		{"Perencanaan Kinerja (bobot 30) (bobot 25)", 0, cellWeightOdd},
		{"Perencanaan Kinerja tertimbang (weighted 30)", 0, cellWeightOdd},
		{"Perencanaan Kinerja Berbobot Tinggi", 0, cellNoWeight},
	}
	for _, tc := range tests {
		_, w, kind := nameCellWeight(tc.cell)
		if kind != tc.kind || w != tc.want {
			t.Errorf("%q: got %v %v, want %v %v", tc.cell, w, kind, tc.want, tc.kind)
		}
	}
}
