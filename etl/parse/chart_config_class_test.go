package parse

import (
	"strings"
	"testing"
)

// TestChartConfigClass: tables left as the chart configuration of a
// dashboard's page source (Chart.js, Highcharts, ECharts): the labels are
// the rows, each dataset or series a column under its name, figures in the
// script's English notation (3.500 is three and a half), null an empty
// cell, a hidden dataset a text column; a chart longer than its lines is
// placed on its side and read by the DPT's sideways reader.
func TestChartConfigClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "sakip_komponen", "dpt"}, []docCase{
		{"chart.js capaian, single quotes, trailing commas, hidden unit, comment caption", []string{
			"<!-- Tabel 3.1 Pengukuran Kinerja Tahun 2024 -->",
			"<canvas id=\"t31\"></canvas>",
			"<script>",
			"new Chart(document.getElementById('t31'), {",
			"  type: 'bar',",
			"  data: {",
			"    labels: ['Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan', 'Indeks Kepuasan Layanan Informasi Publik', 'Opini BPK atas Laporan Keuangan'],",
			"    datasets: [",
			"      { label: 'Satuan', hidden: true, data: ['%', 'Indeks', 'Opini'] },",
			"      { label: 'Target', data: [77.50, 3.500, 'WTP'] },",
			"      { label: 'Realisasi', data: [81.20, 3.750, 'WTP'], },",
			"      { label: 'Capaian (%)', data: [104.77, 107.14, 100.00] },",
			"    ],",
			"  },",
			"  options: { responsive: true, plugins: { legend: { position: 'bottom' } } },",
			"});",
			"</script>",
			"",
		}, map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|81.2|104.77",
			"Indeks Kepuasan Layanan Informasi Publik|3.5|3.75|107.14",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"chart.js capaian, double quotes, figures as strings, title in options", []string{
			"<script>",
			"const ctx = document.getElementById(\"grafikCapaian\");",
			"new Chart(ctx, {",
			"  type: \"bar\",",
			"  data: {",
			"    labels: [\"Persentase Satker dalam Menyampaikan Laporan Keuangan Tepat Waktu\", \"Persentase Arsip Inaktif yang Dikelola Sesuai Aturan\"],",
			"    datasets: [",
			"      { label: \"Target\", data: [\"100\", \"80.00\"] },",
			"      { label: \"Realisasi\", data: [\"100\", \"86.40\"] },",
			"      { label: \"Capaian (%)\", data: [\"100\", \"108.00\"] },",
			"    ],",
			"  },",
			"  options: { plugins: { title: { display: true, text: \"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024\" } } },",
			"});",
			"</script>",
			"",
		}, map[string][]string{"capaian": {
			"Persentase Satker dalam Menyampaikan Laporan Keuangan Tepat Waktu|100|100|100",
			"Persentase Arsip Inaktif yang Dikelola Sesuai Aturan|80|86.4|108"}}},
		{"highcharts budget, code series not visible, callback skipped", []string{
			"<div id=\"anggaran\"></div>",
			"<script>",
			"Highcharts.chart('anggaran', {",
			"    chart: { type: 'column' },",
			"    title: { text: 'Tabel 3.3 Realisasi Anggaran Tahun 2024' },",
			"    xAxis: { categories: ['Program Dukungan Manajemen', 'Pengelolaan Keuangan dan Barang Milik Negara', 'Operasional Perkantoran dan Dukungan Sarana Prasarana', 'Jumlah'] },",
			"    tooltip: { formatter: function () { return this.x + ': ' + this.y; } },",
			"    series: [",
			"        { name: 'Kode', visible: false, data: ['076.01.WA', '3355', '3360', null] },",
			"        { name: 'Pagu', data: [4230500000, 1870250000, 2360250000, 4230500000] },",
			"        { name: 'Realisasi', data: [4105771220, 1802118400, 2303652820, 4105771220] },",
			"        { name: 'Sisa', data: [124728780, 68131600, 56597180, 124728780] }",
			"    ]",
			"});",
			"</script>",
			"",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|4230500000|4105771220|124728780",
			"3355|kegiatan|076.01.WA|2024|1870250000|1802118400|68131600",
			"3360|kegiatan|076.01.WA|2024|2360250000|2303652820|56597180",
			"TOTAL|total||2024|4230500000|4105771220|124728780"}}},
		{"echarts SAKIP components, option object, caption names the rows", []string{
			"<div id=\"sakip\" style=\"height:360px\"></div>",
			"<script type=\"text/javascript\">",
			"var chart = echarts.init(document.getElementById('sakip'));",
			"var option = {",
			"  title: { text: 'Nilai Evaluasi AKIP Tahun 2023 per Komponen' },",
			"  tooltip: {},",
			"  xAxis: { type: 'category', data: ['Perencanaan Kinerja', 'Pengukuran Kinerja', 'Pelaporan Kinerja', 'Evaluasi Akuntabilitas Kinerja Internal', 'Nilai Akhir'] },",
			"  yAxis: { type: 'value' },",
			"  series: [",
			"    { name: 'Bobot', type: 'bar', data: [30, 30, 15, 25, 100] },",
			"    { name: 'Nilai', type: 'bar', data: [20.10, 19.35, 10.05, 15.80, 65.30] }",
			"  ]",
			"};",
			"chart.setOption(option);",
			"</script>",
			"",
		}, map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|20.1",
			"2023|pengukuran|30|19.35",
			"2023|pelaporan|15|10.05",
			"2023|evaluasi_internal|25|15.8"}}},
		{"highcharts DPT, axis title heads the rows", []string{
			"Tabel 3.4 Daftar Pemilih Tetap Pemilu 2024",
			"Highcharts.chart('dpt', {",
			"  xAxis: { title: { text: 'Kecamatan' }, categories: ['PAGA', 'MEGO', 'TANAWAWO', 'JUMLAH'] },",
			"  series: [",
			"    { name: 'Desa', data: [9, 6, 10, 25] },",
			"    { name: 'TPS', data: [14, 19, 14, 47] },",
			"    { name: 'L', data: [2203, 5998, 2905, 11106] },",
			"    { name: 'P', data: [2088, 5803, 3200, 11091] },",
			"    { name: 'L+P', data: [{ y: 4291 }, { y: 11801 }, { y: 6105 }, { y: 22197 }] },",
			"  ],",
			"});",
			"",
		}, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|PAGA|9|14|2203|2088|4291",
			"pemilu|2024|kecamatan|MEGO|6|19|5998|5803|11801",
			"pemilu|2024|kecamatan|TANAWAWO|10|14|2905|3200|6105",
			"pemilu|2024|kabupaten|Kabupaten Sikka|25|47|11106|11091|22197"}}},
		{"chart.js DPT longer than its lines, placed on its side", []string{
			"Rekapitulasi DPT Pemilu 2024 per Kecamatan:",
			"<script>",
			"new Chart(document.getElementById('dpt').getContext('2d'), {",
			"  type: 'bar',",
			"  data: {",
			"    labels: ['PAGA', 'MEGO', 'TANAWAWO', 'LELA', 'BOLA', 'DORENG', 'MAPITARA', 'TALIBURA', 'WAIGETE', 'WAIBLAMA', 'KEWAPANTE', 'HEWOKLOANG', 'KANGAE', 'PALUE', 'KOTING', 'NELLE', 'ALOK', 'JUMLAH'],",
			"    datasets: [",
			"      { label: 'Desa/Kel', data: [9, 6, 10, 14, 4, 5, 12, 5, 9, 13, 4, 12, 7, 4, 5, 10, 10, 139] },",
			"      { label: 'TPS', data: [14, 19, 14, 29, 25, 13, 38, 30, 15, 19, 32, 32, 30, 13, 30, 30, 24, 407] },",
			"      { label: 'L', data: [2203, 5998, 2905, 2190, 4280, 5516, 2545, 3186, 3716, 2590, 4214, 2482, 4338, 3263, 4294, 5342, 4793, 63855] },",
			"      { label: 'P', data: [2088, 5803, 3200, 2474, 4172, 5597, 2344, 3446, 3480, 2867, 3975, 2392, 4546, 3507, 4431, 5363, 4969, 64654] },",
			"      { label: 'L+P', data: [4291, 11801, 6105, 4664, 8452, 11113, 4889, 6632, 7196, 5457, 8189, 4874, 8884, 6770, 8725, 10705, 9762, 128509] },",
			"    ]",
			"  }",
			"});",
			"</script>",
			"",
		}, map[string][]string{"dpt": chartDPTWant()}},
		{"echarts dataset source, header row over rows", []string{
			"<script>",
			"myChart.setOption({",
			"  title: { text: 'Tabel 3.2 Nilai SAKIP Tahun 2022 per Komponen' },",
			"  dataset: { source: [",
			"    ['Komponen', 'Bobot', 'Nilai'],",
			"    ['Perencanaan Kinerja', 30, 21.40],",
			"    ['Pengukuran Kinerja', 30, 18.90],",
			"    ['Pelaporan Kinerja', 15, 11.25],",
			"    ['Evaluasi Akuntabilitas Kinerja Internal', 25, 16.05],",
			"  ] },",
			"  xAxis: { type: 'category' }, yAxis: {},",
			"  series: [{ type: 'bar' }, { type: 'bar' }]",
			"});",
			"</script>",
			"",
		}, map[string][]string{"sakip_komponen": {
			"2022|perencanaan|30|21.4",
			"2022|pengukuran|30|18.9",
			"2022|pelaporan|15|11.25",
			"2022|evaluasi_internal|25|16.05"}}},
		{"highcharts budget, quoted figures in the report's notation", []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2024",
			"",
			"Highcharts.chart('ang', {",
			"  xAxis: { categories: [\"Program Dukungan Manajemen\", \"Operasional Perkantoran dan Dukungan Sarana Prasarana\", \"Jumlah\"] },",
			"  series: [",
			"    { name: \"Kode\", visible: false, data: [\"076.01.WA\", \"3360\", \"\"] },",
			"    { name: \"Pagu\", data: [\"2.500.000.000\", \"2.500.000.000\", \"2.500.000.000\"] },",
			"    { name: \"Realisasi\", data: [\"2.499.500.000\", \"2.499.500.000\", \"2.499.500.000\"] },",
			"    { name: \"Sisa\", data: [\"500.000\", \"500.000\", \"500.000\"] },",
			"  ],",
			"});",
			"",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2500000000|2499500000|500000",
			"3360|kegiatan|076.01.WA|2024|2500000000|2499500000|500000",
			"TOTAL|total||2024|2500000000|2499500000|500000"}}},
		{"chart.js 2 DPT, axis label heads the rows, caption over a blank line", []string{
			"Tabel 3.5 Rekapitulasi DPT Pemilihan Serentak 2024",
			"",
			"<script>",
			"var dptChart = new Chart(document.getElementById('dpt24'), {",
			"  type: 'horizontalBar',",
			"  data: {",
			"    labels: ['ALOK BARAT', 'ALOK TIMUR', 'MAGEPANDA', 'NITA', 'Jumlah'],",
			"    datasets: [",
			"      { label: 'Desa/Kelurahan', data: [7, 8, 5, 12, 32] },",
			"      { label: 'TPS', data: [41, 52, 18, 37, 148] },",
			"      { label: 'Laki-laki', data: [9120, 11045, 4310, 8805, 33280] },",
			"      { label: 'Perempuan', data: [9377, 11410, 4452, 9016, 34255] },",
			"      { label: 'Jumlah', data: [18497, 22455, 8762, 17821, 67535] },",
			"    ]",
			"  },",
			"  options: { scales: { xAxes: [{ scaleLabel: { display: true, labelString: 'Kecamatan' } }] } }",
			"});",
			"</script>",
			"",
		}, map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|ALOK BARAT|7|41|9120|9377|18497",
			"pilkada|2024|kecamatan|ALOK TIMUR|8|52|11045|11410|22455",
			"pilkada|2024|kecamatan|MAGEPANDA|5|18|4310|4452|8762",
			"pilkada|2024|kecamatan|NITA|12|37|8805|9016|17821",
			"pilkada|2024|kabupaten|Kabupaten Sikka|32|148|33280|34255|67535"}}},
		{"chart.js data object apart from its config, script comment caption", []string{
			"<script>",
			"// Tabel 3.3 Realisasi Anggaran Tahun 2024",
			"const dataAnggaran = {",
			"  labels: ['Program Dukungan Manajemen', 'Pengelolaan Sumber Daya Manusia', 'Total'],",
			"  datasets: [",
			"    { label: 'Kode', hidden: true, data: ['076.01.WA', '3358', null] },",
			"    { label: 'Pagu', data: [975000000, 975000000, 975000000] },",
			"    { label: 'Realisasi', data: [951250400, 951250400, 951250400] },",
			"  ],",
			"};",
			"const config = { type: 'bar', data: dataAnggaran };",
			"new Chart(document.getElementById('ang'), config);",
			"</script>",
			"",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|975000000|951250400|23749600",
			"3358|kegiatan|076.01.WA|2024|975000000|951250400|23749600",
			"TOTAL|total||2024|975000000|951250400|23749600"}}},
		{"highcharts capaian, HTML comment over a blank line", []string{
			"<!-- Tabel 3.1 Capaian Kinerja Tahun 2024 -->",
			"",
			"<div id=\"capaian\"></div>",
			"<script>",
			"Highcharts.chart(\"capaian\", {",
			"  xAxis: { categories: [\"Persentase Pemutakhiran Data Pemilih Berkelanjutan\", \"Indeks Kepuasan Layanan Informasi Publik\"] },",
			"  series: [{ name: \"Target\", data: [100, 3.2] }, { name: \"Realisasi\", data: [100, 3.4] }, { name: \"Capaian (%)\", data: [100, 106.25] }],",
			"});",
			"</script>",
			"",
		}, map[string][]string{"capaian": {
			"Persentase Pemutakhiran Data Pemilih Berkelanjutan|100|100|100",
			"Indeks Kepuasan Layanan Informasi Publik|3.2|3.4|106.25"}}},
		{"a dataset one value short is no table", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024",
			"new Chart(ctx, {",
			"  data: {",
			"    labels: ['Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan', 'Indeks Kepuasan Layanan Informasi Publik'],",
			"    datasets: [",
			"      { label: 'Target', data: [77.50, 3.50] },",
			"      { label: 'Realisasi', data: [81.20] },",
			"      { label: 'Capaian (%)', data: [104.77, 100.00] },",
			"    ]",
			"  }",
			"});",
			"",
		}, map[string][]string{}},
	})
}

// chartDPTWant: the seventeen kecamatan of the sideways DPT and its total.
func chartDPTWant() []string {
	names := "PAGA MEGO TANAWAWO LELA BOLA DORENG MAPITARA TALIBURA WAIGETE WAIBLAMA KEWAPANTE HEWOKLOANG KANGAE PALUE KOTING NELLE ALOK"
	cols := [][]string{
		strings.Fields("9 6 10 14 4 5 12 5 9 13 4 12 7 4 5 10 10"),
		strings.Fields("14 19 14 29 25 13 38 30 15 19 32 32 30 13 30 30 24"),
		strings.Fields("2203 5998 2905 2190 4280 5516 2545 3186 3716 2590 4214 2482 4338 3263 4294 5342 4793"),
		strings.Fields("2088 5803 3200 2474 4172 5597 2344 3446 3480 2867 3975 2392 4546 3507 4431 5363 4969"),
		strings.Fields("4291 11801 6105 4664 8452 11113 4889 6632 7196 5457 8189 4874 8884 6770 8725 10705 9762"),
	}
	var out []string
	for i, n := range strings.Fields(names) {
		out = append(out, "pemilu|2024|kecamatan|"+n+"|"+cols[0][i]+"|"+cols[1][i]+"|"+cols[2][i]+"|"+cols[3][i]+"|"+cols[4][i])
	}
	return append(out, "pemilu|2024|kabupaten|Kabupaten Sikka|139|407|63855|64654|128509")
}

// TestChartConfigUnproven: a chart that is no proven table is reported as
// a table not read: a series short of a value, a dataset without a name, a
// quoted "12.500" that nothing in the chart reads one way or the other.
func TestChartConfigUnproven(t *testing.T) {
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"series one value short", []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2024",
			"Highcharts.chart('a', {",
			"  xAxis: { categories: ['Program Dukungan Manajemen', 'Jumlah'] },",
			"  series: [{ name: 'Pagu', data: [2100000000, 2100000000] }, { name: 'Realisasi', data: [2050000000] }]",
			"});"}},
		{"dataset without a name", []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2023",
			"new Chart(el, { data: { labels: [\"Program Dukungan Manajemen\", \"Jumlah\"],",
			"  datasets: [{ label: \"Pagu\", data: [1900000000, 1900000000] }, { data: [1850000000, 1850000000] }] } });"}},
		{"points as pairs, no categories", []string{
			"Tabel 3.4 DPT Pemilu 2024 per Kecamatan",
			"Highcharts.chart('d', { xAxis: { type: 'category' },",
			"  series: [{ name: 'L', data: [['PAGA', 2203], ['MEGO', 5998]] }, { name: 'P', data: [['PAGA', 2088], ['MEGO', 5803]] }] });"}},
		{"quoted figures read either way", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2022",
			"new Chart(el, { data: { labels: ['Indeks Kepuasan Layanan Informasi Publik', 'Indeks Profesionalitas ASN'],",
			"  datasets: [{ label: 'Target', data: ['3.500', '2.750'] }, { label: 'Realisasi', data: ['3.625', '3.125'] },",
			"    { label: 'Capaian (%)', data: ['103.571', '113.636'] }] } });"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append(tc.body, "")...)
			if n := len(d.Anggaran) + len(d.Capaian) + len(d.DPT); n != 0 {
				t.Errorf("%d rows from an unproven chart: %v %v %v", n, factRows["anggaran"](d), factRows["capaian"](d), factRows["dpt"](d))
			}
			found := false
			for _, f := range d.Findings {
				found = found || f.Aturan == "tabel.tidak_dikenali"
			}
			if !found {
				t.Errorf("no tabel.tidak_dikenali for the unproven chart")
			}
		})
	}
}
