package extract

import (
	"reflect"
	"testing"
)

// TestDelimitedTables: rows written one per line with their cells parted
// by a semicolon or a bar come out as tables when every line has the
// header's width; otherwise they are reported, and prose stays prose. A
// table of one row (the SAKIP components of one year) is proven by a
// header line that names every column, weights in parentheses included;
// a CSV quoted only where a cell holds a comma by its header likewise.
func TestDelimitedTables(t *testing.T) {
	tests := []struct {
		name string
		text []string
		want []tbl // nil: no table at all
	}{
		{
			name: "semicolons, a heading row with empty cells, a unit column",
			text: []string{"Tabel 3.1 Capaian Kinerja", "",
				"No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian (%)",
				"1;Indeks kepuasan layanan;Nilai;80;84;105,00",
				";Indikator Kinerja Kegiatan;;;;",
				"2;Jumlah laporan keuangan;Laporan;4;4;100,00"},
			want: []tbl{{header: []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"},
				rows: [][]string{{"1", "Indeks kepuasan layanan", "Nilai", "80", "84", "105,00"},
					{"", "Indikator Kinerja Kegiatan"}, {"2", "Jumlah laporan keuangan", "Laporan", "4", "4", "100,00"}},
				start: 3, end: 6}},
		},
		{
			name: "bars with outer bars, no rule line",
			text: []string{"| Kode | Uraian | Pagu | Realisasi |", "| WA | Program Dukungan | 500.000 | 480.000 |",
				"| 3357 | Pengelolaan Umum | 200.000 | 190.000 |", "| | JUMLAH | 500.000 | 480.000 |"},
			want: []tbl{{header: []string{"Kode", "Uraian", "Pagu", "Realisasi"},
				rows: [][]string{{"WA", "Program Dukungan", "500.000", "480.000"}, {"3357", "Pengelolaan Umum", "200.000", "190.000"},
					{"", "JUMLAH", "500.000", "480.000"}}, start: 1, end: 4}},
		},
		{
			name: "a title row and an empty row exported with the table",
			text: []string{"Tabel 3.5 Realisasi Anggaran;;;", "Kode;Uraian;Pagu;Realisasi", "WA;Program Dukungan;500.000;480.000",
				";;;", ";JUMLAH;500.000;480.000"},
			want: []tbl{{header: []string{"Kode", "Uraian", "Pagu", "Realisasi"},
				rows: [][]string{{"WA", "Program Dukungan", "500.000", "480.000"}, {"", "JUMLAH", "500.000", "480.000"}}, start: 2, end: 5}},
		},
		{
			name: "a first header line of group headings",
			text: []string{";;2023;", "No;Indikator Kinerja;Target;Realisasi", "1;Indeks kepuasan layanan;80;84", "2;Nilai SAKIP;70;72,5"},
			want: []tbl{{header: nil, rows: [][]string{{"1", "Indeks kepuasan layanan", "80", "84"}, {"2", "Nilai SAKIP", "70", "72,5"}},
				start: 1, end: 4}},
		},
		{
			name: "CSV with every cell quoted: commas part the cells, not the decimals",
			text: []string{`"No","Indikator Kinerja","Target","Realisasi"`, `"1","Indeks kepuasan layanan","80","84,50"`,
				`"2","Nilai SAKIP","70","72,10"`},
			want: []tbl{{header: []string{"No", "Indikator Kinerja", "Target", "Realisasi"},
				rows: [][]string{{"1", "Indeks kepuasan layanan", "80", "84,50"}, {"2", "Nilai SAKIP", "70", "72,10"}}, start: 1, end: 3}},
		},
		{
			name: "a quoted cell holds the delimiter",
			text: []string{"Kecamatan;L;P;L+P", `"Kota; Timur";1.000;1.100;2.100`, "Soa;900;950;1.850"},
			want: []tbl{{header: []string{"Kecamatan", "L", "P", "L+P"},
				rows: [][]string{{"Kota; Timur", "1.000", "1.100", "2.100"}, {"Soa", "900", "950", "1.850"}}, start: 1, end: 3}},
		},
		{
			name: "a page break with a page number and no repeated header: one table",
			text: []string{"No;Kecamatan;L;P;L+P", "1;Riung;1.000;1.100;2.100", "2;Soa;900;950;1.850", "", "17", "",
				"3;Golewa;800;850;1.650", ";Jumlah;2.700;2.900;5.600"},
			want: []tbl{{header: []string{"No", "Kecamatan", "L", "P", "L+P"},
				rows: [][]string{{"1", "Riung", "1.000", "1.100", "2.100"}, {"2", "Soa", "900", "950", "1.850"},
					{"3", "Golewa", "800", "850", "1.650"}, {"", "Jumlah", "2.700", "2.900", "5.600"}}, start: 1, end: 8}},
		},
		{
			name: "a row with a value too few would shift its values: reported",
			text: []string{"No;Kecamatan;TPS;Pemilih", "1;Golewa;31;9.100", "2;Bajawa;12.050", "3;Soa;20;5.000"},
			want: []tbl{{rows: [][]string{{"No;Kecamatan;TPS;Pemilih"}, {"1;Golewa;31;9.100"}, {"2;Bajawa;12.050"}, {"3;Soa;20;5.000"}},
				start: 1, end: 4, unproven: true}},
		},
		{
			name: "a delimiter inside an unquoted label: reported",
			text: []string{"No;Uraian;Pagu;Realisasi", "1;Belanja Barang;100.000;90.000", "2;Honor PPK; PPS;50.000;45.000",
				"3;Belanja Modal;20.000;19.000"},
			want: []tbl{{rows: [][]string{{"No;Uraian;Pagu;Realisasi"}, {"1;Belanja Barang;100.000;90.000"},
				{"2;Honor PPK; PPS;50.000;45.000"}, {"3;Belanja Modal;20.000;19.000"}}, start: 1, end: 4, unproven: true}},
		},
		{
			name: "components as columns, weights in parentheses",
			text: []string{"Tabel 3.2 Nilai SAKIP per komponen", "",
				"Tahun;Perencanaan Kinerja (30);Pengukuran Kinerja (30);Pelaporan Kinerja (15);Evaluasi Internal (25);Nilai;Predikat",
				"2021;18,20;17,55;9,30;14,78;59,83;CC"},
			want: []tbl{{header: []string{"Tahun", "Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
				"Evaluasi Internal (25)", "Nilai", "Predikat"},
				rows: [][]string{{"2021", "18,20", "17,55", "9,30", "14,78", "59,83", "CC"}}, start: 3, end: 4}},
		},
		{
			name: "bars, a budget of one line",
			text: []string{"Uraian|Pagu|Realisasi|Sisa", "Program Dukungan Manajemen|500.000|480.000|20.000"},
			want: []tbl{{header: []string{"Uraian", "Pagu", "Realisasi", "Sisa"},
				rows: [][]string{{"Program Dukungan Manajemen", "500.000", "480.000", "20.000"}}, start: 1, end: 2}},
		},
		{
			name: "a row one cell short of its header: no table",
			text: []string{"Tahun;Perencanaan (30);Pengukuran (30);Nilai", "2021;18,20;59,83"},
		},
		{
			name: "two lines of prose with semicolons",
			text: []string{"Subbagian Keuangan; Subbagian Teknis; Subbagian Hukum",
				"berjumlah 24 orang; 15 PNS; 9 PPNPN"},
		},
		{
			// a CSV whose cells are quoted only where they hold a comma
			// (decimal commas, a label with a comma) is a table under a header
			// of comma-separated column names; a decimal comma left unquoted
			// shifts a row and the run is reported; prose with commas stays
			// prose
			name: "CSV, decimal commas quoted",
			text: []string{"No,Indikator Kinerja,Target,Realisasi,Capaian (%)", `1,Persentase partisipasi pemilih,"77,50","84,63","109,20"`,
				`2,Opini BPK atas Laporan Keuangan,WTP,WTP,"100,00"`},
			want: []tbl{{header: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
				rows: [][]string{{"1", "Persentase partisipasi pemilih", "77,50", "84,63", "109,20"},
					{"2", "Opini BPK atas Laporan Keuangan", "WTP", "WTP", "100,00"}}, start: 1, end: 3}},
		},
		{
			name: "CSV, a label with a comma quoted, thousands with dots",
			text: []string{"No,Kecamatan,L,P,L+P", `1,"Golewa, Kota",4.081,4.005,8.086`, "2,Mego,3.853,3.821,7.674",
				",Jumlah,7.934,7.826,15.760"},
			want: []tbl{{header: []string{"No", "Kecamatan", "L", "P", "L+P"},
				rows: [][]string{{"1", "Golewa, Kota", "4.081", "4.005", "8.086"}, {"2", "Mego", "3.853", "3.821", "7.674"},
					{"", "Jumlah", "7.934", "7.826", "15.760"}}, start: 1, end: 4}},
		},
		{
			name: "CSV, a decimal comma unquoted: reported",
			text: []string{"No,Indikator Kinerja,Target,Realisasi", `1,Persentase partisipasi pemilih,"77,50","84,63"`,
				"2,Persentase pemilih perempuan,77,50,86,18", `3,Opini BPK atas Laporan Keuangan,WTP,WTP`},
			want: []tbl{{rows: [][]string{{"No,Indikator Kinerja,Target,Realisasi"}, {`1,Persentase partisipasi pemilih,"77,50","84,63"`},
				{"2,Persentase pemilih perempuan,77,50,86,18"}, {"3,Opini BPK atas Laporan Keuangan,WTP,WTP"}}, start: 1, end: 4, unproven: true}},
		},
		{
			name: "CSV, prose with commas",
			text: []string{"Target, realisasi, dan capaian kinerja tahun 2024 disajikan berikut,",
				"yaitu 77,50 persen, 84,63 persen, dan 109,20 persen."},
		},
		{
			name: "prose with semicolons is no table",
			text: []string{"Subbagian Keuangan; Subbagian Teknis; Subbagian Hukum; serta Subbagian Perencanaan",
				"yang masing-masing dipimpin oleh seorang Kepala Subbagian; sedangkan pegawai",
				"berjumlah 24 orang; 15 PNS; 9 PPNPN."},
		},
	}
	for _, tc := range tests {
		checkFlatTables(t, tc.name, tc.text, tc.want)
	}
}

// tbl is a table a flattened text must give: its header (nil: not
// checked), its rows, its line span, and whether it is reported.
type tbl struct {
	header     []string
	rows       [][]string
	start, end int
	unproven   bool
}

// checkFlatTables extracts text and compares its tables with want (nil:
// no table at all).
func checkFlatTables(t *testing.T, name string, text []string, want []tbl) {
	t.Helper()
	ts := tables(t, lines(text...))
	if len(ts) != len(want) {
		t.Errorf("%s: %d tables, want %d: %+v", name, len(ts), len(want), ts)
		return
	}
	for k, w := range want {
		b := ts[k]
		if !b.Flat || b.Unproven != w.unproven || b.Start != w.start || b.End != w.end {
			t.Errorf("%s: flat %v unproven %v lines %d-%d, want unproven %v %d-%d", name, b.Flat, b.Unproven, b.Start, b.End,
				w.unproven, w.start, w.end)
		}
		if w.header != nil && (len(b.Header) != 1 || !reflect.DeepEqual(b.Header[0].Cells, w.header)) {
			t.Errorf("%s: header %+v, want %q", name, b.Header, w.header)
		}
		var got [][]string
		for _, r := range b.Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, w.rows) {
			t.Errorf("%s: rows %q, want %q", name, got, w.rows)
		}
	}
}

// TestLabelledListStaysText: a heading of column words over a bulleted
// list whose items name their figures ("pagu Rp …, realisasi Rp …") is no
// table flattened with spaces: the parser reads such items by their words.
func TestLabelledListStaysText(t *testing.T) {
	doc := lines("Realisasi Anggaran Tahun 2024", "",
		"• Program Dukungan Manajemen (WA): pagu Rp 1.000.000, realisasi Rp 900.000",
		"• Pengelolaan Umum (3357): pagu Rp 600.000, realisasi Rp 550.000",
		"• Jumlah seluruhnya: pagu Rp 1.000.000, realisasi Rp 900.000")
	if ts := tables(t, doc); len(ts) != 0 {
		t.Errorf("%d tables, want the list as text: %+v", len(ts), ts)
	}
	doc = lines("Capaian Indikator Kinerja Utama 2024", "",
		"Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100,00%",
		"Indeks kepuasan layanan: target 80, realisasi 84,50, capaian 105,63%")
	if ts := tables(t, doc); len(ts) != 0 {
		t.Errorf("%d tables, want the unmarked list as text: %+v", len(ts), ts)
	}
}
