package extract

import "testing"

// TestBoxTables: tables drawn as boxes (ASCII, `=` rules, Unicode box
// drawing, psql without the outer frame) come out as tables when every bar
// line has the rules' width; a box whose lines do not fit is reported.
func TestBoxTables(t *testing.T) {
	tests := []struct {
		name string
		text []string
		want []tbl
	}{
		{
			name: "ASCII box, snake-case header, a sum column written L_P",
			text: []string{"Tabel 2 DPT per Kecamatan", "",
				"+-----------+----------+-------+-------+-------+",
				"| KECAMATAN | DESA_KEL |     L |     P |   L_P |",
				"+-----------+----------+-------+-------+-------+",
				"| RIUNG     |       12 | 1.000 | 1.100 | 2.100 |",
				"| SOA       |        9 |   900 |   950 | 1.850 |",
				"| TOTAL     |       21 | 1.900 | 2.050 | 3.950 |",
				"+-----------+----------+-------+-------+-------+"},
			want: []tbl{{header: []string{"KECAMATAN", "DESA KEL", "L", "P", "L+P"},
				rows: [][]string{{"RIUNG", "12", "1.000", "1.100", "2.100"}, {"SOA", "9", "900", "950", "1.850"},
					{"TOTAL", "21", "1.900", "2.050", "3.950"}}, start: 4, end: 8}},
		},
		{
			name: "grid with = under the header and a rule under every row: wrapped cells join",
			text: []string{
				"+----+--------------------+--------+-----------+",
				"| No | Indikator          | Target | Realisasi |",
				"|    |                    | (%)    | (%)       |",
				"+====+====================+========+===========+",
				"| 1  | Persentase         | 80,00  | 84,50     |",
				"|    | partisipasi pemilih|        |           |",
				"+----+--------------------+--------+-----------+",
				"| 2  | Opini BPK          | WTP    | WTP       |",
				"+----+--------------------+--------+-----------+"},
			want: []tbl{{header: []string{"No", "Indikator", "Target (%)", "Realisasi (%)"},
				rows:  [][]string{{"1", "Persentase partisipasi pemilih", "80,00", "84,50"}, {"2", "Opini BPK", "WTP", "WTP"}},
				start: 2, end: 8}},
		},
		{
			name: "Unicode box drawing, a rule above the total parts a block of rows",
			text: []string{
				"┌──────┬──────────────┬─────────┬───────────┐",
				"│ Kode │ Uraian       │ Pagu    │ Realisasi │",
				"├──────┼──────────────┼─────────┼───────────┤",
				"│ WA   │ Program A    │ 500.000 │   480.000 │",
				"│ 3357 │ Kegiatan B   │ 200.000 │   190.000 │",
				"├──────┼──────────────┼─────────┼───────────┤",
				"│      │ JUMLAH       │ 500.000 │   480.000 │",
				"└──────┴──────────────┴─────────┴───────────┘"},
			want: []tbl{{header: []string{"Kode", "Uraian", "Pagu", "Realisasi"},
				rows: [][]string{{"WA", "Program A", "500.000", "480.000"}, {"3357", "Kegiatan B", "200.000", "190.000"},
					{"", "JUMLAH", "500.000", "480.000"}}, start: 2, end: 7}},
		},
		{
			name: "psql without the outer frame: the header stands above the rule",
			text: []string{"Realisasi anggaran:", "",
				" kode | uraian    |    pagu | realisasi",
				"------+-----------+---------+-----------",
				" WA   | Program A | 500.000 |   480.000",
				"      | JUMLAH    | 500.000 |   480.000",
				"(2 rows)"},
			want: []tbl{{header: []string{"kode", "uraian", "pagu", "realisasi"},
				rows: [][]string{{"WA", "Program A", "500.000", "480.000"}, {"", "JUMLAH", "500.000", "480.000"}}, start: 3, end: 6}},
		},
		{
			name: "a title row framed above the columns is the caption",
			text: []string{
				"+------------------------------+",
				"| Tabel 3.5 Indeks RB 2023     |",
				"+-------------+-------+--------+",
				"| KOMPONEN_RB | BOBOT | NILAI  |",
				"+-------------+-------+--------+",
				"| Pengungkit  | 23,10 | 17,01  |",
				"| Indeks RB   | 36,30 | 25,80  |",
				"+-------------+-------+--------+"},
			want: []tbl{{header: []string{"KOMPONEN RB", "BOBOT", "NILAI"},
				rows: [][]string{{"Pengungkit", "23,10", "17,01"}, {"Indeks RB", "36,30", "25,80"}}, start: 4, end: 7}},
		},
		{
			name: "a total row whose label spans No and Kecamatan, proven by the sums",
			text: []string{
				"┌────┬───────────┬───────┬───────┬───────┐",
				"│ No │ Kecamatan │ L     │ P     │ L+P   │",
				"├────┼───────────┼───────┼───────┼───────┤",
				"│ 1  │ Riung     │ 1.000 │ 1.100 │ 2.100 │",
				"│ 2  │ Soa       │   900 │   950 │ 1.850 │",
				"├────┴───────────┼───────┼───────┼───────┤",
				"│ JUMLAH         │ 1.900 │ 2.050 │ 3.950 │",
				"└────────────────┴───────┴───────┴───────┘"},
			want: []tbl{{header: []string{"No", "Kecamatan", "L", "P", "L+P"},
				rows: [][]string{{"1", "Riung", "1.000", "1.100", "2.100"}, {"2", "Soa", "900", "950", "1.850"},
					{"JUMLAH", "", "1.900", "2.050", "3.950"}}, start: 2, end: 7}},
		},
		{
			name: "a shortened total row the sums do not prove: reported",
			text: []string{
				"+----+-----------+-------+-------+",
				"| No | Kecamatan | L     | P     |",
				"+----+-----------+-------+-------+",
				"| 1  | Riung     | 1.000 | 1.100 |",
				"| 2  | Soa       |   900 |   950 |",
				"| JUMLAH         | 2.000 |",
				"+----------------+-------+-------+"},
			want: []tbl{{rows: [][]string{{"| No | Kecamatan | L | P |"}, {"| 1 | Riung | 1.000 | 1.100 |"}, {"| 2 | Soa | 900 | 950 |"},
				{"| JUMLAH | 2.000 |"}}, start: 2, end: 6, unproven: true}},
		},
		{
			name: "a bar inside a cell gives a line one cell too many: reported",
			text: []string{
				"+----+------------------+-------+",
				"| No | Uraian           | Pagu  |",
				"+----+------------------+-------+",
				"| 1  | Honor PPK | PPS  | 5.000 |",
				"| 2  | Belanja Modal    | 2.000 |",
				"+----+------------------+-------+"},
			want: []tbl{{rows: [][]string{{"| No | Uraian | Pagu |"}, {"| 1 | Honor PPK | PPS | 5.000 |"}, {"| 2 | Belanja Modal | 2.000 |"}},
				start: 2, end: 5, unproven: true}},
		},
		{
			name: "a line of dashes in prose is no box",
			text: []string{"Catatan:", "----------", "Anggaran | realisasi dibahas pada bab berikut."},
		},
	}
	for _, tc := range tests {
		checkFlatTables(t, tc.name, tc.text, tc.want)
	}
}

// TestBoxBesideTabTables: a box in a document whose other tables are TAB
// lines is rebuilt too.
func TestBoxBesideTabTables(t *testing.T) {
	doc := lines("No\tIndikator\tTarget\tRealisasi", "1\tOpini BPK\tWTP\tWTP", "",
		"+-----------+-------+-------+-------+",
		"| KECAMATAN |     L |     P |   L_P |",
		"+-----------+-------+-------+-------+",
		"| RIUNG     | 1.000 | 1.100 | 2.100 |",
		"| SOA       |   900 |   950 | 1.850 |",
		"+-----------+-------+-------+-------+")
	ts := tables(t, doc)
	if len(ts) != 2 || ts[1].Unproven || len(ts[1].Header) != 1 || len(ts[1].Rows) != 2 {
		t.Fatalf("tables %+v, want the TAB table and the box with its header and two rows", ts)
	}
	if got := ts[1].Header[0].Cells; len(got) != 4 || got[3] != "L+P" {
		t.Errorf("box header %q", got)
	}
}
