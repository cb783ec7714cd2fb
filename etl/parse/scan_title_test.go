package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestTitleScans: titleWordIn is the eleven Contains calls it replaces,
// upperASCII is strings.ToUpper, on written and random texts.
func TestTitleScans(t *testing.T) {
	needles := []string{"KPU", "omisi", "OMISI", "KIP", "aporan", "APORAN", "LKj", "LKJ", "ekretari", "EKRETARI", "LAKIP"}
	alphabet := []string{"K", "P", "U", "I", "o", "m", "i", "s", "O", "M", "S", "a", "p", "r", "n", "A", "R", "N", "L", "j", "J",
		"e", "k", "t", "E", "T", " ", "é", "ſ", "KPU", "omisi", "aporan", "EKRETARI",
		"`", "{", "@", "[", "z", "Z", "0", "~", "\x7f", "\x01", "abcdefghijklmnopqrstuvwxyz"} // the edges of the letter ranges
	written := []string{"", "K", "KP", "KPU", "Laporan Kinerja", "SEKRETARIAT", "Komisi", "LKj 2024", "LAKI", "LAKIP", "é KPU", "kpu", "ſekretariat"}
	cases := sharedtest.Texts(8, 50000, 20, alphabet, nil, written...)
	var buf []byte // upperASCIIIn's, shared by every case as readTitle shares it
	for _, s := range cases {
		want := false
		for _, w := range needles {
			want = want || strings.Contains(s, w)
		}
		if got := titleWordIn(s); got != want {
			t.Fatalf("titleWordIn(%q) = %v, want %v", s, got, want)
		}
		if got, want := upperASCII(s), strings.ToUpper(s); got != want {
			t.Fatalf("upperASCII(%q) = %q, want %q", s, got, want)
		}
		if got, want := upperASCIIIn(&buf, s), strings.ToUpper(s); got != want {
			t.Fatalf("upperASCIIIn(%q) = %q, want %q", s, got, want)
		}
	}
	// titleWordInCells: the cells of a row, as readTitle joins and cuts
	// them (long cells put the words across the 400th byte)
	long := strings.Repeat("x", 130)
	for i := 0; i+5 < len(cases); i += 5 {
		cells := append([]string{long, long + "K"}, cases[i:i+5]...)
		cells = append(cells[i%3:], "PU "+long+"KPU")
		joined := strings.Join(cells, " ")
		joined = joined[:min(len(joined), 400)]
		if got, want := titleWordInCells(cells), titleWordIn(joined); got != want {
			t.Fatalf("titleWordInCells(%q) = %v, want %v", cells, got, want)
		}
	}
}

// TestTitleWords: the scanners of satkersNamed and titleYear are what
// they replace: the earliest of the strings.Index of each title marker,
// the first fields of strings.Fields, and membership of strings.ToUpper(w)
// in a word list; on written and random texts.
func TestTitleWords(t *testing.T) {
	parts := []string{"LAPORAN", "KINERJA", "Laporan", "AKUNTABILITAS", "LKJ", "LKj", "LAKIP", "LAKI", "L", "LA", "kab", "Kab.",
		"KABUPATEN", "Kabupaten", "kota", "KOTA", "PROV", "Provinsi", "ProvinsI", "tahun", "Tahun", "TAHUN", "ri", "RI", "se",
		"anggaran", "Periode", "sebagai", "dan", "ALOR", "ſe", "ı", "é", "x", "KAB,", ".,", "", "kabupaten\u00a0alor"}
	seps := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "", "\u00a0", "\u2003", ","}
	upper := func(list []string, w string) bool {
		for _, k := range list {
			if strings.ToUpper(w) == k {
				return true
			}
		}
		return false
	}
	for _, s := range sharedtest.Texts(9, 30000, 12, parts, seps, "", "L", "LKJ", "LAPORAN AKUNTABILITAS KINERJA LKJ") {
		want := -1
		for _, m := range titleMarkers {
			if i := strings.Index(s, m); i >= 0 && (want < 0 || i < want) {
				want = i
			}
		}
		if got := titleMarkerAt(s); got != want {
			t.Fatalf("titleMarkerAt(%q) = %d, want %d", s, got, want)
		}
		var buf [5]string
		all := strings.Fields(s)
		got := buf[:leadFields(s, buf[:])]
		if wantF := all[:min(len(all), 5)]; strings.Join(got, "|") != strings.Join(wantF, "|") || len(got) != len(wantF) {
			t.Fatalf("leadFields(%q) = %q, want %q", s, got, wantF)
		}
		for _, w := range append(all, s) {
			for _, list := range [][]string{satkerKinds, notNameWords} {
				want := ""
				if upper(list, w) {
					want = strings.ToUpper(w)
				}
				if got := upperIn(w, list); got != want {
					t.Fatalf("upperIn(%q, %q) = %q, want %q", w, list, got, want)
				}
			}
		}
	}
}
