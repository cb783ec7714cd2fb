package parse

import (
	"fmt"
	"strings"
	"testing"
)

// Two kecamatan of villages (three and two) that add up: 9 TPS, 1.368 +
// 1.432 = 2.800 and 8 TPS, 1.230 + 1.278 = 2.508; the kabupaten 17 TPS,
// 2.598 + 2.710 = 5.308.
var (
	kelPaga = [][2]string{{"Wolomotong", "4\t612\t640\t1.252"}, {"Ria Wolo", "3\t455\t470\t925"}, {"Kesokoja", "2\t301\t322\t623"}}
	kelLela = [][2]string{{"Sikka Lama", "5\t820\t845\t1.665"}, {"Baomekot", "3\t410\t433\t843"}}
)

const (
	kelPagaSum = "9\t1.368\t1.432\t2.800"
	kelLelaSum = "8\t1.230\t1.278\t2.508"
	kelAllSum  = "17\t2.598\t2.710\t5.308"
)

// kelWant are the rows of a table per village that states both subtotals
// and the total; desa is the village counts ("<nil>" when not stated).
func kelWant(desa bool) []string {
	d := [3]string{"<nil>", "<nil>", "<nil>"}
	if desa {
		d = [3]string{"3", "2", "5"}
	}
	return []string{"pemilu|2024|kecamatan|PAGA|" + d[0] + "|9|1368|1432|2800", "pemilu|2024|kecamatan|LELA|" + d[1] + "|8|1230|1278|2508",
		"pemilu|2024|kabupaten|Kabupaten Sikka|" + d[2] + "|17|2598|2710|5308"}
}

// kelRows writes the villages of one kecamatan, numbered from n, each
// line made by row(no, name, figures).
func kelRows(vs [][2]string, n int, row func(no, name, figs string) string) []string {
	var out []string
	for i, v := range vs {
		out = append(out, row(itoa(n+i), v[0], v[1]))
	}
	return out
}

func kelDoc(capt, header string, parts ...[]string) []string {
	out := []string{capt, "", header}
	for _, p := range parts {
		out = append(out, p...)
	}
	return append(out, "", "Rincian di atas menjadi dasar penyediaan logistik di tiap desa.")
}

// TestDPTPerVillageGrouped: a DPT table per desa/kelurahan, its villages
// grouped under their kecamatan (a heading line, a heading row with only
// the name, a Kecamatan column filled on the group's first row, the
// kecamatan's own row above its villages) and each group closed by a
// subtotal ("Jumlah Kecamatan X", "Subtotal Kec. X", a bare "Jumlah"),
// the table by a grand total. A village is never a fact: each kecamatan's
// row is its subtotal (with the village count the subtotal states), the
// kabupaten's the grand total.
func TestDPTPerVillageGrouped(t *testing.T) {
	plain := func(no, name, figs string) string { return no + "\t" + name + "\t" + figs }
	withCount := func(no, name, figs string) string { return no + "\t" + name + "\t\t" + figs }
	want, wantDesa := map[string][]string{"dpt": kelWant(false)}, map[string][]string{"dpt": kelWant(true)}
	capt := "Tabel 3.7 Rekapitulasi DPT Pemilu 2024"
	checkDocs(t, []string{"dpt"}, []docCase{
		{"heading lines, named subtotals, a village count column", kelDoc(capt+" per Desa/Kelurahan", "No\tKecamatan/Desa\tJml Desa\tTPS\tL\tP\tL+P",
			[]string{"KECAMATAN PAGA"}, kelRows(kelPaga, 1, withCount), []string{"\tJumlah Kecamatan Paga\t3\t" + kelPagaSum},
			[]string{"KECAMATAN LELA"}, kelRows(kelLela, 4, withCount), []string{"\tJumlah Kecamatan Lela\t2\t" + kelLelaSum},
			[]string{"\tTOTAL KABUPATEN SIKKA\t5\t" + kelAllSum}), wantDesa},
		{"a Kecamatan column on the group's first row, Jumlah under the villages", kelDoc(capt, "No\tKecamatan\tKelurahan\tJml Kel.\tTPS\tL\tP\tL+P",
			kelRows(kelPaga, 1, func(no, name, figs string) string {
				k := ""
				if no == "1" {
					k = "Paga"
				}
				return no + "\t" + k + "\t" + name + "\t\t" + figs
			}), []string{"\t\tJumlah\t3\t" + kelPagaSum},
			kelRows(kelLela, 4, func(no, name, figs string) string {
				k := ""
				if no == "4" {
					k = "Lela"
				}
				return no + "\t" + k + "\t" + name + "\t\t" + figs
			}), []string{"\t\tJumlah\t2\t" + kelLelaSum, "\t\tJumlah Total\t5\t" + kelAllSum}), wantDesa},
		{"Wilayah column, Kec. rows, the count under the villages' names", kelDoc(capt, "No\tWilayah\tTPS\tL\tP\tL+P",
			[]string{"\tKec. Paga"}, kelRows(kelPaga, 1, plain), []string{"\tSubtotal Kec. Paga (3)\t" + kelPagaSum},
			[]string{"\tKec. Lela"}, kelRows(kelLela, 4, plain), []string{"\tSubtotal Kec. Lela (2)\t" + kelLelaSum},
			[]string{"\tJumlah Total\t" + kelAllSum}), map[string][]string{"dpt": {kelWant(true)[0],
			kelWant(true)[1], kelWant(false)[2]}}},
		{"headings with only the name, bare Jumlah", kelDoc(capt+" per Kelurahan", "No\tKecamatan / Kelurahan\tJml Desa/Kel\tTPS\tL\tP\tL+P",
			[]string{"\tPaga"}, kelRows(kelPaga, 1, withCount), []string{"\tJumlah\t3\t" + kelPagaSum},
			[]string{"\tLela"}, kelRows(kelLela, 4, withCount), []string{"\tJumlah\t2\t" + kelLelaSum},
			[]string{"\tTOTAL\t5\t" + kelAllSum}), wantDesa},
		{"the kecamatan's row above its villages", kelDoc(capt, "No\tKecamatan/Desa\tDesa\tTPS\tL\tP\tL+P",
			[]string{"I\tKecamatan Paga\t3\t" + kelPagaSum}, kelRows(kelPaga, 1, withCount),
			[]string{"II\tKecamatan Lela\t2\t" + kelLelaSum}, kelRows(kelLela, 1, withCount),
			[]string{"\tJumlah Kabupaten Sikka\t5\t" + kelAllSum}), wantDesa},
		{"a page break inside a group, its heading repeated", kelDoc(capt, "No\tKecamatan\tTPS\tL\tP\tL+P",
			[]string{"KECAMATAN PAGA"}, kelRows(kelPaga[:2], 1, plain), []string{"\f", "No\tKecamatan\tTPS\tL\tP\tL+P", "KECAMATAN PAGA (lanjutan)"},
			kelRows(kelPaga[2:], 3, plain), []string{"\tJumlah Kecamatan Paga\t" + kelPagaSum},
			[]string{"KECAMATAN LELA"}, kelRows(kelLela, 4, plain), []string{"\tJumlah Kecamatan Lela\t" + kelLelaSum},
			[]string{"\tJumlah Total\t" + kelAllSum}), want},
		{"a header naming only the villages, heading lines", kelDoc(capt+" menurut desa", "No\tDesa/Kelurahan\tTPS\tL\tP\tL+P",
			[]string{"Kecamatan Paga"}, kelRows(kelPaga, 1, plain), []string{"\tJumlah Kec. Paga\t" + kelPagaSum},
			[]string{"Kecamatan Lela"}, kelRows(kelLela, 4, plain), []string{"\tJumlah Kec. Lela\t" + kelLelaSum},
			[]string{"\tJumlah\t" + kelAllSum}), want},
		{"the kecamatan's row under its villages", kelDoc(capt+" per Desa/Kelurahan", "No\tWilayah\tTPS\tL\tP\tL+P",
			kelRows(kelPaga, 1, plain), []string{"\tKecamatan Paga\t" + kelPagaSum},
			kelRows(kelLela, 4, plain), []string{"\tKecamatan Lela\t" + kelLelaSum}, []string{"\tTOTAL\t" + kelAllSum}), want},
		{"a Kecamatan column on every row, the kecamatan's row under them", kelDoc(capt, "No\tKecamatan\tDesa\tTPS\tL\tP\tL+P",
			kelRows(kelPaga, 1, func(no, name, figs string) string { return no + "\tPaga\t" + name + "\t" + figs }),
			[]string{"\tPaga\t\t" + kelPagaSum},
			kelRows(kelLela, 4, func(no, name, figs string) string { return no + "\tLela\t" + name + "\t" + figs }),
			[]string{"\tLela\t\t" + kelLelaSum, "\tKabupaten Sikka\t\t" + kelAllSum}), want},
		{"Kecamatan header, headings with only the name, bare totals", kelDoc(capt, "No\tKecamatan\tTPS\tL\tP\tL+P",
			[]string{"\tPAGA"}, kelRows(kelPaga, 1, plain), []string{"\tJumlah\t" + kelPagaSum},
			[]string{"\tLELA"}, kelRows(kelLela, 4, plain), []string{"\tJumlah\t" + kelLelaSum, "\tTOTAL\t" + kelAllSum}), want},
		{"Kecamatan header, unglued name rows, Sub Total", kelDoc(capt, "Kecamatan\tTPS\tL\tP\tL+P",
			[]string{"Paga\t\t\t\t"}, kelRows(kelPaga, 1, func(no, name, figs string) string { return name + "\t" + figs }),
			[]string{"Sub Total\t" + kelPagaSum},
			[]string{"Lela\t\t\t\t"}, kelRows(kelLela, 4, func(no, name, figs string) string { return name + "\t" + figs }),
			[]string{"Sub Total\t" + kelLelaSum, "Jumlah Total\t" + kelAllSum}), want},
		{"the kecamatan's row above its villages, its count beside the names", kelDoc(capt, "No\tKecamatan\tKelurahan\tTPS\tL\tP\tL+P",
			[]string{"1\tPaga\t3 Kelurahan\t" + kelPagaSum}, kelRows(kelPaga, 1, func(no, name, figs string) string { return "\t\t" + name + "\t" + figs }),
			[]string{"2\tLela\t2 Kelurahan\t" + kelLelaSum}, kelRows(kelLela, 1, func(no, name, figs string) string { return "\t\t" + name + "\t" + figs }),
			[]string{"\tJumlah\t5 Kelurahan\t" + kelAllSum}), wantDesa},
		{"Kecamatan header over villages, closed by named subtotals", kelDoc(capt, "No\tKecamatan\tTPS\tL\tP\tL+P",
			kelRows(kelPaga, 1, plain), []string{"\tJumlah Kecamatan Paga\t" + kelPagaSum},
			kelRows(kelLela, 4, plain), []string{"\tJumlah Kecamatan Lela\t" + kelLelaSum},
			[]string{"\tJumlah\t" + kelAllSum}), want},
	})
}

// TestDPTPerVillageUnproven: what the table does not state or prove is
// not loaded. Without subtotals a kecamatan's figures would only be the
// sum of its villages: the kabupaten's total alone loads, when the
// villages make it (dpt.kecamatan_tanpa_jumlah). A subtotal or count that
// its villages do not make is NULL (dpt.subtotal_tidak_terbukti), and so
// is the total the subtotals and villages disagree on. A table said to be
// per village whose groups no row names loads its total only.
func TestDPTPerVillageUnproven(t *testing.T) {
	every := func(k string) func(no, name, figs string) string {
		return func(no, name, figs string) string { return no + "\t" + k + "\t" + name + "\t" + figs }
	}
	plain := func(no, name, figs string) string { return no + "\t" + name + "\t" + figs }
	total := "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|17|2598|2710|5308"
	badPaga := strings.Replace(kelPagaSum, "1.432", "1.423", 1)
	cases := []docCase{
		{"a Kecamatan column on every row, no subtotal", kelDoc("Tabel 3.7 DPT Pemilu 2024", "No\tKecamatan\tDesa/Kelurahan\tTPS\tL\tP\tL+P",
			kelRows(kelPaga, 1, every("Paga")), kelRows(kelLela, 4, every("Lela")), []string{"\t\tTOTAL\t" + kelAllSum}),
			map[string][]string{"dpt": {total}}},
		{"headings with only the name, no subtotal", kelDoc("Tabel 3.7 DPT Pemilu 2024", "No\tKecamatan\tTPS\tL\tP\tL+P",
			[]string{"\tPaga"}, kelRows(kelPaga, 1, plain), []string{"\tLela"}, kelRows(kelLela, 4, plain), []string{"\tJumlah\t" + kelAllSum}),
			map[string][]string{"dpt": {total}}},
		{"a subtotal its villages do not make", kelDoc("Tabel 3.7 DPT Pemilu 2024", "No\tKecamatan\tTPS\tL\tP\tL+P",
			[]string{"KECAMATAN PAGA"}, kelRows(kelPaga, 1, plain), []string{"\tJumlah Kecamatan Paga\t" + badPaga},
			[]string{"KECAMATAN LELA"}, kelRows(kelLela, 4, plain), []string{"\tJumlah Kecamatan Lela\t" + kelLelaSum},
			[]string{"\tTOTAL KABUPATEN SIKKA\t" + kelAllSum}),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|9|1368|<nil>|2800", kelWant(false)[1],
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|17|2598|<nil>|5308"}}},
		{"a stated village count the rows do not make", kelDoc("Tabel 3.7 DPT Pemilu 2024", "No\tKecamatan/Desa\tJml Desa\tTPS\tL\tP\tL+P",
			[]string{"KECAMATAN PAGA"}, kelRows(kelPaga, 1, func(no, name, figs string) string { return no + "\t" + name + "\t\t" + figs }),
			[]string{"\tJumlah Kecamatan Paga\t4\t" + kelPagaSum}, []string{"KECAMATAN LELA"},
			kelRows(kelLela, 4, func(no, name, figs string) string { return no + "\t" + name + "\t\t" + figs }),
			[]string{"\tJumlah Kecamatan Lela\t2\t" + kelLelaSum, "\tJumlah\t5\t" + kelAllSum}),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|9|1368|1432|2800", kelWant(true)[1], kelWant(true)[2]}}},
		{"per village by its caption, groups unnamed", kelDoc("Tabel 3.7 DPT Pemilu 2024 per Desa", "No\tKecamatan\tTPS\tL\tP\tL+P",
			kelRows(kelPaga, 1, plain), []string{"\tSub Total\t" + kelPagaSum},
			kelRows(kelLela, 4, plain), []string{"\tSub Total\t" + kelLelaSum}, []string{"\tJumlah Total\t" + kelAllSum}),
			map[string][]string{"dpt": {total}}},
	}
	// more regions than any kabupaten has kecamatan, under no grouping at all
	many := []string{}
	for i := 1; i <= 44; i++ {
		many = append(many, fmt.Sprintf("%d\tDesa Nomor %c%c\t1\t100\t110\t210", i, 'A'+rune(i/26), 'a'+rune(i%26)))
	}
	cases = append(cases, docCase{"more rows than a kabupaten has kecamatan", kelDoc("Tabel 3.7 DPT Pemilu 2024", "No\tKecamatan\tTPS\tL\tP\tL+P",
		many, []string{"\tJumlah\t44\t4.400\t4.840\t9.240"}), map[string][]string{}})
	checkDocs(t, []string{"dpt"}, cases)
}
