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

// TestCSVQuotedWhereNeeded: a CSV whose cells are quoted only where they
// hold a comma (decimal commas, a label with a comma) is a table under a
// header of comma-separated column names; a decimal comma left unquoted
// shifts a row and the run is reported; prose with commas stays prose.
func TestCSVQuotedWhereNeeded(t *testing.T) {
	tests := []struct {
		name string
		text []string
		want []tbl
	}{{
		name: "decimal commas quoted",
		text: []string{"No,Indikator Kinerja,Target,Realisasi,Capaian (%)", `1,Persentase partisipasi pemilih,"77,50","84,63","109,20"`,
			`2,Opini BPK atas Laporan Keuangan,WTP,WTP,"100,00"`},
		want: []tbl{{header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
			rows: [][]string{{"1", "Persentase partisipasi pemilih", "77,50", "84,63", "109,20"},
				{"2", "Opini BPK atas Laporan Keuangan", "WTP", "WTP", "100,00"}}, start: 1, end: 3}},
	}, {
		name: "a label with a comma quoted, thousands with dots",
		text: []string{"No,Kecamatan,L,P,L+P", `1,"Golewa, Kota",4.081,4.005,8.086`, "2,Mego,3.853,3.821,7.674",
			",Jumlah,7.934,7.826,15.760"},
		want: []tbl{{header: []string{"No", "Kecamatan", "L", "P", "L+P"},
			rows: [][]string{{"1", "Golewa, Kota", "4.081", "4.005", "8.086"}, {"2", "Mego", "3.853", "3.821", "7.674"},
				{"", "Jumlah", "7.934", "7.826", "15.760"}}, start: 1, end: 4}},
	}, {
		name: "a decimal comma unquoted: reported",
		text: []string{"No,Indikator Kinerja,Target,Realisasi", `1,Persentase partisipasi pemilih,"77,50","84,63"`,
			"2,Persentase pemilih perempuan,77,50,86,18", `3,Opini BPK atas Laporan Keuangan,WTP,WTP`},
		want: []tbl{{rows: [][]string{{"No,Indikator Kinerja,Target,Realisasi"}, {`1,Persentase partisipasi pemilih,"77,50","84,63"`},
			{"2,Persentase pemilih perempuan,77,50,86,18"}, {"3,Opini BPK atas Laporan Keuangan,WTP,WTP"}}, start: 1, end: 4, unproven: true}},
	}, {
		name: "prose with commas",
		text: []string{"Target, realisasi, dan capaian kinerja tahun 2024 disajikan berikut,",
			"yaitu 77,50 persen, 84,63 persen, dan 109,20 persen."},
	}}
	for _, tc := range tests {
		checkFlatTables(t, tc.name, tc.text, tc.want)
	}
}
