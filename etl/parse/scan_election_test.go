package parse

import (
	"math/rand"
	"strings"
	"testing"
)

// TestElectionWords: noiseOut, namesPilkada, namesPemilu and namesLocal
// answer as the patterns they replace, on written and random texts.
func TestElectionWords(t *testing.T) {
	cases := []string{"", "Komisi Pemilihan Umum", "KOMISI  PEMILIHAN\tUMUM Kabupaten", "Pemilu/Pemilihan", "pemilu / pemilihan",
		"Pemilu dan Pemilihan 2024", "pemilu atau pemilihan", "pemiludan pemilihan", "Pilkada 2020", "xpilkada", "pilkada_",
		"Pemilihan Serentak", "pemilihan umum", "DPRD", "dpr ri", "Presiden", "legislatif", "pemilihan   gubernur", "é pemilu"}
	words := []string{"komisi", "Komisi", "KOMISI", "pemilihan", "Pemilihan", "umum", "Umum", "pemilu", "Pemilu", "/", "dan",
		"atau", "pilkada", "Pilkada", "serentak", "gubernur", "bupati", "walikota", "wali kota", "kepala", "daerah", "tahun",
		"presiden", "dpr", "DPRD", "dprdx", "legislatif", "x", "_", "2024", ",", ".", "ſ", "umumx"}
	seps := []string{" ", " ", "", "  ", "\t", "\n", ", ", "/"}
	rng := rand.New(rand.NewSource(41))
	for n := 0; n < 10000; n++ {
		var b strings.Builder
		for k := rng.Intn(14); k >= 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		cases = append(cases, b.String())
	}
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
