package parse

import (
	"strings"
	"testing"
)

// bilLines sets a statistics yearbook's table in fixed columns: the first
// cell left-aligned to w[0] runes, the others right-aligned to theirs; a
// row nil is a dashed rule, a row {"#"} the column numbers (1)..(n).
func bilLines(w []int, rows ...[]string) []string {
	width := 0
	for _, x := range w {
		width += x
	}
	var out []string
	for _, r := range rows {
		if r == nil {
			out = append(out, strings.Repeat("-", width))
			continue
		}
		if len(r) == 1 && r[0] == "#" {
			r = nil
			for c := range w {
				r = append(r, "("+itoa(c+1)+")")
			}
		}
		var b strings.Builder
		for c, x := range r {
			pad := strings.Repeat(" ", max(0, w[c]-len([]rune(x))))
			if c == 0 {
				b.WriteString(x + pad)
			} else {
				b.WriteString(pad + x)
			}
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	return out
}

// bilDoc sets a table with its title in a report; tabbed adds a TAB
// budget table before it, as the reports that quote a yearbook have.
func bilDoc(tabbed bool, title []string, table []string) []string {
	var out []string
	if tabbed {
		out = append(out, "Tabel 3.1 Realisasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
			"1\tBelanja Pegawai\t1.000.000\t900.000", "")
	}
	out = append(out, "D. Data Pemilih", "", "[Kutipan: Kabupaten Sikka Dalam Angka - tabel diketik ulang]", "")
	out = append(out, title...)
	out = append(out, table...)
	return append(out, "Sumber/Source: KPU Kabupaten Sikka", "", "BAB IV", "PENUTUP", "")
}

// TestStatBilingualDPTClass: the DPT as a statistics office's bilingual
// yearbook table: the header in two languages over several lines, the
// words over a column naming its role; district codes dropped; the last
// row the kabupaten only when it is the rows' sum.
func TestStatBilingualDPTClass(t *testing.T) {
	w := []int{26, 12, 10, 12, 12, 12}
	// Indonesian first, a three-line header, district codes, the column
	// numbers, the kabupaten row under a rule
	idFirst := bilDoc(true, []string{"Tabel/Table 4.2",
		"Jumlah Desa/Kelurahan, TPS dan Pemilih Terdaftar dalam DPT Pemilu 2024 menurut Kecamatan",
		"Number of Villages, Polling Stations and Registered Voters, General Election 2024, by Subdistrict"},
		bilLines(w, nil,
			[]string{"Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah"},
			[]string{"Subdistrict", "Villages", "Polling", "Male", "Female", "Total"},
			[]string{"", "", "Stations"}, nil,
			[]string{"#"}, nil,
			[]string{"010. Paga", "11", "30", "5.010", "5.120", "10.130"},
			[]string{"020. Mego", "12", "28", "4.400", "4.512", "8.912"},
			[]string{"030. Lela", "9", "21", "3.300", "3.350", "6.650"}, nil,
			[]string{"Sikka", "32", "79", "12.710", "12.982", "25.692"}, nil))
	// English first, a two-line header, no codes, the women before the
	// men and the TPS first, a Pilkada; the whole written Jumlah/Total
	w2 := []int{22, 9, 12, 12, 10}
	enFirst := bilDoc(true, []string{"Table/Tabel 7.1",
		"Registered Voters of the 2020 Regional Head Election by District",
		"Pemilih Terdaftar (DPT) Pemilihan Bupati dan Wakil Bupati 2020 menurut Kecamatan"},
		bilLines(w2, nil,
			[]string{"District", "Polling", "Female", "Male", "Total"},
			[]string{"Kecamatan", "TPS", "Perempuan", "Laki-laki", "Jumlah"}, nil,
			[]string{"Alok Timur", "40", "9.100", "8.900", "18.000"},
			[]string{"Kangae", "25", "5.005", "4.995", "10.000"},
			[]string{"Waigete", "33", "6.200", "6.100", "12.300"},
			[]string{"Jumlah/Total", "98", "20.305", "19.995", "40.300"}, nil))
	// a TAB-free report, no desa column, the kabupaten row not the rows'
	// sum (left out), the codes without their dot
	w3 := []int{24, 8, 12, 12, 12}
	off := bilDoc(false, []string{"Tabel/Table 3.9",
		"Rekapitulasi DPT Pemilu 2019 menurut Kecamatan / Final Voters List, 2019 General Election, by Subdistrict"},
		bilLines(w3, nil,
			[]string{"Kecamatan/Subdistrict", "TPS", "Laki-laki", "Perempuan", "Jumlah"},
			[]string{"", "Polling", "Male", "Female", "Total"},
			[]string{"", "Stations"}, nil,
			[]string{"#"}, nil,
			[]string{"110 Nita", "41", "4.120", "4.033", "8.153"},
			[]string{"120 Magepanda", "20", "2.015", "1.990", "4.005"},
			[]string{"130 Talibura", "37", "3.900", "4.100", "8.000"}, nil,
			[]string{"Sikka", "99", "10.035", "10.123", "20.199"}, nil))
	// a TAB-free report whose kabupaten row is the rows' sum, a two-line
	// header of combined words, the codes with their dot
	plain := bilDoc(false, []string{"Tabel/Table 2.6",
		"Daftar Pemilih Tetap Pemilu 2024 menurut Kecamatan/Final Voters List of the 2024 General Election by Subdistrict"},
		bilLines([]int{22, 14, 10, 17, 14, 14}, nil,
			[]string{"Kecamatan/Subdistrict", "Desa/Villages", "TPS", "Laki-laki/Male", "Perempuan/", "Jumlah/Total"},
			[]string{"", "", "", "", "Female"}, nil,
			[]string{"01. Bola", "6", "20", "2.015", "1.990", "4.005"},
			[]string{"02. Doreng", "7", "22", "2.110", "2.200", "4.310"},
			[]string{"03. Mapitara", "5", "15", "1.500", "1.480", "2.980"}, nil,
			[]string{"Kabupaten Sikka", "18", "57", "5.625", "5.670", "11.295"}, nil))
	// look-alikes: the yearbook's population table; a roll table with a
	// column no role names; a table of polling stations with no sexes
	pop := bilDoc(true, []string{"Tabel/Table 3.1",
		"Jumlah Penduduk menurut Kecamatan dan Jenis Kelamin, 2024",
		"Population by Subdistrict and Sex, 2024"},
		bilLines([]int{26, 12, 12, 12}, nil,
			[]string{"Kecamatan", "Laki-laki", "Perempuan", "Jumlah"},
			[]string{"Subdistrict", "Male", "Female", "Total"}, nil,
			[]string{"#"}, nil,
			[]string{"010. Paga", "9.010", "9.120", "18.130"},
			[]string{"020. Mego", "8.400", "8.512", "16.912"},
			[]string{"030. Lela", "6.300", "6.350", "12.650"}, nil,
			[]string{"Sikka", "23.710", "23.982", "47.692"}, nil))
	ratio := bilDoc(true, []string{"Tabel/Table 4.3",
		"Pemilih Terdaftar dalam DPT Pemilu 2024 dan Rasio Jenis Kelamin menurut Kecamatan",
		"Registered Voters and Sex Ratio, General Election 2024, by Subdistrict"},
		bilLines([]int{26, 12, 12, 12, 10}, nil,
			[]string{"Kecamatan", "Laki-laki", "Perempuan", "Jumlah", "Rasio"},
			[]string{"Subdistrict", "Male", "Female", "Total", "Ratio"}, nil,
			[]string{"010. Paga", "5.010", "5.120", "10.130", "98"},
			[]string{"020. Mego", "4.400", "4.512", "8.912", "97"},
			[]string{"030. Lela", "3.300", "3.350", "6.650", "99"}, nil))
	tps := bilDoc(true, []string{"Tabel/Table 4.4",
		"Jumlah TPS Pemilu 2024 menurut Kecamatan", "Number of Polling Stations, General Election 2024, by Subdistrict"},
		bilLines([]int{26, 12, 12}, nil,
			[]string{"Kecamatan", "Desa/Kel.", "TPS"},
			[]string{"Subdistrict", "Villages", "Polling Stations"}, nil,
			[]string{"010. Paga", "11", "30"},
			[]string{"020. Mego", "12", "28"},
			[]string{"030. Lela", "9", "21"}, nil))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Indonesian first, three header lines, codes, column numbers", idFirst, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|PAGA|11|30|5010|5120|10130",
			"pemilu|2024|kecamatan|MEGO|12|28|4400|4512|8912",
			"pemilu|2024|kecamatan|LELA|9|21|3300|3350|6650",
			"pemilu|2024|kabupaten|Kabupaten Sikka|32|79|12710|12982|25692",
		}}},
		{"English first, two header lines, women first, a Pilkada", enFirst, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK TIMUR|<nil>|40|8900|9100|18000",
			"pilkada|2020|kecamatan|KANGAE|<nil>|25|4995|5005|10000",
			"pilkada|2020|kecamatan|WAIGETE|<nil>|33|6100|6200|12300",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|98|19995|20305|40300",
		}}},
		{"TAB-free, no desa, the whole not the sum", off, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|NITA|<nil>|41|4120|4033|8153",
			"pemilu|2019|kecamatan|MAGEPANDA|<nil>|20|2015|1990|4005",
			"pemilu|2019|kecamatan|TALIBURA|<nil>|37|3900|4100|8000",
		}}},
		{"TAB-free, the kabupaten row the sum", plain, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|BOLA|6|20|2015|1990|4005",
			"pemilu|2024|kecamatan|DORENG|7|22|2110|2200|4310",
			"pemilu|2024|kecamatan|MAPITARA|5|15|1500|1480|2980",
			"pemilu|2024|kabupaten|Kabupaten Sikka|18|57|5625|5670|11295",
		}}},
		{"the population table", pop, nil},
		{"a column no role names", ratio, nil},
		{"polling stations with no sexes", tps, nil},
	})
}
