package parse

import "testing"

// TestRunningFooterUnderRows: a page's running footer glued under a table's
// last row, or under the last row before a page break, its page number
// pushed into a figure column by TABs, is page furniture: never a region
// or an indicator named after the report with the page number as its
// figure. A row that names the report and carries the table's figures
// stays a row.
func TestRunningFooterUnderRows(t *testing.T) {
	kec := []string{"Tabel 3.5 DPT Pemilihan Tahun 2020 per Kecamatan", "", "No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tNdona\t31\t5.210\t5.388\t10.598", "2\tWolowaru\t44\t8.020\t8.110\t16.130"}
	rows := []string{"pilkada|2020|kecamatan|NDONA|<nil>|31|5210|5388|10598", "pilkada|2020|kecamatan|WOLOWARU|<nil>|44|8020|8110|16130"}
	total := "pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|75|13230|13498|26728"
	with := func(lines ...string) []string { return append(append([]string{}, kec...), lines...) }
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "the footer in the name column, the page under L+P",
		body: with("\tLKj KPU Kabupaten Ende 2021\t\t\t\t27"),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "the footer with a bar before the page, the page under TPS",
		body: with("\tLaporan Kinerja Sekretariat KPU Kabupaten Ende Tahun 2021 |\t31"),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "the page first, the footer after it",
		body: with("\t\t\t\t\t", "19\tLAKIP KPU Kab. Ende T.A. 2021"),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "a footer before the page break, the total on the next page",
		body: with("\tLaporan Kinerja KPU Kabupaten Ende 2021\t\t\t- 12 -", "", "\f", "\tJumlah\t75\t13.230\t13.498\t26.728"),
		want: map[string][]string{"dpt": append(append([]string{}, rows...), total)},
	}})
	checkDocs(t, []string{"capaian"}, []docCase{{
		name: "under a capaian table",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tPersentase pemilih yang menggunakan hak pilih\t80%\t82,5%\t103,13%",
			"2\tIndeks kepuasan layanan informasi publik\t3,5\t3,6\t102,86%",
			"\tLKjIP KPU Kabupaten Sikka Tahun 2024\t\t\t14"},
		want: map[string][]string{"capaian": {"Persentase pemilih yang menggunakan hak pilih|80|82.5|103.13",
			"Indeks kepuasan layanan informasi publik|3.5|3.6|102.86"}},
	}, {
		name: "a row naming the report with its figures stays",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tIndeks kepuasan layanan informasi publik\t3,5\t3,6\t102,86%",
			"2\tLaporan Kinerja KPU Kabupaten Sikka disusun tepat waktu\t1\t1\t100%"},
		want: map[string][]string{"capaian": {"Indeks kepuasan layanan informasi publik|3.5|3.6|102.86",
			"Laporan Kinerja KPU Kabupaten Sikka disusun tepat waktu|1|1|100"}},
	}})
}
