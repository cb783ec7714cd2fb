package parse

import "testing"

// TestGradebookClass: the SAKIP components as a learning platform's
// gradebook: a Moodle User report (Indonesian or English, tabs or spaces,
// weight or range or both), a Grader report with the components as
// columns, an e-rapor with five components and a range only.
func TestGradebookClass(t *testing.T) {
	// Indonesian Moodle, another satker, the year in the course and caption
	indo := []string{"Tabel 3.1 Nilai Evaluasi AKIP Tahun 2022", "",
		"Dasbor / Kursus saya / Evaluasi AKIP Satker 2022 / Nilai / Laporan pengguna", "",
		"Laporan pengguna - KPU Kabupaten Ende", "",
		"Item nilai\tBobot terhitung\tNilai\tRentang\tPersentase\tKontribusi ke total kursus",
		"▤ Evaluasi AKIP Satker 2022",
		"✎ Perencanaan Kinerja\t30,00 %\t24,10\t0,00 – 30,00\t80,33 %\t24,10 %",
		"✎ Pengukuran Kinerja\t30,00 %\t21,35\t0,00 – 30,00\t71,17 %\t21,35 %",
		"✎ Pelaporan Kinerja\t15,00 %\t10,80\t0,00 – 15,00\t72,00 %\t10,80 %",
		"✎ Evaluasi Internal\t25,00 %\t17,25\t0,00 – 25,00\t69,00 %\t17,25 %",
		"Σ Total kursus\t-\t73,50\t0,00 – 100,00\t73,50 %\t-", "",
		"Nilai tersebut menjadi dasar perbaikan tahun berikutnya."}
	// English, dots, two-space columns, no category line, no percentage,
	// the range's low end written "0"
	english := []string{"Tabel 3.2 Hasil Evaluasi SAKIP Tahun 2021", "",
		"User report - KPU Kabupaten Sumba Timur", "",
		"Grade item                      Weight    Grade   Range",
		"Performance Planning            30.00 %   20.40   0–30",
		"Performance Measurement         30.00 %   19.95   0–30",
		"Performance Reporting           15.00 %   9.60    0–15",
		"Internal Evaluation             25.00 %   15.30   0–25",
		"Course total                    -         65.25   0–100", ""}
	// the Grader report: components as columns, a Range row, one learner
	grader := []string{"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2020", "",
		"Grader report - Evaluasi AKIP", "",
		"Surname / First name\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tCourse total",
		"KPU Kabupaten Ende\t21,00\t22,50\t12,00\t19,00\t74,50",
		"Range\t0,00–30,00\t0,00–30,00\t0,00–15,00\t0,00–25,00\t0,00–100,00",
		"Overall average\t21,00\t22,50\t12,00\t19,00\t74,50", ""}
	// an e-rapor: five components, the range its only weight
	rapor := []string{"Tabel 2.4 Nilai AKIP Tahun 2017", "",
		"Komponen\tNilai\tRentang",
		"Perencanaan Kinerja\t27,00\t0–30",
		"Pengukuran Kinerja\t21,00\t0–25",
		"Pelaporan Kinerja\t13,50\t0–15",
		"Evaluasi Internal\t7,80\t0–10",
		"Capaian Kinerja\t15,00\t0–20",
		"Total\t84,30\t0–100", ""}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "moodle indonesian", body: indo, want: map[string][]string{
			"sakip": {"2022|73.5|BB"},
			"sakip_komponen": {"2022|perencanaan|30|24.1", "2022|pengukuran|30|21.35", "2022|pelaporan|15|10.8",
				"2022|evaluasi_internal|25|17.25"},
		}},
		{name: "moodle english", body: english, want: map[string][]string{
			"sakip": {"2021|65.25|B"},
			"sakip_komponen": {"2021|perencanaan|30|20.4", "2021|pengukuran|30|19.95", "2021|pelaporan|15|9.6",
				"2021|evaluasi_internal|25|15.3"},
		}},
		{name: "grader report", body: grader, want: map[string][]string{
			"sakip": {"2020|74.5|BB"},
			"sakip_komponen": {"2020|perencanaan|30|21", "2020|pengukuran|30|22.5", "2020|pelaporan|15|12",
				"2020|evaluasi_internal|25|19"},
		}},
		{name: "e-rapor five", body: rapor, want: map[string][]string{
			"sakip": {"2017|84.3|A"},
			"sakip_komponen": {"2017|perencanaan|30|27", "2017|pengukuran|25|21", "2017|pelaporan|15|13.5",
				"2017|evaluasi_internal|10|7.8", "2017|capaian|20|15"},
		}},
	})
	// the learner or the report's title names the satker loaded
	for _, c := range []struct {
		body   []string
		satker string
	}{{indo, "5308"}, {english, "5311"}, {grader, "5308"}} {
		d := parseDoc(t, "satker", c.body...)
		for _, s := range d.SakipKomponen {
			if s.SatkerID != c.satker {
				t.Errorf("sakip_komponen %d loaded for %s, want %s", s.TahunDinilai, s.SatkerID, c.satker)
			}
		}
	}
}

// TestGradebookNone: gradebooks that prove nothing give no SAKIP rows: a
// percentage without grades, grades that miss the course total, a weight
// the range contradicts, a training's real gradebook, a staff training
// record, a Grader report of two learners.
func TestGradebookNone(t *testing.T) {
	report := func(head string, rows ...string) []string {
		return append([]string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023", "",
			"User report - KPU Kabupaten Sikka", "", head}, append(rows, "")...)
	}
	pctOnly := report("Grade item\tCalculated weight\tRange\tPercentage",
		"✎ Perencanaan Kinerja\t30,00 %\t0,00 – 30,00\t74,17 %",
		"✎ Pengukuran Kinerja\t30,00 %\t0,00 – 30,00\t69,67 %",
		"✎ Pelaporan Kinerja\t15,00 %\t0,00 – 15,00\t73,33 %",
		"✎ Evaluasi Internal\t25,00 %\t0,00 – 25,00\t74,16 %",
		"Σ Course total\t-\t0,00 – 100,00\t72,69 %")
	badSum := report("Grade item\tCalculated weight\tGrade\tRange",
		"✎ Perencanaan Kinerja\t30,00 %\t22,25\t0,00 – 30,00",
		"✎ Pengukuran Kinerja\t30,00 %\t20,90\t0,00 – 30,00",
		"✎ Pelaporan Kinerja\t15,00 %\t11,00\t0,00 – 15,00",
		"✎ Evaluasi Internal\t25,00 %\t18,54\t0,00 – 25,00",
		"Σ Course total\t-\t74,69\t0,00 – 100,00")
	badRange := report("Grade item\tCalculated weight\tGrade\tRange",
		"✎ Perencanaan Kinerja\t30,00 %\t22,25\t0,00 – 35,00",
		"✎ Pengukuran Kinerja\t30,00 %\t20,90\t0,00 – 30,00",
		"✎ Pelaporan Kinerja\t15,00 %\t11,00\t0,00 – 15,00",
		"✎ Evaluasi Internal\t25,00 %\t18,54\t0,00 – 25,00",
		"Σ Course total\t-\t72,69\t0,00 – 100,00")
	training := []string{"Dashboard / My courses / Pelatihan Teknis Pemilu 2023 / Grades / User report", "",
		"Grade item\tCalculated weight\tGrade\tRange\tPercentage",
		"▤ Pelatihan Teknis Pemilu 2023",
		"✎ Quiz 1\t20,00 %\t16,00\t0,00 – 20,00\t80,00 %",
		"✎ Assignment 2\t30,00 %\t24,00\t0,00 – 30,00\t80,00 %",
		"✎ Final exam\t50,00 %\t41,00\t0,00 – 50,00\t82,00 %",
		"Σ Course total\t-\t81,00\t0,00 – 100,00\t81,00 %", ""}
	// a staff training record in the gradebook's form
	staff := []string{"Rekam Pelatihan Pegawai Tahun 2023", "",
		"Grade item\tCalculated weight\tGrade\tRange",
		"Pelatihan Pengadaan Barang\t40\t32,50\t0–40",
		"Orientasi Pegawai Baru\t20\t18,00\t0–20",
		"Bimbingan Teknis Kearsipan\t40\t30,00\t0–40",
		"Total\t100\t80,50\t0–100", ""}
	twoLearners := []string{"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2023", "",
		"Surname / First name\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tCourse total",
		"KPU Kabupaten Ende\t21,00\t22,50\t12,00\t19,00\t74,50",
		"KPU Kabupaten Sikka\t22,00\t20,50\t11,00\t18,00\t71,50",
		"Range\t0,00–30,00\t0,00–30,00\t0,00–15,00\t0,00–25,00\t0,00–100,00", ""}
	none := map[string][]string{"sakip_komponen": nil}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{name: "percentage only", body: pctOnly, want: none},
		{name: "grades miss the total", body: badSum, want: none},
		{name: "weight and range disagree", body: badRange, want: none},
		{name: "training gradebook", body: training, want: none},
		{name: "staff training record", body: staff, want: none},
		{name: "grader two learners", body: twoLearners, want: none},
	})
}
