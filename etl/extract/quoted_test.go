package extract

import "testing"

func TestUnquote(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a reply quoting TAB rows, a note between",
			"Pak, koreksi saya di bawah.\n> Realisasi anggaran tahun ini per program\n>\n> Kode\tProgram\tPagu\n> 076.01.WA\tDukungan\t100\n> \tJUMLAH\t100\nCatatan reviewer di sini\n> Demikian laporan ini kami sampaikan\n",
			"Pak, koreksi saya di bawah.\nRealisasi anggaran tahun ini per program\n\nKode\tProgram\tPagu\n076.01.WA\tDukungan\t100\n\tJUMLAH\t100\nCatatan reviewer di sini\n> Demikian laporan ini kami sampaikan\n"},
		{"'>' without a space", ">Realisasi anggaran tahun ini per program\n>Kode\tPagu\n>WA\t100\n", "Realisasi anggaran tahun ini per program\nKode\tPagu\nWA\t100\n"},
		{"nested '> >' and '>>'", "> > Realisasi anggaran tahun ini per program\n>> Kode\tPagu\n> > WA\t100", "Realisasi anggaran tahun ini per program\nKode\tPagu\nWA\t100"},
		{"a padded rendering: table lines set in, the margin kept",
			"> Realisasi anggaran tahun ini per program\n  > Kode        Pagu\n  > WA           100\n>\n",
			"Realisasi anggaran tahun ini per program\n  Kode        Pagu\n  WA           100\n\n"},
		{"an arrow inside a line is no quote", "a -> b\nRealisasi > target\n", "a -> b\nRealisasi > target\n"},
		{"bands are no quote", "> 90 - 100\tAA\n> 80 - 90\tA\n> 70 - 80\tBB\n", "> 90 - 100\tAA\n> 80 - 90\tA\n> 70 - 80\tBB\n"},
		{"two quoted lines are no quote", "> Realisasi anggaran tahun ini per program\n> Kode\tPagu\n", "> Realisasi anggaran tahun ini per program\n> Kode\tPagu\n"},
		{"pipes are tables, not quotes", "| Kode | Pagu |\n| WA | 100 |\n| Realisasi anggaran tahun ini per program |\n", "| Kode | Pagu |\n| WA | 100 |\n| Realisasi anggaran tahun ini per program |\n"},
	} {
		if got := string(Unquote([]byte(tc.in))); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
