package parse

import (
	"testing"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestDptKecMayList: where the gate says no, reDPTKec finds fewer than the
// two matches proseDPTKecamatan reads, on written lists and on random
// texts of the pattern's words, their cases and near misses; and the gate
// does say no somewhere.
func TestDptKecMayList(t *testing.T) {
	// "perempuan" has no letter that folds outside ASCII
	for _, r := range "perempuan" {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= 0x80 {
				t.Fatalf("%q folds to %q", r, f)
			}
		}
	}
	words := []string{"Kecamatan", "kecamatan", "KECAMATAN", "\u212Aecamatan", "Wae Rii", "Alor Barat", "Lobalain", "12.360",
		"7.206", "7.154", "150", "3", "pemilih", "orang", "(", ")", "laki-laki", "laki laki", "Laki-Laki", "lakilaki",
		"perempuan", "Perempuan", "PEREMPUAN", "perempua", "pérempuan", "dan", ",", ";", "di", "pada", "tersebar di", "desa",
		"desa/kelurahan", "TPS", "x", "é", "Kecamatan Alor 900 pemilih (450 laki-laki, 450 perempuan)",
		"kecamatan Kota Baru 1.200 orang pemilih ( 600 pemilih laki-laki dan 600 Perempuan )", "Kecamatan Alor 900 pemilih (450 laki-laki",
		"450 perempuan)", "di 12 desa", "dan 30 TPS"}
	seps := []string{" ", " ", "", "  ", "\t", ", "}
	written := []string{"",
		"Kecamatan Lobalain 12.360 pemilih (6.206 laki-laki, 6.154 perempuan) di 15 desa dan 31 TPS; Kecamatan Rote Barat 9.010 pemilih (4.500 laki-laki dan 4.510 perempuan).",
		"Kecamatan Lobalain 12.360 pemilih (6.206 laki-laki, 6.154 perempuan), sedangkan jumlah pemilih perempuan naik.",
		"kecamatan Alor Barat 900 pemilih (450 laki laki 450 PEREMPUAN) \u212Aecamatan Pantar 800 orang pemilih (400 pemilih laki-laki; 400 pemilih perempuan)",
	}
	no, two := 0, 0
	for _, s := range sharedtest.Texts(43, 20000, 24, words, seps, written...) {
		n := len(reDPTKec.FindAllStringSubmatch(s, -1))
		if n >= 2 {
			two++
		}
		if dptKecMayList(s) {
			continue
		}
		no++
		if n >= 2 {
			t.Fatalf("dptKecMayList(%q) = false, but the pattern finds %d matches", s, n)
		}
	}
	t.Logf("gate said no %d times, %d texts hold a list", no, two)
	if no == 0 || two == 0 {
		t.Errorf("the gate said no %d times; %d texts hold a list", no, two)
	}
}
