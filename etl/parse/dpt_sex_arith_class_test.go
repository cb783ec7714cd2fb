package parse

import "testing"

// TestDPTSexByFigures: a DPT table whose second sex is titled by an
// abbreviation no vocabulary knows ("Prp", "Wnt", "Lk") loads whole: the
// column is the one whose figures are L+P less the named sex on every row;
// and a kabupaten row naming its level after the name ("SIKKA
// (KABUPATEN)") is the table's total. Made-up figures.
func TestDPTSexByFigures(t *testing.T) {
	head := []string{"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "", "Tabel 4.1 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	doc := func(lines ...string) []string { return append(append(append([]string(nil), head...), lines...), "") }
	want := []string{
		"pemilu|2024|kecamatan|ALOK|11|60|7305|7500|14805",
		"pemilu|2024|kecamatan|NITA|9|40|5000|5100|10100",
		"pemilu|2024|kecamatan|WAIGETE|12|55|6000|6200|12200",
		"pemilu|2024|kabupaten|Kabupaten Sikka|32|155|18305|18800|37105",
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Prp beside Laki2", doc("No\tKecamatan\tDesa\tTPS\tLaki2\tPrp\tJml",
			"1\tALOK\t11\t60\t7.305\t7.500\t14.805", "2\tNITA\t9\t40\t5.000\t5.100\t10.100",
			"3\tWAIGETE\t12\t55\t6.000\t6.200\t12.200", "\tKABUPATEN SIKKA\t32\t155\t18.305\t18.800\t37.105"),
			map[string][]string{"dpt": want}},
		{"Wnt after the total, the level word after the name", doc("Kecamatan\tDesa\tTPS\tL\tL+P\tWnt",
			"ALOK\t11\t60\t7.305\t14.805\t7.500", "NITA\t9\t40\t5.000\t10.100\t5.100",
			"WAIGETE\t12\t55\t6.000\t12.200\t6.200", "SIKKA (KABUPATEN)\t32\t155\t18.305\t37.105\t18.800"),
			map[string][]string{"dpt": want}},
	})
}

// TestDPTSexByFiguresNone: a column that does not make L+P on every row
// (a count of TPS staff) stays unnamed: perempuan is not read from it.
func TestDPTSexByFiguresNone(t *testing.T) {
	d := parseDoc(t, "staff", "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "", "Tabel 4.1 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tTPS\tLaki2\tKPPS\tJml", "1\tALOK\t60\t7.305\t420\t14.805", "2\tNITA\t40\t5.000\t5.100\t10.100",
		"3\tWAIGETE\t55\t6.000\t385\t12.200", "")
	for _, r := range d.DPT {
		if r.PemilihP != nil {
			t.Errorf("%s: perempuan %v read from a column that is no sex", r.Wilayah, *r.PemilihP)
		}
	}
}
