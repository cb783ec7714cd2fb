package parse

import (
	"fmt"
	"testing"
)

// TestProseParenYear: a year written in parentheses after a year's word
// ("Tahun anggaran sebelumnya (2022) pagu Rp …") names the fiscal year of
// the amounts, although "2022" has a kegiatan code's shape; a code in
// parentheses after a kegiatan's name stays a code (made-up figures).
func TestProseParenYear(t *testing.T) {
	lead := "Realisasi anggaran tahun 2024 adalah sebagai berikut."
	for _, tc := range []struct {
		name, sentence string
		want           []string
	}{
		{"previous year in parentheses", "Tahun anggaran sebelumnya (2023) pagu Rp3.118.640.000 terealisasi Rp3.047.302.115 (97,71%).",
			[]string{"2023|TOTAL|3118640000|3047302115"}},
		{"last year in parentheses", "Pada tahun lalu (2022) pagu Rp2.500.000.000 dengan realisasi Rp2.400.000.000 (96,00%).",
			[]string{"2022|TOTAL|2500000000|2400000000"}},
		{"a kegiatan code stays a code", "Kegiatan Pengelolaan Keuangan (3355) memperoleh pagu Rp1.200.000.000 dan terealisasi Rp1.150.000.000 (95,83%).",
			[]string{"2024|3355|1200000000|1150000000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, lead, "", tc.sentence)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, fmt.Sprintf("%d|%s|%s|%s", a.Tahun, a.Kode, nv(a.Pagu), nv(a.Realisasi)))
			}
			wantRows(t, "anggaran", got, tc.want)
		})
	}
}
