package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestAlignedPerVillage: the table per desa/kelurahan as a PDF's
// space-aligned text (pdftotext -layout): a kecamatan heading on a line
// of its own, at the margin or indented, is a group line of the table;
// the villages load nothing and each kecamatan's row is its subtotal.
func TestAlignedPerVillage(t *testing.T) {
	row := func(no, name, figs string) string {
		f := strings.Split(figs, "\t")
		return fmt.Sprintf("  %3s   %-26s %4s  %7s  %7s  %7s", no, name, f[0], f[1], f[2], f[3])
	}
	const header = "   No   Desa/Kelurahan              TPS        L        P      L+P"
	for _, tc := range []struct{ name, indent, h1, h2, sub1, sub2 string }{
		{"headings at the margin", "", "KECAMATAN PAGA", "KECAMATAN LELA", "Jumlah Kecamatan Paga", "Jumlah Kecamatan Lela"},
		{"indented headings", "        ", "Kec. Paga", "Kec. Lela", "Jumlah Kec. Paga", "Jumlah Kec. Lela"},
	} {
		body := []string{"Tabel 3.8 DPT Pemilu 2024 per Desa/Kelurahan", "", header, tc.indent + tc.h1}
		body = append(body, kelRows(kelPaga, 1, row)...)
		body = append(body, row("", tc.sub1, kelPagaSum), tc.indent+tc.h2)
		body = append(body, kelRows(kelLela, 4, row)...)
		body = append(body, row("", tc.sub2, kelLelaSum), row("", "TOTAL KABUPATEN SIKKA", kelAllSum), "",
			"Rincian di atas menjadi dasar penyediaan logistik di tiap desa.")
		checkDocs(t, []string{"dpt"}, []docCase{{tc.name, body, map[string][]string{"dpt": kelWant(false)}}})
	}
}
