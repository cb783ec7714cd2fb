package parse

import (
	"sort"
	"strings"
	"testing"
)

// TestRowCodesClass: a measurement table whose rows are indicator codes
// ("IKU-01") is read with the statements a legend gives the codes: a
// code | statement table right before it, or further back before another
// table, or a legend in text; a row whose code no legend explains loads
// nothing.
func TestRowCodesClass(t *testing.T) {
	const (
		a = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
		b = "Nilai Keterbukaan Informasi Publik"
	)
	legendTable := []string{"Kode\tIndikator", "IKU-01\t" + a, "IKU-02\t" + b, ""}
	measure := []string{"Tabel 3.1 Pengukuran Kinerja", "", "Kode\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"IKU-01\t%\t85,00\t82,61\t97,19", "IKU-02\tNilai\t75,00\t80,33\t107,11", ""}
	other := []string{"Tabel 3.0 Sumber Daya", "", "Uraian\tJumlah", "Pegawai\t12", "Kendaraan\t3", ""}
	tests := []struct {
		name string
		body []string
		want []string // "indikator target/realisasi", sorted
	}{
		{"legend table right before", append(append([]string{}, legendTable...), measure...),
			[]string{b + " 75,00/80,33", a + " 85,00/82,61"}},
		{"legend table before another table", append(append(append([]string{}, legendTable...), other...), measure...),
			[]string{b + " 75,00/80,33", a + " 85,00/82,61"}},
		{"legend in text", append([]string{"Keterangan: IKU-01 = " + a + "; IKU-02 = " + b + ".", ""}, measure...),
			[]string{b + " 75,00/80,33", a + " 85,00/82,61"}},
		{"a code without a statement: its row alone gives nothing", append([]string{"Kode\tIndikator", "IKU-01\t" + a, ""}, measure...),
			[]string{a + " 85,00/82,61"}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got []string
		for _, c := range d.Capaian {
			got = append(got, c.Indikator+" "+c.TargetTeks+"/"+c.RealisasiTeks)
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: capaian\n%s\nwant\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}
