package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// angRow is one loaded budget row as the tests compare it.
func angRow(a facts.Anggaran) string {
	return fmt.Sprintf("%d %s<%s %d/%d/%d %s", a.Tahun, a.Kode, a.KodeInduk, i64(a.Pagu), i64(a.Realisasi), i64(a.Sisa), fmtNum(a.SerapanLapor))
}

// TestAnggaranColumnClasses: budget tables whose columns are laid out
// otherwise than "Kode | Program/Kegiatan | Pagu | Realisasi | Sisa | %".
//   - English titles from a finance application's export ("Code",
//     "Budget (Rp)", "Realization", "Balance", "Absorption (%)", "Fiscal
//     Year") have the same roles; the amounts' convention is what their
//     own separators prove (two or more commas), per column.
//   - codes in columns of their own (a spreadsheet export: "Program |
//     Kegiatan | Uraian", merged cells left empty) are joined into one
//     path per row; a column of names under "Program" stays the names.
func TestAnggaranColumnClasses(t *testing.T) {
	const capt = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	tests := []struct {
		name string
		rows []string
		want []string
	}{
		{"english titles", []string{capt, "",
			"Code\tProgram / Activity\tBudget (Rp)\tRealization (Rp)\tBalance (Rp)\t%",
			"WA\tProgram Dukungan Manajemen\t3,000,000,000\t2,900,000,000\t100,000,000\t96.67",
			"WA.3355\tPengelolaan Keuangan dan Barang Milik Negara\t1,000,000,000\t950,000,000\t50,000,000\t95.00",
			"\tTOTAL\t3,000,000,000\t2,900,000,000\t100,000,000\t96.67"},
			[]string{"2024 076.01.WA< 3000000000/2900000000/100000000 96.67", "2024 3355<076.01.WA 1000000000/950000000/50000000 95",
				"2024 TOTAL< 3000000000/2900000000/100000000 96.67"}},
		{"english titles, remaining and description", []string{capt, "",
			"Code\tDescription\tAllocation\tRealized\tRemaining\tAbsorption (%)",
			"CQ.6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t1,200,000,000\t1,150,500,000\t49,500,000\t95.88"},
			[]string{"2024 6639<076.01.CQ 1200000000/1150500000/49500000 95.88"}},
		{"english years table", []string{"Tabel 3.4 Budget and Realization 2021-2023", "",
			"Fiscal Year\tBudget\tRealization\tAbsorption (%)",
			"2021\t3,487,950,000\t3,374,828,944\t96.76",
			"2022\t9,864,300,000\t9,547,208,658\t96.79"},
			[]string{"2021 TOTAL< 3487950000/3374828944/113121056 96.76", "2022 TOTAL< 9864300000/9547208658/317091342 96.79"}},
		{"codes in their own columns", []string{capt, "",
			"Program\tKegiatan\tUraian\tPagu\tRealisasi\tSisa\t%",
			"WA\t\tProgram Dukungan Manajemen\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67",
			"\t3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.000.000.000\t950.000.000\t50.000.000\t95,00",
			"CQ\t\tProgram Penyelenggaraan Pemilu\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
			"\t6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
			"\t\tJUMLAH\t5.000.000.000\t4.800.000.000\t200.000.000\t96,00"},
			[]string{"2024 076.01.WA< 3000000000/2900000000/100000000 96.67", "2024 3355<076.01.WA 1000000000/950000000/50000000 95",
				"2024 076.01.CQ< 2000000000/1900000000/100000000 95", "2024 6639<076.01.CQ 2000000000/1900000000/100000000 95",
				"2024 TOTAL< 5000000000/4800000000/200000000 96"}},
		{"two Kode columns", []string{capt, "",
			"Kode Program\tKode Kegiatan\tUraian\tPagu\tRealisasi\tSisa\t%",
			"CQ\t\tProgram Penyelenggaraan Pemilu\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
			"\t6640\tPenyelenggaraan Pemutakhiran Data Pemilih\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00"},
			[]string{"2024 076.01.CQ< 2000000000/1900000000/100000000 95", "2024 6640<076.01.CQ 2000000000/1900000000/100000000 95"}},
		{"kegiatan and output columns", []string{capt, "",
			"Kegiatan\tOutput\tUraian\tPagu\tRealisasi\tSisa\t%",
			"3360\t\tOperasional Perkantoran\t1.000.000.000\t950.000.000\t50.000.000\t95,00",
			"\tEBA.994\tLayanan Perkantoran\t800.000.000\t760.000.000\t40.000.000\t95,00"},
			[]string{"2024 3360< 1000000000/950000000/50000000 95", "2024 3360.EBA.994<3360 800000000/760000000/40000000 95"}},
		{"a program column beside the Kode column, rows sorted by amount", []string{capt, "",
			"Program\tKode\tUraian Kegiatan\tPagu\tRealisasi\tSisa\t%",
			"CQ\t6640\tPenyelenggaraan Pemutakhiran Data Pemilih\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
			"WA\t3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.000.000.000\t950.000.000\t50.000.000\t95,00",
			"076.01.CQ\t6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t800.000.000\t760.000.000\t40.000.000\t95,00"},
			[]string{"2024 6640<076.01.CQ 2000000000/1900000000/100000000 95", "2024 3355<076.01.WA 1000000000/950000000/50000000 95",
				"2024 6639<076.01.CQ 800000000/760000000/40000000 95"}},
		{"a program column of names", []string{capt, "",
			"Program\tKegiatan\tPagu\tRealisasi\tSisa\t%",
			"WA Program Dukungan Manajemen\t\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67",
			"\t3355 Pengelolaan Keuangan\t1.000.000.000\t950.000.000\t50.000.000\t95,00"},
			[]string{"2024 076.01.WA< 3000000000/2900000000/100000000 96.67", "2024 3355<076.01.WA 1000000000/950000000/50000000 95"}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.rows...)
		var got []string
		for _, a := range d.Anggaran {
			got = append(got, angRow(a))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestAnggaranCutPagu: a pagu cell the PDF cut off or wrapped inside its
// cell ("1.462.341.00 0") is repaired only when realisasi + sisa of its
// row proves it and the written digits are a prefix of that sum
// (anggaran.pagu_diperbaiki); otherwise it stays NULL with a finding.
func TestAnggaranCutPagu(t *testing.T) {
	tests := []struct {
		name, row string
		want      string
		finding   string
	}{
		{"wrapped in its cell", "WA\tProgram Dukungan Manajemen\t1.462.341.00 0\t1.394.807.084\t67.533.916\t95,38",
			"2024 076.01.WA< 1462341000/1394807084/67533916 95.38", "anggaran.pagu_diperbaiki"},
		{"cut off", "WA\tProgram Dukungan Manajemen\t1.462.341.0\t1.394.807.084\t67.533.916\t95,38",
			"2024 076.01.WA< 1462341000/1394807084/67533916 95.38", "anggaran.pagu_diperbaiki"},
		{"the sum proves another amount", "WA\tProgram Dukungan Manajemen\t1.462.341.00 0\t1.394.807.084\t67.533.910\t95,38",
			"2024 076.01.WA< 0/1394807084/67533910 95.38", "nilai.tidak_terbaca"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "Tabel 3.4 Realisasi Anggaran Tahun 2024", "", "Kode\tProgram\tPagu\tRealisasi\tSisa\t%", tc.row)
		if len(d.Anggaran) != 1 || angRow(d.Anggaran[0]) != tc.want {
			t.Errorf("%s: got %+v, want %s", tc.name, d.Anggaran, tc.want)
		}
		if !hasRule(d, tc.finding) {
			t.Errorf("%s: no %s in %+v", tc.name, tc.finding, d.Findings)
		}
		if tc.finding == "anggaran.pagu_diperbaiki" && hasRule(d, "nilai.tidak_terbaca") {
			t.Errorf("%s: a repaired pagu also reported unreadable", tc.name)
		}
	}
}

// TestBudgetParentUnknown: a kegiatan row with no program above it nor in
// its code loads its parent NULL and says so; under a program row it
// does not.
func TestBudgetParentUnknown(t *testing.T) {
	const head = "Kode\tKegiatan\tPagu\tRealisasi\tSisa\t%"
	const row = "3360\tOperasional Perkantoran\t1.000.000.000\t950.000.000\t50.000.000\t95,00"
	tests := []struct {
		name string
		rows []string
		want bool
	}{
		{"no program anywhere", []string{head, row}, true},
		{"under a program row", []string{head, "WA\tProgram Dukungan Manajemen\t1.000.000.000\t950.000.000\t50.000.000\t95,00", row}, false},
		{"program in the code", []string{head, "WA.3360\tOperasional Perkantoran\t1.000.000.000\t950.000.000\t50.000.000\t95,00"}, false},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}, tc.rows...)...)
		got := false
		for _, f := range d.Findings {
			got = got || f.Aturan == "anggaran.induk_tidak_diketahui"
		}
		if got != tc.want {
			t.Errorf("%s: finding anggaran.induk_tidak_diketahui %v, want %v (%d budget rows)", tc.name, got, tc.want, len(d.Anggaran))
		}
	}
}
