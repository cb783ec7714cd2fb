package parse

import "testing"

// TestDPTProseSpacedGroups: a DPT stated in prose with its thousands
// grouped by spaces (a narrow no-break or thin space, folded to a space)
// is read only when the convention is proven (the total is so grouped and
// laki-laki + perempuan make it); a count that a spaced group may have
// cut is never loaded as its last group; and a later sentence naming
// another year does not hide the election of the sentence with the count.
func TestDPTProseSpacedGroups(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "narrow no-break spaces, L + P prove them, the TPS count grouped too",
		body: []string{"DPT Pemilu Tahun 2024 yang ditetapkan pada tanggal 21 Juni 2023 berjumlah 272\u202f950 pemilih, terdiri atas " +
			"133\u202f957 pemilih laki-laki dan 138\u202f993 pemilih perempuan yang tersebar di 1\u202f045 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|1045|133957|138993|272950"}},
	}, {
		name: "thin spaces, no TPS",
		body: []string{"Daftar Pemilih Tetap Pemilihan Bupati Tahun 2020 sebanyak 201\u2009314 pemilih (98\u2009100 laki-laki dan 103\u2009214 perempuan)."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|98100|103214|201314"}},
	}, {
		name: "spaced groups that L + P do not make: nothing proves the convention",
		body: []string{"DPT Pemilu Tahun 2024 berjumlah 272 950 pemilih, terdiri atas 133 957 pemilih laki-laki dan 138 000 pemilih perempuan."},
	}, {
		name: "a dotted total, a TPS count grouped with a space: the count is not read as its last group",
		body: []string{"DPT Pemilu Tahun 2024 berjumlah 272.950 pemilih, terdiri atas 133.957 laki-laki dan 138.993 perempuan, di 1 045 TPS."},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|133957|138993|272950"}},
	}, {
		name: "a later sentence names another year",
		body: []string{"Evaluasi Pemilihan Bupati dan Wakil Bupati Tahun 2020 mencatat DPT sebanyak 201.314 pemilih (98.100 laki-laki " +
			"dan 103.214 perempuan) pada 558 TPS. Dana hibah Pemilihan yang tersisa dikembalikan ke kas daerah pada bulan Maret 2021."},
		want: map[string][]string{"dpt": {"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|558|98100|103214|201314"}},
	}})
}
