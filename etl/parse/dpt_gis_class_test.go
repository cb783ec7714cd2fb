package parse

import (
	"strings"
	"testing"
)

// gisPanel is a statistics panel, one small table per field: its
// statistics in the order given, each "label\tvalue".
func gisPanel(title string, fields ...[]string) []string {
	out := []string{"", title}
	for _, f := range fields {
		out = append(out, "", "Kolom: "+f[0], "Statistik\tNilai")
		out = append(out, f[1:]...)
	}
	return append(out, "", "Sumber: olah data Divisi Perencanaan.")
}

// TestGISLayerClass: a map layer's attribute table pasted from a GIS (the
// boundary layer's id, codes, region names and geometry fields first, the
// DPT fields after) is read by its region-name field (WADMKC, NAMOBJ on a
// kecamatan layer, KECAMATAN); the geometry and code fields are no facts.
// It has no total row: the kabupaten row is loaded only from the sums a
// statistics panel under it states, each proved equal to the rows' sum;
// a mean, median, minimum or maximum never is; a panel counting other
// features proves nothing; a village layer is no kecamatan table.
func TestGISLayerClass(t *testing.T) {
	head := "fid\tKDCPUM\tWADMKC\tWADMKK\tWADMPR\tShape_Leng\tShape_Area\tDESA\tTPS\tDPT_L\tDPT_P\tDPT_JML"
	rows := []string{
		"1\t53.07.11\tPAGA\tSIKKA\tNUSA TENGGARA TIMUR\t0.612200\t0.0151200\t8\t22\t3050\t3190\t6240",
		"2\t53.07.12\tMEGO\tSIKKA\tNUSA TENGGARA TIMUR\t0.481750\t0.0090310\t10\t19\t2875\t2941\t5816",
		"3\t53.07.13\tTANA WAWO\tSIKKA\tNUSA TENGGARA TIMUR\t0.530040\t0.0112800\t9\t17\t2210\t2302\t4512",
	}
	kec := []string{"pemilu|2024|kecamatan|PAGA|8|22|3050|3190|6240",
		"pemilu|2024|kecamatan|MEGO|10|19|2875|2941|5816",
		"pemilu|2024|kecamatan|TANA WAWO|9|17|2210|2302|4512"}
	stats := func(sum string, count int, mean, median, lo, hi string) []string {
		return []string{"Cacah\t" + itoa(count), "Jumlah\t" + sum, "Rerata\t" + mean, "Median\t" + median, "Minimum\t" + lo, "Maksimum\t" + hi}
	}
	body := func(caption string, panel []string) []string {
		return append(append([]string{caption, "", head}, rows...), panel...)
	}
	fullPanel := gisPanel("Panel Statistik (semua fitur):",
		append([]string{"DESA"}, stats("27", 3, "9.0000", "9", "8", "10")...),
		append([]string{"TPS"}, stats("58", 3, "19.3333", "19", "17", "22")...),
		append([]string{"DPT_L"}, stats("8135", 3, "2711.6667", "2875", "2210", "3050")...),
		append([]string{"DPT_P"}, stats("8433", 3, "2811.0000", "2941", "2302", "3190")...),
		append([]string{"DPT_JML"}, stats("16568", 3, "5522.6667", "5816", "4512", "6240")...))
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "WADMKC layer, a panel table per field",
		body: body("Tabel 3.6 Atribut Lapisan DPT Pemilu 2024 per Kecamatan", fullPanel),
		want: map[string][]string{"dpt": append(kec[:3:3], "pemilu|2024|kabupaten|Kabupaten Sikka|27|58|8135|8433|16568")},
	}, {
		name: "one stated sum differs: that field NULL, the others proved",
		body: body("Tabel 3.6 Atribut Lapisan DPT Pemilu 2024 per Kecamatan", gisPanel("Statistik lapisan:",
			append([]string{"TPS"}, stats("58", 3, "19.3333", "19", "17", "22")...),
			append([]string{"DPT_L"}, stats("8153", 3, "2717.6667", "2875", "2210", "3068")...),
			append([]string{"DPT_JML"}, stats("16568", 3, "5522.6667", "5816", "4512", "6240")...))),
		want: map[string][]string{"dpt": append(kec[:3:3], "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|58|<nil>|<nil>|16568")},
	}, {
		name: "a panel of means, medians and extremes only: no kabupaten row",
		body: body("Tabel 3.6 Atribut Lapisan DPT Pemilu 2024 per Kecamatan", gisPanel("Panel Statistik:",
			[]string{"DPT_JML", "Rerata\t5522.6667", "Median\t5816", "Minimum\t4512", "Maksimum\t6240"})),
		want: map[string][]string{"dpt": kec},
	}, {
		name: "a panel over selected features: no kabupaten row",
		body: body("Tabel 3.6 Atribut Lapisan DPT Pemilu 2024 per Kecamatan", gisPanel("Panel Statistik (fitur terpilih saja):",
			append([]string{"DPT_JML"}, stats("12056", 2, "6028", "6028", "5816", "6240")...))),
		want: map[string][]string{"dpt": kec},
	}, {
		name: "NAMOBJ and English field names, one wide panel in English, grouped sums",
		body: []string{"Tabel 4.2 Peta Sebaran Pemilih Pemilihan Tahun 2020", "",
			"OBJECTID\tNAMOBJ\tWADMKC\tWADMKK\tJML_DESA\tJML_TPS\tL\tP\tJML_DPT\tSHAPE_Length\tSHAPE_Area",
			"11\tLela\tLela\tSikka\t11\t20\t3.120\t3.305\t6.425\t0.41\t0.0071",
			"12\tBola\tBola\tSikka\t6\t14\t2.402\t2.511\t4.913\t0.37\t0.0064",
			"", "Statistics (all features)", "",
			"Statistic\tJML_DESA\tJML_TPS\tL\tP\tJML_DPT",
			"Count\t2\t2\t2\t2\t2", "Sum\t17\t34\t5,522\t5,816\t11,338", "Mean\t8.5\t17\t2761\t2908\t5669",
			"Min\t6\t14\t2402\t2511\t4913", "Max\t11\t20\t3120\t3305\t6425"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|LELA|11|20|3120|3305|6425",
			"pilkada|2020|kecamatan|BOLA|6|14|2402|2511|4913",
			"pilkada|2020|kabupaten|Kabupaten Sikka|17|34|5522|5816|11338"}},
	}, {
		name: "KECAMATAN field, sums with zero decimals, the total field alone",
		body: []string{"Tabel 3.3 Atribut Peta DPT Pemilu 2019", "",
			"fid\tKECAMATAN\tTPS\tDPT\tShape_Area",
			"1\tDoreng\t15\t4207\t0.0102", "2\tWaiblama\t12\t3318\t0.0088",
			"", "Kolom: TPS", "Statistik\tNilai", "Jumlah\t27.0000", "Rerata\t13.5000",
			"", "Kolom: DPT", "Statistik\tNilai", "Jumlah\t7525.0000", "Rerata\t3762.5000"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|DORENG|<nil>|15|<nil>|<nil>|4207",
			"pemilu|2019|kecamatan|WAIBLAMA|<nil>|12|<nil>|<nil>|3318",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|27|<nil>|<nil>|7525"}},
	}, {
		name: "a village layer: its rows are no kecamatan",
		body: []string{"Tabel 3.8 Atribut Lapisan Desa DPT Pemilu 2024", "",
			"fid\tWADMKD\tWADMKC\tTPS\tDPT_L\tDPT_P\tDPT_JML",
			"1\tWATUGONG\tALOK TIMUR\t6\t1210\t1260\t2470", "2\tKOTING A\tKOTING\t3\t640\t655\t1295"},
		want: map[string][]string{"dpt": nil},
	}})
	d := parseDoc(t, "differs", body("Tabel 3.6 Atribut Lapisan DPT Pemilu 2024", gisPanel("Statistik:",
		append([]string{"DPT_L"}, stats("8153", 3, "2717.6667", "2875", "2210", "3068")...)))...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.statistik_selisih" && strings.Contains(f.Pesan, "8135") && strings.Contains(f.Pesan, "8153") {
			n++
		}
		if f.Aturan == "tabel.tidak_dikenali" {
			t.Errorf("the panel is read with the layer: %s", f.Pesan)
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.statistik_selisih findings naming both figures, want 1", n)
	}
}
