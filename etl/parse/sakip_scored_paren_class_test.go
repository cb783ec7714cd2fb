package parse

import "testing"

// TestSakipScoredParen: an earlier evaluation's score whose sentence names
// the year judged in brackets after the evaluation ("hasil evaluasi
// sebelumnya (kinerja 2021)"), with no "tahun" and no "atas", is that
// year's; two different bracketed years prove neither.
func TestSakipScoredParen(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR TAHUN 2023", "", "Sekretaris KPU Kabupaten Manggarai Timur", "",
		"Hasil Evaluasi AKIP Tahun 2022 memberikan nilai 70,40 dengan predikat BB.", ""}
	checkParagraphs(t, "sakip", head, []paraCase{{
		name: "a note on the earlier result, the grade after a comma",
		text: "Catatan: hasil evaluasi sebelumnya (kinerja 2021) bernilai 66,20, predikat B.",
		want: []string{"2022|70.4|BB", "2021|66.2|B"},
	}, {
		name: "the bracketed year before the score and its grade in brackets",
		text: "Nilai evaluasi SAKIP periode lalu (kinerja 2020) adalah 63,45 (B).",
		want: []string{"2022|70.4|BB", "2020|63.45|B"},
	}, {
		name: "two bracketed years: neither proven",
		text: "Hasil evaluasi (kinerja 2020) dan evaluasi (kinerja 2021) bernilai 64,10, predikat B.",
		want: []string{"2022|70.4|BB"},
	}})
}
