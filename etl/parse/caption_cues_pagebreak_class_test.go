package parse

import "testing"

// TestCaptionCuesPageBreakClass: a subtitle file printed over pages (the
// print's form feed inside a cue's text, between a cue's number and its
// time code, or between two cues) still reads as one run of cues: every
// sentence is one row and the rows after the break are read (made-up
// figures).
func TestCaptionCuesPageBreakClass(t *testing.T) {
	caption := []string{"Tabel 3.6 Transkrip Rapat Pleno DPT Pemilu 2024", ""}
	rows := []string{
		"pemilu|2024|kecamatan|KOTA KOMBA|9|41|4210|4390|8600",
		"pemilu|2024|kecamatan|ELAR|6|22|2105|2230|4335",
		"pemilu|2024|kecamatan|SAMBI RAMPAS|11|30|3008|3102|6110",
	}
	cue := func(n, at string, l ...string) []string {
		return append(append([]string{n, "01:0" + at + ":00,100 --> 01:0" + at + ":04,900"}, l...), "")
	}
	var inText, atNumber []string
	inText = append(inText, caption...)
	inText = append(inText, cue("1", "1", "Ketua: kami bacakan", "hasil rekapitulasi.")...)
	inText = append(inText, cue("2", "2", "Kecamatan Kota Komba,", "\f", "9 desa, 41 TPS,")...)
	inText = append(inText, cue("3", "3", "laki-laki 4.210, perempuan 4.390,", "jumlah 8.600.")...)
	inText = append(inText, cue("4", "4", "Kecamatan Elar,", "6 desa, 22 TPS,")...)
	inText = append(inText, cue("5", "5", "laki-laki 2.105,", "\f", "perempuan 2.230, jumlah 4.335.")...)
	inText = append(inText, cue("6", "6", "Kecamatan Sambi Rampas,", "11 desa, 30 TPS,")...)
	inText = append(inText, cue("7", "7", "laki-laki 3.008, perempuan 3.102,", "jumlah 6.110.")...)
	atNumber = append(atNumber, caption...)
	atNumber = append(atNumber, cue("21", "1", "Kecamatan Kota Komba, 9 desa,")...)
	atNumber = append(atNumber, "22", "\f")
	atNumber = append(atNumber, cue("", "2", "41 TPS, laki-laki 4.210,", "perempuan 4.390, jumlah 8.600.")[1:]...)
	atNumber = append(atNumber, cue("23", "3", "Kecamatan Elar, 6 desa,", "22 TPS, laki-laki 2.105,")...)
	atNumber = append(atNumber, "\f")
	atNumber = append(atNumber, cue("24", "4", "perempuan 2.230, jumlah 4.335.")...)
	atNumber = append(atNumber, cue("25", "5", "Kecamatan Sambi Rampas, 11 desa,", "30 TPS, laki-laki 3.008,")...)
	atNumber = append(atNumber, cue("26", "6", "perempuan 3.102,", "\f", "jumlah 6.110.")...)
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "page breaks inside the cues' text", body: inText, want: map[string][]string{"dpt": rows}},
		{name: "page breaks at a cue's number and between cues", body: atNumber, want: map[string][]string{"dpt": rows}},
	})
}
