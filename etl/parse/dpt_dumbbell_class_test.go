package parse

import "testing"

// TestDumbbellDPTClass: a DPT typed again from a dumbbell chart, a
// kecamatan a line: the figures either side of the axis, the points joined
// by a bar, Σ and the line's total; the kabupaten in a note under it.
// Which side is L is the header's label beside the axis or, without one,
// what the points' order says through the key; never assumed.
func TestDumbbellDPTClass(t *testing.T) {
	base := []string{
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"[Gambar: grafik halter DPT menurut jenis kelamin]", "",
		"Keterangan: ● laki-laki   ○ perempuan   ━ selisih", "",
		"                                  0          5.000        10.000",
		"KECAMATAN                     L   ┼──────────┼──────────┼   P        JUMLAH",
		"ALOK (12 desa/kel, 40 TPS)    7.210         ○━●               6.905    Σ 14.115",
		"NITA (9 desa/kel, 31 TPS)     4.120       ●○                  4.233    Σ 8.353",
		"BOLA (6 desa/kel, 18 TPS)     2.015     ○●                    1.990    Σ 4.005",
		"",
		"Catatan: Kabupaten Sikka seluruhnya 27 desa/kelurahan, 89 TPS; laki-laki 13.345, perempuan 13.128, jumlah 26.473 pemilih.",
		"",
	}
	// P on the left, the key's order likewise, TABs as a PDF's text gives them
	pLeft := []string{
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"Keterangan: ○ perempuan\t● laki-laki", "",
		"\t\t0\t5.000\t10.000",
		"WILAYAH\tP\t┼──────────┼──────────┼\tL\tTOTAL",
		"ALOK (12 desa/kel, 40 TPS)\t6.905\t○━●\t7.210\tΣ\t14.115",
		"NITA (9 desa/kel, 31 TPS)\t4.233\t●○\t4.120\tΣ\t8.353",
		"",
	}
	// no sex label in the header: the points say it through the key
	noHead := []string{
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"Legenda: ◆ perempuan   ◇ laki-laki", "",
		"KECAMATAN                 ┼──────────┼──────────┼          JUMLAH",
		"ALOK       6.905          ◆━━◇                  7.210      Σ 14.115",
		"NITA       4.000              ◆                 4.000      Σ 8.000",
		"",
	}
	// the points say P is left while the header says L: no facts
	contra := []string{
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"Keterangan: ● laki-laki   ○ perempuan", "",
		"KECAMATAN                     L   ┼──────────┼──────────┼   P        JUMLAH",
		"ALOK (12 desa/kel, 40 TPS)    7.210         ●━○               6.905    Σ 14.115",
		"",
	}
	// a line not summing to its Σ gives no row, and the note no longer sums
	offSum := []string{
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"Keterangan: ● laki-laki   ○ perempuan", "",
		"KECAMATAN                     L   ┼──────────┼──────────┼   P        JUMLAH",
		"ALOK (12 desa/kel, 40 TPS)    7.210         ○━●               6.905    Σ 14.115",
		"NITA (9 desa/kel, 31 TPS)     4.120       ●○                  4.233    Σ 8.335",
		"",
		"Catatan: Kabupaten Sikka seluruhnya 21 desa/kelurahan, 71 TPS; laki-laki 11.330, perempuan 11.138, jumlah 22.468 pemilih.",
		"",
	}
	// a key alone, no chart under it
	keyOnly := []string{
		"Keterangan: ● laki-laki   ○ perempuan", "",
		"Jumlah pemilih Σ 26.473 tersebar di 89 TPS.", "",
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"L left, counts in brackets, the kabupaten in the note", base, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|6905|14115",
			"pemilu|2024|kecamatan|NITA|9|31|4120|4233|8353",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|89|13345|13128|26473",
		}}},
		{"P left, fields by TABs", pLeft, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|6905|14115",
			"pemilu|2024|kecamatan|NITA|9|31|4120|4233|8353",
		}}},
		{"no header label: the points' order and the key", noHead, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|6905|14115",
			"pemilu|2024|kecamatan|NITA|<nil>|<nil>|4000|4000|8000",
		}}},
		{"points contradict the header", contra, nil},
		{"a line off its sum", offSum, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|6905|14115",
		}}},
		{"a key alone", keyOnly, nil},
	})
}
