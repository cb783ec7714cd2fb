package parse

import (
	"math/rand"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestVillageTotalMay: wherever reVillageTotal matches a label,
// villageTotalMay says it may; on made-up labels of the pattern's words in
// any case (the long s in sub), white space before them, village and
// kecamatan names, and on random strings of a small alphabet.
func TestVillageTotalMay(t *testing.T) {
	words := []string{"Jumlah", "JUMLAH", "jml.", "Jml", "Total", "TOTAL", "Sub Total", "subtotal", "Sub-Total", "\u017Fub total",
		"Sub Jumlah", "Grand Total", "grand  total", "Kec.", "Kecamatan", "Oesao", "Naibonat", "Alak", "Desa", "12", ":", "(5 desa)",
		" ", "\t", "\f", "\r", "\u00a0", "é"}
	seps := []string{"", " ", "  ", "\t", ":"}
	texts := sharedtest.Texts(73, 40000, 5, words, seps, "", " ", "Jumlah", "  total Alak", "\tSub total Kec. Oesao")
	rng := rand.New(rand.NewSource(79))
	texts = append(texts, sharedtest.Strings(rng, 20000, 12, "gstjGSTJumlahotal \t")...)
	hits := 0
	for _, s := range texts {
		want := reVillageTotal.MatchString(s)
		if want && !villageTotalMay(s) {
			t.Fatalf("villageTotalMay(%q) = false; reVillageTotal matches", s)
		}
		if want {
			hits++
		}
	}
	if hits < len(texts)/10 {
		t.Errorf("%d of %d labels are totals: the labels should reach both answers", hits, len(texts))
	}
	if villageTotalMay("  Oesao") || villageTotalMay("") || villageTotalMay(" \t") {
		t.Error("villageTotalMay of a village's name or of white space = true")
	}
}
