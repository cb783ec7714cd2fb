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
		{"FidoNet initials, the reply's line between two writers",
			" BN> Realisasi anggaran tahun ini per program\n BN>\n BN> Kode\tPagu\nSaya setuju.\nAB>> Catatan rapat pleno tanggal sembilan\nAB>> WA\t100\nAB>>\n",
			" Realisasi anggaran tahun ini per program\n \n Kode\tPagu\nSaya setuju.\nCatatan rapat pleno tanggal sembilan\nWA\t100\n\n"},
		{"initials change: each run counted alone", " BN> Realisasi anggaran tahun ini per program\n BN> Kode\tPagu\n AB> WA\t100\n",
			" BN> Realisasi anggaran tahun ini per program\n BN> Kode\tPagu\n AB> WA\t100\n"},
		{"'| ' and ': ' are left to the table readers (cards and frames draw with them)", "| Realisasi anggaran tahun ini per program\n|\n| Kode   Pagu\n: Catatan rapat pleno tanggal sembilan\n: WA\t100\n:\n",
			"| Realisasi anggaran tahun ini per program\n|\n| Kode   Pagu\n: Catatan rapat pleno tanggal sembilan\n: WA\t100\n:\n"},
		{"prompts are no initials", "SQL> select kode from program where tahun = 2024\nSQL> select pagu from program\nSQL> quit the session now\nC>dir the folder now please\nC>type the file now please\nC>copy the file now please\n",
			"SQL> select kode from program where tahun = 2024\nSQL> select pagu from program\nSQL> quit the session now\nC>dir the folder now please\nC>type the file now please\nC>copy the file now please\n"},
	} {
		if got := string(Unquote([]byte(tc.in))); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestQuoteMarks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Quote
	}{
		{" BN> 076.01.WA  Program", Quote{Margin: 1, N: 5, Depth: 1, Tag: "BN"}},
		{"AB>> KODE", Quote{N: 5, Depth: 2, Tag: "AB"}},
		{" JvD>", Quote{Margin: 1, N: 5, Depth: 1, Tag: "JvD"}},
		{"> > x", Quote{N: 4, Depth: 2}},
		{"  | KODE   PAGU", Quote{Margin: 2, N: 4, Depth: 1, Tag: "|"}},
		{": : x", Quote{N: 4, Depth: 2, Tag: ":"}},
		{"| Kode | Pagu |", Quote{}},
		{": KEC. ALOK        :   : KEC. NITA      :", Quote{}},
		{"|-- rekap.txt", Quote{}},
		{":) oke", Quote{}},
		{"mysql> SELECT 1;", Quote{}},
		{`PS C:\> dir`, Quote{}},
		{"SQL> select", Quote{}},
		{"irb> 1 + 1", Quote{}},
		{"C>dir", Quote{}},
		{"Realisasi > target", Quote{}},
	} {
		if got := QuoteMarks(tc.in); got != tc.want {
			t.Errorf("%q: got %+v want %+v", tc.in, got, tc.want)
		}
	}
}
