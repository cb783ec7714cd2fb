package parse

import (
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestYearWordMatches: the windowed search finds exactly what reYearWord
// finds on the whole text.
func TestYearWordMatches(t *testing.T) {
	words := []string{"tahun", "Tahun", "TAHUN", "anggaran", "Anggaran", "ta", "TA", "2024", "1999", "2020", "20245", "1850",
		"12", "nomor", "(", ")", ".", ",", "-", "s.d", "_", "é", "x", "pagu"}
	seps := []string{" ", " ", "", "  ", "\t", ", ", "-"}
	written := []string{
		"",
		"2024",
		"Tahun Anggaran 2024",
		"pada TA 2023 dan tahun  anggaran\t2024, serta tahun 1999.",
		"nomor 12 tahun 2020-2024 tahun2024 x_tahun 2021 tahun 20245 tahun 2024_",
		"Realisasi TA. 2023 (tahun anggaran 2022) ta 2021",
	}
	cases := sharedtest.Texts(21, 4000, 30, words, seps, written...)
	for _, s := range cases {
		want := reYearWord.FindAllStringSubmatchIndex(s, -1)
		if got := yearWordMatches(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("yearWordMatches(%q) = %v, want %v", s, got, want)
		}
	}
}
