package parse

import (
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestGapPattern: the cut pattern finds what the RB patterns find, on
// written sentences and random ones built from their words.
func TestGapPattern(t *testing.T) {
	words := []string{"reformasi", "Reformasi", "REFORMASI", "birokrasi", "Birokrasi", "adalah", "sebesar", "yaitu", "memperoleh",
		"nilai", "mendapatkan", "menghasilkan", "27,21", "74,95", "36,30", "1.5", "(", ")", "%", "dari", "total", "bobot", "maksimal",
		"atau", ",", "tahun", "2023", "KPU", "x", "reformasibirokrasi", "é",
		"Reformasi Birokrasi", "reformasi birokrasi tahun 2023", "adalah 27,21", "sebesar 23,96", "(74,95%)", "( 74,95 %)",
		"dari bobot 36,30", "dari total bobot maksimal 36,30", "atau 64,49%", ", atau sebesar 64,49%", "memperoleh nilai 1,5", "menjadi", "Menghasilkan nilai", "YAITU", "dari nilai maksimum 36,30",
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "\n", "a.b", "_adalah"}
	seps := []string{" ", " ", "", "  ", "\t"}
	written := []string{
		"",
		"Nilai Reformasi Birokrasi KPU Kabupaten Alor tahun 2023 adalah 27,21 (74,95%) dari bobot 36,30",
		"Hasil penilaian Reformasi Birokrasi Tahun 2021 adalah 23,41 dari bobot 36,30 atau 64,49%",
		"reformasi birokrasi reformasi birokrasi sebesar 23,96 atau 66,01% dari bobot maksimal 36,30",
		"REFORMASI  BIROKRASI yaitu 1,2 (3 %) dari total bobot 4",
		"reformasi birokrasi ... ſebesar 1,2 (3%)",
	}
	cases := sharedtest.Texts(31, 8000, 30, words, seps, written...)
	for _, w := range []*gapPattern{rbScore, rbScore2, rbScore3, rbScore4} {
		if w.tail == nil || w.first == nil {
			t.Fatalf("%s: the pattern is no longer head, gap, tail (or its tail's first bytes are unread)", w.re)
		}
		for _, s := range cases {
			if got, want := w.find(s), w.re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q = %v, want %v", w.re, s, got, want)
			}
		}
	}
}
