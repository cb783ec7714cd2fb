package parse

import (
	"math/rand"
	"regexp"
	"slices"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestBudgetCodeShape: the hand-written tests and submatches agree with
// the three patterns, on written codes and on random strings of their
// alphabet.
func TestBudgetCodeShape(t *testing.T) {
	cases := []string{"", "WA", "wa", "W", "WAB", "076.01.WA", "076.01.wa", "76.01.WA", "3360", "336", "33600", "WA.3360",
		"W.3360", "WAB.3360", "3360.BKB.001", "3360.BK.001", "3360.BKB.01", "3360.BKB.0011", "Ä", "WA\n", "3360\n", "٣٣٦٠"}
	alphabet := "0123456789ABZa.. x"
	rng := rand.New(rand.NewSource(3))
	cases = append(cases, sharedtest.Strings(rng, 200000, 14, alphabet)...)
	// shapes close to the codes: digits and letters where the codes have them
	shapes := []string{"ddd.dd.AA", "AA.dddd", "A.dddd", "dddd.AAA.ddd", "AA", "dddd"}
	cases = append(cases, sharedtest.NearShapes(rng, 20000, shapes, alphabet, 20)...)
	for _, s := range cases {
		want := reProgram.MatchString(s) || reKegiatan.MatchString(s) || reOutput.MatchString(s)
		if got := budgetCodeShape(s); got != want {
			t.Fatalf("budgetCodeShape(%q) = %v, want %v", s, got, want)
		}
		for _, c := range []struct {
			name string
			re   *regexp.Regexp
			get  func(string) ([]string, bool)
		}{
			{"programCode", reProgram, func(s string) ([]string, bool) { m, ok := programCode(s); return m[:], ok }},
			{"kegiatanCode", reKegiatan, func(s string) ([]string, bool) { m, ok := kegiatanCode(s); return m[:], ok }},
			{"outputCode", reOutput, func(s string) ([]string, bool) { m, ok := outputCode(s); return m[:], ok }},
		} {
			want := c.re.FindStringSubmatch(s)
			got, ok := c.get(s)
			if ok != (want != nil) || ok && !slices.Equal(got, want) {
				t.Fatalf("%s(%q) = %q %v, want %q", c.name, s, got, ok, want)
			}
		}
	}
}

// TestTabelNo: tabelNo is reTabelNo's match and number, on written and
// random captions.
func TestTabelNo(t *testing.T) {
	parts := []string{"Tabel", "TABEL", "tabel", "tabe", "Tabel:", "Tabel.", ":", ".", ",", "3", "28", "3.28", "3,28", "1.2.3", "..", "x",
		"Capaian", "é", "K", "\u212a"}
	seps := []string{"", " ", "  ", "\t", "\n", "\v", "\f", "\r", "."}
	for _, s := range sharedtest.Texts(12, 30000, 6, parts, seps, "", "Tabel", "Tabel 3.28 Capaian", "tabel:  3.", "TABEL .\t12.1.x") {
		m := reTabelNo.FindStringSubmatch(s)
		no, ok := tabelNo(s)
		if ok != (m != nil) || ok && no != m[1] {
			t.Fatalf("tabelNo(%q) = %q %v, want %q", s, no, ok, m)
		}
	}
}
