package extract

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestFooterMay: wherever a print footer pattern matches, footerMay says
// it may, of the text and of any cells that join to it; on made-up lines
// of the patterns' words in any case (the Kelvin sign in "cetak"), with
// page counts, dots, colons and slashes, and on random strings of a small
// alphabet.
func TestFooterMay(t *testing.T) {
	words := []string{"Dicetak", "dicetak", "DICETAK", "oleh", "pada", "tanggal", "tgl", "Tgl.", "cetak", "ceta\u212A", "CETAK",
		"printed", "Printed", "PRINT", "print", "by", "on", "date", "Date", "halaman", "Halaman", "hal", "Hal.", "HAL", "page", "Page",
		"1", "2", "12", "Dicetak oleh", "Halaman 2 dari 5", "page 1 of 3", "tgl cetak", "Hal 4/7", "dari", "of", "/", ":", ".", "operator", "08-01-2025", "Realisasi", "x", "ſ", "K"}
	seps := []string{" ", " ", "", "  ", "\t", ": ", "."}
	written := []string{"", "Dicetak oleh: operator", "Tgl. cetak 08-01-2025", "Halaman 1 dari 2", "Page 3 of 4", "hal. 2/9",
		"Printed on 2024", "print date", "tanggal\ncetak", "dicetaK pada"}
	texts := sharedtest.Texts(59, 40000, 8, words, seps, written...)
	rng := rand.New(rand.NewSource(61))
	texts = append(texts, sharedtest.Strings(rng, 40000, 16, "cetakprinhalg 1/.:")...)
	hits := 0
	for _, s := range texts {
		want := rePrintBy.MatchString(s) || rePrintPage.MatchString(s)
		if want && !footerMay(s) {
			t.Fatalf("footerMay(%q) = false; a footer pattern matches", s)
		}
		if cells := strings.Split(s, " "); want && !footerMay(cells...) {
			t.Fatalf("footerMay(%q...) = false; the cells join to a footer", cells)
		}
		if PrintFooter(s) != want {
			t.Fatalf("PrintFooter(%q) = %v, the patterns say %v", s, !want, want)
		}
		if want {
			hits++
		}
	}
	if hits < len(texts)/10 {
		t.Errorf("%d of %d texts are footers: the texts should reach both answers", hits, len(texts))
	}
	if footerMay("Realisasi anggaran 2024", "Rp 1.250") {
		t.Error("footerMay of a line naming no printing nor page = true")
	}
}
