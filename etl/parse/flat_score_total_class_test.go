package parse

import (
	"strings"
	"testing"
)

// TestFlatScoreTotal: a SAKIP components table flattened one cell per line
// (pdftotext without -layout) or one row per line, numbered rows, closed by
// the final score ("Nilai Akhir", "Nilai Total") whose row has no number.
// That label closes the table as "Jumlah" does and the sums prove it; a
// final score the components do not add up to leaves the table unloaded.
func TestFlatScoreTotal(t *testing.T) {
	// cells: one line a cell; rows of four cells, the last row three
	cells := func(caption string, head []string, rows [][]string) []string {
		out := append([]string{caption, ""}, head...)
		for _, r := range rows {
			out = append(out, r...)
		}
		return append(out, "")
	}
	// spaced: one line a row, single spaces between the cells
	spaced := func(caption string, head []string, rows [][]string) []string {
		out := []string{caption, "", strings.Join(head, " ")}
		for _, r := range rows {
			out = append(out, strings.Join(r, " "))
		}
		return append(out, "")
	}
	komp := func(n [4][2]string, label, bobot, nilai string) [][]string {
		names := []string{"Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"}
		var rows [][]string
		for k, v := range n {
			rows = append(rows, []string{string(rune('1' + k)), names[k], v[0], v[1]})
		}
		return append(rows, []string{label, bobot, nilai})
	}
	a := [4][2]string{{"30,00", "20,45"}, {"30,00", "19,80"}, {"15,00", "10,25"}, {"25,00", "17,60"}}
	aWant := []string{"2022|perencanaan|30|20.45", "2022|pengukuran|30|19.8", "2022|pelaporan|15|10.25", "2022|evaluasi_internal|25|17.6"}
	b := [4][2]string{{"30", "18,75"}, {"30", "18,10"}, {"15", "9,40"}, {"25", "14,95"}}
	bWant := []string{"2020|perencanaan|30|18.75", "2020|pengukuran|30|18.1", "2020|pelaporan|15|9.4", "2020|evaluasi_internal|25|14.95"}
	c := [4][2]string{{"30,00", "21,90"}, {"30,00", "21,15"}, {"15,00", "11,05"}, {"25,00", "18,30"}}
	cWant := []string{"2019|perencanaan|30|21.9", "2019|pengukuran|30|21.15", "2019|pelaporan|15|11.05", "2019|evaluasi_internal|25|18.3"}
	capA := "Tabel 5. Hasil Evaluasi SAKIP Tahun 2022 per Komponen"
	capB := "Tabel 3.6 Nilai AKIP Tahun 2020 menurut Komponen"
	capC := "Tabel 11. Komponen Evaluasi Akuntabilitas Kinerja Tahun 2019"
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"one cell a line, Nilai Akhir", cells(capA, []string{"No", "Komponen", "Bobot", "Nilai"}, komp(a, "Nilai Akhir", "100,00", "68,10")),
			map[string][]string{"sakip_komponen": aWant}},
		{"one cell a line, Nilai Total, whole bobot", cells(capB, []string{"No.", "Komponen Evaluasi", "Bobot", "Nilai"}, komp(b, "Nilai Total", "100", "61,20")),
			map[string][]string{"sakip_komponen": bWant}},
		{"one row a line, Nilai Akhir", spaced(capC, []string{"No", "Komponen", "Bobot", "Nilai"}, komp(c, "Nilai Akhir", "100,00", "72,40")),
			map[string][]string{"sakip_komponen": cWant}},
		{"the components do not add up to the final score: nothing loaded",
			cells(capA, []string{"No", "Komponen", "Bobot", "Nilai"}, komp(a, "Nilai Akhir", "100,00", "69,10")), nil},
	})
}
