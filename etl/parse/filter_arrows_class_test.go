package parse

import "testing"

// TestFilterArrowsClass: a sheet printed with AutoFilter on ends every
// header cell in a drop-down arrow (▾, ▼ or ⏷), and the print may carry
// the sheet tabs and the status bar under the table, right after its last
// row or after a blank line. The arrows are no part of the column names;
// the status bar's sum is no total row and no fact.
func TestFilterArrowsClass(t *testing.T) {
	budget := func(arrow string, foot ...string) []string {
		a := " " + arrow
		rows := []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Kode" + a + "\tProgram / Kegiatan" + a + "\tPagu" + a + "\tRealisasi" + a + "\tSisa" + a + "\tSerapan (%)" + a,
			"076.01.WA\tProgram Dukungan Manajemen\t1.850.000.000\t1.792.450.000\t57.550.000\t96,89",
			"4112\tPengelolaan Keuangan dan BMN\t720.000.000\t701.300.000\t18.700.000\t97,40",
			"4113\tOperasional Perkantoran\t1.130.000.000\t1.091.150.000\t38.850.000\t96,56",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t4.400.000.000\t4.268.000.000\t132.000.000\t97,00",
			"6639\tTeknis Penyelenggaraan\t2.900.000.000\t2.813.000.000\t87.000.000\t97,00",
			"6867\tPembentukan Badan Adhoc\t1.500.000.000\t1.455.000.000\t45.000.000\t97,00",
			"\tJUMLAH\t6.250.000.000\t6.060.450.000\t189.550.000\t96,97",
		}
		return append(rows, foot...)
	}
	wantBudget := []string{
		"076.01.WA|program||2024|1850000000|1792450000|57550000",
		"4112|kegiatan|076.01.WA|2024|720000000|701300000|18700000",
		"4113|kegiatan|076.01.WA|2024|1130000000|1091150000|38850000",
		"076.01.CQ|program||2024|4400000000|4268000000|132000000",
		"6639|kegiatan|076.01.CQ|2024|2900000000|2813000000|87000000",
		"6867|kegiatan|076.01.CQ|2024|1500000000|1455000000|45000000",
		"TOTAL|total||2024|6250000000|6060450000|189550000",
	}
	dpt := []string{
		"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No ▼\tKecamatan ▼\tDesa/Kel ▼\tTPS ▼\tL ▼\tP ▼\tL+P ▼",
		"1\tALOK\t11\t60\t7.210\t7.540\t14.750",
		"2\tNITA\t12\t35\t4.820\t5.010\t9.830",
		"3\tKEWAPANTE\t9\t28\t3.905\t4.115\t8.020",
		"4\tTALIBURA\t12\t41\t5.630\t5.480\t11.110",
		"\tJUMLAH\t44\t164\t21.565\t22.145\t43.710",
		"◀ ▶  Capaian  Anggaran  [DPT]  ⊕",
		"Siap    Rata-rata: 17.484    Hitungan: 5    Jumlah: 87.420    Min: 8.020    Maks: 43.710",
		"",
		"Sumber: rekapitulasi KPU Kabupaten.",
	}
	layout := []string{
		"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"  No ▾ Kecamatan ▾      Desa/Kel ▾   TPS ▾       L ▾       P ▾     L+P ▾",
		"  1    ALOK                     11      60     7.210     7.540    14.750",
		"  2    NITA                     12      35     4.820     5.010     9.830",
		"  3    KEWAPANTE                 9      28     3.905     4.115     8.020",
		"  4    TALIBURA                 12      41     5.630     5.480    11.110",
		"       JUMLAH                   44     164    21.565    22.145    43.710",
		"",
		"  Siap      Rata-rata: 10.928      Hitungan: 4      Jumlah: 43.710",
		"",
	}
	wantDPT := []string{
		"pemilu|2024|kecamatan|ALOK|11|60|7210|7540|14750",
		"pemilu|2024|kecamatan|NITA|12|35|4820|5010|9830",
		"pemilu|2024|kecamatan|KEWAPANTE|9|28|3905|4115|8020",
		"pemilu|2024|kecamatan|TALIBURA|12|41|5630|5480|11110",
		"pemilu|2024|kabupaten|Kabupaten Sikka|44|164|21565|22145|43710",
	}
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{
		{"budget, Indonesian status bar after a blank line", budget("▾", "",
			"◄ ►   Capaian  [Anggaran]  DPT   ⊕",
			"Siap      Rata-rata: 5.180.257.143      Hitungan: 7      Jumlah: 36.261.800.000      100%",
			""), map[string][]string{"anggaran": wantBudget}},
		{"budget, English status bar right under the last row", budget("⏷",
			"Ready    Average: 6,060,450,000    Count: 7    Sum: 42,423,150,000", ""),
			map[string][]string{"anggaran": wantBudget}},
		{"dpt with solid arrows, sheet tabs and status bar under the total", dpt, map[string][]string{"dpt": wantDPT}},
		{"dpt as -layout text, its header's arrows among spaces", layout, map[string][]string{"dpt": wantDPT}},
	})
}

// TestFilterArrowsKept: an arrow is dropped only from a row whose every
// filled cell ends in one and which names something; a trend arrow after a
// body row's figures and a lone arrow in a title stay.
func TestFilterArrowsKept(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"header row", "No ▾\tUraian ▾\tNilai ▾\n", "No\tUraian\tNilai\n"},
		{"trend arrows in a body row", "Persentase partisipasi\t80,00 ▼\t76,10 ▼\n", "Persentase partisipasi\t80,00 ▼\t76,10 ▼\n"},
		{"figures only", "2023 ▼\t81,20 ▼\n", "2023 ▼\t81,20 ▼\n"},
		{"one arrow among plain cells", "Kode\tUraian ▾\tPagu\n", "Kode\tUraian ▾\tPagu\n"},
		{"spaced header, columns kept", "  Kode ▾   Pagu ▾\n", "  Kode     Pagu\n"},
		{"spaced trend figures", "  Partisipasi   80,00 ▼   76,10 ▼\n", "  Partisipasi   80,00 ▼   76,10 ▼\n"},
		{"a sentence with two labels", "Rata-rata: 80,00 dan Jumlah: 400 peserta.\n", "Rata-rata: 80,00 dan Jumlah: 400 peserta.\n"},
	} {
		if got := string(filterPrint([]byte(tc.in), nil)); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
