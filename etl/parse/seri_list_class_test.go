package parse

import "testing"

// TestSeriesAsList: a series written as a list, one item a year with its
// figures named by role words, under a line naming the indicator, reads as
// the series table it stands for (the labelled-rows reader builds the
// table, seriByCaption proves the indicator against the report's capaian);
// a line naming no indicator of the report, a year stated twice or no
// introducing line leave it unread.
func TestSeriesAsList(t *testing.T) {
	const k = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
	capaian := capaianTable2024("1\t" + k + "\t75,00\t79,46\t105,95")
	doc := func(intro string, items ...string) []string {
		return append(append(capaianTable2024("1\t"+k+"\t75,00\t79,46\t105,95"), intro, ""), items...)
	}
	both := map[string][]string{"capaian_seri": {k + "|2022|target|70", k + "|2023|target|72.5", k + "|2024|target|75",
		k + "|2022|realisasi|72.18", k + "|2023|realisasi|75.64", k + "|2024|realisasi|79.46"}}
	checkDocs(t, []string{"capaian_seri"}, []docCase{{
		name: "a dash list of years",
		body: doc("Perkembangan indikator kesesuaian kompetensi pegawai tiga tahun terakhir:",
			"- Tahun 2022: target 70,00%, realisasi 72,18%;", "- Tahun 2023: target 72,50%, realisasi 75,64%;", "- Tahun 2024: target 75,00%, realisasi 79,46%;"),
		want: both,
	}, {
		name: "bullets, the year alone, realisasi first, a capaian beside the pair",
		body: doc("Tren kesesuaian kompetensi pegawai:",
			"• 2022 – realisasi 72,18 persen dari target 70,00 persen (capaian 103,11%)", "",
			"• 2023 – realisasi 75,64 persen dari target 72,50 persen (capaian 104,33%)", "",
			"• 2024 – realisasi 79,46 persen dari target 75,00 persen (capaian 105,95%)", ""),
		want: both,
	}, {
		name: "realisations only",
		body: doc("Perkembangan realisasi kesesuaian kompetensi pegawai:",
			"a. Tahun 2022: realisasi 72,18%", "b. Tahun 2023: realisasi 75,64%"),
		want: map[string][]string{"capaian_seri": {k + "|2022|realisasi|72.18", k + "|2023|realisasi|75.64"}},
	}, {
		name: "a line naming no indicator of the report",
		body: doc("Perkembangan ketersediaan anggaran kerja:",
			"- Tahun 2022: target 70,00%, realisasi 72,18%;", "- Tahun 2023: target 72,50%, realisasi 75,64%;"),
	}, {
		name: "a year after a role word is no figure",
		body: doc("Perkembangan indikator kesesuaian kompetensi pegawai:",
			"- Tahun 2022: target 70,00%, realisasi 2022 sebesar 72,18%;", "- Tahun 2023: target 72,50%, realisasi 2023 sebesar 75,64%;"),
	}, {
		name: "a year stated twice",
		body: doc("Perkembangan indikator kesesuaian kompetensi pegawai:",
			"- Tahun 2023: target 70,00%, realisasi 72,18%;", "- Tahun 2023: target 72,50%, realisasi 75,64%;"),
	}, {
		name: "no line introducing the list",
		body: append(append([]string{}, capaian...), "- Tahun 2022: target 70,00%, realisasi 72,18%;", "- Tahun 2023: target 72,50%, realisasi 75,64%;"),
	}})
}

// TestSeriesCaptionTwoIndicators: a series caption whose words belong to two
// of the report's indicators names the one whose capaian the table's row of
// the report year repeats; with no such row, or a row repeating neither,
// the table stays unread.
func TestSeriesCaptionTwoIndicators(t *testing.T) {
	const all = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
	const women = "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan"
	series := func(last string) []string {
		return append(capaianTable2024("1\t"+all+"\t77,50\t81,36\t104,98", "2\t"+women+"\t77,50\t83,02\t107,12"),
			"Tabel 3.1a Tren Partisipasi Pemilih", "", "Tahun\tTarget (%)\tRealisasi (%)", "2019\t77,50\t79,84", "2020\t77,50\t80,27", last, "")
	}
	checkDocs(t, []string{"capaian_seri"}, []docCase{{
		name: "the report year's row repeats one indicator's capaian",
		body: series("2024\t77,50\t81,36"),
		want: map[string][]string{"capaian_seri": {all + "|2019|target|77.5", all + "|2020|target|77.5", all + "|2024|target|77.5",
			all + "|2019|realisasi|79.84", all + "|2020|realisasi|80.27", all + "|2024|realisasi|81.36"}},
	}, {
		name: "the other's",
		body: series("2024\t77,50\t83,02"),
		want: map[string][]string{"capaian_seri": {women + "|2019|target|77.5", women + "|2020|target|77.5", women + "|2024|target|77.5",
			women + "|2019|realisasi|79.84", women + "|2020|realisasi|80.27", women + "|2024|realisasi|83.02"}},
	}, {
		name: "neither's",
		body: series("2024\t77,50\t82,00"),
	}, {
		name: "no row of the report year",
		body: series("2023\t77,50\t81,36"),
	}})
}

// capaianTable2024 is a report's capaian table of 2024 with the given TAB
// rows (No, Indikator, Target, Realisasi, Capaian), a blank line after it:
// the statements a series names.
func capaianTable2024(rows ...string) []string {
	return append(append([]string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)"}, rows...), "")
}
