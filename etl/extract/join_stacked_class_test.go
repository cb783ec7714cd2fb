package extract

import (
	"strings"
	"testing"
)

// TestStackedBlocks: one table of two stacked blocks, the second under a
// title row repeating the key's titles ("Kode | Program / Kegiatan") with
// new measures, is joined row by row by the key, each block's total with
// the other's; a second block naming other rows, or writing a measure of
// the first again, stays a table of its own.
func TestStackedBlocks(t *testing.T) {
	doc := func(second ...string) string {
		return strings.Join(append([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
			"Kode\tProgram / Kegiatan\tPagu (Rp)",
			"076.01.WA\tProgram Dukungan Manajemen\t3.588.826.000",
			"3355\tPengelolaan Keuangan\t1.216.341.000",
			"3358\tPengelolaan Sumber Daya Manusia\t2.372.485.000",
			"\tJUMLAH\t3.588.826.000"}, append(second, "", "Sumber: SAKTI.", "")...), "\n")
	}
	shape := func(text string) string {
		bs, err := Text([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, b := range bs {
			if b.Kind != Table {
				continue
			}
			s := strings.Join(b.Header[0].Cells, "|")
			for _, r := range b.Rows {
				s += "; " + strings.Join(r.Cells, "|")
			}
			out = append(out, s)
		}
		return strings.Join(out, " // ")
	}
	joined := shape(doc("Kode\tProgram / Kegiatan\tRealisasi (Rp)\tSisa (Rp)",
		"076.01.WA\tProgram Dukungan Manajemen\t3.475.956.186\t112.869.814",
		"3355\tPengelolaan Keuangan\t1.178.224.991\t38.116.009",
		"3358\tPengelolaan Sumber Daya Manusia\t2.297.731.195\t74.753.805",
		"\tJUMLAH\t3.475.956.186\t112.869.814"))
	want := "Kode|Program / Kegiatan|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)" +
		"; 076.01.WA|Program Dukungan Manajemen|3.588.826.000|3.475.956.186|112.869.814" +
		"; 3355|Pengelolaan Keuangan|1.216.341.000|1.178.224.991|38.116.009" +
		"; 3358|Pengelolaan Sumber Daya Manusia|2.372.485.000|2.297.731.195|74.753.805" +
		"; |JUMLAH|3.588.826.000|3.475.956.186|112.869.814"
	if joined != want {
		t.Errorf("stacked blocks:\n got %s\nwant %s", joined, want)
	}
	// the names differ: not the same rows, two tables
	other := shape(doc("Kode\tProgram / Kegiatan\tRealisasi (Rp)\tSisa (Rp)",
		"076.01.WA\tProgram Dukungan Manajemen\t3.475.956.186\t112.869.814",
		"3355\tLayanan Umum\t1.178.224.991\t38.116.009",
		"3358\tPengelolaan Sumber Daya Manusia\t2.297.731.195\t74.753.805",
		"\tJUMLAH\t3.475.956.186\t112.869.814"))
	if n := strings.Count(other, " // "); n != 1 {
		t.Errorf("names differing: want two tables, got %d: %s", n+1, other)
	}
}
