package pdftext

import (
	"strings"
	"testing"
)

// TestOverrunRowClass: a table drawn with the word spacing the justified
// prose before it left set (its cells wrapped for plain spaces, drawn with
// stretched ones) has a long name run past its column into the gap before
// the figures, short of them. That row is still a row: its name whole in
// its cell (the wrapped line joined), its figures in theirs. Made-up
// kegiatan and figures.
func TestOverrunRowClass(t *testing.T) {
	name, rest := "Pengadaan dan Distribusi Surat Suara ke PPK dan PPS", "di Wilayah Kabupaten"
	fig := afmWidth("1.250.000.000", 8)
	// the stretched spaces take the name to 4.5 pt short of the figures,
	// the figure columns 7 pt apart
	tw := (390 - fig - 4.5 - 100 - afmWidth(name, 8)) / float64(strings.Count(name, " "))
	cells := func(ss ...string) []edgeCell {
		xs := []edgeCell{{93, 'R', ""}, {100, 'L', ""}, {390, 'R', ""}, {448, 'R', ""}, {475.5, 'R', ""}}
		var r []edgeCell
		for k, s := range ss {
			c := xs[k]
			c.s = s
			r = append(r, c)
		}
		return r
	}
	table := [][]edgeCell{
		cells("Kode", "Kegiatan", "Pagu", "Realisasi", "%"),
		cells("7701", "Rapat Pleno Terbuka", "310.000.000", "301.500.000", "97,26"),
		append([]edgeCell{{0, 'N', ""}}, cells("7702", name, "1.250.000.000", "1.200.000.000", "96,00")...),
		cells("", rest),
		cells("7703", "Pengelolaan Data Hasil", "95.000.000", "93.200.000", "98,11"),
		cells("7704", "Monitoring Tahapan", "140.000.000", "137.900.000", "98,50"),
	}
	got := magazine(t, "Rincian realisasi kegiatan tahapan pemilihan pada tahun anggaran berjalan disajikan pada tabel di "+
		"bawah ini, dengan seluruh angka dalam rupiah dan persentase dihitung dari pagu setelah revisi terakhir.",
		leakedTw(tw), table)
	holdsLines(t, got, []string{
		"7701\tRapat Pleno Terbuka\t310.000.000\t301.500.000\t97,26",
		"7702\t" + name + " " + rest + "\t1.250.000.000\t1.200.000.000\t96,00",
		"7703\tPengelolaan Data Hasil\t95.000.000\t93.200.000\t98,11",
	})
}

// TestOverrunRowLookAlikes: prose across a table that ends in figures is
// no overrun row unless each figure stands inside a figure column of its
// own and the text stops short of the first: a note whose figures fall in
// the gaps or share one column, or whose text runs into the figures'
// column, stays prose.
func TestOverrunRowLookAlikes(t *testing.T) {
	cols := []column{{74, 93}, {100, 192}, {345, 390}, {403, 448}, {455, 475}}
	line := func(ws ...word) []textLine {
		return []textLine{{words: ws}}
	}
	w := func(s string, x0, x1 float64) word { return word{text: s, x0: x0, x1: x1} }
	for _, tc := range []struct {
		name string
		ls   []textLine
		want bool
	}{
		{"a row overrunning", line(w("7702", 75, 93), w("Pengadaan", 100, 140), w("Distribusi", 300, 334),
			w("1.250.000.000", 339, 390), w("1.200.000.000", 397, 448), w("96,00", 455, 475)), true},
		{"figures in the gaps", line(w("Catatan:", 75, 105), w("pagu", 110, 130), w("45.000.000", 200, 240),
			w("dan", 245, 260), w("realisasi", 265, 300), w("44.100.000", 305, 345)), false},
		{"two figures in one column", line(w("Catatan:", 75, 105), w("nilai", 110, 130), w("45", 350, 360),
			w("000", 370, 388)), false},
		{"text into the figures' column", line(w("Catatan:", 75, 105), w("seluruhnya", 300, 352),
			w("1.200.000.000", 397, 448), w("96,00", 455, 475)), false},
	} {
		if _, _, got := overrunRow(tc.ls, cols); got != tc.want {
			t.Errorf("%s: overrunRow = %v, want %v", tc.name, got, tc.want)
		}
	}
}
