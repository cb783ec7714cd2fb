package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// TestRuleRowsClass: an accountant's budget table draws rules of its own,
// a row of dashes under the header, a single rule over the figure columns
// before the total and a double rule under it. A rule row is no row and no
// break of the table: the unit the table states (thousands in the sentence
// above, "(Rp 000)" in the header) holds for the row above the rule and
// the total under it as for every other row.
func TestRuleRowsClass(t *testing.T) {
	dashes := barred("Realisasi pagu per program dan kegiatan, disajikan dalam ribuan rupiah:", "",
		"Tabel 3.2 Realisasi Anggaran Tahun 2023", "",
		"Kode|Program / Kegiatan|Pagu|Realisasi|Sisa|Serapan (%)",
		"------|--------------------|------|-----------|------|----------",
		"076.01.WA|Program Dukungan Manajemen|3.120.450|3.050.210|70.240|97,75",
		"3355|Pengelolaan Keuangan dan BMN|1.020.150|1.001.300|18.850|98,15",
		"3358|Pengelolaan SDM|2.100.300|2.048.910|51.390|97,55",
		"076.01.CQ|Program Penyelenggaraan Pemilu|2.480.000|2.495.100|-15.100|100,61",
		"6639|Teknis Penyelenggaraan|1.230.000|1.251.600|-21.600|101,76",
		"6867|Pembentukan Badan Adhoc|1.250.000|1.243.500|6.500|99,48",
		"||-------------|-------------|----------|--------",
		"|Jumlah|5.600.450|5.545.310|55.140|99,02",
		"||=============|=============|==========|========", "",
		"Sumber: aplikasi SAKTI.")
	underscores := barred("Tabel 3.3 Anggaran dan Realisasi TA 2019", "",
		"Kode|Uraian|Pagu (Rp 000)|Realisasi (Rp 000)|Sisa (Rp 000)|%",
		"____|______|_____________|__________________|_____________|___",
		"076.01.WA|Dukungan Manajemen|1.800.000|1.752.300|47.700|97,35",
		"4112|Pengelolaan Keuangan|700.000|688.100|11.900|98,30",
		"4113|Operasional Perkantoran|1.100.000|1.064.200|35.800|96,75",
		"076.01.CQ|Penyelenggaraan Pemilu|950.500|931.400|19.100|97,99",
		"6640|Pemutakhiran Data Pemilih|950.500|931.400|19.100|97,99",
		"||__________|__________|__________|_____",
		"|TOTAL|2.750.500|2.683.700|66.800|97,57",
		"||══════════|══════════|══════════|═════", "")
	boxes := barred("Tabel 3.4 Realisasi Anggaran Tahun 2021 (dalam rupiah)", "",
		"Kode|Program|Pagu|Realisasi|Sisa|Capaian (%)",
		"──|───────|────|─────────|────|───────────",
		"076.01.WA|Program Dukungan Manajemen|2.345.678.000|2.300.000.500|45.677.500|98,05",
		"076.01.CQ|Program Penyelenggaraan Pemilu|1.654.322.000|1.600.111.000|54.211.000|96,72",
		"||──────────────|──────────────|──────────|──────",
		"|Jumlah|4.000.000.000|3.900.111.500|99.888.500|97,50",
		"||══════════════|══════════════|══════════|══════", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"thousands in the sentence above, dashes and a double rule", dashes, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|3120450000|3050210000|70240000",
			"3355|kegiatan|076.01.WA|2023|1020150000|1001300000|18850000",
			"3358|kegiatan|076.01.WA|2023|2100300000|2048910000|51390000",
			"076.01.CQ|program||2023|2480000000|2495100000|-15100000",
			"6639|kegiatan|076.01.CQ|2023|1230000000|1251600000|-21600000",
			"6867|kegiatan|076.01.CQ|2023|1250000000|1243500000|6500000",
			"TOTAL|total||2023|5600450000|5545310000|55140000",
		}}},
		{"thousands in the header, underscores and a box double rule", underscores, map[string][]string{"anggaran": {
			"076.01.WA|program||2019|1800000000|1752300000|47700000",
			"4112|kegiatan|076.01.WA|2019|700000000|688100000|11900000",
			"4113|kegiatan|076.01.WA|2019|1100000000|1064200000|35800000",
			"076.01.CQ|program||2019|950500000|931400000|19100000",
			"6640|kegiatan|076.01.CQ|2019|950500000|931400000|19100000",
			"TOTAL|total||2019|2750500000|2683700000|66800000",
		}}},
		{"whole rupiah, box-drawing rules", boxes, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|2345678000|2300000500|45677500",
			"076.01.CQ|program||2021|1654322000|1600111000|54211000",
			"TOTAL|total||2021|4000000000|3900111500|99888500",
		}}},
	})
}

// TestScaledMoneyUnitLost: a figure followed by something that is no unit
// reads as the bare figure, so a table's unit appended after it would not
// multiply: the amount is Unreadable (NULL with a finding), never a
// thousand times too small.
func TestScaledMoneyUnitLost(t *testing.T) {
	for _, tc := range []struct {
		cell, unit string
		want       int64
		st         normalize.Status
	}{
		{"2.410.300", "ribu", 2410300000, normalize.OK},
		{"2.410.300 ~~~~", "ribu", 0, normalize.Unreadable},
		{"875.125 ----", "ribu", 0, normalize.Unreadable},
		{"12,5 juta", "ribu", 12500000, normalize.OK}, // the cell names its own unit
		{"4.125", "juta", 4125000000, normalize.OK},
		{"0", "ribu", 0, normalize.OK},
		{"2.410.300.000", "", 2410300000, normalize.OK},
	} {
		v, n := scaledMoney(tc.cell, tc.unit, normalize.Unknown)
		if n.Status != tc.st || n.Status == normalize.OK && v != tc.want {
			t.Errorf("%q in %q: got %d status %v, want %d status %v", tc.cell, tc.unit, v, n.Status, tc.want, tc.st)
		}
	}
}
