package parse

import (
	"fmt"
	"testing"
)

// TestProseLonePercent: a double-spaced print leaves a wrapped sentence's
// last line, a bare percentage, as a paragraph of its own; it still closes
// the sentence above (made-up figures). After a closed sentence it is
// nobody's percentage.
func TestProseLonePercent(t *testing.T) {
	lead := "Realisasi anggaran tahun 2024 adalah sebagai berikut."
	for _, tc := range []struct {
		name string
		body []string
		want string
	}{
		{"bracketed", []string{"Pada TA 2023 pagu Rp3.118.640.000 terealisasi Rp3.047.302.115", "", "(97,71%)."}, "2023|3118640000|3047302115|97.71"},
		{"bare", []string{"Total pagu tahun 2023 Rp3.118.640.000 dengan realisasi Rp3.047.302.115, atau", "", "97,71%."}, "2023|3118640000|3047302115|97.71"},
		{"after a closed sentence", []string{"Pada TA 2023 pagu Rp3.118.640.000 terealisasi Rp3.047.302.115.", "", "(97,71%)."}, "2023|3118640000|3047302115|<nil>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append([]string{lead, ""}, tc.body...)...)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, fmt.Sprintf("%d|%s|%s|%s", a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.SerapanLapor)))
			}
			wantRows(t, "anggaran", got, []string{tc.want})
		})
	}
}
