package parse

import (
	"fmt"
	"strings"
	"testing"
)

// numberLines numbers every line of body in a margin, as a review draft
// does: right-aligned to width, two spaces, then the line; a blank line
// gets its number alone; "\f" starts the count again.
func marginLines(width int, body ...string) []string {
	out := make([]string, 0, len(body))
	n := 0
	for _, l := range body {
		if l == "\f" {
			out, n = append(out, l), 0
			continue
		}
		n++
		out = append(out, strings.TrimRight(fmt.Sprintf("%*d  %s", width, n, l), " "))
	}
	return out
}

// TestMarginNumbers: a document whose every line carries its line number
// in the margin (blank lines too, from 1 again on each page) is read as if
// the numbers were not there, in TAB tables, space-aligned tables and
// prose alike.
func TestMarginNumbers(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{{
		name: "TAB budget table: the number joins the code's cell",
		body: marginLines(3, "\f", "C. Realisasi Anggaran", "", "Tabel 3.4 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa",
			"076.01.WA\tProgram Dukungan Manajemen\t4.200.000.000\t4.000.000.000\t200.000.000",
			"3358\tPengelolaan Sumber Daya Manusia\t4.200.000.000\t4.000.000.000\t200.000.000",
			"\tJUMLAH\t4.200.000.000\t4.000.000.000\t200.000.000", "", "Penyerapan anggaran tahun ini tergolong baik."),
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|4200000000|4000000000|200000000",
			"3358|kegiatan|076.01.WA|2024|4200000000|4000000000|200000000",
			"TOTAL|total||2024|4200000000|4000000000|200000000"}},
	}, {
		name: "space-aligned capaian table, numbers of width two",
		body: marginLines(2, "\f", "Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No   Indikator Kinerja                        Satuan   Target   Realisasi   Capaian (%)",
			" 1   Persentase logistik terdistribusi tepat   %         95,00       97,85        103,00",
			" 2   Persentase pegawai mengikuti diklat       %         60,00       48,00         80,00",
			" 3   Nilai keterbukaan informasi publik        Nilai     80,00       88,00        110,00",
			"", "Sumber: diolah dari aplikasi kinerja."),
		want: map[string][]string{"capaian": {"Persentase logistik terdistribusi tepat|95|97.85|103",
			"Persentase pegawai mengikuti diklat|60|48|80", "Nilai keterbukaan informasi publik|80|88|110"}},
	}})
}

// TestMarginNumbersKept: numbers that run on line by line without a line
// holding its number alone (a table's row numbers, a numbered list) are
// the text's own and stay.
func TestMarginNumbersKept(t *testing.T) {
	for _, s := range []string{
		"  1   Perencanaan Kinerja     30,00   24,10\n  2   Pengukuran Kinerja      30,00   22,00\n  3   Pelaporan Kinerja       15,00   11,25\n" +
			"  4   Evaluasi Internal       25,00   18,00\n  5   Capaian Kinerja         10,00    7,50\n  6   Lain-lain                5,00    2,00\n",
		"1  satu\n2  dua\n3\n4  empat\n5\n",
		"1  a\n2\n3\n5  b\n6\n7\n8  c\n",
	} {
		if got := dropLineNumbers([]byte(s)); string(got) != s {
			t.Errorf("dropLineNumbers(%q) = %q, want it unchanged", s, got)
		}
	}
}
