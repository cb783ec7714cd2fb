package parse

import (
	"os"
	"path/filepath"
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

// TestArithRolesTitles: titles that mislead. "Penyerapan" over rupiah is
// no percent (the amounts must never load as a serapan); "Terealisasi"
// beside "Belum Terealisasi" are two unnamed amount columns told apart by
// the stated percent, the other then proven the sisa.
func TestArithRolesTitles(t *testing.T) {
	budget := func(header string, rows ...string) []string {
		return append([]string{"Tabel 3 Realisasi Anggaran Tahun 2024", "", header}, append(rows, "")...)
	}
	rows := []string{
		"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
		"3355\tPengelolaan Keuangan\t1.200.000.000\t1.080.000.000\t120.000.000\t90,00",
		"3360\tOperasional Perkantoran\t800.000.000\t820.000.000\t-20.000.000\t102,50",
		"\tJUMLAH TOTAL\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
	}
	proven := []string{"076.01.WA|program||2024|2000000000|1900000000|100000000", "3355|kegiatan|076.01.WA|2024|1200000000|1080000000|120000000",
		"3360|kegiatan|076.01.WA|2024|800000000|820000000|-20000000", "TOTAL|total||2024|2000000000|1900000000|100000000"}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"Penyerapan over rupiah, Daya Serap the percent", budget("Kode Output\tRincian Program/Kegiatan\tAlokasi\tPenyerapan\tSisa Dana\tDaya Serap", rows...),
			map[string][]string{"anggaran": proven}},
		{"a header of words no vocabulary holds (extract: header_structure.go)", budget("Kode Output\tUraian\tAlokasi\tPenyerapan\tSisa Dana\tDaya Serap", rows...),
			map[string][]string{"anggaran": proven}},
		{"Terealisasi and Belum Terealisasi told by the percent", budget("Kode\tUraian Kegiatan\tAnggaran\tTerealisasi\tBelum Terealisasi\tRealisasi (%)", rows...),
			map[string][]string{"anggaran": proven}},
	})
	// the percent that tells them apart is what proves: with a percent
	// that fits neither column, neither is named
	off := make([]string, len(rows))
	for i, r := range rows {
		off[i] = r[:strings.LastIndex(r, "\t")] + "\t50,00"
	}
	d := parseDoc(t, "off", budget("Kode\tUraian Kegiatan\tAnggaran\tTerealisasi\tBelum Terealisasi\tRealisasi (%)", off...)...)
	for _, a := range d.Anggaran {
		if a.Realisasi != nil {
			t.Errorf("%s: realisasi %d loaded, no column proven", a.Kode, *a.Realisasi)
		}
	}
	// "Penyerapan" over rupiah that nothing proves: NULL, never a serapan of millions
	d = parseDoc(t, "amounts", budget("Kode\tRincian\tAlokasi\tPenyerapan\tKeterangan", "076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t-",
		"3355\tPengelolaan Keuangan\t1.200.000.000\t1.080.000.000\t-", "\tJUMLAH\t2.000.000.000\t1.900.000.000\t-")...)
	for _, a := range d.Anggaran {
		if a.SerapanLapor != nil && *a.SerapanLapor > 1000 {
			t.Errorf("%s: serapan_lapor %v: rupiah loaded as a percent", a.Kode, *a.SerapanLapor)
		}
	}
}

// TestArithRolesSplitRupiahNational: the table of the national sample
// (lkj sample --scope national --years 2024 --seed 1, satker 1108, lines
// 341-356) where unnaming the "%" lost the serapan of every row.
func TestArithRolesSplitRupiahNational(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "split_rupiah_percent.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := parseDoc(t, "1108", strings.Split(string(b), "\n")...)
	want := map[string]float64{"076.01.WA": 96.03, "3355": 97.07, "076.01.CQ": 92.61, "6982": 92.29}
	for _, a := range d.Anggaran {
		if w, ok := want[a.Kode]; ok {
			if a.SerapanLapor == nil || *a.SerapanLapor != w {
				t.Errorf("%s: serapan_lapor %v, want %v", a.Kode, a.SerapanLapor, w)
			}
			delete(want, a.Kode)
		}
	}
	if len(want) > 0 {
		t.Errorf("rows not read: %v", want)
	}
}
