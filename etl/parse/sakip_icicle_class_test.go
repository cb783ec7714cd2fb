package parse

import "testing"

// TestSakipIcicle: the SAKIP evaluation as an icicle chart typed again, the
// final score's block on top, one block a component under it as wide as
// its weight; bobot and nilai by their labels, the widths and the strip
// drawing. An icicle of shares (no bobot) and one whose components do not
// make the total give nothing.
func TestSakipIcicle(t *testing.T) {
	head := []string{"Tabel 3.1 Hasil Evaluasi AKIP Tahun 2022 per Komponen", "", "[Gambar: Diagram Icicle]", ""}
	doc := func(box ...string) []string { return append(append([]string{}, head...), append(box, "")...) }
	// four components, names over two lines, the grade in the top block
	four := doc(
		"┌────────────────────────────────────────────────────────────────┐",
		"│ NILAI AKHIR  bobot 100,00  nilai 70,10  predikat BB            │",
		"├───────────────┬───────────────┬──────────────┬─────────────────┤",
		"│ Perencanaan   │ Pengukuran    │ Pelaporan    │ Evaluasi        │",
		"│ Kinerja       │ Kinerja       │ Kinerja      │ Internal        │",
		"│ bobot 30,00   │ bobot 30,00   │ bobot 15,00  │ bobot 25,00     │",
		"│ nilai 22,40   │ nilai 21,00   │ nilai 10,20  │ nilai 16,50     │",
		"├───────────────┼───────────────┼──────────────┼─────────────────┤",
		"│▓▓▓▓▓▓▓▓▓░░░░░░│▓▓▓▓▓▓▓▓░░░░░░░│▓▓▓▓▓▓▓▓░░░░░░│▓▓▓▓▓▓▓▓▓▓░░░░░░░│",
		"└───────────────┴───────────────┴──────────────┴─────────────────┘")
	// the labels after the figures' order changed (nilai over bobot), a
	// colon after the label, no strip
	swapped := doc(
		"┌───────────────────────────────────────────────────────────┐",
		"│ Skor akhir: nilai 62,15 · bobot 100 · predikat B           │",
		"├──────────────┬──────────────┬──────────────┬───────────────┤",
		"│ Perencanaan  │ Pengukuran   │ Pelaporan    │ Evaluasi      │",
		"│ nilai: 18,00 │ nilai: 19,50 │ nilai: 9,15  │ nilai: 15,50  │",
		"│ bobot: 30    │ bobot: 30    │ bobot: 15    │ bobot: 25     │",
		"└──────────────┴──────────────┴──────────────┴───────────────┘")
	// look-alike: an icicle of budget shares, no bobot
	shares := doc(
		"┌───────────────────────────────────────────┐",
		"│ JUMLAH ANGGARAN  100%                      │",
		"├──────────────┬──────────────┬─────────────┤",
		"│ Belanja      │ Belanja      │ Belanja     │",
		"│ Pegawai      │ Barang       │ Modal       │",
		"│ porsi 60%    │ porsi 30%    │ porsi 10%   │",
		"└──────────────┴──────────────┴─────────────┘")
	// a component over its weight: no row
	over := doc(
		"┌──────────────────────────────────────────────────────────┐",
		"│ NILAI AKHIR  bobot 100,00  nilai 70,10  predikat BB      │",
		"├──────────────┬──────────────┬──────────────┬─────────────┤",
		"│ Perencanaan  │ Pengukuran   │ Pelaporan    │ Evaluasi    │",
		"│ bobot 30,00  │ bobot 30,00  │ bobot 15,00  │ bobot 25,00 │",
		"│ nilai 32,40  │ nilai 21,00  │ nilai 0,20   │ nilai 16,50 │",
		"└──────────────┴──────────────┴──────────────┴─────────────┘")
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{"four blocks, names over two lines", four, map[string][]string{
			"sakip":          {"2022|70.1|BB"},
			"sakip_komponen": {"2022|perencanaan|30|22.4", "2022|pengukuran|30|21", "2022|pelaporan|15|10.2", "2022|evaluasi_internal|25|16.5"}}},
		{"nilai over bobot, labels with colons", swapped, map[string][]string{
			"sakip":          {"2022|62.15|B"},
			"sakip_komponen": {"2022|perencanaan|30|18", "2022|pengukuran|30|19.5", "2022|pelaporan|15|9.15", "2022|evaluasi_internal|25|15.5"}}},
		{"an icicle of shares: nothing", shares, nil},
		{"a component over its weight: nothing", over, nil},
	})
}
