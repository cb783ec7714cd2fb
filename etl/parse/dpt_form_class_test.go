package parse

import "testing"

// TestDPTFormClass: a roll printed as the recapitulation forms of the vote,
// one per kecamatan and then the kabupaten's: a head of "key : value" lines
// (the area, its villages, its TPS) over the form's voters' section, whose
// numbered rows are the DPT, the DPTb, the DPK and their sum. The DPT's row
// is each area's roll. A form whose DPT row does not add up loads as stated,
// like such a row of a plain table, and validation flags it
// (dpt.lp_tidak_sama_total) (made-up figures).
func TestDPTFormClass(t *testing.T) {
	form := func(title, key, area, desa, tps string, rows ...string) []string {
		out := []string{title, key + "\t: " + area, "JUMLAH DESA/KEL\t: " + desa, "JUMLAH TPS\t: " + tps, "I. DATA PEMILIH\tL\tP\tJML"}
		return append(append(out, barred(rows...)...), "")
	}
	pilkada := "MODEL D.HASIL KECAMATAN - PEMILIHAN BUPATI DAN WAKIL BUPATI SIKKA TAHUN 2024"
	forms := []string{"Tabel 3.6 Data Pemilih Pemilihan 2024 per Kecamatan", ""}
	forms = append(forms, form(pilkada, "KECAMATAN", "PAGA", "9", "30",
		"1. Jumlah pemilih dalam DPT|4.210|4.390|8.600", "2. Jumlah pemilih dalam DPTb|12|10|22",
		"3. Jumlah pemilih dalam DPK|5|3|8", "4. Jumlah pemilih (1+2+3)|4.227|4.403|8.630")...)
	// a page break between the form's title and its head
	forms = append(forms, form(pilkada+"\n\f", "KECAMATAN", "MEGO", "10", "27",
		"1. Jumlah pemilih dalam DPT|3.150|3.300|6.450", "2. Jumlah pemilih dalam DPTb|7|9|16",
		"3. Jumlah pemilih dalam DPK|2|4|6", "4. Jumlah pemilih (1+2+3)|3.159|3.313|6.472")...)
	forms = append(forms, form("MODEL D.HASIL KABUPATEN - PEMILIHAN BUPATI DAN WAKIL BUPATI SIKKA TAHUN 2024", "KABUPATEN", "SIKKA", "19", "57",
		"1. Jumlah pemilih dalam DPT|7.360|7.690|15.050", "2. Jumlah pemilih dalam DPTb|19|19|38",
		"3. Jumlah pemilih dalam DPK|7|7|14", "4. Jumlah pemilih (1+2+3)|7.386|7.716|15.102")...)
	forms = append(forms, "Sumber: formulir rekapitulasi.")

	pemilu := "FORMULIR REKAPITULASI KECAMATAN - PEMILIHAN UMUM TAHUN 2019"
	other := []string{"Rekapitulasi data pemilih menurut formulir hasil per kecamatan:", ""}
	other = append(other, pemilu, "KECAMATAN\t: NITA", "JUMLAH KELURAHAN/DESA\t: 12", "JUMLAH TPS\t: 40",
		"A. DATA PEMILIH\tLAKI-LAKI\tPEREMPUAN\tJUMLAH", "1. DPT\t5.100\t5.350\t10.450", "2. DPTb\t20\t25\t45",
		"3. DPK\t8\t6\t14", "Jumlah (1+2+3)\t5.128\t5.381\t10.509", "")
	other = append(other, pemilu, "KECAMATAN\t: KANGAE", "JUMLAH KELURAHAN/DESA\t: 8", "JUMLAH TPS\t: 28",
		"A. DATA PEMILIH\tLAKI-LAKI\tPEREMPUAN\tJUMLAH", "1. DPT\t3.600\t3.720\t7.320", "2. DPTb\t11\t13\t24",
		"3. DPK\t4\t2\t6", "")
	// the DPT row's sexes do not make its total: loaded as stated, flagged by validation
	other = append(other, pemilu, "KECAMATAN\t: ALOK", "JUMLAH KELURAHAN/DESA\t: 11", "JUMLAH TPS\t: 52",
		"A. DATA PEMILIH\tLAKI-LAKI\tPEREMPUAN\tJUMLAH", "1. DPT\t6.000\t6.100\t12.200", "2. DPTb\t9\t8\t17",
		"3. DPK\t3\t3\t6", "Jumlah (1+2+3)\t6.012\t6.111\t12.223", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"forms of a Pilkada, kecamatan then kabupaten", forms, map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|PAGA|9|30|4210|4390|8600",
			"pilkada|2024|kecamatan|MEGO|10|27|3150|3300|6450",
			"pilkada|2024|kabupaten|Kabupaten Sikka|19|57|7360|7690|15050",
		}}},
		{"forms of a Pemilu, other titles, one without its sum, one not adding up", other, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|NITA|12|40|5100|5350|10450",
			"pemilu|2019|kecamatan|KANGAE|8|28|3600|3720|7320",
			"pemilu|2019|kecamatan|ALOK|11|52|6000|6100|12200",
		}}},
	})
}
