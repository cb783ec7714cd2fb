package parse

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestRevisiLowerAll: the hand matcher finds exactly what reRevisiLower
// finds, all matches and the first k, on written texts and on random ASCII
// texts built from the pattern's words (every count word, brackets, the
// verbs, dots, gaps near 100 bytes) and from a small alphabet.
func TestRevisiLowerAll(t *testing.T) {
	words := []string{"dipa", "DIPA", "dipanya", "xdipa", "revisi", "direvisi", "kali", "kalinya", "kali_", "sebanyak", "sebanyak3",
		"mengalami", "dilakukan", "pok", "pokja", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
		"sepuluh", "sebelas", "belas", "dua belas", "tiga  belas", "lima\tbelas", "belasan", "duabelas", "ketiga", "3", "12", "123",
		"1234", "07", "3kali", "(tiga)", "(dua belas)", "( )", "()", "(3)", "(Tiga)", "(tiga", ")", "(", ".", ",", ";", "_", "x",
		"anggaran", "pada tahun 2023", "kali revisi dipa", "revisi dipa sebanyak", "dipa direvisi", "dipa mengalami",
		"revisi pok", "kali revisi pok", "kali  revisi\tpok", "dipa direvisi 4 kali revisi pok", "sebanyak 4 kali", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
		"KALI", "Revisi"}
	seps := []string{" ", " ", " ", "", "  ", "\t", "\n", "\v", "\f", ", ", ". "}
	written := []string{
		"",
		"dipa",
		"alokasi awal mengalami 11 kali revisi dipa sehingga pagu menjadi",
		"pada tahun 2022 dipa direvisi sebanyak 6 kali. revisi dipa sebanyak 5 (lima) kali.",
		"dipa kantor ini, sesudah pembahasan panjang, mengalami revisi sebanyak dua belas kali revisi pok.",
		"empat belas (14) kali revisi dipa dan lima belas kali revisi dipa",
		"ab_12 kali revisi dipa; revisi dipa sebanyak 8 kali, dipa_y direvisi 3 kali",
		"dipa mengalami 10 kali revisi dan dipa dilakukan revisi sebanyak sepuluh kali",
		"dipa direvisi 1234 kali, dipa direvisi 123 kali, dipa direvisi dua belasan kali",
		"dipa mengalami revisi sebanyak (tiga) kali, 3 (tiga) kali revisi dipa, 3 (tiga kali revisi dipa",
		"dipa direvisi 2 kali revisi pokja dan dipa direvisi 2 kalinya",
	}
	for n := 95; n <= 102; n++ { // the gap of the third form: up to 100 bytes
		written = append(written, "dipa "+strings.Repeat("a", n)+" direvisi 2 kali", "dipa "+strings.Repeat("a ", n/2)+"mengalami 2 kali")
	}
	texts := sharedtest.Texts(31, 20000, 30, words, seps, written...)
	rng := rand.New(rand.NewSource(37))
	texts = append(texts, sharedtest.Strings(rng, 20000, 60, "dipa revisk l(3)2.")...)
	var groups [5]int // matches that use each group: the texts reach every form
	for _, s := range texts {
		for _, k := range []int{-1, 1, 2} {
			want := reRevisiLower.FindAllStringSubmatchIndex(s, k)
			if got := revisiLowerAll([]byte(s), k); !reflect.DeepEqual(got, want) {
				t.Fatalf("revisiLowerAll(%q, %d) = %v, want %v", s, k, got, want)
			}
			for _, m := range want {
				for g := 1; g <= 4 && k < 0; g++ {
					if m[2*g] >= 0 {
						groups[g]++
					}
				}
			}
		}
	}
	for g := 1; g <= 4; g++ {
		if groups[g] < 50 {
			t.Errorf("group %d used by %d matches only; the texts should reach every form", g, groups[g])
		}
	}
	t.Logf("matches by group: %v", groups[1:])
}
