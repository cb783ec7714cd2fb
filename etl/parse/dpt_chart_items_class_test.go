package parse

import "testing"

// TestDPTChartItems: a DPT told as a chart's labels typed again (made-up
// figures, other satkers): a voters' pyramid with the men's side left or
// right as its heads say, its kabupaten in the chart's note; a pictogram of
// ♂ and ♀ rows under numbered areas, its kabupaten in a closing line;
// look-alikes: a pyramid without the sexes' heads, a pictogram whose icon
// rows are one sex only, and an area whose L + P is not its total.
func TestDPTChartItems(t *testing.T) {
	rows := []string{
		"pilkada|2020|kecamatan|ATAMBUA BARAT|4|22|5120|5388|10508",
		"pilkada|2020|kecamatan|TASIFETO TIMUR|12|40|7402|7611|15013",
		"pilkada|2020|kecamatan|LAMAKNEN|8|31|4033|3998|8031",
	}
	kab := "pilkada|2020|kabupaten|Kabupaten Belu|24|93|16555|16997|33552"
	head := []string{"Tabel 3.5 Rekapitulasi DPT Pemilihan 2020 per Kecamatan", "",
		"[Gambar: grafik DPT Pemilihan 2020 Kabupaten Belu - label diketik ulang]", ""}
	pyramid := func(heads string) []string {
		return append(append([]string{}, head...),
			"PIRAMIDA PEMILIH PEMILIHAN 2020 KABUPATEN BELU", "", heads, "",
			"    5.120  ███████ │   ATAMBUA BARAT  │ ███████  5.388",
			"                   │ 4 desa · 22 TPS · Σ 10.508 │",
			"    7.402 ██████████ │  TASIFETO TIMUR  │ ██████████ 7.611",
			"                   │ 12 desa · 40 TPS · Σ 15.013 │",
			"    4.033    █████ │     LAMAKNEN     │ █████    3.998",
			"                   │ 8 desa · 31 TPS · Σ 8.031 │", "",
			"Catatan: panjang batang sebanding dengan jumlah pemilih. Kabupaten Belu: 24 desa, 93 TPS, laki-laki 16.555, perempuan 16.997, jumlah 33.552 pemilih.",
			"", "BAB IV", "PENUTUP")
	}
	// the women's side on the left: the same figures, the sides swapped
	swapped := append(append([]string{}, head...),
		"PIRAMIDA PEMILIH PEMILIHAN 2020", "", "PEREMPUAN ◄      KECAMATAN      ► LAKI-LAKI", "",
		"    5.388  ███████ │   ATAMBUA BARAT  │ ███████  5.120",
		"                   │ 4 desa · 22 TPS · Σ 10.508 │",
		"    7.611 ██████████ │  TASIFETO TIMUR  │ ██████████ 7.402",
		"                   │ 12 desa · 40 TPS · Σ 15.013 │",
		"    3.998    █████ │     LAMAKNEN     │ █████    4.033",
		"                   │ 8 desa · 31 TPS · Σ 8.031 │", "", "Sumber: KPU Kabupaten Belu.")
	icons := func(men2 string) []string {
		return append(append([]string{}, head...),
			"DPT PEMILIHAN BUPATI DAN WAKIL BUPATI BELU 2020",
			"Keterangan: ♂ = 1.000 pemilih laki-laki   ♀ = 1.000 pemilih perempuan", "",
			" 1. ATAMBUA BARAT  —  4 desa/kel, 22 TPS, jumlah 10.508 pemilih",
			"    ♂♂♂♂♂  5.120", "    ♀♀♀♀♀  5.388",
			" 2. TASIFETO TIMUR  —  12 desa/kel, 40 TPS, jumlah 15.013 pemilih",
			"    "+men2, "    ♀♀♀♀♀♀♀♀  7.611",
			" 3. LAMAKNEN  —  8 desa/kel, 31 TPS, jumlah 8.031 pemilih",
			"    ♂♂♂♂  4.033", "    ♀♀♀♀  3.998", "",
			"KABUPATEN BELU  —  24 desa/kelurahan, 93 TPS, ♂ 16.555, ♀ 16.997, jumlah 33.552 pemilih", "",
			"BAB IV", "PENUTUP")
	}
	kabIcons := kab
	oneSex := append(append([]string{}, head...),
		" 1. ATAMBUA BARAT  —  4 desa/kel, 22 TPS, jumlah 10.508 pemilih", "    ♂♂♂♂♂  5.120", "    ♂♂♂♂♂  5.388",
		" 2. LAMAKNEN  —  8 desa/kel, 31 TPS, jumlah 8.031 pemilih", "    ♂♂♂♂  4.033", "    ♂♂♂♂  3.998", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "pyramid, men left, kabupaten in the note", body: pyramid("◄ LAKI-LAKI      KECAMATAN      PEREMPUAN ►"),
			want: map[string][]string{"dpt": append(append([]string{}, rows...), kab)}},
		{name: "pyramid, women left", body: swapped, want: map[string][]string{"dpt": rows}},
		{name: "pictogram, kabupaten in the closing line", body: icons("♂♂♂♂♂♂♂  7.402"),
			want: map[string][]string{"dpt": append(append([]string{}, rows...), kabIcons)}},
		{name: "pictogram with one area's L + P not its total", body: icons("♂♂♂♂♂♂♂  7.420"),
			want: map[string][]string{"dpt": {rows[0], rows[2], kabIcons}}},
		{name: "pyramid without the sexes' heads", body: pyramid("KECAMATAN")},
		{name: "pictogram rows of one sex", body: oneSex},
	})
}
