package parse

import "testing"

// TestDPTSexSum: a DPT table printing its roll by sex and no total column
// loads each row with L + P as its total, the total row's L and P proven
// by the kecamatan rows', a sentence under it agreeing. Made-up figures,
// other wording and order than the development document.
func TestDPTSexSum(t *testing.T) {
	kec := []string{
		"pemilu|2024|kecamatan|ALOK|11|60|7305|7500|14805",
		"pemilu|2024|kecamatan|NITA|9|40|5000|5100|10100",
		"pemilu|2024|kecamatan|WAIGETE|12|55|6000|6200|12200",
	}
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|32|155|18305|18800|37105"
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Pria and Wanita, the sexes before the counts, a JUMLAH row and a sentence agreeing", []string{
			"Tabel 2.3 Jumlah DPT Pemilu 2024 Menurut Kecamatan dan Jenis Kelamin", "",
			"Kecamatan\tPria\tWanita\tJumlah Desa\tJumlah TPS",
			"Alok\t7.305\t7.500\t11\t60", "Nita\t5.000\t5.100\t9\t40", "Waigete\t6.000\t6.200\t12\t55",
			"JUMLAH\t18.305\t18.800\t32\t155", "",
			"Sumber: Divisi Data KPU Kabupaten Sikka", "",
			"Total DPT Kabupaten Sikka seluruhnya sebanyak 37.105 pemilih.", ""},
			map[string][]string{"dpt": append(append([]string(nil), kec...), kab)}},
		{"L and P letters, no total row, names with Kec.", []string{
			"Tabel 4 Daftar Pemilih Tetap Pemilihan Serentak Tahun 2020 per Kecamatan", "",
			"No.\tNama Kecamatan\tL\tP",
			"1\tKec. Paga\t4.120\t4.388", "2\tKec. Lela\t3.001\t3.299", ""},
			map[string][]string{"dpt": {"pilkada|2020|kecamatan|PAGA|<nil>|<nil>|4120|4388|8508",
				"pilkada|2020|kecamatan|LELA|<nil>|<nil>|3001|3299|6300"}}},
		{"Laki-laki and Perempuan after TPS, a Total row, the roll named in an earlier sentence",
			[]string{
				"Tabel 3.1 Rekap DPT Pemilu 2024 (jenis kelamin)", "",
				"Kecamatan\tDesa/Kelurahan\tTPS\tLaki-Laki\tPerempuan",
				"Alok\t11\t60\t7.305\t7.500", "Nita\t9\t40\t5.000\t5.100", "Waigete\t12\t55\t6.000\t6.200",
				"Total\t32\t155\t18.305\t18.800", "",
				"Jumlah pemilih laki-laki lebih banyak di semua kecamatan kecuali Waigete.", ""},
			map[string][]string{"dpt": append(append([]string(nil), kec...), kab)}},
		{"English titles and figures", []string{
			"Table 3.1 Final Voters List (DPT) of the 2024 General Election by Sub-district", "",
			"Sub-district\tVillages\tPolling Stations\tMale\tFemale",
			"Alok\t11\t60\t7,305\t7,500", "Nita\t9\t40\t5,000\t5,100", "Waigete\t12\t55\t6,000\t6,200",
			"Total\t32\t155\t18,305\t18,800", ""},
			map[string][]string{"dpt": append(append([]string(nil), kec...), kab)}},
		{"Jumlah Pemilih spanning Laki-laki and Perempuan", []string{
			"Tabel 3.1 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tJumlah Pemilih\t", "\tLaki-laki\tPerempuan",
			"Alok\t7.305\t7.500", "Nita\t5.000\t5.100", "Waigete\t6.000\t6.200", "Jumlah\t18.305\t18.800", ""},
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7305|7500|14805",
				"pemilu|2024|kecamatan|NITA|<nil>|<nil>|5000|5100|10100",
				"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|6000|6200|12200",
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|18305|18800|37105"}}},
		{"a table of kabupaten, the province's row their total", []string{
			"Tabel 3.4 DPT Pemilu 2024 Provinsi NTT per Kabupaten/Kota", "",
			"No\tKabupaten/Kota\tJumlah TPS\tLaki-laki\tPerempuan",
			"1\tEnde\t812\t118.204\t125.330", "2\tSikka\t901\t139.115\t150.201",
			"\tJUMLAH\t1.713\t257.319\t275.531", ""},
			map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Ende|<nil>|812|118204|125330|243534",
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|901|139115|150201|289316",
				"pemilu|2024|provinsi|Nusa Tenggara Timur|<nil>|1713|257319|275531|532850"}}},
	})
}

// TestDPTSexSumRefused: a total row the kecamatan do not make leaves
// every summed total NULL (L and P stay, as printed); a sentence stating
// another total leaves the kabupaten's NULL; each says so.
func TestDPTSexSumRefused(t *testing.T) {
	body := func(tot string, after ...string) []string {
		return append([]string{"Tabel 2.3 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tDesa\tTPS\tLaki-laki\tPerempuan",
			"Alok\t11\t60\t7.305\t7.500", "Nita\t9\t40\t5.000\t5.100", "Waigete\t12\t55\t6.000\t6.200",
			"Kabupaten Sikka\t32\t155\t" + tot, ""}, after...)
	}
	cases := []struct {
		name, rule string
		body       []string
		want       []string
	}{
		{"the total row's women not the kecamatan's", "dpt.total_tidak_terbukti", body("18.305\t18.880"), []string{
			"pemilu|2024|kecamatan|ALOK|11|60|7305|7500|<nil>",
			"pemilu|2024|kecamatan|NITA|9|40|5000|5100|<nil>",
			"pemilu|2024|kecamatan|WAIGETE|12|55|6000|6200|<nil>",
			"pemilu|2024|kabupaten|Kabupaten Sikka|32|155|18305|18880|<nil>"}},
		{"a sentence stating another total", "dpt.kalimat_total",
			body("18.305\t18.800", "Dengan demikian DPT Kabupaten Sikka berjumlah 37.150 orang.", ""), []string{
				"pemilu|2024|kecamatan|ALOK|11|60|7305|7500|14805",
				"pemilu|2024|kecamatan|NITA|9|40|5000|5100|10100",
				"pemilu|2024|kecamatan|WAIGETE|12|55|6000|6200|12200",
				"pemilu|2024|kabupaten|Kabupaten Sikka|32|155|18305|18800|<nil>"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseDoc(t, c.name, c.body...)
			wantRows(t, "dpt", factRows["dpt"](d), c.want)
			if !hasRule(d, c.rule) {
				t.Errorf("no %s finding", c.rule)
			}
			if n := countFindings(d, "dpt.total_dijumlah"); n != 1 {
				t.Errorf("dpt.total_dijumlah %d times, want once", n)
			}
		})
	}
}

// TestDPTSexSumLookalikes: tables by sex that are not the DPT (other
// rolls, election workers, turnout, age bands) load nothing the summed
// way, and a table with a total column keeps its blanks NULL.
func TestDPTSexSumLookalikes(t *testing.T) {
	rows := []string{"Alok\t7.305\t7.500", "Nita\t5.000\t5.100", "Waigete\t6.000\t6.200", ""}
	lookalike := func(caption, head string) []string {
		return append([]string{caption, "", head}, rows...)
	}
	cases := map[string][]string{
		"DPTb by sex":        lookalike("Tabel 3.2 Rekapitulasi DPTb Pemilu 2024 per Kecamatan", "Kecamatan\tL\tP"),
		"DPK by sex":         lookalike("Tabel 3.3 Daftar Pemilih Khusus (DPK) DPT Pemilu 2024", "Kecamatan\tLaki-laki\tPerempuan"),
		"PPK members by sex": lookalike("Tabel 2.6 Anggota PPK Pemilu 2024 menurut Jenis Kelamin", "Kecamatan\tLaki-laki\tPerempuan"),
		"turnout by sex":     lookalike("Tabel 3.5 Pengguna Hak Pilih dari DPT Pemilu 2024 per Kecamatan", "Kecamatan\tPria\tWanita"),
		"first-time voters":  lookalike("Tabel 3.6 DPT Pemula (Usia 17-20) Pemilu 2024 per Kecamatan", "Kecamatan\tL\tP"),
		"age band header":    lookalike("Tabel 3.7 DPT Pemilu 2024 per Kecamatan", "Kecamatan\tUsia 17-30 L\tUsia 17-30 P"),
		"no roll named":      lookalike("Tabel 3.8 Penduduk menurut Jenis Kelamin 2024", "Kecamatan\tLaki-laki\tPerempuan"),
		"an unnamed figure column": append([]string{"Tabel 3.9 DPT Pemilu 2024 per Kecamatan", "", "Kecamatan\tL\tP\tRasio Jenis Kelamin"},
			"Alok\t7.305\t7.500\t97", "Nita\t5.000\t5.100\t98", ""),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.DPT) != 0 {
				t.Errorf("loaded %q", factRows["dpt"](d))
			}
			if hasRule(d, "dpt.total_dijumlah") {
				t.Error("summed a look-alike")
			}
		})
	}
	// a total column blank on one row: that row's total stays NULL, never L + P
	checkDocs(t, []string{"dpt"}, []docCase{{"a Jumlah column blank on a row", []string{
		"Tabel 3.1 DPT Pemilu 2024 per Kecamatan", "",
		"Kecamatan\tL\tP\tJumlah", "Alok\t7.305\t7.500\t14.805", "Nita\t5.000\t5.100\t", "Waigete\t6.000\t6.200\t12.200", ""},
		map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7305|7500|14805",
			"pemilu|2024|kecamatan|NITA|<nil>|<nil>|5000|5100|<nil>",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|6000|6200|12200"}}}})
}
