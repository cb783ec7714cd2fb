package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetUnitFootnote: a budget table's unit stated only in a footnote
// under it, the header cells carrying the note's mark: "Pagu³⁾" over "³⁾
// dalam ribuan rupiah (Rp 000)", "Pagu 1)" over "1) dalam ribuan rupiah",
// "Pagu (a)" over "(a) dalam jutaan rupiah", "Pagu*)" over "*) dalam
// ribuan". A note whose mark is not the amounts' (another column's note)
// states nothing of them: the scale guard then refuses the table
// (anggaran.satuan_tidak_jelas). A total realisasi cut off in print
// ("9.704.86") is repaired where pagu − sisa proves it.
func TestBudgetUnitFootnote(t *testing.T) {
	const capt = "Tabel 3.2 Realisasi Anggaran Tahun 2023"
	hdr := func(mark string) string {
		return "Kode\tProgram / Kegiatan\tPagu" + mark + "\tRealisasi" + mark + "\tSisa" + mark + "\tSerapan (%)"
	}
	thou := []string{"076.01.WA\tProgram Dukungan Manajemen\t3.078.154\t2.909.277\t168.877\t94,51",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t7.175.490\t6.795.590\t379.900\t94,71"}
	mill := []string{"076.01.WA\tProgram Dukungan Manajemen\t3.078,15\t2.909,28\t168,87\t94,51",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t7.175,49\t6.795,59\t379,90\t94,71"}
	wa := "076.01.WA|2023|3078154000|2909277000|168877000"
	cq := "076.01.CQ|2023|7175490000|6795590000|379900000"
	tests := []struct {
		name string
		body []string
		want []string
		tot  int64 // TOTAL realisasi; 0: no TOTAL row checked
		rule string
	}{
		{"superscript mark", append(append([]string{capt, "", hdr("³⁾")}, thou...), "³⁾ dalam ribuan rupiah (Rp 000)"), []string{cq, wa}, 0, ""},
		{"mark 1)", append(append([]string{capt, "", hdr(" 1)")}, thou...), "1) dalam ribuan rupiah"), []string{cq, wa}, 0, ""},
		{"mark (a), millions", append(append([]string{capt, "", hdr(" (a)")}, mill...), "(a) dalam jutaan rupiah, dua angka desimal"),
			[]string{"076.01.CQ|2023|7175490000|6795590000|379900000", "076.01.WA|2023|3078150000|2909280000|168870000"}, 0, ""},
		{"starred mark", append(append([]string{capt, "", hdr("*)")}, thou...), "*) dalam ribuan rupiah"), []string{cq, wa}, 0, ""},
		{"the note of another mark", append(append([]string{capt, "", hdr("²⁾")}, thou...), "¹⁾ dalam ribuan rupiah"), nil, 0, "anggaran.satuan_tidak_jelas"},
		{"a cut-off total realisasi", append(append([]string{capt, "", hdr("³⁾")}, thou...),
			"\tJUMLAH\t10.253.644\t9.704.86\t548.777\t94,65", "³⁾ dalam ribuan rupiah (Rp 000)"), []string{cq, wa}, 9704867000, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		wantRows(t, tc.name, budgetRows(d, func(a facts.Anggaran) bool { return a.Tingkat == facts.LevelProgram }), tc.want)
		if tc.rule != "" && !hasRule(d, tc.rule) {
			t.Errorf("%s: no finding %s", tc.name, tc.rule)
		}
		if got := amountOf(d, "TOTAL", func(a *facts.Anggaran) *int64 { return a.Realisasi }); tc.tot != 0 && got != tc.tot {
			t.Errorf("%s: TOTAL realisasi %d, want %d", tc.name, got, tc.tot)
		}
	}
}
