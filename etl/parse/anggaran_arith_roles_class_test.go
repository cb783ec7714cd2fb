package parse

import (
	"strings"
	"testing"
)

// TestArithRolesClass: a budget column titled with a word no vocabulary
// holds ("Terserap", "Terpakai", "Tidak Terpakai") takes the missing role of
// realisasi or sisa when every row's figures prove it (pagu − realisasi =
// sisa, or the stated percent), and a percent column under a strange title
// ("Capaian") is named by realisasi/pagu the same way; two unnamed amount
// columns or one disproving row prove nothing, and the realisasi stays NULL
// as before.
func TestArithRolesClass(t *testing.T) {
	budget := func(header string, rows ...string) []string {
		return append([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", header}, append(rows, "")...)
	}
	row := func(cells ...string) string {
		out := cells[0]
		for _, c := range cells[1:] {
			out += "\t" + c
		}
		return out
	}
	prog := row("076.01.WA", "Program Dukungan Manajemen", "1.500.000.000", "1.350.000.000", "150.000.000", "90,00")
	keg1 := row("3355", "Pengelolaan Keuangan", "1.000.000.000", "900.000.000", "100.000.000", "90,00")
	keg2 := row("3360", "Operasional Perkantoran", "500.000.000", "450.000.000", "50.000.000", "90,00")
	total := row("", "TOTAL", "1.500.000.000", "1.350.000.000", "150.000.000", "90,00")
	proven := []string{"076.01.WA|program||2024|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|900000000|100000000",
		"3360|kegiatan|076.01.WA|2024|500000000|450000000|50000000", "TOTAL|total||2024|1500000000|1350000000|150000000"}
	nullReal := []string{"076.01.WA|program||2024|1500000000|<nil>|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|<nil>|100000000",
		"3360|kegiatan|076.01.WA|2024|500000000|<nil>|50000000", "TOTAL|total||2024|1500000000|<nil>|150000000"}
	// the same figures, the percent column alone proving the realisasi
	noSisa := func(r string) string {
		c := strings.Split(r, "\t")
		return row(c[0], c[1], c[2], c[3], c[5])
	}
	bad := row("3360", "Operasional Perkantoran", "500.000.000", "450.000.000", "60.000.000", "90,00")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"Terserap: realisasi by pagu − sisa", budget("Kode\tProgram/Kegiatan\tAlokasi\tTerserap\tSisa Dana\t% Serapan", prog, keg1, keg2, total),
			map[string][]string{"anggaran": proven}},
		{"Terpakai: realisasi by the percent alone", budget("Kode\tProgram/Kegiatan\tPagu\tTerpakai\tPersentase",
			noSisa(prog), noSisa(keg1), noSisa(keg2), noSisa(total)), map[string][]string{"anggaran": proven}}, // the sisa then derived as pagu − realisasi
		{"Tidak Terpakai: sisa by pagu − realisasi", budget("Kode\tProgram/Kegiatan\tPagu\tRealisasi\tTidak Terpakai\tSerapan", prog, keg1, keg2, total),
			map[string][]string{"anggaran": proven}},
		{"Capaian: the percent column by realisasi/pagu", budget("Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\tCapaian", prog, keg1, keg2, total),
			map[string][]string{"anggaran": proven}},
		{"one row disproves: NULL as before", budget("Kode\tProgram/Kegiatan\tAlokasi\tTerserap\tSisa Dana\t% Serapan", prog, keg1, bad, total),
			map[string][]string{"anggaran": {"076.01.WA|program||2024|1500000000|<nil>|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|<nil>|100000000",
				"3360|kegiatan|076.01.WA|2024|500000000|<nil>|60000000", "TOTAL|total||2024|1500000000|<nil>|150000000"}}},
	})
	// the percent named by its figures loads as the stated serapan; a column
	// of other decimals (a weight) stays unnamed
	for _, tc := range []struct {
		header string
		want   bool
	}{{"Capaian", true}, {"Bobot", false}} {
		body := budget("Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\t"+tc.header, prog, keg1,
			row("3360", "Operasional Perkantoran", "500.000.000", "450.000.000", "50.000.000", "12,50"), total)
		if tc.header == "Capaian" {
			body = budget("Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\t"+tc.header, prog, keg1, keg2, total)
		}
		d := parseDoc(t, tc.header, body...)
		got := 0
		for _, a := range d.Anggaran {
			if a.SerapanLapor != nil && *a.SerapanLapor == 90 {
				got++
			}
		}
		if (got == 4) != tc.want {
			t.Errorf("%s: %d rows with serapan_lapor 90, want all four: %v", tc.header, got, tc.want)
		}
	}
	// two unnamed amount columns: neither is proven to be the realisasi
	two := func(r string) string {
		c := strings.Split(r, "\t")
		return row(c[0], c[1], c[2], c[3], c[3], c[4])
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"two unnamed amount columns: nothing named", budget("Kode\tProgram/Kegiatan\tAlokasi\tTerserap\tDibukukan\tSisa Dana", two(prog), two(keg1), two(keg2), two(total)),
			map[string][]string{"anggaran": nullReal}},
	})
}
