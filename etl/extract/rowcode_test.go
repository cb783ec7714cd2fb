package extract

import (
	"strings"
	"testing"
)

// TestCodedRows: a budget code in the first column opens a row whose
// amounts sit on its second line; the text after it continues the row, and
// the next code opens the next row.
func TestCodedRows(t *testing.T) {
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
