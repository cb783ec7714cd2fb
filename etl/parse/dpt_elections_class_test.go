package parse

import "testing"

// TestDPTElectionRows: a DPT table whose rows are elections (a "Jenis
// Pemilihan" column) gives the reporting satker's row for each election,
// its year the one the row names, else the table's; a date the roll was
// fixed on is not its year; DPTb/DPK beside stay unread; a "Jumlah" over
// the elections is no fact; two rows of one election and year load
// neither.
func TestDPTElectionRows(t *testing.T) {
	tbl := func(caption string, lines ...string) []string { return append([]string{caption, ""}, lines...) }
	const (
		pemilu   = "Pemilu Presiden dan Wakil Presiden, DPR, DPD dan DPRD"
		pilkada  = "Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati"
		kab      = "|kabupaten|Kabupaten Sikka|"
		withDate = "No\tJenis Pemilihan\tPenetapan DPT\tJumlah TPS\tL\tP\tL+P\tDPTb\tDPK"
	)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Pemilu and Pemilihan of one year, the date each roll was fixed", tbl("Tabel 3.4 Rekapitulasi DPT, DPTb dan DPK Tahun 2024", withDate,
			"1\t"+pemilu+"\t21 Juni 2023\t672\t94.550\t92.493\t187.043\t1.486\t377", "2\t"+pilkada+"\t20 September 2024\t507\t95.704\t93.122\t188.826\t-\t1.032"),
			map[string][]string{"dpt": {"pemilu|2024" + kab + "<nil>|672|94550|92493|187043", "pilkada|2024" + kab + "<nil>|507|95704|93122|188826"}}},
		{"each row names its year, a total row under them", tbl("Tabel 3.4 DPT per Pemilihan", "Pemilihan\tDesa/Kelurahan\tTPS\tLaki-laki\tPerempuan\tJumlah",
			"Pemilu 2019\t160\t640\t120.100\t125.300\t245.400", "Pilkada 2020\t160\t610\t121.000\t126.000\t247.000", "Jumlah\t\t1.250\t241.100\t251.300\t492.400"),
			map[string][]string{"dpt": {"pemilu|2019" + kab + "160|640|120100|125300|245400", "pilkada|2020" + kab + "160|610|121000|126000|247000"}}},
		{"two rows of one election and year: neither", tbl("Tabel 3.4 DPT Tahun 2024", "Jenis Pemilu\tTPS\tL\tP\tL+P",
			"Pemilu DPR\t672\t94.550\t92.493\t187.043", "Pemilu DPRD\t672\t94.500\t92.400\t186.900"), map[string][]string{"dpt": nil}},
	})
}
