package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetUnitBelow: the unit of a budget table stated in a note right
// under it ("*) angka dalam ribuan rupiah", "Keterangan: …", "Sumber: …,
// dalam ribuan rupiah", "Angka pada tabel di atas …"), read before any
// amount loads. The note is the table's own: the next table does not take
// it; a plain sentence under a table introduces the next one; a note that
// contradicts the unit above the table loads nothing (anggaran.satuan_ganda).
func TestBudgetUnitBelow(t *testing.T) {
	const (
		hdr  = "Kode\tUraian\tPagu\tRealisasi\t%"
		thou = "WA\tProgram Dukungan Manajemen\t12.476.530\t12.201.147\t97,79"
		full = "CQ\tProgram Penyelenggaraan Pemilu\t2.208.613.000\t2.139.597.169\t96,88"
		capA = "Tabel 3.5 Realisasi Anggaran Tahun 2022"
		capB = "Tabel 3.6 Realisasi Anggaran Program Teknis Tahun 2022"
	)
	// rows: "kode|tahun|pagu|realisasi|sisa" of the programs
	prog := func(a []string) map[string][]string { return map[string][]string{"anggaran": a} }
	wa := "076.01.WA|2022|12476530000|12201147000|275383000"
	cq := "076.01.CQ|2022|2208613000|2139597169|69015831"
	tests := []struct {
		name string
		body []string
		want map[string][]string
		rule string
	}{
		{"a starred note", []string{capA, "", hdr, thou, "*) angka dalam ribuan rupiah"}, prog([]string{wa}), ""},
		{"keterangan", []string{capA, "", hdr, thou, "Keterangan: nilai dalam ribuan rupiah."}, prog([]string{wa}), ""},
		{"sumber with the unit", []string{capA, "", hdr, thou, "Sumber: Aplikasi SAKTI, data diolah (dalam ribuan rupiah)."}, prog([]string{wa}), ""},
		{"the table above named", []string{capA, "", hdr, thou, "", "Angka pada tabel di atas disajikan dalam ribuan rupiah."}, prog([]string{wa}), ""},
		{"the next table does not take the note", []string{capA, "", hdr, thou, "*) angka dalam ribuan rupiah", "", capB, "", hdr, full},
			prog([]string{cq, wa}), ""},
		{"a plain sentence introduces the next table", []string{capA, "", hdr, full, "Rincian program teknis berikut disajikan dalam ribuan rupiah:", "", capB, "", hdr, thou},
			prog([]string{cq, wa}), ""},
		{"a note against the caption's unit", []string{capA + " (Rp)", "", hdr, thou, "*) angka dalam ribuan rupiah"}, prog(nil), "anggaran.satuan_ganda"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		wantRows(t, tc.name, budgetRows(d, func(a facts.Anggaran) bool { return a.Tingkat == facts.LevelProgram }), tc.want["anggaran"])
		if tc.rule != "" && !hasRule(d, tc.rule) {
			t.Errorf("%s: no finding %s", tc.name, tc.rule)
		}
	}
}
