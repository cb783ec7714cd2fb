package parse

import "testing"

// TestCaptionCuesClass: a DPT read aloud at a plenary and quoted as its
// subtitle file (SRT with cue numbers, WebVTT without hours and with voice
// tags, rolling automatic captions that repeat a line): the cue numbers and
// time codes are no text; each spoken sentence, over as many cues as it
// took, is one row (made-up figures).
func TestCaptionCuesClass(t *testing.T) {
	caption := []string{"Tabel 3.4 Pembacaan Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	rows := []string{
		"pemilu|2024|kecamatan|ALOK|11|62|5600|5650|11250",
		"pemilu|2024|kecamatan|NITA|12|48|4100|4210|8310",
		"pemilu|2024|kecamatan|PAGA|7|35|3350|3290|6640",
		"pemilu|2024|kabupaten|Kabupaten Sikka|30|145|13050|13150|26200",
	}
	srt := append(caption,
		"1", "00:41:02,120 --> 00:41:06,300", "Sekretaris: kami bacakan", "per kecamatan.", "",
		"2", "00:41:06,800 --> 00:41:10,010", "Kecamatan Alok,", "11 desa, 62 TPS,", "",
		"3", "00:41:10,500 --> 00:41:14,900", "laki-laki 5.600, perempuan 5.650,", "jumlah 11.250.", "",
		"4", "00:41:15,100 --> 00:41:19,000", "Kecamatan Nita,", "12 desa, 48 TPS,", "",
		"5", "00:41:19,400 --> 00:41:23,800", "laki-laki 4.100, perempuan 4.210,", "jumlah 8.310.", "",
		"6", "00:41:24,000 --> 00:41:28,000", "Kecamatan Paga,", "7 desa, 35 TPS,", "",
		"7", "00:41:28,500 --> 00:41:32,200", "laki-laki 3.350, perempuan 3.290,", "jumlah 6.640.", "",
		"8", "00:41:33,000 --> 00:41:36,500", "Lalu total kabupaten,", "desa/kelurahan 30, TPS 145,", "",
		"9", "00:41:37,000 --> 00:41:40,500", "laki-laki 13.050,", "perempuan 13.150,", "",
		"10", "00:41:41,000 --> 00:41:44,000", "jumlah seluruhnya 26.200 pemilih.", "")
	vtt := append(caption,
		"WEBVTT", "",
		"02:05.000 --> 02:09.500", "<v Anggota KPU>Kecamatan Alok, 11 desa,", "62 TPS, laki-laki 5.600,", "",
		"02:10.000 --> 02:13.000", "perempuan 5.650, jumlah 11.250.", "",
		"02:13.500 --> 02:18.000", "<v Anggota KPU>Kecamatan Nita, 12 desa,", "48 TPS, laki-laki 4.100,", "",
		"02:18.500 --> 02:21.000", "perempuan 4.210, jumlah 8.310.", "",
		"02:21.500 --> 02:25.000", "<v Anggota KPU>Kecamatan Paga, 7 desa,", "35 TPS, laki-laki 3.350,", "",
		"02:25.500 --> 02:28.000", "perempuan 3.290, jumlah 6.640.", "",
		"02:28.500 --> 02:33.000", "Jadi jumlah untuk kabupaten, 30 desa,", "145 TPS, laki-laki 13.050,", "",
		"02:33.500 --> 02:36.000", "perempuan 13.150, jumlah 26.200.", "")
	rolling := append(caption,
		"WEBVTT", "Kind: captions", "Language: id", "",
		"00:12:01.000 --> 00:12:03.000 align:start position:0%", "Kecamatan Alok, 11 desa, 62 TPS,", "",
		"00:12:03.000 --> 00:12:05.000 align:start position:0%", "Kecamatan Alok, 11 desa, 62 TPS,", "laki-laki 5.600, perempuan 5.650,", "",
		"00:12:05.000 --> 00:12:07.000 align:start position:0%", "laki-laki 5.600, perempuan 5.650,", "jumlah 11.250.", "",
		"00:12:07.000 --> 00:12:09.000 align:start position:0%", "Kecamatan Nita, 12 desa, 48 TPS,", "",
		"00:12:09.000 --> 00:12:11.000 align:start position:0%", "Kecamatan Nita, 12 desa, 48 TPS,", "laki-laki 4.100, perempuan 4.210,", "",
		"00:12:11.000 --> 00:12:13.000 align:start position:0%", "laki-laki 4.100, perempuan 4.210,", "jumlah 8.310.", "",
		"00:12:13.000 --> 00:12:15.000 align:start position:0%", "Kecamatan Paga, 7 desa, 35 TPS,", "",
		"00:12:15.000 --> 00:12:17.000 align:start position:0%", "Kecamatan Paga, 7 desa, 35 TPS,", "laki-laki 3.350, perempuan 3.290,", "",
		"00:12:17.000 --> 00:12:19.000 align:start position:0%", "laki-laki 3.350, perempuan 3.290,", "jumlah 6.640.", "")
	// two time codes are no subtitle file: an arrow may stand in prose
	few := append(caption,
		"1", "00:41:06,800 --> 00:41:10,010", "Kecamatan Alok,", "11 desa, 62 TPS,", "",
		"2", "00:41:10,500 --> 00:41:14,900", "laki-laki 5.600, perempuan 5.650,", "jumlah 11.250.", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "srt, a sentence over two cues, the kabupaten over three", body: srt, want: map[string][]string{"dpt": rows}},
		{name: "webvtt, no hours, voice tags", body: vtt, want: map[string][]string{"dpt": rows}},
		{name: "rolling automatic captions, no kabupaten", body: rolling, want: map[string][]string{"dpt": rows[:3]}},
		{name: "two cues only: left as written", body: few},
	})
}
