package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestProseAmountSpelledOut: a prose total whose amounts are followed by
// the amount in words in parentheses ("Rp3.230.029.058,00 (tiga miliar …
// rupiah) atau 95,55%") keeps the percentage written after the words as
// the realisation's, however long the words run; a parenthesis holding a
// figure or no number word is no spelled-out amount.
func TestProseAmountSpelledOut(t *testing.T) {
	const words = "(tiga miliar dua ratus tiga puluh juta dua puluh sembilan ribu lima puluh delapan rupiah)"
	tests := []struct {
		name, text string
		serapan    string // "-": NULL
	}{
		{"words in parentheses", "Pada tahun 2022 pagu sebesar Rp3.380.330.000,00 (tiga miliar tiga ratus delapan puluh juta tiga ratus tiga puluh ribu rupiah) terealisasi Rp3.230.029.058,00 " + words + " atau 95,55%.", "95.55"},
		{"terbilang label", "Pada tahun 2022 pagu sebesar Rp3.380.330.000,00 terealisasi Rp3.230.029.058,00 (terbilang: tiga miliar dua ratus tiga puluh juta dua puluh sembilan ribu lima puluh delapan rupiah) atau 95,55%.", "95.55"},
		{"no words", "Pada tahun 2022 pagu sebesar Rp3.380.330.000,00 terealisasi Rp3.230.029.058,00 atau 95,55%.", "95.55"},
		{"the percentage in parentheses", "Pada tahun 2022 pagu sebesar Rp3.380.330.000,00 terealisasi Rp3.230.029.058,00 (95,55%).", "95.55"},
		{"a long remark in parentheses is no amount", "Pada tahun 2022 pagu sebesar Rp3.380.330.000,00 terealisasi Rp3.230.029.058,00 (setelah pemblokiran anggaran oleh kementerian keuangan pada triwulan ketiga tahun berjalan) dengan serapan 95,55%.", "-"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.text)
		var a *facts.Anggaran
		for i := range d.Anggaran {
			if d.Anggaran[i].Kode == "TOTAL" && d.Anggaran[i].Tahun == 2022 {
				a = &d.Anggaran[i]
			}
		}
		if a == nil {
			t.Errorf("%s: no TOTAL 2022 in %+v", tc.name, d.Anggaran)
			continue
		}
		if i64(a.Realisasi) != 3230029058 || fmtNum(a.SerapanLapor) != tc.serapan {
			t.Errorf("%s: realisasi %d serapan %s, want 3230029058 %s", tc.name, i64(a.Realisasi), fmtNum(a.SerapanLapor), tc.serapan)
		}
	}
}
