package parse

import "testing"

// TestSakipScoredBare: an evaluation's score whose sentence names the
// year judged as "atas kinerja 2020", without the word "tahun", is that
// year's; a sentence naming two such years proves neither.
func TestSakipScoredBare(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN SUMBA TENGAH TAHUN 2022", "", "Sekretaris KPU Kabupaten Sumba Tengah", ""}
	checkParagraphs(t, "sakip", head, []paraCase{{
		name: "the year judged in brackets, the score after it",
		text: "Pada periode sebelumnya (penilaian atas kinerja 2020) nilai AKIP Sekretariat adalah 61,07 dengan predikat B.",
		want: []string{"2020|61.07|B"},
	}, {
		name: "the year judged after the evaluation's name",
		text: "Hasil evaluasi SAKIP atas kinerja 2021 yang diterima pada bulan Maret memberikan nilai 66,45 dengan predikat B.",
		want: []string{"2021|66.45|B"},
	}, {
		name: "the year judged beats the year of the evaluation",
		text: "Evaluasi AKIP Tahun 2022 atas kinerja 2021 memberikan nilai 70,02 dengan predikat BB.",
		want: []string{"2021|70.02|BB"},
	}, {
		name: "two years judged: neither proven",
		text: "Evaluasi atas kinerja 2020 dan atas kinerja 2021 memberikan nilai AKIP 70,10 dengan predikat BB.",
	}})
}
