package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestWideTitles: centred titles wider than their narrow figure columns
// ("Jumlah" over two-digit counts, nearly touching the next title) close
// the rows' rivers; the rows' own columns stand, so each figure keeps its
// cell instead of two sharing one ("15 45").
func TestWideTitles(t *testing.T) {
	var b strings.Builder
	put := func(y float64, cells ...any) {
		for k := 0; k+1 < len(cells); k += 2 {
			fmt.Fprintf(&b, "BT /F1 8 Tf %v %.1f Td (%s) Tj ET\n", cells[k], y, cells[k+1])
		}
	}
	put(710, 60, "No", 80, "Kecamatan", 185, "Jumlah", 214, "Jumlah", 262, "Pemilih")
	put(700, 186, "Desa/Kel", 222, "TPS", 268, "L")
	put(688, 60, "1", 80, "SATAR MESE", 195, "15", 225, "45", 262, "4.726")
	put(676, 60, "2", 80, "SATAR MESE BARAT", 199, "9", 225, "80", 262, "8.808")
	put(664, 60, "3", 80, "RUTENG", 195, "21", 225, "72", 262, "6.732")
	put(652, 60, "4", 80, "REOK", 195, "13", 225, "50", 262, "5.149")
	got := nonBlankLines(t, b.String())
	wantLines(t, got, []string{
		"No\tKecamatan\tJumlah Desa/Kel\tJumlah TPS\tPemilih L",
		"1\tSATAR MESE\t15\t45\t4.726",
		"2\tSATAR MESE BARAT\t9\t80\t8.808",
		"3\tRUTENG\t21\t72\t6.732",
		"4\tREOK\t13\t50\t5.149",
	})
}

// TestTitleLine: title lines may hold years, no other figure.
func TestTitleLine(t *testing.T) {
	line := func(ws ...string) *textLine {
		l := &textLine{}
		for _, w := range ws {
			l.words = append(l.words, word{text: w})
		}
		return l
	}
	for _, tc := range []struct {
		l    *textLine
		want bool
	}{
		{line("Target", "Realisasi", "%", "Satuan"), true},
		{line("2020", "2020", "Capaian"), true},
		{line("(2020)"), true},
		{line("1", "ALOK", "11"), false},
		{line("v", "12/04/2019"), false},
		{line("A1", "fx", "Kode"), false},
	} {
		if got := titleLine(tc.l); got != tc.want {
			t.Errorf("titleLine(%v) = %v, want %v", tc.l.words, got, tc.want)
		}
	}
}
