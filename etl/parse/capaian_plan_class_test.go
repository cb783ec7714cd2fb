package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestPlanTargetClass: a target column of the strategic plan (Renstra,
// RPJMN) beside the year's agreed target (PK, Perjanjian Kinerja) is no
// fact: the capaian takes the agreed target, earlier years' columns stay a
// series, and the plan's column is neither. Two target columns the header
// does not tell apart that way are not resolved by this rule.
func TestPlanTargetClass(t *testing.T) {
	const ind = "Nilai Keterbukaan Informasi Publik"
	tests := []struct {
		name    string
		body    []string
		capaian string   // "target/realisasi/capaian" of the 2024 row, "" for none
		seri    []string // "year jenis teks", sorted
	}{
		{"Renstra and PK beside an earlier year", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tRealisasi 2023\tTarget Renstra 2024\tTarget PK 2024\tRealisasi 2024\tCapaian (%)",
			"1\t" + ind + "\tNilai\t71,30\t80,00\t75,00\t78,62\t104,83"},
			"75,00/78,62/104,83", []string{"2023 realisasi 71,30"}},
		{"agreement first, plan after, no earlier year", []string{
			"Tabel 3.2 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget Perjanjian Kinerja\tTarget Rencana Strategis\tRealisasi\tCapaian",
			"1\t" + ind + "\t75\t80\t78,62\t104,83%"},
			"75/78,62/104,83%", nil},
		{"plan under a two-line header", []string{
			"Tabel 3.3 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\t\tRealisasi\tCapaian",
			"\t\tRPJMN\tPK\t\t",
			"1\t" + ind + "\t80\t75\t78,62\t104,83%"},
			"75/78,62/104,83%", nil},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		got := ""
		for _, c := range d.Capaian {
			if c.Indikator == ind && c.Tahun == 2024 {
				got = c.TargetTeks + "/" + c.RealisasiTeks + "/" + c.CapaianTeks
			}
		}
		if got != tc.capaian {
			t.Errorf("%s: capaian 2024 = %q, want %q (%+v)", tc.name, got, tc.capaian, d.Capaian)
		}
		var seri []string
		for _, s := range d.CapaianSeri {
			if s.Indikator == ind {
				seri = append(seri, fmt.Sprintf("%d %s %s", s.Tahun, s.Jenis, s.Teks))
			}
		}
		sort.Strings(seri)
		if strings.Join(seri, "; ") != strings.Join(tc.seri, "; ") {
			t.Errorf("%s: series = %v, want %v", tc.name, seri, tc.seri)
		}
	}
}
