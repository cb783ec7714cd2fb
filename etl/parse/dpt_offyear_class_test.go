package parse

import (
	"strings"
	"testing"
)

// TestDPTOffElectionYear: in a report of a year without that election
// (2023), a DPT table whose own caption names no year is never keyed to
// the report year. A part continued after page furniture (a web table's
// paging lines, a running header) keeps the year of the part above it;
// a table no text dates is not loaded (dpt.tahun_tidak_diketahui).
func TestDPTOffElectionYear(t *testing.T) {
	cover := []string{"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2023", "", "Sekretaris KPU Kabupaten Sikka", ""}
	const hdr = "No\tKecamatan\tTPS\tL\tP\tL+P"
	rows := []string{"1\tPaga\t30\t4.081\t4.005\t8.086", "2\tMego\t28\t3.853\t3.821\t7.674", "3\tLela\t20\t2.000\t2.100\t4.100"}
	const total = "\tJUMLAH\t78\t9.934\t9.926\t19.860"
	y24 := func(s string) string { return strings.Replace(s, "|2019|", "|2024|", 1) }
	all24 := []string{y24(sikkaDPT[0]), y24(sikkaDPT[1]), y24(sikkaDPT[2]), y24(sikkaDPT[3])}
	docOf := func(parts ...[]string) []string {
		out := append([]string{}, cover...)
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	intro := []string{"DPT Pemilu 2024 per kecamatan, ditetapkan dalam rapat pleno 21 Juni 2023:", ""}
	capt := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	tests := []struct {
		name string
		body []string
		want []string
	}{{
		name: "web paging lines between the parts",
		body: docOf(intro, capt, []string{"Tampilkan 2 entri                     Cari:", hdr, rows[0], rows[1], "Menampilkan 1 sampai 2 dari 3 entri", "« Sebelumnya  [1]  2  Selanjutnya »", "",
			"Tampilkan 2 entri                     Cari:", hdr, rows[2], total, "Menampilkan 3 sampai 3 dari 3 entri", ""}),
		want: all24,
	}, {
		name: "paging lines of an English web table, no total on the first page",
		body: docOf(capt, []string{"Show 2 entries", "Search:", hdr, rows[0], rows[1], "Showing 1 to 2 of 3 entries", "Previous 1 2 Next", "", "Show 2 entries", "Search:", hdr, rows[2], total, "Showing 3 to 3 of 3 entries", ""}),
		want: all24,
	}, {
		name: "a page break and a running header between the parts",
		body: docOf(capt, []string{hdr, rows[0], rows[1], "", "\f", "LKj KPU Kabupaten Sikka 2023 - halaman 14", "", hdr, rows[2], total, ""}),
		want: all24,
	}, {
		name: "no year anywhere: not loaded",
		body: docOf([]string{"Jumlah pemilih tetap per kecamatan pada Pemilu sebagai berikut:", "", "Tabel 3.4 Rekapitulasi DPT Pemilu per Kecamatan", "", hdr, rows[0], rows[1], rows[2], total, ""}),
		want: nil,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			got := factRows["dpt"](d)
			for _, g := range got {
				if strings.Contains(g, "|2023|") {
					t.Errorf("DPT row keyed to the report year 2023, no election then: %s", g)
				}
			}
			wantRows(t, "dpt", got, tc.want)
			if tc.want == nil && !hasRule(d, "dpt.tahun_tidak_diketahui") {
				t.Errorf("no dpt.tahun_tidak_diketahui in %+v", d.Findings)
			}
		})
	}
}
