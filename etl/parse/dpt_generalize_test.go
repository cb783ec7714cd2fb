package parse

import "testing"

// TestDPTProseAndAfterTable: DPT rows stated in prose (the reporting
// satker's, never a DPTb figure, only with its election and year named),
// beside other rolls and election names, and village/TPS counts stated
// after a table.
func TestDPTProseAndAfterTable(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "total, L and P in one sentence",
		body: []string{"Pada Pemilu Tahun 2019 Daftar Pemilih Tetap Kabupaten Sikka berjumlah 233.337 pemilih, terdiri atas 112.406 laki-laki dan 120.931 perempuan, di 587 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|587|112406|120931|233337"}},
	}, {
		name: "English separators",
		body: []string{"Untuk Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2024, DPT ditetapkan sebanyak 199,749 pemilih (laki-laki 99,214, perempuan 100,535)."},
		want: map[string][]string{"dpt": {"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|99214|100535|199749"}},
	}, {
		name: "DPTb is not the DPT",
		body: []string{"Pada Pemilu Tahun 2024 jumlah DPTb sebanyak 1.234 pemilih."},
	}, {
		name: "no election named, no row",
		body: []string{"DPT Kabupaten Sikka berjumlah 233.337 pemilih."},
	}, {
		name: "the continuous roll before the DPT, one line",
		body: []string{"Jumlah Data Pemilih Berkelanjutan semester II tahun 2022 sebanyak 186,514 pemilih. Sebagai pembanding, DPT Pemilu 2019 Kabupaten Sikka berjumlah 170,505 pemilih terdiri atas 83,172 laki-laki dan 87,333 perempuan di 697 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|697|83172|87333|170505"}},
	}, {
		name: "the province in the election's name, one line",
		body: []string{"Sebagai pembanding, DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018 di Kabupaten Sikka berjumlah 177.243 pemilih (86.988 laki-laki dan 90.255 perempuan) pada 511 TPS."},
		want: map[string][]string{"dpt": {"pilkada|2018|kabupaten|Kabupaten Sikka|<nil>|511|86988|90255|177243"}},
	}, {
		name: "TPS and village counts after a table whose caption names the kabupaten",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 Kabupaten Sikka", "", "NO\tKECAMATAN\tL\tP\tL+P",
			"1\tPAGA\t4.081\t4.005\t8.086", "2\tMEGO\t3.853\t3.821\t7.674", "\tJUMLAH\t7.934\t7.826\t15.760",
			"", "DPT tersebut tersebar pada 58 TPS di 21 desa/kelurahan."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674",
			"pemilu|2024|kabupaten|Kabupaten Sikka|21|58|7934|7826|15760"}},
	}, {
		name: "a kecamatan table under a caption naming the province: the kecamatan are the reporting kabupaten's",
		body: []string{"Tabel 3.4 DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018", "", "KECAMATAN\tDESA/KEL.\tTPS\tL\tP\tTOTAL",
			"PAGA\t12\t30\t4.081\t4.005\t8.086", "MEGO\t9\t28\t3.853\t3.821\t7.674", "JUMLAH\t21\t58\t7.934\t7.826\t15.760"},
		want: map[string][]string{"dpt": {"pilkada|2018|kecamatan|PAGA|12|30|4081|4005|8086", "pilkada|2018|kecamatan|MEGO|9|28|3853|3821|7674",
			"pilkada|2018|kabupaten|Kabupaten Sikka|21|58|7934|7826|15760"}},
	}, {
		name: "the province in the election's name is not another area",
		body: []string{"Sebagai pembanding, DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018 di Kabupaten Sikka",
			"berjumlah 177.243 pemilih (86.988 laki-laki dan 90.255 perempuan) pada 511 TPS."},
		want: map[string][]string{"dpt": {"pilkada|2018|kabupaten|Kabupaten Sikka|<nil>|511|86988|90255|177243"}},
	}, {
		name: "the continuous roll in the sentence before is not the DPT",
		body: []string{"Jumlah Data Pemilih Berkelanjutan semester II tahun 2022 sebanyak 186,514 pemilih.",
			"Sebagai pembanding, DPT Pemilu 2019 Kabupaten Sikka berjumlah 170,505",
			"pemilih terdiri atas 83,172 laki-laki dan 87,333 perempuan di 697 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|697|83172|87333|170505"}},
	}, {
		name: "the continuous roll alone gives no DPT",
		body: []string{"Jumlah Data Pemilih Berkelanjutan Pemilu 2024 semester II sebanyak 186.514 pemilih."},
	}, {
		name: "the DPT as basis of the continuous updating is the DPT",
		body: []string{"Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2020 yang menjadi basis",
			"pemutakhiran data pemilih berkelanjutan berjumlah 110.320 pemilih, terdiri atas 53.418 laki-laki dan",
			"56.902 perempuan, pada 393 TPS di 151 desa/kelurahan."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|151|393|53418|56902|110320"}},
	}, {
		name: "village and TPS counts in the sentence after a kecamatan table",
		body: []string{"Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "", "No\tKecamatan\tL\tP\tL+P",
			"1\tALOK\t100\t120\t220", "2\tMAGEPANDA\t50\t60\t110", "\tJUMLAH\t150\t180\t330", "Sumber: BA Rekapitulasi", "",
			"DPT tersebut tersebar pada 12 TPS di 7 desa/kelurahan."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|100|120|220", "pemilu|2024|kecamatan|MAGEPANDA|<nil>|<nil>|50|60|110",
			"pemilu|2024|kabupaten|Kabupaten Sikka|7|12|150|180|330"}},
	}, {
		name: "a sentence after the table with its own voter count completes nothing",
		body: []string{"Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "", "No\tKecamatan\tL\tP\tL+P",
			"1\tALOK\t100\t120\t220", "2\tMAGEPANDA\t50\t60\t110", "\tJUMLAH\t150\t180\t330", "",
			"Selain DPT tersebut terdapat 25 pemilih pindahan di 3 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|100|120|220", "pemilu|2024|kecamatan|MAGEPANDA|<nil>|<nil>|50|60|110",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|150|180|330"}},
	}})
}
