package parse

import "testing"

// TestCapaianFormulaCells: a spreadsheet printed with its formulas shown
// ("=D7/C7*100") gives no value in those cells: their figures are cell
// addresses and operands, never the capaian.
func TestCapaianFormulaCells(t *testing.T) {
	const a = "Persentase TPS yang menerima logistik tepat waktu"
	const b = "Nilai evaluasi akuntabilitas kinerja"
	tab := func(f1, f2 string) []string {
		return []string{"Tabel 3.3 Capaian Kinerja Tahun 2019", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t" + a + "\t100,00\t97,50\t" + f1,
			"2\t" + b + "\t65,00\t66,30\t" + f2}
	}
	want := map[string][]string{"capaian": {a + "|100|97.5|<nil>", b + "|65|66.3|<nil>"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"compact formulas", tab("=D7/C7*100", "=D8/C8*100"), want},
		{"spaced formulas", tab("= D7 / C7 * 100", "= ( D8 / C8 ) * 100"), want},
		{"functions", tab("=ROUND(D7/C7*100;2)", "= IF(C8>0, D8/C8*100, 0)"), want},
	})
}

// TestFormulaCell: a formula is an equals sign before a cell address or a
// function; a figure or a bound is none.
func TestFormulaCell(t *testing.T) {
	for c, want := range map[string]bool{"=E4/D4*100": true, "=SUM(D4:D9)": true, "= $C$5 * 2": true,
		"85,00": false, "= 85": false, "=": false, "≥ 80": false} {
		if got := formulaCell(c); got != want {
			t.Errorf("formulaCell(%q) = %v, want %v", c, got, want)
		}
	}
}
