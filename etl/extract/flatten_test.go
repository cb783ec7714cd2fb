package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestFlattenRebuilt: flattened tables whose structure and arithmetic are
// proven come out as ordinary tables, each row spanning its source lines.
func TestFlattenRebuilt(t *testing.T) {
	type row struct {
		cells      []string
		start, end int
	}
	tests := []struct {
		name   string
		text   []string
		header []string
		rows   []row
	}{
		{
			name: "one cell per line, row numbers, a wrapped label, capaian = realisasi / target",
			text: []string{"Tabel 2.4 Pengukuran Kinerja", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
				"1", "Persentase laporan keuangan", "yang disampaikan tepat waktu", "90%", "99%", "110%",
				"2", "Indeks kepuasan layanan informasi", "80", "76", "95%"},
			header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"},
			rows: []row{
				{[]string{"1", "Persentase laporan keuangan yang disampaikan tepat waktu", "90%", "99%", "110%"}, 7, 12},
				{[]string{"2", "Indeks kepuasan layanan informasi", "80", "76", "95%"}, 13, 17},
			},
		},
		{
			name: "one cell per line, a column's unit on a line of its own",
			text: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "(%)",
				"1", "Opini BPK atas Laporan", "Keuangan", "WTP", "WTP", "100,00", "2", "Nilai SAKIP", "70", "72,10", "103,00"},
			header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
			rows: []row{
				{[]string{"1", "Opini BPK atas Laporan Keuangan", "WTP", "WTP", "100,00"}, 7, 12},
				{[]string{"2", "Nilai SAKIP", "70", "72,10", "103,00"}, 13, 17},
			},
		},
		{
			name: "one cell per line, no row numbers, a Jumlah row that sums",
			text: []string{"Komponen", "Bobot", "Nilai",
				"Perencanaan", "30", "22,40", "Pengukuran", "30", "20,15", "Pelaporan", "15", "11,00", "Evaluasi Internal", "25", "17,05",
				"Jumlah", "100", "70,60"},
			header: []string{"Komponen", "Bobot", "Nilai"},
			rows: []row{
				{[]string{"Perencanaan", "30", "22,40"}, 4, 6},
				{[]string{"Pengukuran", "30", "20,15"}, 7, 9},
				{[]string{"Pelaporan", "15", "11,00"}, 10, 12},
				{[]string{"Evaluasi Internal", "25", "17,05"}, 13, 15},
				{[]string{"Jumlah", "100", "70,60"}, 16, 18},
			},
		},
		{
			name: "one cell per line, no row numbers, a label wrapped in lower case",
			text: []string{"Uraian", "Pagu", "Realisasi", "Sisa",
				"Belanja Operasional", "kantor sekretariat", "500.000", "480.000", "20.000",
				"Belanja Sosialisasi", "250.000", "245.500", "4.500"},
			header: []string{"Uraian", "Pagu", "Realisasi", "Sisa"},
			rows: []row{
				{[]string{"Belanja Operasional kantor sekretariat", "500.000", "480.000", "20.000"}, 5, 9},
				{[]string{"Belanja Sosialisasi", "250.000", "245.500", "4.500"}, 10, 13},
			},
		},
		{
			name: "space separated, codes with a hierarchy, pagu - realisasi = sisa, % = realisasi / pagu, Jumlah = programs",
			text: []string{"Tabel 4.2 Serapan Anggaran",
				"Kode Uraian Pagu Realisasi Sisa %",
				"WA Program Dukungan Manajemen 1.200.000 1.150.000 50.000 95,83",
				"3357 Pengelolaan Umum dan Logistik 700.000 680.000 20.000 97,14",
				"3359 Pengelolaan Data dan Informasi 500.000 470.000 30.000 94,00",
				"CQ Program Konsolidasi Demokrasi 300.000 240.000 60.000 80,00",
				"Total 1.500.000 1.390.000 110.000 92,67"},
			header: []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"},
			rows: []row{
				{[]string{"WA", "Program Dukungan Manajemen", "1.200.000", "1.150.000", "50.000", "95,83"}, 3, 3},
				{[]string{"3357", "Pengelolaan Umum dan Logistik", "700.000", "680.000", "20.000", "97,14"}, 4, 4},
				{[]string{"3359", "Pengelolaan Data dan Informasi", "500.000", "470.000", "30.000", "94,00"}, 5, 5},
				{[]string{"CQ", "Program Konsolidasi Demokrasi", "300.000", "240.000", "60.000", "80,00"}, 6, 6},
				{[]string{"", "Total", "1.500.000", "1.390.000", "110.000", "92,67"}, 7, 7},
			},
		},
		{
			name: "space separated, multi-word names, L + P = L+P and a Jumlah row",
			text: []string{"No Kecamatan Desa/Kel TPS L P L+P",
				"1 Kota Baru Selatan 9 40 7.105 7.342 14.447",
				"2 Nangaroro 12 31 4.410 4.512 8.922",
				"3 Wae Lengga Timur 7 18 2.033 2.101 4.134",
				"Jumlah 28 89 13.548 13.955 27.503"},
			header: []string{"No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"},
			rows: []row{
				{[]string{"1", "Kota Baru Selatan", "9", "40", "7.105", "7.342", "14.447"}, 2, 2},
				{[]string{"2", "Nangaroro", "12", "31", "4.410", "4.512", "8.922"}, 3, 3},
				{[]string{"3", "Wae Lengga Timur", "7", "18", "2.033", "2.101", "4.134"}, 4, 4},
				{[]string{"", "Jumlah", "28", "89", "13.548", "13.955", "27.503"}, 5, 5},
			},
		},
		{
			name: "space separated, a numbered label wrapped onto the next line",
			text: []string{"No Indikator Kinerja Target Realisasi Capaian",
				"1 Persentase rekomendasi hasil pengawasan",
				"yang ditindaklanjuti 80% 92% 115%",
				"2 Nilai kematangan SPIP 3 3,2 106,67%"},
			header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"},
			rows: []row{
				{[]string{"1", "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "80%", "92%", "115%"}, 2, 3},
				{[]string{"2", "Nilai kematangan SPIP", "3", "3,2", "106,67%"}, 4, 4},
			},
		},
		{
			name: "one cell per line across a page break: page number, repeated header, the Jumlah in the second part",
			text: []string{"No", "Kecamatan", "L", "P", "L+P",
				"1", "Ile Bura", "1.204", "1.300", "2.504",
				"2", "Titehena", "2.010", "2.115", "4.125",
				"", "17", "", "No", "Kecamatan", "L", "P", "L+P",
				"3", "Demon Pagong", "980", "1.021", "2.001",
				"Jumlah", "4.194", "4.436", "8.630"},
			header: []string{"No", "Kecamatan", "L", "P", "L+P"},
			rows: []row{
				{[]string{"1", "Ile Bura", "1.204", "1.300", "2.504"}, 6, 10},
				{[]string{"2", "Titehena", "2.010", "2.115", "4.125"}, 11, 15},
				{[]string{"3", "Demon Pagong", "980", "1.021", "2.001"}, 24, 28},
				{[]string{"", "Jumlah", "4.194", "4.436", "8.630"}, 29, 32},
			},
		},
		{
			name: "space separated across a page break without a repeated header",
			text: []string{"No Komponen Bobot Nilai", "1 Perencanaan Kinerja 30 24,10", "2 Pengukuran Kinerja 30 21,35",
				"", "", "3 Pelaporan Kinerja 15 11,20", "4 Evaluasi Internal 25 16,75", "Jumlah 100 73,40"},
			header: []string{"No", "Komponen", "Bobot", "Nilai"},
			rows: []row{
				{[]string{"1", "Perencanaan Kinerja", "30", "24,10"}, 2, 2},
				{[]string{"2", "Pengukuran Kinerja", "30", "21,35"}, 3, 3},
				{[]string{"3", "Pelaporan Kinerja", "15", "11,20"}, 6, 6},
				{[]string{"4", "Evaluasi Internal", "25", "16,75"}, 7, 7},
				{[]string{"", "Jumlah", "100", "73,40"}, 8, 8},
			},
		},
		{
			name:   "one cell per line, years as the rows' keys, grades as values",
			text:   []string{"Tahun", "Nilai", "Predikat", "2019", "61,20", "B", "2020", "64,05", "B"},
			header: []string{"Tahun", "Nilai", "Predikat"},
			rows: []row{
				{[]string{"2019", "61,20", "B"}, 4, 6},
				{[]string{"2020", "64,05", "B"}, 7, 9},
			},
		},
		{
			name:   "space separated, years and values only, no label column",
			text:   []string{"Tahun Pagu Realisasi Sisa %", "2021 1.000.000 900.000 100.000 90,00", "2022 1.200.000 1.140.000 60.000 95,00"},
			header: []string{"Tahun", "Pagu", "Realisasi", "Sisa", "%"},
			rows: []row{
				{[]string{"2021", "1.000.000", "900.000", "100.000", "90,00"}, 2, 2},
				{[]string{"2022", "1.200.000", "1.140.000", "60.000", "95,00"}, 3, 3},
			},
		},
		{
			name: "one cell per line, rows grouped under Sasaran Strategis headings",
			text: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
				"Sasaran Strategis 1: Meningkatnya kualitas data pemilih",
				"1", "Persentase data pemilih yang dimutakhirkan", "100%", "100%", "100%",
				"Sasaran Strategis 2: Meningkatnya akuntabilitas",
				"2", "Nilai SAKIP", "65", "66,5", "102,31%"},
			header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"},
			rows: []row{
				{[]string{"Sasaran Strategis 1: Meningkatnya kualitas data pemilih"}, 6, 6},
				{[]string{"1", "Persentase data pemilih yang dimutakhirkan", "100%", "100%", "100%"}, 7, 11},
				{[]string{"Sasaran Strategis 2: Meningkatnya akuntabilitas"}, 12, 12},
				{[]string{"2", "Nilai SAKIP", "65", "66,5", "102,31%"}, 13, 17},
			},
		},
		{
			name: "space separated, a Program heading between rows",
			text: []string{"Kode Uraian Pagu Realisasi",
				"Program 1: Dukungan Manajemen", "3357 Pengelolaan Umum 400.000 390.000", "3359 Pengelolaan Data 100.000 98.000",
				"Jumlah 500.000 488.000"},
			header: []string{"Kode", "Uraian", "Pagu", "Realisasi"},
			rows: []row{
				{[]string{"Program 1: Dukungan Manajemen"}, 2, 2},
				{[]string{"3357", "Pengelolaan Umum", "400.000", "390.000"}, 3, 3},
				{[]string{"3359", "Pengelolaan Data", "100.000", "98.000"}, 4, 4},
				{[]string{"", "Jumlah", "500.000", "488.000"}, 5, 5},
			},
		},
		{
			name: "one cell per line, \"No.\" header, thousands grouped by spaces",
			text: []string{"No.", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah",
				"1.", "Kambera Utara", "6 755", "6 455", "13 210", "2.", "Lewa Tidahu", "11 076", "12 418", "23 494"},
			header: []string{"No.", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah"},
			rows: []row{
				{[]string{"1.", "Kambera Utara", "6 755", "6 455", "13 210"}, 6, 10},
				{[]string{"2.", "Lewa Tidahu", "11 076", "12 418", "23 494"}, 11, 15},
			},
		},
	}
	for _, tc := range tests {
		ts := tables(t, lines(tc.text...))
		if len(ts) != 1 {
			t.Errorf("%s: %d tables, want 1", tc.name, len(ts))
			continue
		}
		b := ts[0]
		if !b.Flat || b.Unproven {
			t.Errorf("%s: flat %v unproven %v, want a rebuilt table", tc.name, b.Flat, b.Unproven)
			continue
		}
		if len(b.Header) != 1 || !reflect.DeepEqual(b.Header[0].Cells, tc.header) {
			t.Errorf("%s: header %v, want %q", tc.name, b.Header, tc.header)
		}
		if len(b.Rows) != len(tc.rows) {
			t.Errorf("%s: %d rows, want %d: %v", tc.name, len(b.Rows), len(tc.rows), b.Rows)
			continue
		}
		for i, r := range b.Rows {
			w := tc.rows[i]
			if !reflect.DeepEqual(r.Cells, w.cells) || r.Start != w.start || r.End != w.end {
				t.Errorf("%s: row %d = %q %d-%d, want %q %d-%d", tc.name, i, r.Cells, r.Start, r.End, w.cells, w.start, w.end)
			}
		}
		if last := tc.rows[len(tc.rows)-1]; b.End != last.end {
			t.Errorf("%s: table ends on line %d, want %d", tc.name, b.End, last.end)
		}
	}
}

// TestFlattenRefused: what cannot be proven is never rebuilt. A flattened
// table whose rows fail is reported (Unproven, its lines one cell each);
// text that is no table stays text.
func TestFlattenRefused(t *testing.T) {
	tests := []struct {
		name       string
		text       []string
		unproven   bool // one Unproven table; else no table at all
		start, end int
	}{
		{"space separated: the label ends in a number, one value too many",
			[]string{"No Indikator Kinerja Target Realisasi Capaian",
				"1 Persentase partisipasi pada Pilkada 2024 75% 81% 108%",
				"2 Persentase TPS ramah disabilitas 100% 100% 100%"}, true, 1, 3},
		{"space separated: L + P is not L+P",
			[]string{"No Kecamatan TPS L P L+P", "1 Riung Barat 20 3.000 3.100 6.200", "2 Soa 25 4.000 4.100 8.100"}, true, 1, 3},
		{"space separated: two label columns cannot be told apart",
			[]string{"No Sasaran Strategis Indikator Kinerja Target",
				"1 Meningkatnya kualitas layanan Persentase layanan selesai tepat waktu 90%",
				"2 Meningkatnya tata kelola Nilai SAKIP 70"}, true, 1, 3},
		{"space separated: a line without values and no row numbers may be a group heading",
			[]string{"Uraian Pagu Realisasi", "Program Dukungan Manajemen", "Belanja Pegawai 100.000 90.000", "Belanja Barang 50.000 45.000"}, true, 1, 4},
		{"one cell per line: a value is missing",
			[]string{"No", "Kecamatan", "TPS", "Pemilih", "1", "Golewa", "31", "9.100", "2", "Bajawa", "44", "3", "Jerebuu", "12", "3.050"}, true, 1, 15},
		{"one cell per line: Jumlah is not the sum of the rows",
			[]string{"Komponen", "Bobot", "Nilai", "Perencanaan", "30", "20,00", "Pengukuran", "30", "21,00", "Jumlah", "60", "45,00"}, true, 1, 12},
		{"one cell per line: a capitalised second label line may be a heading",
			[]string{"Uraian", "Pagu", "Realisasi", "Program Teknis", "Belanja Bimtek", "40.000", "39.000", "Belanja Rapat", "20.000", "18.000"}, true, 1, 10},
		{"across a page break the Jumlah is not the sum: both parts are reported",
			[]string{"No Kecamatan TPS", "1 Wulanggitang 40", "2 Titehena 35", "", "3 Ile Bura 20", "Jumlah 96"}, true, 1, 6},
		{"space separated without a label column: a token too many",
			[]string{"Tahun Pagu Realisasi", "2021 TA 1.000.000 900.000", "2022 1.200.000 1.140.000"}, true, 1, 3},
		{"a group heading with no rows under it",
			[]string{"No Komponen Bobot Nilai", "1 Perencanaan 30 20,00", "2 Pengukuran 30 21,00", "Program 2: Lainnya"}, true, 1, 4},
		{"wrapped prose with a line of column words is no table",
			[]string{"Pengukuran kinerja membandingkan antara",
				"target dan realisasi",
				"masing-masing indikator, dengan capaian tahun ini sebesar 97,46%",
				"sedangkan tahun lalu 95,10% dan tahun 2019 sebesar 91,2%",
				"Hasilnya dijelaskan pada bagian berikut."}, false, 0, 0},
		{"prose with numbers is no table",
			[]string{"Target partisipasi pemilih tahun ini 77,5% dan realisasi 81,02%.",
				"Capaian tersebut lebih tinggi dari tahun 2019 yang mencapai 74%."}, false, 0, 0},
		{"a numbered list is no table",
			[]string{"Kegiatan yang dilaksanakan:", "1. Rapat koordinasi 12 kali", "2. Bimbingan teknis 4 kali", "3. Sosialisasi 20 kali"}, false, 0, 0},
		{"short column words without values below are no table",
			[]string{"Capaian Kinerja", "Target Realisasi", "", "Bagian ini menjelaskan capaian kinerja tahun berjalan."}, false, 0, 0},
	}
	for _, tc := range tests {
		ts := tables(t, lines(tc.text...))
		switch {
		case !tc.unproven && len(ts) != 0:
			t.Errorf("%s: %d tables, want none: %+v", tc.name, len(ts), ts)
		case tc.unproven && len(ts) != 1:
			t.Errorf("%s: %d tables, want one unproven", tc.name, len(ts))
		case tc.unproven && (!ts[0].Unproven || !ts[0].Flat || ts[0].Start != tc.start || ts[0].End != tc.end):
			t.Errorf("%s: unproven %v flat %v lines %d-%d, want unproven %d-%d", tc.name, ts[0].Unproven, ts[0].Flat, ts[0].Start, ts[0].End, tc.start, tc.end)
		case tc.unproven:
			for _, r := range ts[0].Rows {
				if len(r.Cells) != 1 {
					t.Errorf("%s: unproven row %q has %d cells, want the line as one", tc.name, r.Cells, len(r.Cells))
				}
			}
		}
	}
}

// TestFlattenNeedsNoTabs: a document with TABs is read as it is; lines
// that look flattened stay text there.
func TestFlattenNeedsNoTabs(t *testing.T) {
	doc := lines("No\tKecamatan\tTPS", "1\tGolewa\t31", "", "Komponen", "Bobot", "Nilai", "Perencanaan", "30", "20,00", "Pengukuran", "30", "21,00")
	ts := tables(t, doc)
	if len(ts) != 1 || ts[0].Flat || ts[0].End != 2 {
		t.Fatalf("tables %+v, want only the TAB table", ts)
	}
	if strings.Contains(strings.Join(ts[0].Rows[0].Cells, " "), "Perencanaan") {
		t.Errorf("flattened lines read into the TAB table")
	}
}

// FuzzFlatten: whatever text without TABs comes in, the pre-pass keeps
// blocks in order and rows inside their table, and an unproven table
// holds its lines one cell each.
func FuzzFlatten(f *testing.F) {
	f.Add([]byte("Tabel 1\nNo\nKecamatan\nL\nP\nL+P\n1\nA\n1\n2\n3\n2\nB\n2\n2\n4\nJumlah\n3\n4\n7\n"))
	f.Add([]byte("Kode Uraian Pagu Realisasi Sisa %\nWA Program 100 90 10 90,00\n3357 Umum 100 90 10 90,00\nJumlah 100 90 10 90,00\n"))
	f.Add([]byte("No Indikator Kinerja Target Realisasi Capaian\n1 Persentase x\nyang y 80% 92% 115%\n\n17\n\n2 Nilai z 3 3,2 106,67%\n"))
	f.Add([]byte("Komponen\nBobot\nNilai\nPerencanaan\n30\n20,00\nJumlah\n30\n20,00\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bs, err := Text(data); err == nil {
			checkBlocks(t, bs)
		}
	})
}
