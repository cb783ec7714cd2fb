package parse

import "testing"

// dbgridDoc sets a tool's grid under a caption in a report whose other
// tables are TAB tables.
func dbgridDoc(caption string, grid ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: hasil kueri basis data dicetak dari aplikasi]", ""}
	out = append(out, grid...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestDBGridDPTClass: a DPT from a database tool's grid, the level of each
// row by its region code's depth or by the control-break line above it;
// proven by L + P = total on each row and the kecamatan summing to the
// kabupaten.
func TestDBGridDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// MySQL Workbench: BPS codes, the province row first, no action cells
	workbench := dbgridDoc(cap24,
		"kd_bps\tnm_wilayah\ttps\tdpt_l\tdpt_p\tdpt_total",
		"53\tNUSA TENGGARA TIMUR\t999\t99999\t99999\t199998",
		"5310\tSIKKA\t101\t11330\t11338\t22668",
		"5310010\tALOK\t60\t7210\t7305\t14515",
		"5310020\tNITA\t41\t4120\t4033\t8153")
	wantWorkbench := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// DBeaver: Kemendagri codes with desa rows under each kecamatan,
	// dotted thousands, a row-number cell before the columns
	dbeaver := dbgridDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"\tkode\tnama\tjumlah_desa\tjumlah_tps\tlaki_laki\tperempuan\tjumlah_pemilih",
		"1\t53.10\tSIKKA\t3\t30\t2.400\t2.600\t5.000",
		"2\t53.10.01\tALOK\t2\t18\t1.500\t1.600\t3.100",
		"3\t53.10.01.2001\tMADAWAT\t1\t10\t800\t900\t1.700",
		"4\t53.10.01.2002\tWAIOTI\t1\t8\t700\t700\t1.400",
		"5\t53.10.02\tNITA\t1\t12\t900\t1.000\t1.900",
		"6\t53.10.02.2001\tNITA KOTING\t1\t12\t900\t1.000\t1.900")
	wantDBeaver := []string{"pilkada|2020|kecamatan|ALOK|2|18|1500|1600|3100", "pilkada|2020|kecamatan|NITA|1|12|900|1000|1900",
		"pilkada|2020|kabupaten|Kabupaten Sikka|3|30|2400|2600|5000"}
	// APEX in English: Level : Regency / District, comma thousands, the
	// districts first and the regency after them
	apex := dbgridDoc(cap24,
		"Region\tVillages\tPolling Stations\tMale\tFemale\tTotal",
		"Level : District",
		"ALOK\t12\t60\t7,210\t7,305\t14,515",
		"NITA\t10\t41\t4,120\t4,033\t8,153",
		"Level : Regency",
		"SIKKA\t22\t101\t11,330\t11,338\t22,668",
		"                    1 - 3")
	wantApex := []string{"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|10|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|22|101|11330|11338|22668"}
	// an Access report grouped by Jenis, TPS left out
	access := dbgridDoc(cap24,
		"Nama Wilayah\tJml Desa\tL\tP\tL+P",
		"Jenis Wilayah = Kabupaten",
		"KABUPATEN SIKKA\t22\t11330\t11338\t22668",
		"Jenis Wilayah = Kecamatan",
		"ALOK\t12\t7210\t7305\t14515",
		"NITA\t10\t4120\t4033\t8153")
	wantAccess := []string{"pemilu|2024|kecamatan|ALOK|12|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|10|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|22|<nil>|11330|11338|22668"}
	// the kecamatan do not sum to the kabupaten: this reader proves no
	// kecamatan (the ordinary reader keeps the kabupaten's own row, its
	// L + P its total)
	nosum := dbgridDoc(cap24,
		"kode_wilayah\tnama_wilayah\tjml_tps\tpemilih_l\tpemilih_p\tpemilih_lp",
		"53.10\tSIKKA\t101\t11331\t11338\t22669",
		"53.10.01\tALOK\t60\t7210\t7305\t14515",
		"53.10.02\tNITA\t41\t4120\t4033\t8153")
	// not summing, with the province's row first by its BPS code: the
	// ordinary reader keeps the kabupaten's row and never loads the
	// province's as a kabupaten
	nosumProv := dbgridDoc(cap24,
		"kode_wilayah\tnama_wilayah\tjml_tps\tpemilih_l\tpemilih_p\tpemilih_lp",
		"53\tNUSA TENGGARA TIMUR\t16734\t2000000\t2100000\t4100000",
		"5310\tSIKKA\t101\t11331\t11338\t22669",
		"5310010\tALOK\t60\t7210\t7305\t14515",
		"5310020\tNITA\t41\t4120\t4033\t8153")
	// kecamatan only, no kabupaten row (no total): nothing
	nototal := dbgridDoc(cap24,
		"Wilayah\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"Tingkat : Kecamatan",
		"ALOK\t60\t7,210\t7,305\t14,515",
		"NITA\t41\t4,120\t4,033\t8,153")
	// one group, the report's grand total under it
	grand := dbgridDoc(cap24,
		"Kecamatan\tDesa\tTPS\tPria\tWanita\tTotal",
		"Tingkat Wilayah : Kecamatan",
		"ALOK\t12\t60\t7210\t7305\t14515",
		"NITA\t10\t41\t4120\t4033\t8153",
		"Total\t22\t101\t11330\t11338\t22668")
	// a decimal comma in the L column: never read as thousands
	decimal := dbgridDoc(cap24,
		"Wilayah\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"Tingkat : Kabupaten",
		"SIKKA\t101\t11,3\t11338\t22668",
		"Tingkat : Kecamatan",
		"ALOK\t60\t7,2\t7305\t14515",
		"NITA\t41\t4,1\t4033\t8153")
	// look-alike: offices by code with staff counts
	offices := dbgridDoc("Tabel 2.1 Sebaran Pegawai per Kantor",
		"kode_kantor\tnama_kantor\tjml_ruang\tpegawai_pns\tpegawai_ppnpn\tpegawai_total",
		"53.10\tKANTOR INDUK\t12\t30\t12\t42",
		"53.10.01\tPOS ALOK\t5\t18\t8\t26",
		"53.10.02\tPOS NITA\t7\t12\t4\t16")
	// look-alike: a product catalogue with codes
	catalogue := dbgridDoc("Tabel 2.2 Persediaan Barang",
		"\tkode_barang\tnama_barang\tstok_awal\tmasuk\tkeluar\tstok_akhir",
		"☐\t5310\tKERTAS A4\t40\t20\t10\t50",
		"☐\t5310010\tTINTA\t25\t10\t5\t30",
		"☐\t5310020\tMAP\t15\t10\t5\t20")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"workbench, BPS codes, province row", workbench, map[string][]string{"dpt": wantWorkbench}},
		{"dbeaver, desa rows, dotted", dbeaver, map[string][]string{"dpt": wantDBeaver}},
		{"apex, Level : District, commas, regency last", apex, map[string][]string{"dpt": wantApex}},
		{"access, Jenis Wilayah =", access, map[string][]string{"dpt": wantAccess}},
		{"kecamatan not summing", nosum, map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11331|11338|22669"}}},
		{"one group, grand total", grand, map[string][]string{"dpt": wantApex}},
		{"not summing, province row first", nosumProv, map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11331|11338|22669"}}},
		{"no kabupaten row", nototal, map[string][]string{"dpt": nil}},
		{"decimal comma", decimal, map[string][]string{"dpt": nil}},
		{"offices by code", offices, map[string][]string{"dpt": nil}},
		{"product catalogue", catalogue, map[string][]string{"dpt": nil}},
	})
}
