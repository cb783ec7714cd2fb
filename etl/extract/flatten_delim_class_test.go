package extract

import "testing"

// TestDelimitedOneRow: a table of one row (the SAKIP components of one
// year) is proven by a header line that names every column, weights in
// parentheses included; two lines of prose with semicolons, or a header
// whose width differs from the row's, are no table.
func TestDelimitedOneRow(t *testing.T) {
	tests := []struct {
		name string
		text []string
		want []tbl
	}{{
		name: "components as columns, weights in parentheses",
		text: []string{"Tabel 3.2 Nilai SAKIP per komponen", "",
			"Tahun;Perencanaan Kinerja (30);Pengukuran Kinerja (30);Pelaporan Kinerja (15);Evaluasi Internal (25);Nilai;Predikat",
			"2021;18,20;17,55;9,30;14,78;59,83;CC"},
		want: []tbl{{header: []string{"Tahun", "Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
			"Evaluasi Internal (25)", "Nilai", "Predikat"},
			rows: [][]string{{"2021", "18,20", "17,55", "9,30", "14,78", "59,83", "CC"}}, start: 3, end: 4}},
	}, {
		name: "bars, a budget of one line",
		text: []string{"Uraian|Pagu|Realisasi|Sisa", "Program Dukungan Manajemen|500.000|480.000|20.000"},
		want: []tbl{{header: []string{"Uraian", "Pagu", "Realisasi", "Sisa"},
			rows: [][]string{{"Program Dukungan Manajemen", "500.000", "480.000", "20.000"}}, start: 1, end: 2}},
	}, {
		name: "a row one cell short of its header: no table",
		text: []string{"Tahun;Perencanaan (30);Pengukuran (30);Nilai", "2021;18,20;59,83"},
	}, {
		name: "two lines of prose with semicolons",
		text: []string{"Subbagian Keuangan; Subbagian Teknis; Subbagian Hukum",
			"berjumlah 24 orang; 15 PNS; 9 PPNPN"},
	}}
	for _, tc := range tests {
		checkFlatTables(t, tc.name, tc.text, tc.want)
	}
}
