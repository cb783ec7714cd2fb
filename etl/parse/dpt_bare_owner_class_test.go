package parse

import "testing"

// TestDPTBareOwnerTotal: a kecamatan table's total row labelled with the
// kabupaten's bare name, unnumbered (made-up figures): the kabupaten's row
// when its figures are the rows' sums; a numbered kecamatan of the
// kabupaten's own name stays a kecamatan; an unnumbered one whose figures
// are not the sums loads nothing.
func TestDPTBareOwnerTotal(t *testing.T) {
	doc := func(kab, total string, rows ...string) []string {
		out := []string{"DPT Pemilu 2019 Kabupaten " + kab + " per kecamatan:", "",
			"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah"}
		out = append(out, rows...)
		return append(out, total, "", "Sumber: KPU Kabupaten "+kab+".")
	}
	sikka := []string{"1\tALOK\t11\t38\t8.114\t8.402\t16.516", "2\tNITA\t12\t27\t5.230\t5.461\t10.691", "3\tMAGEPANDA\t5\t15\t3.002\t3.118\t6.120"}
	ende := []string{"1\tENDE\t14\t40\t6.100\t6.300\t12.400", "2\tNANGAPANDA\t29\t52\t9.000\t9.400\t18.400", "3\tMAUKARO\t11\t20\t3.100\t3.250\t6.350"}
	want := []string{
		"pemilu|2019|kecamatan|ALOK|11|38|8114|8402|16516",
		"pemilu|2019|kecamatan|NITA|12|27|5230|5461|10691",
		"pemilu|2019|kecamatan|MAGEPANDA|5|15|3002|3118|6120",
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "bare name, unnumbered, the sums", body: doc("Sikka", "\tSikka\t28\t80\t16.346\t16.981\t33.327", sikka...),
			want: map[string][]string{"dpt": append(append([]string{}, want...), "pemilu|2019|kabupaten|Kabupaten Sikka|28|80|16346|16981|33327")}},
		{name: "bare name, unnumbered, not the sums", body: doc("Sikka", "\tSikka\t28\t80\t16.346\t16.981\t33.372", sikka...),
			want: map[string][]string{"dpt": want}},
		{name: "the region code alone, unnumbered, the sums", body: doc("Sikka", "\t53.07\t28\t80\t16.346\t16.981\t33.327", sikka...),
			want: map[string][]string{"dpt": append(append([]string{}, want...), "pemilu|2019|kabupaten|Kabupaten Sikka|28|80|16346|16981|33327")}},
		{name: "another kabupaten's code: no total", body: doc("Sikka", "\t53.11\t28\t80\t16.346\t16.981\t33.327", sikka...),
			want: map[string][]string{"dpt": want}},
	})
	// a table broken by a page break: the bare name's row under the last
	// page is the sum of both pages' rows
	broken := doc("Sikka", "\tSikka\t28\t80\t16.346\t16.981\t33.327", sikka[:2]...)
	cut := len(broken) - 3 // before the total row
	broken = append(broken[:cut:cut], append([]string{"", "8", "", "8", "", "Laporan Kinerja KPU Kabupaten Sikka Tahun 2024", "", "LKj KPU Kabupaten Sikka 2024", "", "Lanjutan Tabel 3.4",
		"No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah", sikka[2]}, broken[cut:]...)...)
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "over a page break, the sums of both pages", body: broken,
			want: map[string][]string{"dpt": append(append([]string{}, want...), "pemilu|2019|kabupaten|Kabupaten Sikka|28|80|16346|16981|33327")}},
	})
	// Kabupaten Ende has a Kecamatan Ende: numbered among the rows, it stays one
	head := []string{"LAPORAN KINERJA KPU KABUPATEN ENDE TAHUN 2024", "", "Sekretaris KPU Kabupaten Ende", ""}
	d := parseDoc2(t, "ende", append(head, doc("Ende", "\tEnde\t54\t112\t18.200\t18.950\t37.150", ende...)...))
	wantRows(t, "dpt", factRows["dpt"](d), []string{
		"pemilu|2019|kecamatan|ENDE|14|40|6100|6300|12400",
		"pemilu|2019|kecamatan|NANGAPANDA|29|52|9000|9400|18400",
		"pemilu|2019|kecamatan|MAUKARO|11|20|3100|3250|6350",
		"pemilu|2019|kabupaten|Kabupaten Ende|54|112|18200|18950|37150"})
	// the kabupaten's short name (a satker alias: TTS, Flotim) under the
	// rows, unnumbered: its total when the sums prove it; not loaded when not
	tts := []string{"LAPORAN KINERJA KPU KABUPATEN TIMOR TENGAH SELATAN TAHUN 2024", "", "Sekretaris KPU Kabupaten Timor Tengah Selatan", ""}
	rows := []string{"1	MOLLO UTARA	21	60	9.000	9.100	18.100", "2	AMANUBAN BARAT	8	30	4.500	4.600	9.100"}
	kec := []string{"pemilu|2019|kecamatan|MOLLO UTARA|21|60|9000|9100|18100", "pemilu|2019|kecamatan|AMANUBAN BARAT|8|30|4500|4600|9100"}
	d = parseDoc2(t, "tts", append(tts, doc("Timor Tengah Selatan", "\tTTS\t29\t90\t13.500\t13.700\t27.200", rows...)...))
	wantRows(t, "dpt", factRows["dpt"](d), append(kec[:2:2], "pemilu|2019|kabupaten|Kabupaten Timor Tengah Selatan|29|90|13500|13700|27200"))
	d = parseDoc2(t, "tts", append(tts, doc("Timor Tengah Selatan", "\tTTS\t29\t90\t13.500\t13.700\t27.300", rows...)...))
	wantRows(t, "dpt", factRows["dpt"](d), kec)
}
