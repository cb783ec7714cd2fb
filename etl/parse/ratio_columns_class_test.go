package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// angLine writes a budget row "kode|pagu|realisasi|sisa|serapan_lapor".
func angLine(d *facts.Document) []string {
	var out []string
	for _, a := range d.Anggaran {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", a.Kode, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), nv(a.SerapanLapor)))
	}
	sort.Strings(out)
	return out
}

// TestRatioBudgetClass: a budget column stating the absorption as a
// fraction of one ("Ratio Realisasi", "Indeks Serapan": 0,9000 for 90 %)
// is neither the realisasi (beside the true one) nor the stated percent;
// look-alikes keep their reading: a percent column beside a ratio, a ratio
// whose figures are percents (named by its arithmetic), and a ratio that
// disagrees with the percent beside it (NULL with a finding).
func TestRatioBudgetClass(t *testing.T) {
	table := func(header string, rows ...string) []string {
		return append([]string{"Tabel 4.2 Penyerapan Anggaran Tahun Anggaran 2024", "", header}, append(rows, "", "Sumber: OM-SPAN.", "")...)
	}
	// kode, uraian, alokasi, realisasi, sisa, then the extra cells
	base := [][]string{
		{"076.01.CQ", "Program Penyelenggaraan Pemilu", "2.400.000.000", "2.160.000.000", "240.000.000"},
		{"6640", "Pemutakhiran Data Pemilih", "1.600.000.000", "1.440.000.000", "160.000.000"},
		{"6709", "Sosialisasi dan Partisipasi", "800.000.000", "720.000.000", "80.000.000"},
		{"", "TOTAL", "2.400.000.000", "2.160.000.000", "240.000.000"},
	}
	build := func(header string, extra func(i int) []string) []string {
		var rs []string
		for i, b := range base {
			rs = append(rs, strings.Join(append(append([]string(nil), b...), extra(i)...), "\t"))
		}
		return table(header, rs...)
	}
	frac := func(int) []string { return []string{"0,9000"} }
	pct := func(int) []string { return []string{"90,00"} }
	loaded := func(serapan string) []string {
		return []string{"076.01.CQ|2400000000|2160000000|240000000|" + serapan, "6640|1600000000|1440000000|160000000|" + serapan,
			"6709|800000000|720000000|80000000|" + serapan, "TOTAL|2400000000|2160000000|240000000|" + serapan}
	}
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding string
	}{
		{"Ratio Realisasi of fractions: realisasi read, no percent",
			build("Kode\tProgram/Kegiatan\tAlokasi (Rp)\tRealisasi (Rp)\tSisa (Rp)\tRatio Realisasi", frac), loaded("<nil>"), ""},
		{"Indeks Serapan of fractions: no percent",
			build("Kode\tProgram/Kegiatan\tAlokasi (Rp)\tRealisasi (Rp)\tSisa (Rp)\tIndeks Serapan", frac), loaded("<nil>"), ""},
		{"Koefisien Realisasi beside nothing else, two decimals",
			build("Kode\tUraian\tPagu\tRealisasi\tSisa\tKoefisien Realisasi", func(int) []string { return []string{"0,90"} }), loaded("<nil>"), ""},
		// look-alikes
		{"Serapan (%) beside a Rasio of fractions: the percent stays",
			build("Kode\tUraian\tPagu\tRealisasi\tSisa\tSerapan (%)\tRasio", func(int) []string { return []string{"90,00", "0,9000"} }), loaded("90"), ""},
		{"Rasio Realisasi of percents: the percent by its arithmetic",
			build("Kode\tUraian\tPagu\tRealisasi\tSisa\tRasio Realisasi", pct), loaded("90"), ""},
		{"a ratio disagreeing with the percent: NULL and a finding",
			build("Kode\tUraian\tPagu\tRealisasi\tSisa\tSerapan (%)\tRasio", func(i int) []string {
				if i == 1 {
					return []string{"90,00", "0,8500"}
				}
				return []string{"90,00", "0,9000"}
			}), []string{"076.01.CQ|2400000000|2160000000|240000000|90", "6640|1600000000|1440000000|160000000|<nil>",
				"6709|800000000|720000000|80000000|90", "TOTAL|2400000000|2160000000|240000000|90"}, "anggaran.rasio_tidak_cocok"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "anggaran", angLine(d), tc.want)
			if tc.finding != "" && !hasFinding(d, tc.finding) {
				t.Errorf("no finding %s", tc.finding)
			}
		})
	}
}

// TestRatioCapaianClass: an achievement column written as an index of one
// ("Rasio Capaian", "Capaian (Indeks)") loads no capaian_lapor; target and
// realisasi stand. A percent beside a ratio, and an index column whose
// figures are percents, keep their capaian_lapor.
func TestRatioCapaianClass(t *testing.T) {
	table := func(header string, rows ...string) []string {
		return append([]string{"Tabel 2.4 Capaian Indikator Kinerja Tahun 2024", "", header}, append(rows, "", "Sumber: Subbagian Program.", "")...)
	}
	ind := []string{"Persentase tahapan pemilihan yang diselenggarakan tepat waktu", "Persentase arsip yang tertata sesuai ketentuan",
		"Indeks kepuasan layanan informasi publik"}
	tr := [][2]string{{"95,00", "97,85"}, {"80,00", "76,00"}, {"3,20", "3,36"}}
	build := func(header string, cap func(i int) []string) []string {
		var rs []string
		for i, n := range ind {
			rs = append(rs, strings.Join(append([]string{fmt.Sprint(i + 1), n, tr[i][0], tr[i][1]}, cap(i)...), "\t"))
		}
		return table(header, rs...)
	}
	fr := []string{"1,0300", "0,9500", "1,0500"}
	pc := []string{"103,00", "95,00", "105,00"}
	capLines := func(d *facts.Document) []string {
		var out []string
		for _, c := range d.Capaian {
			out = append(out, fmt.Sprintf("%s|%s|%s", nv(c.TargetNilai), nv(c.RealisasiNilai), nv(c.CapaianLapor)))
		}
		return out
	}
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"Rasio Capaian of fractions", build("No\tIndikator Kinerja Utama\tTarget\tRealisasi\tRasio Capaian", func(i int) []string { return []string{fr[i]} }),
			[]string{"95|97.85|<nil>", "80|76|<nil>", "3.2|3.36|<nil>"}},
		{"Capaian (Indeks) of fractions", build("No\tIndikator Kinerja Utama\tTarget\tRealisasi\tCapaian (Indeks)", func(i int) []string { return []string{fr[i]} }),
			[]string{"95|97.85|<nil>", "80|76|<nil>", "3.2|3.36|<nil>"}},
		// look-alikes
		{"Indeks Capaian of percents", build("No\tIndikator Kinerja Utama\tTarget\tRealisasi\tIndeks Capaian", func(i int) []string { return []string{pc[i]} }),
			[]string{"95|97.85|103", "80|76|95", "3.2|3.36|105"}},
		{"Rasio beside Capaian (%)", build("No\tIndikator Kinerja Utama\tTarget\tRealisasi\tRasio\tCapaian (%)", func(i int) []string { return []string{fr[i], pc[i]} }),
			[]string{"95|97.85|103", "80|76|95", "3.2|3.36|105"}},
		{"Target (Indeks) and Realisasi (Indeks) of an index indicator stay the measures",
			table("No\tIndikator Kinerja Utama\tTarget (Indeks)\tRealisasi (Indeks)\tCapaian (%)",
				"1\tIndeks kepuasan layanan informasi publik\t3,20\t3,36\t105,00", "2\tIndeks kepuasan layanan pengaduan\t3,00\t2,85\t95,00"),
			[]string{"3.2|3.36|105", "3|2.85|95"}},
		{"Rasio against Capaian (%): that row NULL", build("No\tIndikator Kinerja Utama\tTarget\tRealisasi\tRasio\tCapaian (%)", func(i int) []string {
			if i == 1 {
				return []string{"0,9000", pc[i]}
			}
			return []string{fr[i], pc[i]}
		}), []string{"95|97.85|103", "80|76|<nil>", "3.2|3.36|105"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "capaian", capLines(d), tc.want)
			if strings.HasPrefix(tc.name, "Rasio against") && !hasFinding(d, "capaian.rasio_tidak_cocok") {
				t.Errorf("no finding capaian.rasio_tidak_cocok")
			}
		})
	}
}
