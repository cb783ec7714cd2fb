package extract

import "testing"

// TestLeaderTables: rows whose cells are parted by leader dots come out
// as tables when every line has the header's width; a row number glued to
// its label becomes a cell of its own only when the rows count 1, 2, 3;
// a label wrapped above its values joins its row; anything else is
// reported or stays text (made-up figures).
func TestLeaderTables(t *testing.T) {
	tests := []struct {
		name string
		text []string
		want []tbl
	}{
		{
			name: "row numbers glued to the labels, grades and percentages",
			text: []string{"Tabel 2 Capaian", "",
				"No. Indikator Kinerja ........ Target .... Realisasi ... Capaian",
				"1. Opini BPK atas Laporan Keuangan ... WTP ...... WTP ...... 100,00%",
				"2. Indeks kepuasan layanan .......... 80 ....... 84 ....... 105,00%",
				"3. Persentase arsip tertata ......... 90% ...... 88,20% ... 98,00%"},
			want: []tbl{{header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"},
				rows: [][]string{{"1", "Opini BPK atas Laporan Keuangan", "WTP", "WTP", "100,00%"},
					{"2", "Indeks kepuasan layanan", "80", "84", "105,00%"},
					{"3", "Persentase arsip tertata", "90%", "88,20%", "98,00%"}}, start: 3, end: 6}},
		},
		{
			name: "a total row opened by a leader keeps its empty code cell; ellipsis characters are leaders too",
			text: []string{"Kode …… Uraian ………… Pagu ……… Realisasi",
				"WA …… Program Dukungan Manajemen …… 500.000 …… 480.000",
				"WA.3357 …… Pengelolaan Umum …… 200.000 …… 190.000",
				"…… Jumlah …… 500.000 …… 480.000"},
			want: []tbl{{header: []string{"Kode", "Uraian", "Pagu", "Realisasi"},
				rows: [][]string{{"WA", "Program Dukungan Manajemen", "500.000", "480.000"},
					{"WA.3357", "Pengelolaan Umum", "200.000", "190.000"}, {"", "Jumlah", "500.000", "480.000"}}, start: 1, end: 4}},
		},
		{
			name: "a label wrapped above its values, a total without a number, prose right under the table",
			text: []string{"No. Kecamatan ..... L ....... P ....... L+P",
				"1. Kota ........... 1.000 ... 1.100 ... 2.100",
				"2. Wewewa Barat Laut dan",
				"Sekitarnya ......... 900 ..... 950 ..... 1.850",
				"3. Soa ............ 800 ..... 850 ..... 1.650",
				"Jumlah ............ 2.700 ... 2.900 ... 5.600",
				"Pada tahun 2019 jumlah pemilih sebanyak 5.100 orang."},
			want: []tbl{{header: []string{"No", "Kecamatan", "L", "P", "L+P"},
				rows: [][]string{{"1", "Kota", "1.000", "1.100", "2.100"},
					{"2", "Wewewa Barat Laut dan Sekitarnya", "900", "950", "1.850"},
					{"3", "Soa", "800", "850", "1.650"}, {"", "Jumlah", "2.700", "2.900", "5.600"}}, start: 1, end: 6}},
		},
		{
			name: "numbers that do not count up stay in the label",
			text: []string{"No. Komponen ...... Bobot ... Nilai",
				"1. Perencanaan Kinerja ... 30 ... 20,00",
				"3. Pengukuran Kinerja .... 30 ... 21,45",
				"4. Pelaporan Kinerja ..... 15 ... 10,90"},
			want: []tbl{{header: []string{"No. Komponen", "Bobot", "Nilai"},
				rows: [][]string{{"1. Perencanaan Kinerja", "30", "20,00"}, {"3. Pengukuran Kinerja", "30", "21,45"},
					{"4. Pelaporan Kinerja", "15", "10,90"}}, start: 1, end: 4}},
		},
		{
			name: "a header written without leaders over leader rows",
			text: []string{"Kecamatan Desa/Kel TPS L P L+P",
				"Kota ........ 13 ..... 98 ..... 19.012 .... 18.373 .... 37.385",
				"Loli ........ 15 ..... 64 ..... 12.608 .... 12.607 .... 25.215",
				"Jumlah ...... 28 ..... 162 .... 31.620 .... 30.980 .... 62.600"},
			want: []tbl{{header: []string{"Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"},
				rows: [][]string{{"Kota", "13", "98", "19.012", "18.373", "37.385"}, {"Loli", "15", "64", "12.608", "12.607", "25.215"},
					{"Jumlah", "28", "162", "31.620", "30.980", "62.600"}}, start: 1, end: 4}},
		},
		{
			name: "one leader after the label, values parted by spaces: kept as their sums prove them",
			text: []string{"Kecamatan TPS L P L+P",
				"Kota Waikabubak ...... 98 19.012 18.373 37.385",
				"Lamboya Barat ........ 22 4.202 4.078 8.280",
				"Jumlah ............... 120 23.214 22.451 45.665"},
			want: []tbl{{header: []string{"Kecamatan", "TPS", "L", "P", "L+P"},
				rows: [][]string{{"Kota Waikabubak", "98", "19.012", "18.373", "37.385"}, {"Lamboya Barat", "22", "4.202", "4.078", "8.280"},
					{"Jumlah", "120", "23.214", "22.451", "45.665"}}, start: 1, end: 4}},
		},
		{
			name: "one leader after the label, values parted by spaces that do not add up: reported",
			text: []string{"Kecamatan TPS L P L+P",
				"Kota Waikabubak ...... 98 19.012 18.373 37.395",
				"Lamboya Barat ........ 22 4.202 4.078 8.280",
				"Jumlah ............... 120 23.214 22.451 45.665"},
			want: []tbl{{rows: [][]string{{"Kecamatan TPS L P L+P"}, {"Kota Waikabubak 98 19.012 18.373 37.395"},
				{"Lamboya Barat 22 4.202 4.078 8.280"}, {"Jumlah 120 23.214 22.451 45.665"}}, start: 1, end: 4, unproven: true}},
		},
		{
			name: "a row with a cell too few would shift its values: reported",
			text: []string{"Kecamatan ..... TPS ..... Pemilih", "Golewa ..... 31 ..... 9.100", "Bajawa ..... 12.050",
				"Soa ..... 20 ..... 5.000"},
			want: []tbl{{rows: [][]string{{"Kecamatan ..... TPS ..... Pemilih"}, {"Golewa ..... 31 ..... 9.100"},
				{"Bajawa ..... 12.050"}, {"Soa ..... 20 ..... 5.000"}}, start: 1, end: 4, unproven: true}},
		},
		{
			name: "a table of contents (one leader a line) stays text",
			text: []string{"DAFTAR ISI", "KATA PENGANTAR ............ i", "BAB I PENDAHULUAN ......... 1",
				"BAB II PERENCANAAN KINERJA ........ 5", "BAB III AKUNTABILITAS KINERJA ..... 9"},
		},
		{
			name: "labelled lines of one indicator stay text (read by their words)",
			text: []string{"Indikator Kinerja 1", "Opini BPK atas Laporan Keuangan", "    Target 2022 .......... WTP",
				"    Realisasi 2022 ....... WTP", "    Capaian .............. 100,00 %"},
		},
		{
			name: "prose with an ellipsis is no table",
			text: []string{"Kegiatan yang dilaksanakan meliputi sosialisasi ... bimbingan teknis ... dan 12 rapat",
				"koordinasi dengan 5 kecamatan ... serta 3 kali monitoring di lapangan."},
		},
	}
	for _, tc := range tests {
		checkFlatTables(t, tc.name, tc.text, tc.want)
	}
}

// TestLeaderTableBesideTabs: a leader-dot table in a document whose other
// tables have TABs is rebuilt too.
func TestLeaderTableBesideTabs(t *testing.T) {
	ts := tables(t, lines("Kecamatan ..... L ....... P ....... L+P",
		"Kota ........... 1.000 ... 1.100 ... 2.100", "Soa ............ 800 ..... 850 ..... 1.650",
		"Jumlah ......... 1.800 ... 1.950 ... 3.750", "", "Kode\tUraian\tPagu", "WA\tProgram Dukungan\t500.000"))
	if len(ts) != 2 || !ts[0].Flat || ts[0].Unproven || len(ts[0].Rows) != 3 || ts[0].Rows[2].Cell(3) != "3.750" {
		t.Errorf("tables %+v, want the leader table rebuilt beside the TAB table", ts)
	}
}
