package parse

import "testing"

// TestSisaCutAtSeparator: a Sisa cell cut right after a thousands
// separator is no amount a thousand times too small: its text is kept for
// the repair from pagu − realisasi (validate), the value left NULL.
func TestSisaCutAtSeparator(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"130.000.", "<nil> 130.000."},
		{"Rp 130.000,", "<nil> Rp 130.000,"},
		{"130.000.000", "130000000 "},
	} {
		d := parseDoc(t, tc.cell, "Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa",
			"076.01.WA\tProgram Dukungan Manajemen\t2.500.000.000\t2.370.000.000\t"+tc.cell)
		got := "no row"
		for _, a := range d.Anggaran {
			if a.Kode == "076.01.WA" {
				got = nv(a.Sisa) + " " + a.SisaTeks
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.cell, got, tc.want)
		}
	}
}
