package parse

import "testing"

// TestCombBoxes: a table copied from a hand-filled form, each figure a
// comb of boxes one digit a box (the unused ones in front left empty),
// loads the figures the combs spell, the separator between boxes or in a
// box of its own; a comb with a box left empty between digits is no
// figure.
func TestCombBoxes(t *testing.T) {
	const (
		a = "Persentase Sengketa Hukum yang dimenangkan KPU"
		b = "Indeks Kepuasan Layanan Informasi Publik"
	)
	head := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"empty boxes in front, comma between boxes", append(head,
			"1\t"+a+"\t%\t[ ][1][0][0],[0][0]\t[ ][ ][9][0],[0][0]\t[ ][ ][9][0],[0][0]",
			"2\t"+b+"\tIndeks\t[ ][ ][ ][3],[5][0]\t[ ][ ][ ][3],[8][5]\t[ ][1][1][0],[0][0]", ""),
			map[string][]string{"capaian": {a + "|100|90|90", b + "|3.5|3.85|110"}}},
		{"the comma in a box of its own, no empty box", append(head,
			"1\t"+a+"\t%\t[1][0][0][,][0]\t[9][6][,][5]\t[9][6][,][5]",
			"2\t"+b+"\tIndeks\t[3][,][2][0]\t[3][,][3][6]\t[1][0][5][,][0][0]", ""),
			map[string][]string{"capaian": {a + "|100|96.5|96.5", b + "|3.2|3.36|105"}}},
		{"a box left empty between digits", append(head,
			"1\t"+a+"\t%\t[ ][1][0][0],[0][0]\t[ ][ ][9][ ],[0][0]\t[ ][ ][9][0],[0][0]", ""),
			map[string][]string{"capaian": {a + "|100|<nil>|90"}}},
	})
	for _, s := range []string{"Seperti dijelaskan dalam [1][2], target tercapai.\n", "Pilihan\t[x][ ]\n", "Kode\t[A][B]\n"} {
		if got := string(combBoxes([]byte(s), nil)); got != s {
			t.Errorf("combBoxes(%q, nil) = %q, want it unchanged", s, got)
		}
	}
}
