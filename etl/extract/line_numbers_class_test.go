package extract

import "testing"

// TestUnnumber: a margin of line numbers is taken off only where the
// numbers step with the lines over (nearly) the whole page; a table's No
// column, a numbered list or an amount opening a line stays.
func TestUnnumber(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"right-aligned, numbered blank lines, two pages",
			"  1  Judul\n  2\n  3  1\tSatu\t10\n  4  Kalimat.\n\f\n  1  Bagian\n  2\n  3  Lagi teks\n",
			"Judul\n\n1\tSatu\t10\nKalimat.\n\f\nBagian\n\nLagi teks\n"},
		{"a bar after the number", "1 | Judul\n2 |\n3 | Isi baris\n4 | Penutup\n", "Judul\n\nIsi baris\nPenutup\n"},
		{"every fifth line",
			"    Satu\n    Dua\n\n    Empat\n 5  Lima\n    Enam\n    Tujuh\n    Delapan\n    Sembilan\n10  Sepuluh\n    Sebelas\n    Dua belas\n\n    Empat belas\n15  Lima belas\n",
			"Satu\nDua\n\nEmpat\nLima\nEnam\nTujuh\nDelapan\nSembilan\nSepuluh\nSebelas\nDua belas\n\nEmpat belas\nLima belas\n"},
		{"a spaced table's No column under its caption",
			"Tabel 2.1 Indikator\nNo  Indikator   Target\n1   Arsip       90\n2   Laporan     85\n3   Layanan     80\n",
			"Tabel 2.1 Indikator\nNo  Indikator   Target\n1   Arsip       90\n2   Laporan     85\n3   Layanan     80\n"},
		{"a numbered list after a heading", "DAFTAR\n1 Pendahuluan\n2 Isi\n3 Penutup\n", "DAFTAR\n1 Pendahuluan\n2 Isi\n3 Penutup\n"},
		{"TAB rows numbered", "1\tA\t10\n2\tB\t20\n3\tC\t30\n4\tD\t40\n", "1\tA\t10\n2\tB\t20\n3\tC\t30\n4\tD\t40\n"},
		{"numbers that do not step with the lines", "1  Satu\n\n5  Dua\n2  Tiga\n9  Empat\n", "1  Satu\n\n5  Dua\n2  Tiga\n9  Empat\n"},
	} {
		if got := string(Unnumber([]byte(tc.in))); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
