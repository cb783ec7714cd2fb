package parse

import "testing"

// TestSakipKomponenVerb: components told in prose with a verb before the
// score ("memperoleh nilai 20,40 dari bobot 30", "mendapat nilai …",
// "meraih nilai …") are read like "nilai 20,40 dari bobot 30", when they
// add up to the score the paragraph before states.
func TestSakipKomponenVerb(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN NAGEKEO TAHUN 2021", "", "Sekretaris KPU Kabupaten Nagekeo", ""}
	lead := "Hasil Evaluasi SAKIP Tahun 2020 yang disampaikan Inspektorat Utama KPU memberikan nilai 63,50 dengan predikat B."
	want := []string{"2020|perencanaan|30|20.4", "2020|pengukuran|30|19.1", "2020|pelaporan|15|9.8", "2020|evaluasi_internal|25|14.2"}
	checkParagraphs(t, "sakip_komponen", append(head, lead, ""), []paraCase{{
		name: "memperoleh nilai … dari bobot …",
		text: "Rincian per komponen: komponen Perencanaan Kinerja memperoleh nilai 20,40 dari bobot 30,00; komponen Pengukuran Kinerja memperoleh nilai 19,10 dari bobot 30,00; komponen Pelaporan Kinerja memperoleh nilai 9,80 dari bobot 15,00; komponen Evaluasi Akuntabilitas Kinerja Internal memperoleh nilai 14,20 dari bobot 25,00.",
		want: want,
	}, {
		name: "mendapat and meraih, the weight in brackets",
		text: "Perencanaan Kinerja mendapat nilai 20,40 (bobot 30), Pengukuran Kinerja mendapatkan nilai 19,10 (bobot 30), Pelaporan Kinerja meraih nilai 9,80 (bobot 15) dan Evaluasi Internal meraih nilai 14,20 (bobot 25).",
		want: want,
	}, {
		name: "components that do not make the score: not loaded",
		text: "Perencanaan Kinerja memperoleh nilai 21,40 dari bobot 30; Pengukuran Kinerja memperoleh nilai 19,10 dari bobot 30; Pelaporan Kinerja memperoleh nilai 9,80 dari bobot 15; Evaluasi Internal memperoleh nilai 14,20 dari bobot 25.",
	}})
}
