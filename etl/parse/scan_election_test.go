package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestElectionWords: noiseOut, namesPilkada, namesPemilu and namesLocal
// answer as the patterns they replace, on written and random texts.
func TestElectionWords(t *testing.T) {
	words := []string{"komisi", "Komisi", "KOMISI", "pemilihan", "Pemilihan", "umum", "Umum", "pemilu", "Pemilu", "/", "dan",
		"atau", "pilkada", "Pilkada", "serentak", "gubernur", "bupati", "walikota", "wali kota", "kepala", "daerah", "tahun",
		"presiden", "dpr", "DPRD", "dprdx", "legislatif", "x", "_", "2024", ",", ".", "ſ", "umumx", "panitia", "Panitia", "kecamatan", "KECAMATAN"}
	seps := []string{" ", " ", "", "  ", "\t", "\n", ", ", "/"}
	written := []string{"", "Komisi Pemilihan Umum", "KOMISI  PEMILIHAN\tUMUM Kabupaten", "Pemilu/Pemilihan", "pemilu / pemilihan",
		"Pemilu dan Pemilihan 2024", "pemilu atau pemilihan", "pemiludan pemilihan", "Pilkada 2020", "xpilkada", "pilkada_",
		"Pemilihan Serentak", "pemilihan umum", "DPRD", "dpr ri", "Presiden", "legislatif", "pemilihan   gubernur", "é pemilu", "Panitia Pemilihan Kecamatan (PPK)", "PANITIA  PEMILIHAN\tKECAMATAN", "panitia pemilihan umum"}
	cases := sharedtest.Texts(41, 10000, 14, words, seps, written...)
	for _, s := range cases {
		if got, want := noiseOut(s), reNoise.ReplaceAllString(s, " "); got != want {
			t.Fatalf("noiseOut(%q) = %q, want %q", s, got, want)
		}
		if got, want := namesPilkada(s), rePilkada.MatchString(s); got != want {
			t.Fatalf("namesPilkada(%q) = %v, want %v", s, got, want)
		}
		if got, want := namesPemilu(s), rePemilu.MatchString(s); got != want {
			t.Fatalf("namesPemilu(%q) = %v, want %v", s, got, want)
		}
		if got, want := namesLocal(s), reLocal.MatchString(s); got != want {
			t.Fatalf("namesLocal(%q) = %v, want %v", s, got, want)
		}
	}
}
