package parse

import (
	"strings"
	"testing"
)

// bsBookOf draws a book: a frame of the given corners and rules ("╭╮╰╯─│",
// "┏┓┗┛━┃", …) of inner width w, indented by ind spaces.
func bsBookOf(frame string, ind, w int, inner ...string) []string {
	f := []rune(frame)
	sp := strings.Repeat(" ", ind)
	out := []string{sp + string(f[0]) + strings.Repeat(string(f[4]), w) + string(f[1])}
	for _, l := range inner {
		out = append(out, sp+string(f[5])+pad(l, w)+string(f[5]))
	}
	return append(out, sp+string(f[2])+strings.Repeat(string(f[4]), w)+string(f[3]))
}

func bsJoin(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestBookshelfClass: the budget as a bookshelf (a book a budget line, a
// shelf a program with its kegiatan stacked on the program's book, the
// total's book alone) becomes budget rows by codes, labels and sums;
// books not adding up to their program, framed notes over a board and
// books on no shelf give nothing.
func TestBookshelfClass(t *testing.T) {
	const thin, thick, dbl, sq = "╭╮╰╯─│", "┏┓┗┛━┃", "╔╗╚╝═║", "┌┐└┘─│"
	board := strings.Repeat("▀", 60)
	intro := []string{"Tabel 3.2 Realisasi Anggaran Tahun 2022", "", "[Gambar: Rak Buku Anggaran 2022 - diketik ulang]", ""}
	with := func(m []string) []string {
		return append(append(append([]string{}, intro...), m...), "", "Sumber: SAKTI, 31 Desember 2022.")
	}
	// the total's shelf first, kegiatan in rounded frames on the program's
	// heavy book, a wrapped program name, labelled shelves
	first := bsJoin(
		bsBookOf(thick, 0, 70, " TOTAL DIPA 2022", " Pagu 1.500.000.000 · Real. 1.370.000.000 · Sisa 130.000.000 · 91,33 %"),
		[]string{board + "  rak 1: total DIPA", ""},
		bsBookOf(thin, 2, 66, " 3360 · Operasional Perkantoran", " Pagu 400.000.000 · Real. 380.000.000 · Sisa 20.000.000 · 95,00 %"),
		bsBookOf(thin, 4, 64, " 3355 · Pengelolaan Keuangan dan BMN", " Pagu 600.000.000 · Real. 540.000.000 · Sisa 60.000.000 · 90,00 %"),
		bsBookOf(thick, 0, 70, " 076.01.WA · Program Dukungan Manajemen dan", "Pelaksanaan Tugas Teknis",
			" Pagu 1.000.000.000 · Real. 920.000.000 · Sisa 80.000.000 · 92,00 %"),
		[]string{board + "  rak 2: program 076.01.WA", ""},
		bsBookOf(thin, 3, 66, " 6639 · Teknis Penyelenggaraan", " Pagu 500.000.000 · Real. 450.000.000 · Sisa 50.000.000 · 90,00 %"),
		bsBookOf(thick, 0, 70, " 076.01.CQ · Program Penyelenggaraan Pemilu", " Pagu 500.000.000 · Real. 450.000.000 · Sisa 50.000.000 · 90,00 %"),
		[]string{board + "  rak 3: program 076.01.CQ"})
	want := []string{"076.01.WA|program||2022|1000000000|920000000|80000000", "3360|kegiatan|076.01.WA|2022|400000000|380000000|20000000",
		"3355|kegiatan|076.01.WA|2022|600000000|540000000|60000000", "076.01.CQ|program||2022|500000000|450000000|50000000",
		"6639|kegiatan|076.01.CQ|2022|500000000|450000000|50000000", "TOTAL|total||2022|1500000000|1370000000|130000000"}
	// the total last, square kegiatan on a double-framed program, words
	// spelled out with Rp, no sisa, lower boards without labels
	low := strings.Repeat("▄", 50)
	last := bsJoin(
		bsBookOf(sq, 1, 60, " 6867 | Badan Adhoc", " Pagu Rp 300.000.000 · Realisasi Rp 290.000.000"),
		bsBookOf(sq, 2, 60, " 6871 | Logistik", " Pagu Rp 200.000.000 · Realisasi Rp 150.000.000"),
		bsBookOf(dbl, 0, 64, " 076.01.CQ | Program Penyelenggaraan Pemilu", " Pagu Rp 500.000.000 · Realisasi Rp 440.000.000"),
		[]string{low},
		bsBookOf(dbl, 0, 64, " JUMLAH", " Pagu Rp 500.000.000 · Realisasi Rp 440.000.000"),
		[]string{low})
	// the program's book on top of its stack, the label naming it, a
	// double board with a label; no total
	named := bsJoin(
		bsBookOf(thick, 0, 70, " 076.01.WA - Program Dukungan Manajemen", " Pagu 1.000.000.000 · Real. 920.000.000 · 92,00 %"),
		bsBookOf(thin, 2, 66, " 3355 - Pengelolaan Keuangan", " Pagu 600.000.000 · Real. 540.000.000 · 90,00 %"),
		bsBookOf(thin, 2, 66, " 3360 - Operasional Perkantoran", " Pagu 400.000.000 · Real. 380.000.000 · 95,00 %"),
		[]string{strings.Repeat("═", 72) + " RAK 1 - Program 076.01.WA"})
	short := make([]string, len(first))
	for k, l := range first {
		short[k] = strings.Replace(l, "Pagu 400.000.000 · Real. 380.000.000 · Sisa 20.000.000", "Pagu 410.000.000 · Real. 390.000.000 · Sisa 20.000.000", 1)
	}
	notes := bsJoin(bsBookOf(thin, 0, 50, " Catatan: anggaran dibaca dari SAKTI"), bsBookOf(thin, 0, 50, " Sumber: Subbag Keuangan"), []string{board})
	// a plain double rule without a shelf's label is no shelf
	unlabelled := make([]string, len(named))
	copy(unlabelled, named)
	unlabelled[len(unlabelled)-1] = strings.Repeat("═", 72)
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"total first, labelled shelves", with(first), map[string][]string{"anggaran": want}},
		{"total last, unlabelled boards, no sisa", with(last), map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|500000000|440000000|60000000", "6867|kegiatan|076.01.CQ|2022|300000000|290000000|10000000",
			"6871|kegiatan|076.01.CQ|2022|200000000|150000000|50000000", "TOTAL|total||2022|500000000|440000000|60000000"}}},
		{"program on top, named by the label", with(named), map[string][]string{"anggaran": {want[0], want[2], want[1]}}},
		{"kegiatan not adding up", with(short), nil},
		{"framed notes over a board", with(notes), nil},
		{"books on no shelf", with(unlabelled), nil},
	})
}
