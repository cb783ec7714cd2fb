package parse

import (
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetMirroredShortRowClass: a budget table switched to
// right-to-left writing lists its amounts first and its labels (Uraian,
// Kode, No) last; its total row, without a code or number, is shorter than
// the header by its trailing cells. Its amounts stay under their own
// titles; a left-to-right table's short row still lacks its leading cells
// (made-up figures).
func TestBudgetMirroredShortRowClass(t *testing.T) {
	all := func(facts.Anggaran) bool { return true }
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"mirrored, Kode last, total without a code", barred(
			"Tabel 3.2 Realisasi Anggaran Tahun 2021", "",
			"Persentase (%)|Sisa|Realisasi|Pagu|Uraian|Kode",
			"97,50|50.000.000|1.950.000.000|2.000.000.000|Program Dukungan Manajemen|076.01.WA",
			"96,00|40.000.000|960.000.000|1.000.000.000|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|076.01.CQ",
			"97,00|90.000.000|2.910.000.000|3.000.000.000|Jumlah"),
			[]string{"076.01.CQ|2021|1000000000|960000000|40000000", "076.01.WA|2021|2000000000|1950000000|50000000", "TOTAL|2021|3000000000|2910000000|90000000"}},
		{"mirrored, No last, total without a number", barred(
			"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
			"Serapan|Sisa Anggaran|Realisasi (Rp)|Pagu (Rp)|Program|Kode|No",
			"98,00|12.000.000|588.000.000|600.000.000|Program Dukungan Manajemen|076.01.WA|1",
			"95,00|20.000.000|380.000.000|400.000.000|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|076.01.CQ|2",
			"96,80|32.000.000|968.000.000|1.000.000.000|Total"),
			[]string{"076.01.CQ|2019|400000000|380000000|20000000", "076.01.WA|2019|600000000|588000000|12000000", "TOTAL|2019|1000000000|968000000|32000000"}},
		{"left to right: a short row lacks its leading cells", barred(
			"Tabel 3.3 Realisasi Anggaran Tahun 2020", "",
			"No|Kode|Uraian|Pagu|Realisasi|Sisa",
			"1|076.01.WA|Program Dukungan Manajemen|700.000.000|690.000.000|10.000.000",
			"2|076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|300.000.000|280.000.000|20.000.000",
			"Jumlah|1.000.000.000|970.000.000|30.000.000"),
			[]string{"076.01.CQ|2020|300000000|280000000|20000000", "076.01.WA|2020|700000000|690000000|10000000", "TOTAL|2020|1000000000|970000000|30000000"}},
	} {
		d := parseDoc(t, tc.name, tc.lines...)
		if got := budgetRows(d, all); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
