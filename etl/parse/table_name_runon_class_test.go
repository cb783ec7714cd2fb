package parse

import (
	"strings"
	"testing"
)

// TestNameRunOn: a PDF of a table printed on patterned paper gives rules
// that are no column's; a short name falls across the empty-headed columns
// they make ("Opini BPK atas" | "Laporan" | "Keuangan"; made-up rows). The
// pieces are the name's; a figure in such a column is not.
func TestNameRunOn(t *testing.T) {
	head := "No\tIndikator Kinerja\t\t\tSatuan\tTarget\tRealisasi\tCapaian (%)"
	for _, tc := range []struct {
		name, row, want string
	}{
		{"split over two empty columns", "2\tOpini BPK atas\tLaporan\tKeuangan\tOpini\tWTP\tWTP\t100,00", "opini bpk atas laporan keuangan"},
		{"one piece", "2\tPersentase pegawai yang\t\tmengikuti diklat\t%\t80,00\t84,00\t105,00", "persentase pegawai yang mengikuti diklat"},
		{"whole name in its cell", "2\tPersentase pegawai yang mengikuti diklat\t\t\t%\t80,00\t84,00\t105,00", "persentase pegawai yang mengikuti diklat"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", head,
				"1\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t\t\t%\t100,00\t100,00\t100,00", tc.row)
			var got []string
			for _, c := range d.Capaian {
				got = append(got, strings.ToLower(c.Indikator))
			}
			if len(got) != 2 || got[1] != tc.want {
				t.Errorf("indicators %q, want the second %q", got, tc.want)
			}
		})
	}
}

// TestNameRunOnLeavesFigures: a figure in an empty-headed column stays
// out of the name, and so does a unit word when no Satuan column is named.
func TestNameRunOnLeavesFigures(t *testing.T) {
	for _, tc := range []struct {
		name, head, row, notIn string
	}{
		{"figure", "No\tIndikator Kinerja\t\tTarget\tRealisasi\tCapaian (%)", "1\tJumlah pegawai terlatih\t12\t10\t12\t120,00", "12"},
		{"unit without a Satuan column", "No\tIndikator Kinerja\t\tTarget\tRealisasi\tCapaian (%)", "1\tJumlah pegawai terlatih\torang\t10\t12\t120,00", "orang"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", tc.head, tc.row)
			for _, c := range d.Capaian {
				if strings.Contains(strings.ToLower(c.Indikator), tc.notIn) {
					t.Errorf("indicator %q took %q", c.Indikator, tc.notIn)
				}
			}
		})
	}
}
