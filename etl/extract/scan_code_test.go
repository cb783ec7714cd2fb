package extract

import (
	"math/rand"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestCodeShapes: codeCell and codeLead answer as reCodeCell and
// reCodeLead, on written cells and on random and near-code strings.
func TestCodeShapes(t *testing.T) {
	cases := []string{"", "WA", "WAB", "WABC", "W", "3355", "335", "076.01.WA", "076.01.WAB", "WA.3355", "WAB.3355",
		"3355.EBA.994", "6709 Perencanaan", "6709.QGE.001 Perencanaan", "076.01.WA Program", "WA Program", "CQ.6709 Perencanaan",
		"(6709) Perencanaan", "(WA) Program", "(076.01.WA) x", "(076.01.WAB) x", "KPU Kabupaten", "WA  x", "WA \tx", "WA é",
		"6709 ", "6709 \x0b", "2024", "WA\n"}
	alphabet := "0123456789ABKZa.() \t\v"
	rng := rand.New(rand.NewSource(12))
	cases = append(cases, sharedtest.Strings(rng, 200000, 16, alphabet)...)
	shapes := []string{"dddd", "dddd.AAA.ddd", "ddd.dd.AA", "ddd.dd.AAA", "AA", "AAA", "AA.dddd", "AAA.dddd", "(dddd)", "(ddd.dd.AA)", "(AA)"}
	for _, s := range sharedtest.NearShapes(rng, 20000, shapes, alphabet, 25) {
		cases = append(cases, s, s+" x", s+" ", s+"  y", s+"x y")
	}
	for _, s := range cases {
		if got, want := codeCell(s), reCodeCell.MatchString(s); got != want {
			t.Fatalf("codeCell(%q) = %v, want %v", s, got, want)
		}
		if got, want := codeLead(s), reCodeLead.MatchString(s); got != want {
			t.Fatalf("codeLead(%q) = %v, want %v", s, got, want)
		}
	}
}
