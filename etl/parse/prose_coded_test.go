package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestProseCoded: amounts stated per program and kegiatan with their codes
// in parentheses belong to those codes, not to the year's total; a stated
// sisa is kept when pagu − realisasi proves it.
func TestProseCoded(t *testing.T) {
	d := parseDoc(t, "prosa",
		"Pada Tahun Anggaran 2024 total pagu anggaran sebesar Rp 3.214.600.000,- dengan realisasi sebesar Rp 3.084.945.748,- atau 95,97%, sehingga sisa anggaran yang tidak terserap sebesar Rp 129.654.252,-.",
		"",
		"Program Dukungan Manajemen (076.01.WA) memperoleh pagu Rp 2.849.550.000,- dan terealisasi Rp 2.732.458.724,- (95,89%). Dari program ini, kegiatan Pengelolaan Keuangan dan Barang Milik Negara (3355) terealisasi Rp 1.907.221.333,- dari pagu Rp 1.987.400.000,-.",
		"",
		"Kegiatan Teknis Penyelenggaraan Pemilu/Pemilihan (6639) menyerap Rp 235.827.452,- dari Rp 246.800.000,-.")
	wantRows(t, "anggaran", budgetRows(d, func(a facts.Anggaran) bool { return a.Utama && a.Tahun == 2024 }), []string{
		"076.01.WA|2024|2849550000|2732458724|117091276",
		"3355|2024|1987400000|1907221333|80178667",
		"6639|2024|246800000|235827452|10972548",
		"TOTAL|2024|3214600000|3084945748|129654252",
	})
	for _, a := range d.Anggaran {
		if a.Kode == "3355" && a.KodeInduk != "076.01.WA" {
			t.Errorf("3355 induk %q, want 076.01.WA", a.KodeInduk)
		}
	}
}

func fmtI(v *int64) any {
	if v == nil {
		return nil
	}
	return *v
}
