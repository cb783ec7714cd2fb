package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// TestCarryMayName: a label the gate turns away has a key holding none of
// carryKind's gate words, so carryKind answers it as before: on every
// cell and line of every corpus text, and on made-up labels in every case,
// with accents, wide letters and separators inside the words.
func TestCarryMayName(t *testing.T) {
	pass := []string{ // made-up carried sums, their accented and wide forms
		"Jumlah dipindahkan", "JUMLAH YANG DIPINDAHKAN", "Pindahan", "jml. pindahan hal. 3",
		"Carried forward", "CARRIED-OVER", "Brought fwd", "Halaman berikutnya", "ke halaman selanjutnya",
		"dari Halaman sebelumnya", "Pindahan:", "(di)pindahkan", "Dipindah-kan", "Dipíndahkan", "Pindahán",
		"Ｐｉｎｄａｈａｎ", "Bróught forward", "HALAMAN", "Broughtforward", "Jumlah_dipindahkan",
		"JUMLAH\tPINDAHAN", "xhalamanx", "pindah",
	}
	reject := []string{"pin dahan", "Carr ied", "hal.", "Belanja Barang", "Program Dukungan Manajemen",
		"Total", "", " ", "-", "1.250.000", "Sub Jumlah", "Bawa ke depan", "Jumlah s.d. bulan lalu", "Kegiatan Pemindahan Arsip"}
	for _, l := range pass {
		if !carryMayName(l) {
			t.Errorf("carryMayName(%q) = false", l)
		}
	}
	for _, l := range reject {
		if carryMayName(l) {
			t.Errorf("carryMayName(%q) = true", l)
		}
	}
	labels := append(pass, reject...)
	for _, text := range marksTexts(t) {
		for _, ln := range strings.Split(string(text), "\n") {
			labels = append(labels, ln)
			labels = append(labels, strings.Split(ln, "\t")...)
			labels = append(labels, strings.Split(ln, "|")...)
		}
	}
	passed := 0
	for _, l := range labels {
		if carryMayName(l) {
			passed++
			continue
		}
		k := " " + normalize.Key(l) + " "
		if has(k, "dipindahkan", "pindahan", "carried", "brought", "halaman") {
			t.Errorf("carryMayName(%q) = false, but its key %q holds a carried-sum word", l, k)
		}
		if carryKind(l) != 0 {
			t.Errorf("carryKind(%q) != 0 behind a closed gate", l)
		}
	}
	if passed == 0 || passed == len(labels) {
		t.Fatalf("the gate passed %d of %d labels: it tells nothing apart", passed, len(labels))
	}
}
