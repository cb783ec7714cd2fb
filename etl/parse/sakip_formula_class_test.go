package parse

import "testing"

// TestSakipFormulaClass: the SAKIP components as the evaluator's formula,
// its symbols defined after it: subscripts in Unicode or as n1/n_1, the
// figures on the formula's line or on lines of their own, the weights as a
// second formula or in the key; a card whose sum fails loads nothing, and
// formulas that name no component give nothing.
func TestSakipFormulaClass(t *testing.T) {
	head := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ""}
	doc := func(l ...string) []string {
		return append(append(append([]string{}, head...), l...), "", "Sumber: Inspektorat Utama KPU.", "")
	}
	// n1..n4 on one line, the weights by the key's bobot, keterangan:
	plain := doc("NA = n1 + n2 + n3 + n4 = 21,70 + 20,45 + 11,00 + 19,15 = 72,30", "",
		"Keterangan:",
		"- n1 : nilai Perencanaan Kinerja (bobot 30)",
		"- n2 : nilai Pengukuran Kinerja (bobot 30)",
		"- n3 : nilai Pelaporan Kinerja (bobot 15)",
		"- n4 : nilai Evaluasi Internal (bobot 25)")
	want := []string{"2023|perencanaan|30|21.7", "2023|pengukuran|30|20.45", "2023|pelaporan|15|11", "2023|evaluasi_internal|25|19.15"}
	// letters P + U + L + E, the weights first as their own chain, the
	// figures on continuation lines, n_{1}-style weight symbols, where:
	letters := doc("W = w_1 + w_2 + w_3 + w_4 = 30 + 30 + 15 + 25 = 100", "",
		"Nilai = P + U + L + E",
		"      = 21,70 + 20,45 + 11,00 + 19,15",
		"      = 72,30", "",
		"where:",
		"  P, w_1 = Perencanaan Kinerja",
		"  U, w_2 = Pengukuran Kinerja",
		"  L, w_3 = Pelaporan Kinerja",
		"  E, w_4 = Evaluasi Akuntabilitas Kinerja Internal")
	// the sum fails by a cent: nothing loads
	broken := doc("N = n₁ + n₂ + n₃ + n₄ = 21,70 + 20,45 + 11,00 + 19,15 = 72,31",
		"N maks = b₁ + b₂ + b₃ + b₄ = 30,00 + 30,00 + 15,00 + 25,00 = 100,00",
		"dengan:",
		"  n₁, b₁  nilai dan bobot komponen Perencanaan Kinerja",
		"  n₂, b₂  nilai dan bobot komponen Pengukuran Kinerja",
		"  n₃, b₃  nilai dan bobot komponen Pelaporan Kinerja",
		"  n₄, b₄  nilai dan bobot komponen Evaluasi Akuntabilitas Kinerja Internal")
	// look-alike: a math note in prose
	prose := doc("Rumus partisipasi: P = N / M × 100%, dengan N = jumlah pemilih yang hadir dan M = jumlah pemilih dalam DPT.")
	// look-alike: the budget's absorption as a formula, its symbols after it
	budget := doc("R = r₁ + r₂ + r₃ = 40,50 + 30,25 + 20,00 = 90,75", "",
		"dengan:",
		"  r₁  serapan belanja pegawai (%)",
		"  r₂  serapan belanja barang (%)",
		"  r₃  serapan belanja modal (%)")
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"n1 with keterangan and bobot", plain, map[string][]string{"sakip_komponen": want}},
		{"letters and weight chain", letters, map[string][]string{"sakip_komponen": want}},
		{"sum fails", broken, nil},
		{"prose math note", prose, nil},
		{"budget formula", budget, nil},
	})
}
