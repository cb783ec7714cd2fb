package parse

import "testing"

// TestSakipNilaiSubjectClass: an earlier year's SAKIP score stated under
// the SAKIP text as the predicate of "nilai tahun kinerja Y", no grade
// written (the band gives it); look-alikes give nothing (made-up figures,
// sakip_nilai_subject.go).
func TestSakipNilaiSubjectClass(t *testing.T) {
	lead := "Hasil Evaluasi SAKIP Tahun 2022 atas KPU Kabupaten Alor memberikan nilai 67,40 dengan predikat B."
	tbl := []string{"", "Tabel 3.5 Nilai Evaluasi SAKIP Tahun 2022", "", "Komponen\tBobot\tNilai",
		"Perencanaan Kinerja\t30,00\t20,10", "Pengukuran Kinerja\t30,00\t18,30", "Pelaporan Kinerja\t15,00\t10,20",
		"Evaluasi Internal\t25,00\t18,80", "Total\t100,00\t67,40", ""}
	doc := func(s string) []string { return append(append([]string{lead}, tbl...), s) }
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "adalah",
		body: doc("Nilai tahun kinerja 2021 adalah 55,12."),
		want: map[string][]string{"sakip": {"2022|67.4|B", "2022|67.4|B", "2021|55.12|CC"}},
	}, {
		name: "a lead phrase, sebesar",
		body: doc("Sebagai perbandingan, nilai untuk tahun kinerja 2021 sebesar 72,05."),
		want: map[string][]string{"sakip": {"2022|67.4|B", "2022|67.4|B", "2021|72.05|BB"}},
	}, {
		name: "sebelumnya, the year named as the one evaluated",
		body: doc("Nilai tahun yang dinilai 2021 sebelumnya 63,90."),
		want: map[string][]string{"sakip": {"2022|67.4|B", "2022|67.4|B", "2021|63.9|B"}},
	}, {
		name: "another figure between: unread",
		body: doc("Nilai tahun kinerja 2021 dengan 4 komponen adalah 63,90."),
		want: map[string][]string{"sakip": {"2022|67.4|B", "2022|67.4|B"}},
	}, {
		name: "another measure's nilai: unread",
		body: doc("Nilai IKPA tahun kinerja 2021 adalah 93,10."),
		want: map[string][]string{"sakip": {"2022|67.4|B", "2022|67.4|B"}},
	}, {
		name: "far from the SAKIP text: unread",
		body: []string{lead, "", "C. Realisasi Anggaran", "", "Pagu anggaran tahun 2022 terserap baik.", "", "Nilai tahun kinerja 2021 adalah 63,90."},
		want: map[string][]string{"sakip": {"2022|67.4|B"}},
	}})
}

// TestLogCaptionGlueClass: a sentence right above a log-exported table's
// caption (one blank line between) stays its own paragraph, so the
// caption's words (RB) do not hide its SAKIP score (log_lines.go).
func TestLogCaptionGlueClass(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{{
		name: "the RB table's caption under the sentence",
		body: []string{"Hasil Evaluasi AKIP Tahun 2023 memberikan nilai 74,10 dengan predikat BB.", "",
			"Nilai tahun kinerja 2023 tersebut naik dari 69,95 (B) pada tahun kinerja 2022.", "",
			"# Tabel 3.9 Nilai Reformasi Birokrasi Tahun 2024",
			`2025-01-20 08:00:01 WARN [app.rb] uraian="Reformasi Birokrasi" nilai="24,10" bobot="36,30" persentase="66,39"`, ""},
		want: map[string][]string{"sakip": {"2023|74.1|BB", "2022|69.95|B"}},
	}, {
		name: "two log lines under a budget caption",
		body: []string{"Hasil Evaluasi AKIP Tahun 2023 memberikan nilai 74,10 dengan predikat BB.", "",
			"Sebagai pembanding, nilai tahun kinerja 2022 adalah 69,95 (B).", "",
			"# Tabel 3.9 Realisasi Anggaran Tahun 2024",
			`2025-01-20 08:00:01 INFO [app.pagu] kode="3355" uraian="Pengelolaan Keuangan" pagu="100" realisasi="90"`,
			`2025-01-20 08:00:02 INFO [app.pagu] kode="3358" uraian="Pengelolaan SDM" pagu="50" realisasi="45"`, ""},
		want: map[string][]string{"sakip": {"2023|74.1|BB", "2022|69.95|B"}},
	}})
}
