package parse

import (
	"strings"
	"testing"
)

// TestDittoCells: a table typed from an archive writes a cell equal to the
// one above as a ditto (`"`, `〃`, `s.d.a.`, `idem`, `-do-`). The mark is
// the cell above when that is a row of the same table: a row wholly of
// dittos repeats the row above, a ditto capaian under a grade row is that
// row's capaian, and no unit or mark is read as the indicator. A ditto
// right under the header has nothing to repeat: its value is NULL.
func TestDittoCells(t *testing.T) {
	const a = "Persentase laporan kinerja yang disusun tepat waktu"
	const b = "Persentase rekomendasi pengawasan yang ditindaklanjuti"
	const c = "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten"
	const d = "Opini BPK atas Laporan Keuangan"
	tab := func(rows ...string) []string {
		return append([]string{"Tabel 3.2 Capaian Kinerja Tahun 2020", "",
			"No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"}, rows...)
	}
	row := func(cells ...string) string { return strings.Join(cells, "\t") }
	checkDocs(t, []string{"capaian"}, []docCase{
		{"straight quotes", tab(
			row("1", "Terwujudnya tata kelola yang akuntabel", a, "%", "95,00", "97,85", "103,00"),
			row("2", `"`, b, `"`, `"`, `"`, `"`),
			row("3", `"`, c, "Predikat", "BB", "BB", "100,00"),
			row("4", `"`, d, "Opini", "WTP", "WTP", `"`)),
			map[string][]string{"capaian": {a + "|95|97.85|103", b + "|95|97.85|103", c + "|<nil>|<nil>|100", d + "|<nil>|<nil>|100"}}},
		{"s.d.a., idem and 〃", tab(
			row("1", "Meningkatnya partisipasi", a, "%", "90,00", "92,70", "103,00"),
			row("2", "s.d.a.", b, "idem", "〃", "88,20", "98,00"),
			row("3", "S.D.A.", c, "Predikat", "B", "B", "100,00"),
			row("4", "-do-", d, "Opini", "WTP", "WTP", "Idem")),
			map[string][]string{"capaian": {a + "|90|92.7|103", b + "|90|88.2|98", c + "|<nil>|<nil>|100", d + "|<nil>|<nil>|100"}}},
		{"a ditto under the header is NULL", tab(
			row("1", "Meningkatnya partisipasi", a, "%", `"`, "92,70", "103,00"),
			row("2", `"`, b, `"`, "80,00", `"`, "115,88")),
			map[string][]string{"capaian": {a + "|<nil>|92.7|103", b + "|80|92.7|115.88"}}},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"DPT counts ditto", []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			row("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"),
			row("1", "Lamba Leda", "12", "40", "6.102", "6.244", "12.346"),
			row("2", "Sambi Rampas", `"`, "38", "5.870", "5.911", "11.781"),
			row("3", "Elar", "10", `"`, "4.015", "4.120", "8.135")},
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|LAMBA LEDA|12|40|6102|6244|12346",
				"pemilu|2019|kecamatan|SAMBI RAMPAS|12|38|5870|5911|11781",
				"pemilu|2019|kecamatan|ELAR|10|38|4015|4120|8135"}}},
	})
}
