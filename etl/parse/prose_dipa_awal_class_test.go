package parse

import (
	"fmt"
	"testing"
)

// TestProseDipaAwal: the first DIPA's amount stated without the word pagu
// ("DIPA awal … ditetapkan sebesar Rp …", "DIPA induk …") is the year's
// pagu_awal; an amount beside the DIPA with no word for the first one, or
// a grant's, is none.
func TestProseDipaAwal(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "kode|tahun|pagu|pagu_awal"
	}{
		{"DIPA awal Tahun Anggaran 2020 ditetapkan sebesar Rp 3.309.524.000. Selama tahun berjalan DIPA direvisi sebanyak 2 kali.",
			[]string{"TOTAL|2020|<nil>|3309524000"}},
		{"DIPA induk tahun 2024 diterima sebesar Rp 4.000.000.000 pada bulan Desember 2023.", []string{"TOTAL|2024|<nil>|4000000000"}},
		{"DIPA sebelum revisi tahun 2024 sebesar Rp 4.000.000.000.", []string{"TOTAL|2024|<nil>|4000000000"}},
		{"DIPA tahun 2024 diterima sebesar Rp 4.000.000.000 pada bulan Desember 2023.", nil},
		{"DIPA awal dana hibah Pemilihan sebesar Rp 4.000.000.000 dikelola terpisah.", nil},
	} {
		d := parseDoc(t, "dipa awal", "C. Realisasi Anggaran", "", tc.text)
		var got []string
		for _, a := range d.Anggaran {
			got = append(got, fmt.Sprintf("%s|%d|%s|%s", a.Kode, a.Tahun, nv(a.Pagu), nv(a.PaguAwal)))
		}
		wantRows(t, tc.text, got, tc.want)
	}
}
