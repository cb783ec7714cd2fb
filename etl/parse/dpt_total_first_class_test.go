package parse

import "testing"

// tfDoc sets a tabulation's lines under a caption in a report whose other
// tables are TAB tables.
func tfDoc(caption string, table ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, ""}
	out = append(out, table...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestTotalFirstDPTClass: a statistical tabulation in fixed columns whose
// total row comes first (CSPro, SPSS CTABLES) or last under a spanner
// (Stata `table`): the block loads when every column of the total row is
// the sum of its members', the total as the kabupaten.
func TestTotalFirstDPTClass(t *testing.T) {
	// SPSS CTABLES: English titles under a short spanner, Total first, members indented, a blank line between
	spss := tfDoc("Tabel 3.5 DPT Pemilu 2024 menurut Kecamatan",
		"                              Sex",
		"Kecamatan            Total      Male    Female",
		"==============================================",
		"Total                22668     11330     11338",
		"   ALOK               14515      7210      7305",
		"",
		"   NITA                8153      4120      4033",
		"==============================================")
	wantSPSS := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}
	// a census tabulation: Jumlah first, desa and TPS, the spanner wide, thousands dotted
	census := tfDoc("Tabel 4 Pemilih Pilkada 2020 menurut Kecamatan",
		"                     Jumlah    Jumlah        ---- Pemilih menurut Jenis Kelamin ----",
		"Kecamatan             Desa       TPS            L+P          Laki-laki    Perempuan",
		"Jumlah                  23       101         22.668             11.330       11.338",
		"  Alok Timur            14        60         14.515              7.210        7.305",
		"  Nita                   9        41          8.153              4.120        4.033")
	wantCensus := []string{"pilkada|2020|kecamatan|ALOK TIMUR|14|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|9|41|4120|4033|8153",
		"pilkada|2020|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668"}
	// a Stata `table`: the stub bar, the columns Total L P, Total last after a rule
	stata := tfDoc("Tabel 3.6 DPT Pemilu 2019 per Kecamatan",
		"----------------------------------------------",
		"                 |        Jenis kelamin",
		"       Kecamatan |    Total        L        P",
		"-----------------+----------------------------",
		"            ALOK |    14515     7210     7305",
		"            NITA |     8153     4120     4033",
		"            MAGE |     5000     2500     2500",
		"-----------------+----------------------------",
		"           Total |    27668    13830    13838",
		"----------------------------------------------")
	wantStata := []string{"pemilu|2019|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2019|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2019|kecamatan|MAGE|<nil>|<nil>|2500|2500|5000", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|13830|13838|27668"}
	// the first row does not add up: no total, and the block is not read
	broken := tfDoc("Tabel 3.5 DPT Pemilu 2024 menurut Kecamatan",
		"                         Jenis Kelamin",
		"Kecamatan        Total   Laki-laki   Perempuan",
		"----------------------------------------------",
		"Total            22669       11331       11338",
		"  ALOK           14515        7210        7305",
		"  NITA            8153        4120        4033")
	// look-alike: an age tabulation, Total first, the sums right: no region
	ages := tfDoc("Tabel 3.7 Pemilih menurut Kelompok Umur",
		"                           Jenis Kelamin",
		"Kelompok Umur      Total   Laki-laki   Perempuan",
		"------------------------------------------------",
		"Total              22668       11330       11338",
		"  17-30 tahun      14515        7210        7305",
		"  31 tahun ke atas  8153        4120        4033")
	// look-alike: a warehouse's stock by store, Total first
	stock := tfDoc("Tabel 2 Stok Gudang per Toko",
		"Toko               Total     Masuk    Keluar",
		"Total                300       200       100",
		"  Toko Alok          180       120        60",
		"  Toko Nita          120        80        40")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"SPSS CTABLES, Total first, Male/Female", spss, map[string][]string{"dpt": wantSPSS}},
		{"census tabulation, Jumlah first, desa and TPS", census, map[string][]string{"dpt": wantCensus}},
		{"Stata table, Total last, Total L P", stata, map[string][]string{"dpt": wantStata}},
		{"first row not the sums", broken, map[string][]string{"dpt": nil}},
		{"an age tabulation", ages, map[string][]string{"dpt": nil}},
		{"a stock tabulation", stock, map[string][]string{"dpt": nil}},
	})
}
