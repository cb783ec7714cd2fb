package parse

import "testing"

// TestDPTEnglishElectionYear: an English caption or sentence gives the
// roll the election's year, written after the noun ("General Election
// 2019", "Regional Election of 2020") or before it ("the 2020 Regional
// Election"), never the report year (2024 here) and never a date further
// on ("fixed at the plenary meeting of 21 June 2023"). Two election years
// named load nothing (dpt.tahun_ragu).
func TestDPTEnglishElectionYear(t *testing.T) {
	const hdr = "No\tSub-district\tVillages\tPolling Stations\tMale\tFemale\tTotal"
	rows := []string{"1\tALOK\t12\t80\t10.100\t10.500\t20.600", "2\tNITA\t11\t42\t6.200\t6.400\t12.600"}
	lead := []string{"BAB III AKUNTABILITAS KINERJA", "", "Data pemilih disajikan sebagai dasar pemutakhiran data pemilih berkelanjutan.", ""}
	body := func(lines ...string) []string { return append(append(append(lead, lines...), "", hdr), rows...) }
	want := func(el, y string) []string {
		return []string{el + "|" + y + "|kecamatan|ALOK|12|80|10100|10500|20600", el + "|" + y + "|kecamatan|NITA|11|42|6200|6400|12600"}
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"General Election 2019 in the caption", body("Table 3.4 Final Voters List (DPT), General Election 2019"), map[string][]string{"dpt": want("pemilu", "2019")}},
		{"Regional Election of 2020", body("Table 3.4 Final Voters List, Regional Election of 2020"), map[string][]string{"dpt": want("pilkada", "2020")}},
		{"the year before the noun, a date after it", body("D. Final Voters List (DPT), General Election",
			"The final voters list for the 2019 General Election was fixed at the plenary meeting of 21 June 2018 and is summarised below."),
			map[string][]string{"dpt": want("pemilu", "2019")}},
		{"two election years", body("Table 3.4 Final Voters List, General Election 2019 and General Election 2024"), map[string][]string{"dpt": nil}},
	})
}
