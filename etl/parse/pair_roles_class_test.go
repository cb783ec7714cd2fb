package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// dptPairTable is a DPT table per kecamatan of KPU Sikka for Pemilu 2024
// whose villages and TPS share a cell under head, and men and women under
// "L / P": 4 + 5 desa, 21 + 17 TPS; 4.105 + 4.290 = 8.395 and 3.012 +
// 3.118 = 6.130; the kabupaten 9 desa, 38 TPS, 7.117 + 7.408 = 14.525.
func dptPairTable(head string, cells [3]string) []string {
	return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\t" + head + "\tL / P\tL+P",
		"1\tPAGA\t" + cells[0] + "\t4.105 / 4.290\t8.395",
		"2\tLELA\t" + cells[1] + "\t3.012 / 3.118\t6.130",
		"\tJUMLAH\t" + cells[2] + "\t7.117 / 7.408\t14.525", ""}
}

var dptPairWant = []string{"pemilu|2024|kecamatan|PAGA|4|21|4105|4290|8395",
	"pemilu|2024|kecamatan|LELA|5|17|3012|3118|6130",
	"pemilu|2024|kabupaten|Kabupaten Sikka|9|38|7117|7408|14525"}

// TestPairRoles: a paired header whose first half holds a slash of its
// own ("Desa/Kel", one role: the villages) splits where a role stands on
// either side of the slash, spaced or not.
func TestPairRoles(t *testing.T) {
	spaced := [3]string{"4 / 21", "5 / 17", "9 / 38"}
	tight := [3]string{"4/21", "5/17", "9/38"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "Desa/Kel / TPS", body: dptPairTable("Desa/Kel / TPS", spaced), want: map[string][]string{"dpt": dptPairWant}},
		{name: "Desa/Kel/TPS unspaced", body: dptPairTable("Desa/Kel/TPS", tight), want: map[string][]string{"dpt": dptPairWant}},
		{name: "Kel./Desa / TPS", body: dptPairTable("Kel./Desa / TPS", spaced), want: map[string][]string{"dpt": dptPairWant}},
		{name: "Jumlah Desa / Jumlah TPS", body: dptPairTable("Jumlah Desa / TPS", spaced), want: map[string][]string{"dpt": dptPairWant}},
	})
}

// TestPairRolesNotProven: "Desa / Kelurahan" names one role twice: a cell
// "4 / 2" under it is no village count and no TPS count. A row whose cell
// under a proven pair holds one figure loads neither half, with a finding
// on its line, however many such rows; a dash is both halves empty.
func TestPairRolesNotProven(t *testing.T) {
	d := parseDoc(t, "desa kelurahan", dptPairTable("Desa / Kelurahan", [3]string{"4 / 2", "5 / 1", "9 / 3"})...)
	for _, r := range factRows["dpt"](d) {
		f := strings.Split(r, "|")
		if f[4] != "<nil>" || f[5] != "<nil>" {
			t.Errorf("a village pair read as counts: %s", r)
		}
	}
	d = parseDoc(t, "odd row", dptPairTable("Desa/Kel / TPS", [3]string{"4 / 21", "17", "9 / 38"})...)
	wantRows(t, "odd row", factRows["dpt"](d), []string{dptPairWant[0],
		"pemilu|2024|kecamatan|LELA|<nil>|<nil>|3012|3118|6130", dptPairWant[2]})
	if lines := findingLines(d, "nilai.pasangan_ganjil"); fmt.Sprint(lines) != "[9]" {
		t.Errorf("nilai.pasangan_ganjil on lines %v, want [9] (LELA's row)", lines)
	}
	d = parseDoc(t, "dash", dptPairTable("Desa/Kel / TPS", [3]string{"4 / 21", "-", "9 / 38"})...)
	if lines := findingLines(d, "nilai.pasangan_ganjil"); len(lines) != 0 {
		t.Errorf("a dash under a pair raised nilai.pasangan_ganjil on %v", lines)
	}
	d = parseDoc(t, "mostly single", "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel / TPS\tL\tP\tL+P",
		"1\tPAGA\t4 / 21\t4.105\t4.290\t8.395",
		"2\tLELA\t17\t3.012\t3.118\t6.130",
		"3\tMAGEPANDA\t19\t2.001\t2.010\t4.011",
		"\tJUMLAH\t9 / 38\t9.118\t9.418\t18.536", "")
	wantRows(t, "mostly single", factRows["dpt"](d), []string{"pemilu|2024|kecamatan|PAGA|4|21|4105|4290|8395",
		"pemilu|2024|kecamatan|LELA|<nil>|<nil>|3012|3118|6130", "pemilu|2024|kecamatan|MAGEPANDA|<nil>|<nil>|2001|2010|4011",
		"pemilu|2024|kabupaten|Kabupaten Sikka|9|38|9118|9418|18536"})
	if lines := findingLines(d, "nilai.pasangan_ganjil"); fmt.Sprint(lines) != "[9 10]" {
		t.Errorf("nilai.pasangan_ganjil on lines %v, want [9 10]", lines)
	}
}

// findingLines are the first lines of the findings of rule.
func findingLines(d *facts.Document, rule string) (lines []int) {
	for _, f := range d.Findings {
		if f.Aturan == rule {
			lines = append(lines, f.Span.Start)
		}
	}
	return lines
}
