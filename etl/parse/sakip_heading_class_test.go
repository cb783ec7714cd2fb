package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestSakipGradeHeadingClasses: the all-satker SAKIP table grouped under
// headings that span it ("Predikat BB (Sangat Baik)") with rows that give
// the satker and the score only. A row's predikat is its heading's when the
// score lies in the grade's band; a score outside the band loads without a
// predikat and with a finding, never with a guessed one. The heading may be
// a line of text or a row of one cell, name its grade with or without the
// word "Predikat", carry a list marker or the band's bounds.
func TestSakipGradeHeadingClasses(t *testing.T) {
	table := func(head string, lines ...string) []string {
		return append([]string{"Tabel 3.2 Hasil Evaluasi AKIP Tahun 2022 Satuan Kerja se-Provinsi NTT", "", head}, lines...)
	}
	const lembata, belu, nagekeo, sikka = "1\tKPU Kabupaten Lembata\t76,55", "2\tKPU Kabupaten Belu\t74,31", "3\tKPU Kabupaten Nagekeo\t69,88", "4\tKPU Kabupaten Sikka\t67,42"
	wLembata, wBelu := sakipWant{"5313", 2022, 76.55, "BB", "tinggi"}, sakipWant{"5304", 2022, 74.31, "BB", "tinggi"}
	wNagekeo, wSikka := sakipWant{"5316", 2022, 69.88, "B", "tinggi"}, sakipWant{"5307", 2022, 67.42, "B", "tinggi"}
	check := func(name string, body []string, finding bool, want ...sakipWant) {
		d := checkSakipExact(t, name, body, want)
		if got := hasRule(d, "sakip.predikat_tidak_sesuai"); got != finding {
			t.Errorf("%s: finding sakip.predikat_tidak_sesuai = %v, want %v", name, got, finding)
		}
	}
	check("text headings between numbered rows", table("No\tSatuan Kerja\tNilai", "Predikat BB (Sangat Baik)", lembata, belu,
		"Predikat B (Baik)", nagekeo, "Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2022"), false, wLembata, wBelu, wNagekeo)
	check("headings as rows of one cell, grade words first, list markers", table("No\tKabupaten/Kota\tNilai AKIP",
		"A. Sangat Baik (BB)\t\t", lembata, "B. Baik (B)\t\t", nagekeo, sikka), false, wLembata, wNagekeo, wSikka)
	check("headings with the band's bounds", table("No\tSatuan Kerja\tNilai",
		"Kategori BB (nilai > 70 - 80)", lembata, "Kategori B (nilai > 60 - 70)", nagekeo), false, wLembata, wNagekeo)
	check("a score outside its heading's band loads without a predikat", table("No\tSatuan Kerja\tNilai",
		"Predikat BB (Sangat Baik)", lembata, nagekeo), true, wLembata, sakipWant{"5316", 2022, 69.88, "", "tinggi"})
}

// checkSakipExact parses body and wants exactly the SAKIP rows want.
func checkSakipExact(t *testing.T, name string, body []string, want []sakipWant) *facts.Document {
	t.Helper()
	d := parseDoc(t, name, body...)
	checkSakip(t, name, d, want)
	if len(d.Sakip) != len(want) {
		t.Errorf("%s: %d SAKIP rows, want %d: %+v", name, len(d.Sakip), len(want), d.Sakip)
	}
	return d
}
