package parse

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestRevisiMatches: the windowed search finds exactly what the pattern
// finds on the whole text, on written cases and on random texts built
// from the pattern's own words, brackets, dots and odd letters.
func TestRevisiMatches(t *testing.T) {
	cases := []string{
		"",
		"DIPA",
		"Alokasi anggaran awal sebesar Rp 181 172 568 000 mengalami 13 kali revisi DIPA sehingga total pagu anggaran Tahun Anggaran 2024 menjadi sebesar Rp 295 005 658 000.",
		"Pada tahun 2023 DIPA direvisi sebanyak 9 kali. Tahun 2024 revisi DIPA sebanyak 4 (empat) kali.",
		"DIPA satker ini, setelah pembahasan yang panjang dengan kantor wilayah dan pusat, akhirnya mengalami revisi sebanyak tiga belas kali revisi POK.",
		"tiga belas (13) kali revisi DIPA dan dua belas kali revisi DIPA",
		"ab_13 kali revisi dipa; revisi dipa sebanyak 7 kali, dipa_x direvisi 2 kali",
		"DIPA mengalami 12 kali revisi dan DIPA dilakukan revisi sebanyak sebelas kali",
		"reviſi DIPA ſebanyak 3 Kali, DIPA direviſi lima kali",
	}
	words := []string{"dipa", "DIPA", "Dipa", "revisi", "reviſi", "kali", "Kali", "13", "7", "1234", "tiga", "belas", "dua",
		"sebanyak", "direvisi", "mengalami", "dilakukan", "pok", "(tiga)", "(dua belas)", "(", ")", ".", ",", ";", "x", "_",
		"é", "anggaran", "tahun 2023", "pada", "satker",
		"kali revisi DIPA", "revisi DIPA sebanyak", "DIPA direvisi", "DIPA mengalami", "revisi POK", "sebanyak 4 kali",
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyy", "dilaKukan", "direviſi", "MENGALAMI"}
	seps := []string{" ", " ", " ", "", "  ", "\t", ", "}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := rng.Intn(40); k >= 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		want := reRevisi.FindAllStringSubmatchIndex(s, -1)
		if got := revisiMatches(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("revisiMatches(%q) = %v, want %v", s, got, want)
		}
	}
}
