package parse

import (
	"strings"
	"testing"
)

// TestDPTAgeBandsClass: a DPT recapitulation that breaks the voters down
// beside their sexes (age bands, disability types) has a header line whose
// band titles ("17-20", "> 60") or type names are no header words. The
// L | P | total trio still makes it the header; the breakdown columns are
// no DPT count and are left alone, before or after the trio, under one or
// two header lines (made-up figures).
func TestDPTAgeBandsClass(t *testing.T) {
	agesAfter := barred("Tabel 3.4 Rekapitulasi DPT menurut Kelompok Umur Pemilu 2019 per Kecamatan", "",
		"||||Jenis Kelamin|||Kelompok Umur (tahun)||||||",
		"No|Kecamatan|Desa|TPS|L|P|Jumlah|17-20|21-30|31-40|41-50|51-60|> 60",
		"1|HEWOKLOANG|9|25|4.120|4.380|8.500|900|1.800|1.700|1.600|1.300|1.200",
		"2|MAGEPANDA|7|19|3.050|3.250|6.300|700|1.400|1.300|1.100|1.000|800",
		"3|KEWAPANTE|10|31|5.210|5.490|10.700|1.100|2.300|2.200|2.000|1.700|1.400",
		"|Jumlah|26|75|12.380|13.120|25.500|2.700|5.500|5.200|4.700|4.000|3.400", "")
	agesBefore := barred("Tabel 2.6 DPT Pemilihan Bupati 2020 menurut Usia per Kecamatan", "",
		"|||Usia Pemilih||||||DPT||",
		"No|Kecamatan|TPS|17 - 20|21 - 30|31 - 40|41 - 50|51 - 60|≥ 61|L|P|L+P",
		"1|ALOK|60|1.500|4.800|5.000|4.200|3.300|2.700|10.400|11.100|21.500",
		"2|ALOK TIMUR|48|1.200|3.900|3.800|3.300|2.600|2.200|8.250|8.750|17.000",
		"3|NELE|17|400|1.200|1.300|1.100|800|700|2.640|2.860|5.500",
		"|Total|125|3.100|9.900|10.100|8.600|6.700|5.600|21.290|22.710|44.000", "")
	disability := barred("Tabel 3.9 DPT Pemilu 2024 dan Pemilih Disabilitas per Kecamatan", "",
		"||||Pemilih|||Ragam Disabilitas||||",
		"No|Kecamatan|Desa|TPS|L|P|Jumlah|Fisik|Intelektual|Mental|Sensorik Netra|Sensorik Rungu",
		"1|WAIBLAMA|7|20|3.010|3.190|6.200|12|4|6|9|3",
		"2|DORENG|8|24|3.505|3.695|7.200|15|2|5|7|6",
		"3|MAPITARA|4|9|1.220|1.280|2.500|4|1|2|3|1",
		"|Jumlah Kabupaten|19|53|7.735|8.165|15.900|31|7|13|19|10", "")
	oneLine := barred("Tabel 3.2 Pemilih Pemilu 2024 per Kecamatan menurut Jenis Kelamin dan Umur", "",
		"No|Kecamatan|L|P|Jumlah|17-25|26-40|41-55|56+",
		"1|PALUE|4.100|4.400|8.500|1.300|2.900|2.600|1.700",
		"2|KOTING|3.300|3.500|6.800|1.000|2.300|2.100|1.400",
		"3|TANAWAWO|2.450|2.550|5.000|800|1.700|1.500|1.000",
		"|JUMLAH|9.850|10.450|20.300|3.100|6.900|6.200|4.100", "")
	// the same table as pdftotext -layout prints it: columns by spaces
	var spaced []string
	for _, l := range oneLine {
		if strings.Contains(l, "\t") {
			l = paddedLine([]int{4, 12, 7, 7, 8, 7, 7, 7, 7}, strings.Split(l, "\t"))
		}
		spaced = append(spaced, l)
	}
	// two header lines in layout columns: the group titles over their columns
	spacedTwo := []string{"Tabel 2.6 DPT Pemilihan Bupati 2020 menurut Usia per Kecamatan", "",
		"                                                          Usia Pemilih                                                 DPT",
		"  No     Kecamatan        TPS     17 - 20     21 - 30     31 - 40     41 - 50     51 - 60      ≥ 61          L          P        L+P",
		"  1      ALOK              60       1.500       4.800       5.000       4.200       3.300     2.700     10.400     11.100     21.500",
		"  2      ALOK TIMUR        48       1.200       3.900       3.800       3.300       2.600     2.200      8.250      8.750     17.000",
		"  3      NELE              17         400       1.200       1.300       1.100         800       700      2.640      2.860      5.500",
		"         Total            125       3.100       9.900      10.100       8.600       6.700     5.600     21.290     22.710     44.000",
		""}
	ages2024 := []string{
		"pemilu|2024|kecamatan|PALUE|<nil>|<nil>|4100|4400|8500",
		"pemilu|2024|kecamatan|KOTING|<nil>|<nil>|3300|3500|6800",
		"pemilu|2024|kecamatan|TANAWAWO|<nil>|<nil>|2450|2550|5000",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|9850|10450|20300",
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"sexes, then six age bands under two header lines", agesAfter, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|HEWOKLOANG|9|25|4120|4380|8500",
			"pemilu|2019|kecamatan|MAGEPANDA|7|19|3050|3250|6300",
			"pemilu|2019|kecamatan|KEWAPANTE|10|31|5210|5490|10700",
			"pemilu|2019|kabupaten|Kabupaten Sikka|26|75|12380|13120|25500",
		}}},
		{"age bands before the roll's sexes", agesBefore, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK|<nil>|60|10400|11100|21500",
			"pilkada|2020|kecamatan|ALOK TIMUR|<nil>|48|8250|8750|17000",
			"pilkada|2020|kecamatan|NELE|<nil>|17|2640|2860|5500",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|125|21290|22710|44000",
		}}},
		{"disability types beside the sexes", disability, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|WAIBLAMA|7|20|3010|3190|6200",
			"pemilu|2024|kecamatan|DORENG|8|24|3505|3695|7200",
			"pemilu|2024|kecamatan|MAPITARA|4|9|1220|1280|2500",
			"pemilu|2024|kabupaten|Kabupaten Sikka|19|53|7735|8165|15900",
		}}},
		{"one header line, open-ended band", oneLine, map[string][]string{"dpt": ages2024}},
		{"one header line in layout columns", spaced, map[string][]string{"dpt": ages2024}},
		{"two header lines in layout columns", spacedTwo, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK|<nil>|60|10400|11100|21500",
			"pilkada|2020|kecamatan|ALOK TIMUR|<nil>|48|8250|8750|17000",
			"pilkada|2020|kecamatan|NELE|<nil>|17|2640|2860|5500",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|125|21290|22710|44000",
		}}},
	})
}
