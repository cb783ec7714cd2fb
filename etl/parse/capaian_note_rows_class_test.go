package parse

import (
	"fmt"
	"testing"
)

// TestCapaianNoteRowsClass: a capaian table with a note under every
// indicator, typed in a merged cell across the row ("Penjelasan: realisasi
// … memberi capaian …", "Analisis: …"), keeps each indicator's own name:
// the note is no wrapped line of it. Made-up offices and figures; the
// look-alike, a name wrapped onto a line of its own, still joins.
func TestCapaianNoteRowsClass(t *testing.T) {
	const a, b = "Persentase Pemilih yang Terdaftar Tepat Waktu", "Opini BPK atas Laporan Keuangan"
	for _, tc := range []struct {
		name string
		rows []string
		want []string
	}{
		{"penjelasan under every row",
			[]string{"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
				"1\t" + a + "\t%\t90,00\t94,50\t105,00",
				"\tPenjelasan: realisasi 94,50 dibandingkan target 90,00 memberi capaian 105,00%.",
				"2\t" + b + "\tOpini\tWTP\tWTP\t100,00",
				"\tPenjelasan: opini WTP dipertahankan."},
			[]string{a + "|90|94.5", b + "|<nil>|<nil>"}},
		{"penjelasan in the second column, no colon, realisasi first",
			[]string{"No\tIndikator\tRealisasi\tTarget\tCapaian",
				"1\t" + a + "\t94,50\t90,00\t105,00",
				"\tPenjelasan realisasi melampaui target karena sosialisasi berjalan baik",
				"2\t" + b + "\tWTP\tWTP\t100,00",
				"\tPenjelasan opini WTP dipertahankan"},
			[]string{a + "|90|94.5", b + "|<nil>|<nil>"}},
		// look-alike: a name wrapped onto a line of its own still joins
		{"a wrapped name",
			[]string{"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
				"1\tPersentase Pemilih yang Terdaftar\t%\t90,00\t94,50\t105,00",
				"\tTepat Waktu",
				"2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
			[]string{a + "|90|94.5", b + "|<nil>|<nil>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2023", ""}, tc.rows...)...)
			var got []string
			for _, c := range d.Capaian {
				got = append(got, fmt.Sprintf("%s|%s|%s", c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai)))
			}
			wantRows(t, "capaian", got, tc.want)
		})
	}
}
