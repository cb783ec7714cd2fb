package parse

import (
	"fmt"
	"strings"
	"testing"
)

// rupiah writes n with dots between the thousands ("1.234.500").
func rupiah(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// periodBudget builds a budget table with one realisasi column per period
// and a total column: one program with two kegiatan, and the JUMLAH row.
// bad, when >= 0, is a period cell of the first kegiatan written 1.000
// too high, so its periods no longer make its total.
func periodBudget(total string, periods []string, k1, k2 []int64, bad int) []string {
	sum := func(xs []int64) (s int64) {
		for _, x := range xs {
			s += x
		}
		return s
	}
	row := func(code, name string, pagu int64, xs []int64, off int) string {
		cells := []string{code, name, rupiah(pagu)}
		for j, x := range xs {
			if j == off {
				x += 1000
			}
			cells = append(cells, rupiah(x))
		}
		return strings.Join(append(cells, rupiah(sum(xs))), "\t")
	}
	prog := make([]int64, len(k1))
	for j := range k1 {
		prog[j] = k1[j] + k2[j]
	}
	return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		strings.Join(append([]string{"Kode", "Program / Kegiatan", "Pagu"}, append(periods, total)...), "\t"),
		row("076.01.WA", "Program Dukungan Manajemen", 3_000_000_000, prog, -1),
		row("3358", "Pengelolaan Sumber Daya Manusia", 1_800_000_000, k1, bad),
		row("3360", "Operasional Perkantoran", 1_200_000_000, k2, -1),
		row("", "JUMLAH", 3_000_000_000, prog, -1)}
}

// TestBudgetByPeriod: a budget table with a realisasi column per month,
// quarter or semester and a total column (no Realisasi, no Sisa) gives
// the total column as the realisasi when every row's periods make it.
func TestBudgetByPeriod(t *testing.T) {
	months := []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	k1m := []int64{101_250_000, 95_400_100, 120_000_000, 99_999_999, 140_125_000, 88_000_001, 130_500_000, 97_650_000, 105_000_000, 111_111_111, 123_456_789, 230_000_000}
	k2m := []int64{61_000_000, 70_250_000, 0, 82_400_000, 90_000_000, 75_125_500, 80_000_000, 66_600_000, 91_000_000, 70_000_000, 88_800_000, 150_000_000}
	quarters := []string{"TW I", "TW II", "TW III", "TW IV"}
	k1q := []int64{402_300_000, 390_125_750, 431_000_000, 530_999_999}
	k2q := []int64{250_000_000, 260_500_500, 270_000_000, 310_000_001}
	sems := []string{"Semester I", "Semester II"}
	k1s := []int64{701_000_000, 905_432_100}
	k2s := []int64{522_000_000, 590_123_456}
	want := func(k1, k2 []int64) []string {
		var s1, s2 int64
		for j := range k1 {
			s1 += k1[j]
			s2 += k2[j]
		}
		r := func(code, lvl, parent string, pagu, real int64) string {
			return fmt.Sprintf("%s|%s|%s|2024|%d|%d|%d", code, lvl, parent, pagu, real, pagu-real)
		}
		return []string{r("076.01.WA", "program", "", 3_000_000_000, s1+s2), r("3358", "kegiatan", "076.01.WA", 1_800_000_000, s1),
			r("3360", "kegiatan", "076.01.WA", 1_200_000_000, s2), r("TOTAL", "total", "", 3_000_000_000, s1+s2)}
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "months, a Jumlah column", body: periodBudget("Jumlah", months, k1m, k2m, -1), want: map[string][]string{"anggaran": want(k1m, k2m)}},
		{name: "quarters, a Total column", body: periodBudget("Total Realisasi", quarters, k1q, k2q, -1), want: map[string][]string{"anggaran": want(k1q, k2q)}},
		{name: "semesters", body: periodBudget("Jumlah", sems, k1s, k2s, -1), want: map[string][]string{"anggaran": want(k1s, k2s)}},
	})
}

// TestBudgetByPeriodUnproven: periods that do not make the total column,
// or a year with periods missing, give no realisasi.
func TestBudgetByPeriodUnproven(t *testing.T) {
	k1 := []int64{402_300_000, 390_125_750, 431_000_000, 530_999_999}
	k2 := []int64{250_000_000, 260_500_500, 270_000_000, 310_000_001}
	for _, tc := range []struct {
		name    string
		periods []string
		k1, k2  []int64
		bad     int
	}{
		{"a quarter that does not add up", []string{"TW I", "TW II", "TW III", "TW IV"}, k1, k2, 2},
		{"three quarters only", []string{"TW I", "TW II", "TW III"}, k1[:3], k2[:3], -1},
		{"months out of order", []string{"Jan", "Mar", "Feb", "Apr"}, k1, k2, -1},
	} {
		d := parseDoc(t, tc.name, periodBudget("Jumlah", tc.periods, tc.k1, tc.k2, tc.bad)...)
		for _, a := range d.Anggaran {
			if a.Realisasi != nil {
				t.Errorf("%s: %s realisasi %d, want NULL", tc.name, a.Kode, *a.Realisasi)
			}
		}
	}
}

// TestStatedSerapan: a sentence without amounts stating the absorption of
// the year gives the total row its serapan_lapor when realisasi / pagu
// makes it; a percentage it does not make is left alone.
func TestStatedSerapan(t *testing.T) {
	body := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "Kode\tProgram / Kegiatan\tPagu\tRealisasi",
		"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.296.512.000", "\tJUMLAH\t2.400.000.000\t2.296.512.000", ""}
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"Secara keseluruhan penyerapan anggaran mencapai 95,69% dari pagu.", "95.69"},
		{"Realisasi anggaran tahun ini sebesar 95,69 persen dari pagu DIPA.", "95.69"},
		{"Realisasi anggaran tahun ini sebesar 96,69 persen dari pagu DIPA.", "<nil>"},
	} {
		d := parseDoc(t, tc.sentence, append(body, tc.sentence)...)
		got := "no total"
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" {
				got = nv(a.SerapanLapor)
			}
		}
		if got != tc.want {
			t.Errorf("%s: serapan_lapor %s, want %s", tc.sentence, got, tc.want)
		}
	}
}
