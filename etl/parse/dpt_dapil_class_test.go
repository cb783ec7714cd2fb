package parse

import "testing"

// TestDPTGroupedByDistrict: a kecamatan table grouped by electoral
// district (dapil). The district's heading row is no region, even where
// the text glues it to the first kecamatan below it; a subtotal row
// ("Jumlah Dapil 1", "Sub Total", or a bare "Jumlah" that sums the rows
// of its group while more rows follow) is no fact; the kabupaten row is
// the total of every kecamatan, and when no remaining total row proves
// that sum none is loaded (dpt.total_tidak_pasti).
func TestDPTGroupedByDistrict(t *testing.T) {
	const (
		capt = "Tabel 3.2 DPT Pemilu 2019 per Kecamatan dan Daerah Pemilihan"
		hdr  = "No\tDapil / Kecamatan\tTPS\tL\tP\tL+P"
	)
	paga, mego, lela, kab := sikkaDPT[0], sikkaDPT[1], sikkaDPT[2], sikkaDPT[3]
	group1 := []string{"1\tPaga\t30\t4.081\t4.005\t8.086", "2\tMego\t28\t3.853\t3.821\t7.674"}
	group2 := []string{"3\tLela\t20\t2.000\t2.100\t4.100"}
	body := func(head1, sub1, head2, sub2, grand string) []string {
		out := []string{capt, "", hdr}
		if head1 != "" {
			out = append(out, head1)
		}
		out = append(out, group1...)
		if sub1 != "" {
			out = append(out, sub1)
		}
		if head2 != "" {
			out = append(out, head2)
		}
		out = append(out, group2...)
		if sub2 != "" {
			out = append(out, sub2)
		}
		return append(out, grand)
	}
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "dapil headings and labelled subtotals",
		body: body("\tDAPIL SIKKA 1\t\t\t\t", "\tJumlah Dapil Sikka 1\t58\t7.934\t7.826\t15.760",
			"\tDAPIL SIKKA 2\t\t\t\t", "\tJumlah Dapil Sikka 2\t20\t2.000\t2.100\t4.100", "\tJUMLAH KABUPATEN\t78\t9.934\t9.926\t19.860"),
		want: map[string][]string{"dpt": {paga, mego, lela, kab}},
	}, {
		name: "dapil headings written as lines of text across the table",
		body: body("DAPIL SIKKA 1", "\tJumlah Dapil Sikka 1\t58\t7.934\t7.826\t15.760",
			"DAPIL SIKKA 2", "\tJumlah Dapil Sikka 2\t20\t2.000\t2.100\t4.100", "\tJUMLAH KABUPATEN\t78\t9.934\t9.926\t19.860"),
		want: map[string][]string{"dpt": {paga, mego, lela, kab}},
	}, {name: "dapil headings as lines of text, no subtotals", want: map[string][]string{"dpt": {paga, mego, lela, kab}},
		body: body("DAPIL SIKKA 1", "", "DAPIL SIKKA 2", "", "\tJUMLAH\t78\t9.934\t9.926\t19.860"),
	}, {
		name: "daerah pemilihan headings, sub total rows",
		body: body("\tDaerah Pemilihan I\t\t\t\t", "\tSub Total\t58\t7.934\t7.826\t15.760",
			"\tDaerah Pemilihan II\t\t\t\t", "\tSub Total\t20\t2.000\t2.100\t4.100", "\tTOTAL\t78\t9.934\t9.926\t19.860"),
		want: map[string][]string{"dpt": {paga, mego, lela, kab}},
	}, {
		name: "bare Jumlah subtotals proven by their group",
		body: body("", "\tJumlah\t58\t7.934\t7.826\t15.760", "", "\tJumlah\t20\t2.000\t2.100\t4.100", "\tJumlah Total\t78\t9.934\t9.926\t19.860"),
		want: map[string][]string{"dpt": {paga, mego, lela, kab}},
	}, {
		name: "one total left after the subtotals: read as a single total",
		body: body("", "\tJumlah\t58\t7.934\t7.826\t15.760", "", "", "\tJumlah Total\t78\t9.934\t9.926\t19.870"),
		want: map[string][]string{"dpt": {paga, mego, lela, "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|78|9934|9926|19870"}},
	}, {
		name: "two totals at the end, neither the sum of the kecamatan",
		body: body("", "", "", "", "\tJumlah\t78\t9.934\t9.926\t19.870\n\tTotal Kabupaten\t78\t9.934\t9.946\t19.880"),
		want: map[string][]string{"dpt": {paga, mego, lela}},
	}, {
		name: "the kabupaten named first and a JUMLAH row last, both the sum",
		body: []string{capt, "", hdr, "\tKabupaten Sikka\t78\t9.934\t9.926\t19.860", group1[0], group1[1], group2[0], "\tJUMLAH\t78\t9.934\t9.926\t19.860"},
		want: map[string][]string{"dpt": {kab, paga, mego, lela}},
	}, {
		name: "one total row: read as before",
		body: body("", "", "", "", "\tJUMLAH\t78\t9.934\t9.926\t19.860"),
		want: map[string][]string{"dpt": {paga, mego, lela, kab}},
	}})
	d := parseDoc(t, "two totals", body("", "", "", "", "\tJumlah\t78\t9.934\t9.926\t19.870\n\tTotal Kabupaten\t78\t9.934\t9.946\t19.880")...)
	if !hasRule(d, "dpt.total_tidak_pasti") {
		t.Errorf("two totals, neither proven: no dpt.total_tidak_pasti in %+v", d.Findings)
	}
}

// TestDPTDistrictColumn: a "Daerah Pemilihan" column beside "Kecamatan"
// whose merged cell prints one word per row ("Dapil", "Sikka", "1") is no
// name column: each row is keyed by its kecamatan. Before, the district's
// words keyed the rows, so a kecamatan named like a district word would take another's figures.
func TestDPTDistrictColumn(t *testing.T) {
	const capt = "Tabel 3.2 Rekapitulasi DPT Pemilu 2019 per Kecamatan"
	rows := []string{
		"\t1\tPAGA\t29\t60\t9.000\t9.100\t18.100",
		"Dapil\t2\tMEGO\t15\t40\t5.000\t5.200\t10.200",
		"Sikka\t3\tLELA\t8\t50\t7.000\t7.300\t14.300",
		"1\t4\tBOLA\t9\t45\t6.000\t6.100\t12.100",
		"\t\tJumlah\t61\t195\t27.000\t27.700\t54.700",
	}
	want := []string{
		"pemilu|2019|kecamatan|PAGA|29|60|9000|9100|18100",
		"pemilu|2019|kecamatan|MEGO|15|40|5000|5200|10200",
		"pemilu|2019|kecamatan|LELA|8|50|7000|7300|14300",
		"pemilu|2019|kecamatan|BOLA|9|45|6000|6100|12100",
		"pemilu|2019|kabupaten|Kabupaten Sikka|61|195|27000|27700|54700",
	}
	var cases []docCase
	for _, h := range []string{"Daerah Pemilihan", "Dapil", "Electoral District"} {
		cases = append(cases, docCase{name: h,
			body: append([]string{capt, "", h + "\tNo\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P"}, rows...),
			want: map[string][]string{"dpt": want}})
	}
	checkDocs(t, []string{"dpt"}, cases)
}
