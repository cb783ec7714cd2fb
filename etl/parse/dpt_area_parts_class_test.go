package parse

import (
	"strings"
	"testing"
)

// TestDPTAreaParts: a kabupaten's kecamatan roll split by rows into one
// table per area (island, region, dapil), each under its own sub-caption
// with the same header, the kabupaten row under the last. Every part's
// kecamatan rows are read with the first part's year and election; a
// part's subtotal is no fact (not the kabupaten either); the kabupaten
// row is loaded only when all parts' kecamatan rows sum to it, else it is
// refused (dpt.total_tidak_terbukti). Look-alikes keep their old reading:
// parts of two elections, the pages of one table, dapil parts whose
// subtotals are dapil totals.
func TestDPTAreaParts(t *testing.T) {
	const (
		capt = "Tabel 3.5 Data Pemilih Tetap Pemilu 2019 menurut Kecamatan"
		hdr  = "No.\tNama Kecamatan\tDesa/Kel\tTPS\tL\tP\tL+P"
		paga = "pemilu|2019|kecamatan|PAGA|17|30|4081|4005|8086"
		mego = "pemilu|2019|kecamatan|MEGO|12|28|3853|3821|7674"
		palu = "pemilu|2019|kecamatan|PALUE|8|15|4500|4950|9450"
		kab  = "pemilu|2019|kabupaten|Kabupaten Sikka|37|73|12434|12776|25210"
	)
	rowsA := []string{"1\tPaga\t17\t30\t4.081\t4.005\t8.086", "2\tMego\t12\t28\t3.853\t3.821\t7.674"}
	rowB := "1\tPalue\t8\t15\t4.500\t4.950\t9.450"
	// two parts: sub-captions, rows of part A (+ extra), rows of part B (+ extra)
	split := func(subA, subB string, extraA, extraB []string) []string {
		out := []string{capt, "", subA, "", hdr}
		out = append(append(out, rowsA...), extraA...)
		out = append(out, "", subB, "", hdr, rowB)
		return append(append(out, extraB...), "", "Sumber: KPU Kabupaten Sikka.")
	}
	kabRow := "\tTOTAL KABUPATEN SIKKA\t37\t73\t12.434\t12.776\t25.210"
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "lettered island parts, kabupaten under the last",
		body: split("A. Daratan Flores", "B. Pulau Palue", nil, []string{kabRow}),
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "each part with its own Jumlah row: subtotals are no facts",
		body: split("1) Daratan Flores", "2) Pulau Palue", []string{"\tJumlah\t29\t58\t7.934\t7.826\t15.760"},
			[]string{"\tJumlah\t8\t15\t4.500\t4.950\t9.450", kabRow}),
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "one-kecamatan part named like its island: numbered row a kecamatan, unnumbered equal row its subtotal",
		body: split("a. Daratan Flores", "b. Pulau Palue", nil, []string{"\tPULAU PALUE\t8\t15\t4.500\t4.950\t9.450", kabRow}),
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "unlettered region sub-captions",
		body: split("Wilayah Barat", "Wilayah Timur", []string{"\tSub Jumlah\t29\t58\t7.934\t7.826\t15.760"}, []string{kabRow}),
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "kabupaten row that is not the parts' sum: not loaded",
		body: split("a. Daratan Flores", "b. Pulau Palue", nil, []string{"\tTOTAL KABUPATEN SIKKA\t37\t73\t12.434\t12.786\t25.220"}),
		want: map[string][]string{"dpt": {paga, mego, palu}},
	}, {
		name: "a first part's bare Jumlah is its subtotal, never the kabupaten",
		body: split("a. Daratan Flores", "b. Pulau Palue", []string{"\tJumlah\t29\t58\t7.934\t7.826\t15.760"}, nil),
		want: map[string][]string{"dpt": {paga, mego, palu}},
	}, {
		name: "the kabupaten row in a one-row table of its own under the last part",
		body: append(split("a. Daratan Flores", "b. Pulau Palue", nil, nil), "", hdr, kabRow),
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "the kabupaten's one-row table under its own lettered sub-caption",
		body: append(split("a. Daratan Flores", "b. Pulau Palue", nil, nil), "", "c. Kabupaten Sikka", "", hdr, kabRow),
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "a one-row kabupaten table that is not the parts' sum: not loaded",
		body: append(split("a. Daratan Flores", "b. Pulau Palue", nil, nil), "", hdr, "\tTOTAL KABUPATEN SIKKA\t37\t73\t12.434\t12.786\t25.220"),
		want: map[string][]string{"dpt": {paga, mego, palu}},
	}, {
		name: "the first part broken by a page, its subtotal on the second page",
		body: []string{capt, "", "a. Daratan Flores", "", hdr, rowsA[0], "", "LKj KPU Sikka ~ 12", "\f", hdr, rowsA[1],
			"\tJumlah\t29\t58\t7.934\t7.826\t15.760", "", "b. Pulau Palue", "", hdr, rowB, kabRow},
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "look-alike: dapil parts whose subtotals are dapil totals",
		body: split("a. Dapil Sikka 1", "b. Dapil Sikka 2", []string{"\tJumlah Dapil Sikka 1\t29\t58\t7.934\t7.826\t15.760"},
			[]string{"\tJumlah Dapil Sikka 2\t8\t15\t4.500\t4.950\t9.450"}),
		want: map[string][]string{"dpt": {paga, mego, palu}},
	}, {
		name: "look-alike: the pages of one table with a repeated header, no sub-captions",
		body: []string{capt, "", hdr, rowsA[0], rowsA[1], "", "LKj KPU Sikka ~ 12", "\f", hdr, rowB, kabRow},
		want: map[string][]string{"dpt": {paga, mego, palu, kab}},
	}, {
		name: "look-alike: parts of two elections, each its own roll",
		body: []string{"Tabel 3.5 Data Pemilih Tetap per Kecamatan", "", "a. Pemilu 2019", "", hdr, rowsA[0], rowsA[1],
			"\tJumlah\t29\t58\t7.934\t7.826\t15.760", "", "b. Pemilihan Bupati 2020", "", hdr, rowB,
			"\tJumlah\t8\t15\t4.500\t4.950\t9.450"},
		want: map[string][]string{"dpt": {paga, mego, "pemilu|2019|kabupaten|Kabupaten Sikka|29|58|7934|7826|15760",
			strings.Replace(palu, "pemilu|2019", "pilkada|2020", 1), "pilkada|2020|kabupaten|Kabupaten Sikka|8|15|4500|4950|9450"}},
	}})
	d := parseDoc(t, "unproven kabupaten", split("a. Daratan Flores", "b. Pulau Palue", nil,
		[]string{"\tTOTAL KABUPATEN SIKKA\t37\t73\t12.434\t12.786\t25.220"})...)
	if !hasRule(d, "dpt.total_tidak_terbukti") {
		t.Errorf("kabupaten row not the parts' sum: no dpt.total_tidak_terbukti in %+v", d.Findings)
	}
}
