package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestBudgetYearRowLabels: a table of several years' totals gives one
// TOTAL row per year however its rows write the year (T.A., TA., FY,
// Tahun), also under a first column titled Uraian.
func TestBudgetYearRowLabels(t *testing.T) {
	years := []struct {
		year       int
		pagu, real int64
	}{{2021, 4_630_900_000, 4_498_112_350}, {2022, 7_214_050_000, 6_990_341_700}, {2023, 13_880_600_000, 13_402_975_125}, {2024, 15_120_000_000, 14_733_008_400}}
	table := func(head string, label func(int) string) []string {
		out := []string{"Tabel 3.10 Perbandingan Pagu dan Realisasi Anggaran 2021-2024", "", head}
		for _, y := range years {
			pct := strings.Replace(fmt.Sprintf("%.2f", float64(y.real)*100/float64(y.pagu)), ".", ",", 1)
			out = append(out, strings.Join([]string{label(y.year), rupiah(y.pagu), rupiah(y.real), rupiah(y.pagu - y.real), pct}, "\t"))
		}
		return append(out, "", "Kenaikan pagu mengikuti tahapan Pemilu dan Pemilihan serentak.")
	}
	var want []string
	for _, y := range years {
		want = append(want, fmt.Sprintf("TOTAL|total||%d|%d|%d|%d", y.year, y.pagu, y.real, y.pagu-y.real))
	}
	w := map[string][]string{"anggaran": want}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "T.A. labels", body: table("Tahun Anggaran\tPagu\tRealisasi\tSisa\t%", func(y int) string { return fmt.Sprintf("T.A. %d", y) }), want: w},
		{name: "TA. labels", body: table("Tahun\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan", func(y int) string { return fmt.Sprintf("TA. %d", y) }), want: w},
		{name: "FY labels, English titles", body: table("Fiscal Year\tBudget\tRealization\tBalance\tAbsorption (%)", func(y int) string { return fmt.Sprintf("FY %d", y) }), want: w},
		{name: "Tahun rows under Uraian", body: table("Uraian\tPagu\tRealisasi\tSisa\tPersentase", func(y int) string { return fmt.Sprintf("Tahun %d", y) }), want: w},
	})
}

// TestFiscalYearLabel: what names a fiscal year's row, and what does not.
func TestFiscalYearLabel(t *testing.T) {
	for s, want := range map[string]int{"2022": 2022, "TA 2022": 2022, "T.A. 2022": 2022, "t.a 2022": 2022, "FY2022": 2022,
		"Tahun Anggaran 2022": 2022, "2024*)": 2024, "Fiscal Year 2023": 2023, "3355": 0, "Pemilu 2024": 0, "2022-2024": 0, "Belanja 2022": 0} {
		if got := fiscalYearLabel(s); got != want {
			t.Errorf("fiscalYearLabel(%q) = %d, want %d", s, got, want)
		}
	}
}
