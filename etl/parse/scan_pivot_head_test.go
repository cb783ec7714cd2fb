package parse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestPivotHeadIn: pivotTables with its gate rewrites every text as the
// readers alone do, side by side; on made-up candidate lines (aggregate
// words, joints, column and row labels, TABs, spacing, page breaks, CR)
// as a header over a small pivot body, as the top of a column-field header
// and as prose among lines. The gate must also turn away prose.
func TestPivotHeadIn(t *testing.T) {
	words := []string{"Sum", "sum", "Count", "Jumlah", "jumlah", "Hitung", "Rata-rata", "maks", "of", "OF", "dari", "Dari",
		"Pagu", "Realisasi", "Desa", "Row Labels", "Label Baris", "Column Labels", "Label Kolom", "Grand Total", "2023", "2024",
		"\t", "\t", " ", "  ", "\f", "\r", "kecamatan", "L", "P"}
	seps := []string{"", " ", " ", "\t", "  ", "\f"}
	written := []string{"Row Labels\tSum of Pagu\tSum of Realisasi", "Label Baris\tJumlah dari TPS", "Sum of Pagu\tColumn Labels",
		"Jumlah dari Pemilih\tLabel Kolom", "Kegiatan   Sum of Pagu   Sum of Realisasi", "jumlah dari desa yang dikunjungi",
		"Sum of Pagu\tColumn Labels\tx", "Hitung dari Desa", "Sum\fof\rPagu\tColumn Labels"}
	bodies := []string{
		"\nSatu\t10\t20\nDua\t5\t6\nGrand Total\t15\t26\n",
		"\nRow Labels\t2023\t2024\tGrand Total\nAlor\t1\t2\t3\nGrand Total\t1\t2\t3\n",
		"\nLabel Baris\tL\tP\tGrand Total\nKupang\t4\t5\t9\nGrand Total\t4\t5\t9\n",
		"\n  Satu      10      20\n  Grand Total      10      20\n",
		"\nkata biasa tanpa tabel\n",
	}
	kept, rewritten := 0, 0
	texts := sharedtest.Texts(61, 20000, 7, words, seps, written...)
	for _, w := range written {
		for _, b := range bodies {
			texts = append(texts, w+b, w+strings.ReplaceAll(b, "\n", "\r\n"))
		}
	}
	for n, l := range texts {
		doc := []byte("Tabel 3.1\n" + l + bodies[n%len(bodies)])
		may := pivotLines(doc)
		if len(may) == 0 || !mayHoldPivot(doc, nil) {
			continue // pivotTables reads no line, as before its gate
		}
		got, want := pivotTables(doc, nil), pivotRead(doc, may)
		if !bytes.Equal(got, want) {
			t.Fatalf("pivotTables(%q, nil) = %q; the readers alone give %q", doc, got, want)
		}
		if !pivotHeadIn(doc, may) {
			kept++
		} else if !bytes.Equal(want, doc) {
			rewritten++
		}
	}
	if kept < 100 || rewritten < 8 {
		t.Errorf("%d texts turned away, %d rewritten: the texts should reach both often", kept, rewritten)
	}
	for _, l := range []string{"Jumlah dari seluruh desa di kecamatan itu dikunjungi.", "rata-rata dari tiga tahun\tterakhir naik"} {
		doc := []byte("x\n" + l + "\ny")
		if may := pivotLines(doc); len(may) == 0 || pivotHeadIn(doc, may) {
			t.Errorf("pivotHeadIn(%q) over lines %v: prose holds no header", doc, may)
		}
	}
}
