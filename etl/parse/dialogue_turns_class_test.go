package parse

import (
	"strings"
	"testing"
)

// TestDialogueTurns: a SAKIP evaluation told in a dialogue (a radio
// script's turns with hanging indents and stage cues, an interview's turns
// without blank lines): the turns are read as one paragraph, so the
// components said one a turn and the final score said after them are the
// year's when they add up; when they do not, nothing is loaded.
func TestDialogueTurns(t *testing.T) {
	radio := func(final string) []string {
		return []string{
			"B. Evaluasi Akuntabilitas Kinerja", "",
			"PEMANDU ACARA : Selamat siang para pendengar. Kali ini kita membahas hasil evaluasi",
			"                akuntabilitas kinerja kantor KPU. Silakan, Ibu.", "",
			"NARASUMBER    : Terima kasih. Penilaian atas kinerja tahun 2021 mencakup empat",
			"                komponen, masing-masing dengan bobotnya.", "",
			"PEMANDU ACARA : Kita mulai dari komponen pertama.", "",
			"NARASUMBER    : Untuk Perencanaan Kinerja, bobotnya 30,00 dan nilai yang kami dapat 20,40.", "",
			"[MUSIK LATAR - PELAN]", "",
			"PEMANDU ACARA : Berikutnya, Ibu?", "",
			"NARASUMBER    : Pengukuran Kinerja, bobotnya 30,00, nilai yang diraih 22,15.", "",
			"(telepon masuk dari pendengar di Kecamatan Lela)", "",
			"PEMANDU ACARA : Baik, komponen ketiga dan keempat?", "",
			"NARASUMBER    : Pelaporan Kinerja, bobotnya 15,00, nilai yang kami peroleh 10,35. Lalu",
			"                Evaluasi Akuntabilitas Kinerja Internal, bobotnya 25,00, nilai yang kami",
			"                peroleh 15,63.", "",
			"PEMANDU ACARA : Jadi nilai akhirnya berapa?", "",
			final, "",
			"[JINGLE PENUTUP]",
		}
	}
	komp := []string{"2021|perencanaan|30|20.4", "2021|pengukuran|30|22.15", "2021|pelaporan|15|10.35", "2021|evaluasi_internal|25|15.63"}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{{
		name: "radio script, capital labels, stage cues, the total said last",
		body: radio("NARASUMBER    : Totalnya 68,53 dari 100, dengan predikat B. Kami akan terus berbenah."),
		want: map[string][]string{"sakip": {"2021|68.53|B"}, "sakip_komponen": komp},
	}, {
		name: "interview transcript, titled labels, no blank lines, the score over its weight",
		body: []string{
			"Petikan wawancara dengan Sekretaris tentang Evaluasi AKIP Tahun 2020 disajikan berikut.", "",
			"Wartawan: Bagaimana hasil evaluasi tahun ini, Pak?",
			"Sekretaris: Ada empat komponen. Perencanaan Kinerja 23,10 dari bobot 30, lalu",
			"  Pengukuran Kinerja 19,85 dari bobot 30.",
			"Wartawan: Kemudian dua komponen lainnya?",
			"Sekretaris: Pelaporan Kinerja 11,20 dari bobot 15 dan Evaluasi Internal 17,05 dari bobot 25.",
			"Wartawan: Berarti totalnya?",
			"Sekretaris: Nilai akhir kami 71,20 (BB), naik dibanding sebelumnya.",
		},
		want: map[string][]string{"sakip": {"2020|71.2|BB"},
			"sakip_komponen": {"2020|perencanaan|30|23.1", "2020|pengukuran|30|19.85", "2020|pelaporan|15|11.2", "2020|evaluasi_internal|25|17.05"}},
	}, {
		name: "components not adding up to the score said: nothing",
		body: radio("NARASUMBER    : Totalnya 69,53 dari 100, dengan predikat B. Kami akan terus berbenah."),
	}})
}

// TestDialogueTurnsLeaves: labelled lines that are no dialogue stay as
// they are: a record list (its values no sentences), a programme's head
// (no speaker returns), too few turns.
func TestDialogueTurnsLeaves(t *testing.T) {
	for _, text := range []string{
		"Kecamatan : Borong\nJumlah    : 12.040 pemilih\nKecamatan : Elar\nJumlah    : 9.115 pemilih\nKecamatan : Kota Komba\nJumlah    : 15.220 pemilih\n",
		"Acara      : Bincang Pemilu di RRI Ende.\nTopik      : Hasil evaluasi kinerja kantor.\nPembawa    : Yohana Bata sebagai pemandu.\nTamu       : Ketua KPU Kabupaten Ende.\n",
		"PENYIAR : Apa kabar para pendengar?\n\nTAMU : Baik sekali, terima kasih.\n\nPENYIAR : Mari kita mulai acaranya.\n",
	} {
		if got := string(dialogueTurns([]byte(text))); got != text {
			t.Errorf("rewritten:\n%s\nas\n%s", text, got)
		}
	}
	if !strings.Contains(string(dialogueTurns([]byte("A : Satu dua tiga empat.\nB : Lima enam tujuh delapan.\nA : Sembilan?\nB : Sepuluh sebelas dua belas.\n"))), "Satu dua tiga empat. Lima") {
		t.Error("four turns of two returning speakers not joined")
	}
}
