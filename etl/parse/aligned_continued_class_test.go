package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestAlignedContinuedPart: a space-aligned budget table broken by a page,
// whose second part has no row in its No column (so no channel there),
// is one table when the part's cells have the kinds of the first part's
// columns one place to the right and the first part's leftmost column
// holds only row numbers; otherwise the part stays headerless and loads
// nothing (never shifted values).
func TestAlignedContinuedPart(t *testing.T) {
	first := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"  No   Program/Kegiatan                               Pagu               Realisasi           Sisa             %",
		"   1   Program Dukungan Manajemen (076.01.WA)         Rp 3.775.270.000   Rp 3.727.507.060    Rp 47.762.940   98,73%",
		"       - Pengelolaan Keuangan (3355)                  Rp 2.650.400.000   Rp 2.604.488.654    Rp 45.911.346   98,27%",
		"       - Operasional Perkantoran (3360)               Rp 1.124.870.000   Rp 1.123.018.406     Rp 1.851.594   99,84%",
		"   2   Program Penyelenggaraan Pemilu (076.01.CQ)     Rp 4.000.000.000   Rp 3.900.000.000   Rp 100.000.000   97,50%",
		"", "                                    Halaman 8 dari 34", "\f",
		"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", ""}
	second := []string{
		"     - Pembentukan Badan Adhoc (6867)              Rp 4.000.000.000   Rp 3.900.000.000   Rp 100.000.000   97,50%",
		"     TOTAL                                         Rp 7.775.270.000   Rp 7.627.507.060   Rp 147.762.940   98,10%", ""}
	head := []string{"076.01.CQ|2024|4000000000|3900000000|100000000", "076.01.WA|2024|3775270000|3727507060|47762940",
		"3355|2024|2650400000|2604488654|45911346", "3360|2024|1124870000|1123018406|1851594"}
	whole := append(append([]string{}, head...), "6867|2024|4000000000|3900000000|100000000", "TOTAL|2024|7775270000|7627507060|147762940")
	textCol := func(lines []string) []string { // the No column holding words: not row numbers
		out := append([]string{}, lines...)
		out[3] = strings.Replace(out[3], "   1   ", "   A   ", 1)
		return out
	}
	wordCell := func(lines []string) []string { // a figure column holding a word in the part
		out := append([]string{}, lines...)
		out[0] = strings.Replace(out[0], "Rp 3.900.000.000", "dalam proses    ", 1)
		return out
	}
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{
		{"continued after the page break", append(append([]string{}, first...), second...), whole},
		{"no page break between: not a continuation", append(append([]string{}, first[:7]...), append([]string{"Uraian berikut:", ""}, second...)...), head},
		{"first column not row numbers", append(textCol(first), second...), head},
		{"a cell of the part of another kind", append(append([]string{}, first...), wordCell(second)...), head},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			got := budgetRows(d, func(a facts.Anggaran) bool { return true })
			wantRows(t, "anggaran", got, tc.want)
		})
	}
}
