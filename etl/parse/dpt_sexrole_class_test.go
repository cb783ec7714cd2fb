package parse

import "testing"

// TestDPTSexHeaderRoles: a header naming one sex is that sex's column,
// whatever counting word opens it ("Jumlah Pemilih Laki-laki", "Total
// Male Voters", "Jumlah DPT Perempuan"); a header naming both sexes is the
// total ("Laki-laki dan Perempuan", "Male + Female"); a sex's share ("%
// L", "Persentase Pemilih Perempuan") is no count. "Jumlah" followed by
// the roll's year or its sum's column letters ("Jumlah (a+b)") is the
// total; followed by a unit or a count it is not.
func TestDPTSexHeaderRoles(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want int
	}{
		{"Jumlah Pemilih Laki-laki", roleL},
		{"Jml Pemilih Perempuan", roleP},
		{"Jml. Pemilih Laki-Laki", roleL},
		{"Jumlah Pemilih Wanita", roleP},
		{"Pemilih L", roleL},
		{"Pemilih P", roleP},
		{"Total Laki-laki", roleL},
		{"Jumlah DPT Perempuan", roleP},
		{"Total Pemilih Pria", roleL},
		{"Male Voters", roleL},
		{"Total Male Voters", roleL},
		{"Number of Female Voters", roleP},
		{"Jumlah Pemilih", roleLP},
		{"Jumlah Pemilih Laki-laki dan Perempuan", roleLP},
		{"Laki-laki + Perempuan", roleLP},
		{"Male and Female", roleLP},
		{"Total Voters", roleLP},
		{"L+P", roleLP},
		{"Laki-laki", roleL},
		{"Perempuan", roleP},
		{"Jumlah TPS", roleTPS},
		{"% L", roleNone},
		{"% Pemilih P", roleNone},
		{"Persentase Pemilih L", roleNone},
		// the sum's column letters or the roll's year after Jumlah
		{"Laki-laki (a)", roleL},
		{"Perempuan (b)", roleP},
		{"Jumlah (a+b)", roleLP},
		{"Jumlah 2019", roleLP},
		{"Jumlah (orang)", roleLP},
		{"Laki-laki (orang)", roleL},
		{"Laki-laki 2019", roleL},
		{"Jumlah (Rp)", roleNone},
		{"Jumlah 12", roleNone},
		{"Jumlah Kecamatan", roleNone},
	} {
		if got := dptRole(tc.cell); got != tc.want {
			t.Errorf("dptRole(%q) = %d, want %d", tc.cell, got, tc.want)
		}
	}
}

// TestDPTSexHeadersInDocuments: whole tables and records whose sex
// columns open with the counting words of the total load each sex in its
// own column and the total in the total's.
func TestDPTSexHeadersInDocuments(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "Jumlah Pemilih Laki-laki, Perempuan, then Jumlah Pemilih",
		body: []string{"Tabel 3.3 DPT Pemilihan Tahun 2020 per Kecamatan", "",
			"No\tKecamatan\tJumlah TPS\tJumlah Pemilih Laki-laki\tJumlah Pemilih Perempuan\tJumlah Pemilih",
			"1\tKOTA RAJA\t41\t9.310\t9.902\t19.212", "2\tOEBOBO\t52\t11.045\t11.680\t22.725"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|KOTA RAJA|<nil>|41|9310|9902|19212",
			"pilkada|2020|kecamatan|OEBOBO|<nil>|52|11045|11680|22725"}},
	}, {
		name: "Jml Pemilih abbreviated, the total last as Total",
		body: []string{"Tabel 2.1 Rekapitulasi DPT Pemilu 2019", "",
			"Kecamatan\tJml Pemilih Laki-laki\tJml Pemilih Perempuan\tTotal",
			"Wewewa Barat\t12.004\t12.551\t24.555", "Kodi Utara\t15.320\t16.002\t31.322"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|WEWEWA BARAT|<nil>|<nil>|12004|12551|24555",
			"pemilu|2019|kecamatan|KODI UTARA|<nil>|<nil>|15320|16002|31322"}},
	}, {
		name: "total before the sexes, Total Laki-laki and Total Perempuan",
		body: []string{"Tabel 3.6 DPT Pemilu Tahun 2024", "",
			"No\tKecamatan\tJumlah Pemilih\tTotal Laki-laki\tTotal Perempuan",
			"1\tLamba Leda\t18.540\t9.003\t9.537", "2\tPoco Ranaka\t21.118\t10.420\t10.698"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|LAMBA LEDA|<nil>|<nil>|9003|9537|18540",
			"pemilu|2024|kecamatan|POCO RANAKA|<nil>|<nil>|10420|10698|21118"}},
	}, {
		name: "English headers with Total before each sex",
		body: []string{"Table 3.2 Final Voters List (DPT), General Election 2024", "",
			"No\tSub-district\tTotal Male Voters\tTotal Female Voters\tTotal Voters",
			"1\tAmarasi\t8.201\t8.410\t16.611", "2\tFatuleu\t10.115\t10.362\t20.477"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|AMARASI|<nil>|<nil>|8201|8410|16611",
			"pemilu|2024|kecamatan|FATULEU|<nil>|<nil>|10115|10362|20477"}},
	}, {
		name: "English voters headers, the sexes after the total",
		body: []string{"CHAPTER II ELECTION DATA", "", "Table 2.4 Final Voters List (DPT), General Election 2019", "",
			"Sub-district\tPolling Stations\tTotal Voters\tMale Voters\tFemale Voters",
			"Kota Lama\t58\t24.310\t11.902\t12.408", "Alak\t71\t30.550\t15.001\t15.549"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|KOTA LAMA|<nil>|58|11902|12408|24310",
			"pemilu|2019|kecamatan|ALAK|<nil>|71|15001|15549|30550"}},
	}, {
		name: "each sex's share beside its count",
		body: []string{"Tabel 3.1 DPT Pemilihan Serentak Tahun 2020", "",
			"No\tKecamatan\tTPS\tJumlah Pemilih L\t% Pemilih L\tJumlah Pemilih P\tPersentase Pemilih Perempuan\tJumlah Pemilih",
			"1\tLela\t22\t4.100\t49,40\t4.200\t50,60\t8.300", "2\tBola\t19\t3.050\t50,83\t2.950\t49,17\t6.000"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|LELA|<nil>|22|4100|4200|8300",
			"pilkada|2020|kecamatan|BOLA|<nil>|19|3050|2950|6000"}},
	}, {
		name: "a record of key and value lines",
		body: []string{"DPT Pemilihan Bupati dan Wakil Bupati Tahun 2020 Kabupaten Sikka ditetapkan sebagai berikut.", "",
			"Jumlah TPS : 612", "Jumlah Pemilih Laki-laki : 101.220", "Jumlah Pemilih Perempuan : 106.415", "Jumlah Pemilih : 207.635"},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|612|101220|106415|207635"}},
	}})
}
