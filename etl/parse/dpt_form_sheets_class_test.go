package parse

import "testing"

// formSheet writes one area's sheet of a recapitulation form: its title,
// a head of "key : value" lines, then its voter rows under L / P / total.
func formSheetLines(title string, head []string, cols string, rows ...string) []string {
	out := []string{title}
	out = append(out, head...)
	out = append(out, cols)
	out = append(out, rows...)
	return append(out, "")
}

// TestDPTFormSheets: a DPT printed as one recapitulation form per area (a
// head naming the area, its desa and TPS, then the rolls DPT / DPTb / DPK
// and their sum under L / P / total), the kabupaten's sheet last. Each
// sheet is its area's row from its DPT line alone; the added rolls and
// their sum are no facts.
func TestDPTFormSheets(t *testing.T) {
	da1 := func(kec, desa, tps string, dpt, dptb, dpk, sum [3]string) []string {
		return formSheetLines("FORMULIR MODEL DA1 - PEMILU TAHUN 2019 KABUPATEN NAGEKEO",
			[]string{"KECAMATAN\t: " + kec, "JUMLAH DESA/KELURAHAN\t: " + desa, "JUMLAH TPS\t: " + tps},
			"A. DATA PEMILIH\tLAKI-LAKI\tPEREMPUAN\tJUMLAH",
			"1. Pemilih terdaftar dalam DPT\t"+dpt[0]+"\t"+dpt[1]+"\t"+dpt[2],
			"2. Pemilih dalam DPTb\t"+dptb[0]+"\t"+dptb[1]+"\t"+dptb[2],
			"3. Pemilih dalam DPK\t"+dpk[0]+"\t"+dpk[1]+"\t"+dpk[2],
			"4. Jumlah pemilih (1+2+3)\t"+sum[0]+"\t"+sum[1]+"\t"+sum[2])
	}
	nagekeo := []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2019 (Formulir Model DA1) per Kecamatan", ""}
	nagekeo = append(nagekeo, da1("MAUPONGGO", "20", "61", [3]string{"9.120", "9.404", "18.524"},
		[3]string{"14", "11", "25"}, [3]string{"3", "2", "5"}, [3]string{"9.137", "9.417", "18.554"})...)
	nagekeo = append(nagekeo, da1("BOAWAE", "25", "77", [3]string{"12.310", "12.911", "25.221"},
		[3]string{"40", "22", "62"}, [3]string{"0", "1", "1"}, [3]string{"12.350", "12.934", "25.284"})...)
	nagekeo = append(nagekeo, formSheetLines("FORMULIR MODEL DB1 - PEMILU TAHUN 2019 KABUPATEN NAGEKEO",
		[]string{"KABUPATEN\t: NAGEKEO", "JUMLAH DESA/KELURAHAN\t: 45", "JUMLAH TPS\t: 138"},
		"A. DATA PEMILIH\tLAKI-LAKI\tPEREMPUAN\tJUMLAH",
		"1. Pemilih terdaftar dalam DPT\t21.430\t22.315\t43.745",
		"2. Pemilih dalam DPTb\t54\t33\t87",
		"3. Pemilih dalam DPK\t3\t3\t6",
		"4. Jumlah pemilih (1+2+3)\t21.487\t22.351\t43.838")...)
	nagekeo = append(nagekeo, "Sumber: Formulir Model DA1 dan DB1.")

	// no desa line, "Nama Kecamatan", LK / PR / JML, the total row first
	lk := func(kec, tps, l, p, lp string) []string {
		return formSheetLines("REKAPITULASI DATA PEMILIH PEMILIHAN BUPATI ROTE NDAO 2024",
			[]string{"Nama Kecamatan\t: " + kec, "Jumlah TPS\t: " + tps},
			"DATA PEMILIH\tLK\tPR\tJML",
			"Jumlah seluruh pemilih (DPT+DPTb)\t9.999\t9.999\t19.998",
			"Pemilih DPT\t"+l+"\t"+p+"\t"+lp,
			"Pemilih DPTb\t7\t5\t12")
	}
	rote := []string{"Tabel 3.2 Data Pemilih Pemilihan Serentak 2024 per Kecamatan", ""}
	rote = append(rote, lk("LOBALAIN", "52", "8.004", "8.250", "16.254")...)
	rote = append(rote, lk("ROTE BARAT DAYA", "31", "4.410", "4.602", "9.012")...)
	rote = append(rote, lk("PANTAI BARU", "33", "5.115", "5.020", "10.135")...)
	rote = append(rote, "Demikian data pemilih tersebut.")

	// a sheet whose rows name the DPT twice (before and after revision):
	// which is the roll the sheet does not show, so no row is read from it
	twice := func(kec, a, b string) []string {
		return formSheetLines("MODEL A.REKAP PEMILU 2024",
			[]string{"Kecamatan\t: " + kec, "Jumlah Desa\t: 9", "Jumlah TPS\t: 30"},
			"Uraian\tL\tP\tL+P",
			"DPT semula\t"+a,
			"DPT hasil perbaikan\t"+b)
	}
	kupang := []string{"Tabel 3.3 DPT Pemilu 2024 per Kecamatan", ""}
	kupang = append(kupang, twice("ALAK", "20.100\t20.500\t40.600", "20.110\t20.520\t40.630")...)
	kupang = append(kupang, twice("MAULAFA", "21.000\t21.400\t42.400", "21.020\t21.410\t42.430")...)
	kupang = append(kupang, "Sumber: KPU Kota Kupang.")

	checkDocs(t, []string{"dpt"}, []docCase{
		{"DA1 sheets per kecamatan, the kabupaten's DB1 last", nagekeo, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|MAUPONGGO|20|61|9120|9404|18524",
			"pemilu|2019|kecamatan|BOAWAE|25|77|12310|12911|25221",
			"pemilu|2019|kabupaten|Kabupaten Nagekeo|45|138|21430|22315|43745"}}},
		{"sheets without desa, the DPT row not first", rote, map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|LOBALAIN|<nil>|52|8004|8250|16254",
			"pilkada|2024|kecamatan|ROTE BARAT DAYA|<nil>|31|4410|4602|9012",
			"pilkada|2024|kecamatan|PANTAI BARU|<nil>|33|5115|5020|10135"}}},
		{"two rows naming the DPT: not read", kupang, map[string][]string{"dpt": nil}},
	})
}
