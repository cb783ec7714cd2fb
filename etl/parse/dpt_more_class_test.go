package parse

import "testing"

// TestDPTVoterSubsetsAndCounts: a column group counting a category of
// voters inside the DPT (disabled, first-time voters) beside the DPT's own
// group is a part of the roll, never a second DPT; a TPS or village count
// written without a thousands separator is read whole; two columns run
// together by a PDF's text layer ("TPS L" over "49 4.397") are split when
// the header names two roles and every cell holds two numbers, and not
// when the cells are one amount with a space for thousands.
func TestDPTVoterSubsetsAndCounts(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "a disabled voters group beside the DPT group",
		body: []string{"Tabel 3.5 DPT Pemilihan Tahun 2020 per Kecamatan", "",
			"No\tKecamatan\tTPS\tDaftar Pemilih Tetap\t\t\tPemilih Disabilitas\t\t",
			"\t\t\tL\tP\tL+P\tL\tP\tJml",
			"1\tPAGA\t30\t4.081\t4.005\t8.086\t23\t61\t84",
			"2\tMEGO\t28\t3.853\t3.821\t7.674\t69\t69\t138",
			"\tTotal\t58\t7.934\t7.826\t15.760\t92\t130\t222"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|PAGA|<nil>|30|4081|4005|8086", "pilkada|2020|kecamatan|MEGO|<nil>|28|3853|3821|7674",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|58|7934|7826|15760"}},
	}, {
		name: "a first-time voters group before the DPT group",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tPemilih Pemula\t\tDPT\t\t",
			"\tL\tP\tL\tP\tL+P",
			"PAGA\t410\t400\t4.081\t4.005\t8.086",
			"MEGO\t385\t382\t3.853\t3.821\t7.674"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674"}},
	}, {
		name: "a TPS count of four digits without separator",
		body: []string{"Daftar Pemilih Tetap Pemilu Tahun 2024 di Kabupaten Sikka ditetapkan sebanyak 272.950 pemilih, terdiri atas 133.957 pemilih laki-laki dan 138.993 pemilih perempuan, tersebar di 1045 TPS dan 1160 desa."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|1160|1045|133957|138993|272950"}},
	}, {
		name: "TPS and L run together under two election groups",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 dan DPT Pemilihan 2024 per Kecamatan", "",
			"No.\tKecamatan\tDPT Pemilu 2024\t\t\tDPT Pemilihan 2024",
			"\t\tTPS L\tP\tL+P\tTPS L\tP\tL+P",
			"1\tPaga\t49 4.397\t4.501\t8.898\t34 4.532\t4.437\t8.969",
			"2\tMego\t46 6.026\t6.568\t12.594\t31 6.248\t6.311\t12.559"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|49|4397|4501|8898", "pemilu|2024|kecamatan|MEGO|<nil>|46|6026|6568|12594",
			"pilkada|2024|kecamatan|PAGA|<nil>|34|4532|4437|8969", "pilkada|2024|kecamatan|MEGO|<nil>|31|6248|6311|12559"}},
	}, {
		name: "one column whose amounts use a space for thousands is not split",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tJml TPS\tL\tP\tL+P",
			"PAGA\t1 045\t4 081\t4 005\t8 086", "MEGO\t1 210\t3 853\t3 821\t7 674"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|1045|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|1210|3853|3821|7674"}},
	}})
}

// TestKecamatanNamePrefix: "Kec. Paga" and "Kecamatan Paga" name the
// kecamatan Paga.
func TestKecamatanNamePrefix(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "Kec. and Kecamatan before the names",
		body: []string{"Tabel 3.4 DPT Pemilu 2024", "", "No\tKecamatan\tL\tP\tL+P",
			"1\tKec. Paga\t4.081\t4.005\t8.086", "2\tKecamatan Mego\t3.853\t3.821\t7.674"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674"}},
	}})
}

// TestContinuedTables: a table captioned as the continuation of an
// earlier one ("Tabel 3.4 (lanjutan)") keeps the election and year, or the
// money unit and fiscal year, that its first part's caption states.
func TestContinuedTables(t *testing.T) {
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{{
		name: "a DPT table continued after a page break",
		body: []string{"Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "", "No\tKecamatan\tL\tP\tL+P", "1\tPAGA\t4.081\t4.005\t8.086",
			"", "Tabel 3.4 (lanjutan)", "", "No\tKecamatan\tL\tP\tL+P", "2\tMEGO\t3.853\t3.821\t7.674"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674"}},
	}, {
		name: "a budget table in Rp ribu continued",
		body: []string{"Tabel 3.6 Realisasi Anggaran TA 2023 (dalam ribuan rupiah)", "", "Kode\tUraian\tPagu\tRealisasi\tSisa",
			"WA\tProgram Dukungan Manajemen\t3.000.000\t2.900.000\t100.000",
			"", "Lanjutan Tabel 3.6", "", "Kode\tUraian\tPagu\tRealisasi\tSisa",
			"CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.000.000\t900.000\t100.000"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2023|3000000000|2900000000|100000000", "076.01.CQ|program||2023|1000000000|900000000|100000000"}},
	}})
}

// TestDPTAreaCodes: a "Kode Wilayah" column beside the names is a code,
// never the name; a name cell that holds only a code names no area.
func TestDPTAreaCodes(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "Kode Wilayah before Kecamatan",
		body: []string{"Tabel 3.2 DPT Pemilu 2019", "", "No\tKode Wilayah\tKecamatan\tL\tP\tL+P",
			"1\t53.07.01\tPaga\t4.081\t4.005\t8.086", "2\t53.07.02\tMego\t3.853\t3.821\t7.674",
			"\t53.07\tJumlah\t7.934\t7.826\t15.760"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
			"pemilu|2019|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|7934|7826|15760"}},
	}, {
		name: "codes alone under Kecamatan",
		body: []string{"Tabel 3.2 DPT Pemilu 2019", "", "No\tKecamatan\tL\tP\tL+P",
			"1\t53.07.01\t4.081\t4.005\t8.086", "2\t53.07.02\t3.853\t3.821\t7.674"},
		want: map[string][]string{"dpt": nil},
	}})
}
