package parse

import (
	"strings"
	"testing"
)

// TestQuotedDocument: a report quoted in an e-mail reply, every line behind
// a quote prefix ("> ", ">", "> >"), TAB rows too, reviewer notes unquoted
// between, reads as the report itself. The notes' figures are no facts.
func TestQuotedDocument(t *testing.T) {
	body := []string{"B. Realisasi Anggaran", "", "Realisasi anggaran Tahun 2024 per program dan kegiatan (rupiah):", "",
		"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t2.707.073.000\t2.621.126.661\t96,83",
		"3355\tPengelolaan Keuangan dan Barang Milik Negara\t899.484.000\t862.052.336\t95,84",
		"3358\tPengelolaan Sumber Daya Manusia\t1.807.589.000\t1.759.074.325\t97,32",
		"\tJUMLAH\t2.707.073.000\t2.621.126.661\t96,83", ""}
	quote := func(prefix string) []string {
		out := []string{"Selamat pagi, koreksi saya di sela-sela teks.", ""}
		for i, l := range body {
			p := prefix
			if l == "" {
				p = strings.TrimRight(prefix, " ")
			}
			out = append(out, p+l)
			if i == len(body)-1 {
				out = append(out, "Angka PNBP Rp 1.875.000 jangan dimasukkan ke realisasi. -- ydp", p)
			}
		}
		return out
	}
	want := map[string][]string{"anggaran": {
		"076.01.WA|program||2024|2707073000|2621126661|85946339",
		"3355|kegiatan|076.01.WA|2024|899484000|862052336|37431664",
		"3358|kegiatan|076.01.WA|2024|1807589000|1759074325|48514675",
		"TOTAL|total||2024|2707073000|2621126661|85946339"}}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"unquoted: the baseline", body, want},
		{"'> ' before every line", quote("> "), want},
		{"'>' without a space", quote(">"), want},
		{"nested '> > '", quote("> > "), want},
	})
}
