package parse

import "testing"

// TestSeriesIntroducedByLine: a series table of one indicator introduced by
// a line ending in ':' in place of a caption, which names the indicator in
// another form of its words ("ketersediaan" for "tersedianya",
// "pemutakhiran" for "memutakhirkan"), reads as the series of the report's own
// indicator. A plain paragraph above is no caption; words of no indicator
// of the report prove none.
func TestSeriesIntroducedByLine(t *testing.T) {
	const a = "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik"
	const k = "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu"
	series := func(intro string) []string {
		return append(capaianTable2024("1\t"+k+"\t100,00\t100,00\t100,00", "2\t"+a+"\t90,00\t92,63\t102,92"),
			intro, "", "Tahun\tTarget\tRealisasi", "2022\t88,00\t91,37", "2023\t90,00\t92,63")
	}
	rows := func(ind string) map[string][]string {
		return map[string][]string{"capaian_seri": {ind + "|2022|target|88", ind + "|2023|target|90",
			ind + "|2022|realisasi|91.37", ind + "|2023|realisasi|92.63"}}
	}
	checkDocs(t, []string{"capaian_seri"}, []docCase{
		{"a trend line ending in ':'", series("Tren indikator ketersediaan sarana dan prasarana kerja 2022-2023:"), rows(a)},
		{"another form of another indicator", series("Perkembangan pemutakhiran data pemilih:"), rows(k)},
		{"the span of years told in words", series("Perkembangan indikator ketersediaan sarana dan prasarana kerja dalam tiga tahun terakhir:"), rows(a)},
		{"a paragraph without ':' is no caption", series("Tren indikator ketersediaan sarana dan prasarana kerja 2022-2023 terus membaik."), nil},
		{"words of no indicator of the report", series("Tren ketersediaan anggaran kerja:"), nil},
	})
}
