package parse

import (
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestRevisiMatches: the windowed search finds exactly what the pattern
// finds on the whole text, on written cases and on random texts built
// from the pattern's own words, brackets, dots and odd letters.
func TestRevisiMatches(t *testing.T) {
	words := []string{"dipa", "DIPA", "Dipa", "revisi", "reviſi", "kali", "Kali", "13", "7", "1234", "tiga", "belas", "dua",
		"sebanyak", "direvisi", "mengalami", "dilakukan", "pok", "(tiga)", "(dua belas)", "(", ")", ".", ",", ";", "x", "_",
		"é", "anggaran", "tahun 2023", "pada", "satker",
		"kali revisi DIPA", "revisi DIPA sebanyak", "DIPA direvisi", "DIPA mengalami", "revisi POK", "sebanyak 4 kali",
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyy", "dilaKukan", "direviſi", "MENGALAMI"}
	seps := []string{" ", " ", " ", "", "  ", "\t", ", "}
	written := []string{
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
	cases := sharedtest.Texts(13, 4000, 40, words, seps, written...)
	for _, s := range cases {
		want := reRevisi.FindAllStringSubmatchIndex(s, -1)
		if got := revisiMatches(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("revisiMatches(%q) = %v, want %v", s, got, want)
		}
	}
}
