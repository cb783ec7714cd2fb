package extract

import (
	"strings"
	"testing"
)

// TestCodedRowsColumn: a budget code in the first column opens a row whose
// amounts sit on its second line; the text after it continues the row, and
// the next code opens the next row.
func TestCodedRowsColumn(t *testing.T) {
	text := strings.Join([]string{
		"Kode\tProgram/Kegiatan\tPagu\tRealisasi",
		"WA\tProgram Dukungan\t\t",
		"\tManajemen dan Pelaksanaan\t2.013.200\t1.921.462",
		"\tTugas Teknis Lainnya\t\t",
		"3360\tOperasional Perkantoran\t684.500\t675.071",
		"CQ\tProgram Penyelenggaraan\t\t",
		"\tPemilu dalam Proses\t2.519.100\t2.416.925",
		"\tJUMLAH\t4.532.300\t4.338.387",
	}, "\n")
	blocks, err := TextWith([]byte(text), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var rows []Row
	for _, b := range blocks {
		if b.Kind == Table {
			rows = b.Rows
		}
	}
	want := []string{
		"WA|Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya|2.013.200|1.921.462",
		"3360|Operasional Perkantoran|684.500|675.071",
		"CQ|Program Penyelenggaraan Pemilu dalam Proses|2.519.100|2.416.925",
		"|JUMLAH|4.532.300|4.338.387",
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i, r := range rows {
		if got := strings.Join(r.Cells, "|"); got != want[i] {
			t.Errorf("row %d = %q, want %q", i, got, want[i])
		}
	}
}

// TestCodedRowsLabel: codes opening the labels, amounts on a middle line;
// two amount lines under one code leave the table to the line reading.
func TestCodedRowsLabel(t *testing.T) {
	rowsOf := func(lines ...string) []string {
		blocks, err := Text([]byte(strings.Join(lines, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, b := range blocks {
			for _, r := range b.Rows {
				out = append(out, strings.Join(r.Cells, "|"))
			}
		}
		return out
	}
	got := rowsOf("Program/Kegiatan\tPagu\tRealisasi",
		"6709 Perencanaan Program dan\t\t",
		"Anggaran, serta Penyusunan\t3.527.715\t2.998.037",
		"Penyelenggaraan Pemilu\t\t",
		"6709.QGE.001 Perencanaan dan Penganggaran Pemilu\t1.442.792\t1.255.228",
		"6871 Pengelolaan Logistik\t4.330.061\t3.691.581",
		"JUMLAH\t9.300.568\t7.944.846")
	want := []string{
		"6709 Perencanaan Program dan Anggaran, serta Penyusunan Penyelenggaraan Pemilu|3.527.715|2.998.037",
		"6709.QGE.001 Perencanaan dan Penganggaran Pemilu|1.442.792|1.255.228",
		"6871 Pengelolaan Logistik|4.330.061|3.691.581",
		"JUMLAH|9.300.568|7.944.846",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// a heading code with two uncoded children: not this layout
	var body []rawLine
	for i, l := range []string{"076.01.WA Program Dukungan Manajemen\t\t", "Pengelolaan Keuangan\t1.000\t900",
		"Operasional Perkantoran\t2.000\t1.900", "3355 Layanan\t500\t400", "3360 Sarana\t500\t400"} {
		body = append(body, rawLine{n: i + 2, cells: strings.Split(l, "\t")})
	}
	if _, ok := codedRows(body, func() map[string]bool { return nil }); ok {
		t.Error("codedRows read a heading with two uncoded children as coded rows")
	}
}

func TestOpensWithCode(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want bool
	}{{"WA", true}, {"3355", true}, {"6709 Perencanaan Program dan", true}, {"6709.QGE.001 Perencanaan", true},
		{"076.01.WA Program", true}, {"WA Program Dukungan", true}, {"CQ.6709 Perencanaan", true}, {"(6709) Perencanaan", true},
		{"KPU Kabupaten/Kota", false}, {"Anggaran, serta Penyusunan", false}, {"2024 Pagu", false}, {"", false}} {
		if got := opensWithCode([]string{tc.cell, "x"}); got != tc.want {
			t.Errorf("opensWithCode(%q) = %v, want %v", tc.cell, got, tc.want)
		}
	}
}

// TestFlatBudgetByProgram: a budget table flattened one cell per line
// whose rows carry no codes is proven by its total being the sum of the
// rows named "Program ..." (and pagu − realisasi = sisa on every row).
func TestFlatBudgetByProgram(t *testing.T) {
	lines := []string{"Realisasi anggaran per program dan kegiatan Tahun Anggaran 2020 (dalam rupiah):", "",
		"Program/Kegiatan", "Pagu", "Realisasi", "Sisa",
		"Program Dukungan Manajemen", "2.216.770.000", "2.103.192.874", "113.577.126",
		"Pengelolaan Keuangan dan Barang Milik Negara", "1.532.650.000", "1.442.622.289", "90.027.711",
		"Program Penyelenggaraan Pemilu", "568.180.000", "542.537.047", "25.642.953",
		"Jumlah", "2.784.950.000", "2.645.729.921", "139.220.079", "",
		"Sisa anggaran sebagian besar berasal dari efisiensi perjalanan dinas."}
	blocks, err := Text([]byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range blocks {
		if b.Kind == Table && !b.Unproven {
			for _, r := range b.Rows {
				got = append(got, strings.Join(r.Cells, "|"))
			}
		}
	}
	if len(got) != 4 || got[3] != "Jumlah|2.784.950.000|2.645.729.921|139.220.079" {
		t.Errorf("rows = %q, want 4 proven rows ending with the total", got)
	}
}
