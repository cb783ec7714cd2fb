package parse

import "testing"

// TestBulletChartClass: the capaian as a chart typed as text, an indicator
// a line and its figures at the end: bullet graphs keyed by a key line,
// progress bars with % signs named by arithmetic, a gauge with labels; a
// line whose arithmetic fails and charts that are no capaian give nothing.
func TestBulletChartClass(t *testing.T) {
	// a bullet graph, shades and a target marker, the key after naming
	// target first; one line whose capaian is no quotient
	keyed := clipDoc(
		"                                                  0    25    50    75   100 %",
		"                                                  |----+----+----+----|",
		"Persentase Partisipasi Pemilih dalam Pemilu       ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓┃▒▒▒▒▒   77,50 │ 81,20 │ 104,77",
		"Persentase Laporan Keuangan yang Tepat Waktu      ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓┃▒   100 │ 95 │ 95,00",
		"Persentase Pemutakhiran Data Pemilih Berkelanjutan ▓▓▓▓▓▓▓▓▓▓▓▓▓┃▒▒▒▒   90 │ 85 │ 99,00",
		"",
		"Keterangan: ▓ realisasi, ┃ target; angka: target │ realisasi │ capaian (%).")
	wantKeyed := []string{"Persentase Partisipasi Pemilih dalam Pemilu|77.5|81.2|104.77",
		"Persentase Laporan Keuangan yang Tepat Waktu|100|95|95"}
	// progress bars in ASCII with % on the figures, only the capaian
	// labelled: realisasi and target by arithmetic (r/t, not t/r)
	bars := clipDoc(
		"Persentase Partisipasi Pemilih dalam Pemilu  [#########-] 81,20% / 77,50% capaian 104,77%",
		"Persentase Laporan Keuangan yang Tepat Waktu  [########--] 95,00% / 100,00% capaian 95,00%")
	wantBars := []string{"Persentase Partisipasi Pemilih dalam Pemilu|77.5|81.2|104.77",
		"Persentase Laporan Keuangan yang Tepat Waktu|100|95|95"}
	// a gauge, the figures labelled, capaian unlabelled with its % apart
	gauge := clipDoc("Persentase Partisipasi Pemilih dalam Pemilu   ◔◔◔◔◔◑  target 80 | realisasi 82,56 | 103,2 %")
	wantGauge := []string{"Persentase Partisipasi Pemilih dalam Pemilu|80|82.56|103.2"}
	// sparklines of the quarters, the key above the run in English order words
	spark := clipDoc("Angka di kanan: target / realisasi / capaian (%).", "",
		"Persentase Partisipasi Pemilih dalam Pemilu   ▁▃▅▇  75,00 / 78,30 / 104,40",
		"Persentase Laporan Keuangan yang Tepat Waktu  ▂▄▆█  100 / 100 / 100")
	wantSpark := []string{"Persentase Partisipasi Pemilih dalam Pemilu|75|78.3|104.4",
		"Persentase Laporan Keuangan yang Tepat Waktu|100|100|100"}
	// look-alike: a chart line whose figures run on into a sentence
	sentence := clipDoc("Angka: target / realisasi / capaian.",
		"Persentase Partisipasi Pemilih dalam Pemilu   ▁▃▅▇  75,00 / 78,30 / 104,40 naik dari tahun lalu")
	// one line, no key, no labels: which figure is which is not proven;
	// nor are two lines whose target and capaian fit swapped
	lone := clipDoc("Persentase Partisipasi Pemilih dalam Pemilu  ██████████┃░░░  82,56 ┃ 80,00 │ 103,20")
	swapped := clipDoc(
		"Persentase Partisipasi Pemilih dalam Pemilu  [#########-] 81,20% (104,77%) / 77,50%",
		"Persentase Laporan Keuangan yang Tepat Waktu  [########--] 95,00% (95,00%) / 100,00%")
	// look-alike: a DPT growth bar chart, kecamatan and voters
	growth := clipDoc("Pertumbuhan pemilih per kecamatan:", "",
		"Alok       ████████████████  14.515 │ 14.020 │ 103,53",
		"Nita       ██████████        8.153 │ 8.001 │ 101,90")
	// look-alike: a server's load bars
	server := clipDoc("Beban server pusat data:", "",
		"Server basis data utama  [########--] 80 / 100 (80%)",
		"Server aplikasi SIDALIH  [######----] 60 / 100 (60%)")
	checkDocs(t, []string{"capaian"}, []docCase{
		{"bullet graph keyed, one line failing", keyed, map[string][]string{"capaian": wantKeyed}},
		{"progress bars by arithmetic", bars, map[string][]string{"capaian": wantBars}},
		{"gauge with labels", gauge, map[string][]string{"capaian": wantGauge}},
		{"sparklines keyed above", spark, map[string][]string{"capaian": wantSpark}},
		{"figures running into a sentence", sentence, nil},
		{"one unkeyed line", lone, nil},
		{"target and capaian swappable", swapped, nil},
		{"DPT growth chart", growth, nil},
		{"server load bars", server, nil},
	})
}
