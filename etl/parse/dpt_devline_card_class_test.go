package parse

import "testing"

// TestDevlineCardDPTClass: a labelled DPT record whose place and figures
// sit on different lines (a notification history, an inbox, a ticket
// list, cards): the bare figures take the place from the nearest line
// above within the record; each place proven by L + P = its total, the
// whole by the sums of the places.
func TestDevlineCardDPTClass(t *testing.T) {
	// an e-mail inbox: sender and time, the subject naming the place, the
	// preview with "|" between, counts before their units; the
	// kabupaten's message last
	inbox := devlineDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"Kotak Masuk - surel kantor (diketik ulang)",
		"",
		"ppk.alok@example.id   08.14",
		"Rekap DPT Kec. Alok",
		"11 desa | 60 TPS | L 7.210 | P 7.305 | Jumlah 14.515",
		"",
		"ppk.nita@example.id   08.20",
		"Rekap DPT Kec. Nita",
		"12 desa | 41 TPS | L 4.120 | P 4.033 | Jumlah 8.153",
		"",
		"operator@example.id   09.02",
		"Rekap DPT Kabupaten Sikka",
		"23 desa | 101 TPS | L 11.330 | P 11.338 | Jumlah 22.668")
	wantInbox := []string{"pemilu|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668"}
	// a ticket list: the title "[#id] Kecamatan X — …", the fields with
	// whole words and "jiwa" after the figures, TPS last; the whole by a
	// summing word
	tickets := devlineDoc("Tabel 3.6 DPT Pilkada 2020 menurut Kecamatan",
		"[#1021] Kecamatan Kangae — rekap DPT",
		"Laki-laki 3.210 jiwa, Perempuan 3.305 jiwa, Total 6.515 jiwa, 22 TPS",
		"",
		"[#1022] Kecamatan Kewapante — rekap DPT",
		"Laki-laki 2.000 jiwa, Perempuan 2.100 jiwa, Total 4.100 jiwa, 19 TPS",
		"",
		"[#1025] Total Kabupaten Sikka — rekap DPT",
		"Laki-laki 5.210 jiwa, Perempuan 5.405 jiwa, Total 10.615 jiwa, 41 TPS")
	wantTickets := []string{"pilkada|2020|kecamatan|KANGAE|<nil>|22|3210|3305|6515", "pilkada|2020|kecamatan|KEWAPANTE|<nil>|19|2000|2100|4100",
		"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|41|5210|5405|10615"}
	// cards: the place alone as the title, "," between, the kabupaten's
	// card first; one card whose L + P is not its total is left out
	cards := devlineDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"KABUPATEN SIKKA",
		"23 desa/kel, 101 TPS, L 11.330, P 11.338, Jumlah 22.668",
		"",
		"ALOK",
		"11 desa/kel, 60 TPS, L 7.210, P 7.305, Jumlah 14.515",
		"",
		"NITA",
		"12 desa/kel, 41 TPS, L 4.120, P 4.033, Jumlah 8.153",
		"",
		"MAGEPANDA",
		"3 desa/kel, 7 TPS, L 900, P 950, Jumlah 1.851")
	wantCards := []string{"pemilu|2019|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668",
		"pemilu|2019|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2019|kecamatan|NITA|12|41|4120|4033|8153"}
	// a notification history: the app's line first (sender PPK …, time),
	// the title naming "Kec. KOTA …", "·" between; the whole last
	notif := devlineDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"Riwayat notifikasi",
		"",
		"Sirekap · PPK Kota Baru · 3 Mar, 10.12",
		"DPT Pemilu 2024 Kec. KOTA BARU ditetapkan",
		"9 desa/kel · 30 TPS · L 1.000 · P 1.100 · Jumlah 2.100",
		"",
		"Sirekap · PPK Nita · 3 Mar, 10.05",
		"DPT Pemilu 2024 Kec. NITA ditetapkan",
		"8 desa/kel · 25 TPS · L 900 · P 950 · Jumlah 1.850",
		"",
		"Sirekap · KPU Kab. Sikka · 3 Mar, 11.30",
		"DPT Pemilu 2024 KABUPATEN SIKKA ditetapkan",
		"17 desa/kel · 55 TPS · L 1.900 · P 2.050 · Jumlah 3.950")
	wantNotif := []string{"pemilu|2024|kecamatan|KOTA BARU|9|30|1000|1100|2100", "pemilu|2024|kecamatan|NITA|8|25|900|950|1850",
		"pemilu|2024|kabupaten|Kabupaten Sikka|17|55|1900|2050|3950"}
	// figures with no place above in their record (a blank line between):
	// nothing
	orphan := devlineDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"Kec. Alok", "",
		"L 7.210 · P 7.305 · Jumlah 14.515",
		"Kec. Nita", "",
		"L 4.120 · P 4.033 · Jumlah 8.153")
	// look-alike: a courier app's notifications, parcels by size
	parcels := []string{"Riwayat notifikasi kurir 2024", "",
		"Kurir · Gudang Alok · 21 Jun, 16.42",
		"Paket tiba di gudang",
		"12 koli · L 4 · P 8 · Total 12",
		"",
		"Kurir · Gudang Nita · 21 Jun, 16.10",
		"Paket tiba di gudang",
		"9 koli · L 2 · P 7 · Total 9"}
	// look-alike: the courier's parcels delivered per kecamatan, adding
	// up by size, with no election anywhere near
	delivered := []string{"Riwayat notifikasi kurir 2024", "",
		"Kurir · 21 Jun, 16.42",
		"Paket terkirim Kec. Alok",
		"12 koli · L 4 · P 8 · Total 12",
		"",
		"Kurir · 21 Jun, 16.10",
		"Paket terkirim Kec. Nita",
		"9 koli · L 2 · P 7 · Total 9"}
	// look-alike: a chat app's unread counts per group
	chat := []string{"Obrolan 2024", "",
		"Grup Relawan Alok",
		"💬 12 belum dibaca · L 5 · P 7",
		"",
		"Grup Arisan Nita",
		"💬 4 belum dibaca · L 1 · P 3"}
	// look-alike: a weather app's cards, low and high, rain chance
	weather := []string{"Cuaca hari ini 2024", "",
		"Kota Kupang",
		"Cerah berawan",
		"L 24° · H 31° · P 20%",
		"",
		"Maumere",
		"L 23 · H 30 · P 40"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"an e-mail inbox, subject over preview", inbox, map[string][]string{"dpt": wantInbox}},
		{"a ticket list, jiwa after the figures", tickets, map[string][]string{"dpt": wantTickets}},
		{"cards titled by the place, the whole first", cards, map[string][]string{"dpt": wantCards}},
		{"a notification history, Kec. KOTA …", notif, map[string][]string{"dpt": wantNotif}},
		{"figures with no place in their record", orphan, map[string][]string{"dpt": nil}},
		{"a courier's notifications", parcels, map[string][]string{"dpt": nil}},
		{"a courier's deliveries per kecamatan", delivered, map[string][]string{"dpt": nil}},
		{"a chat app's unread counts", chat, map[string][]string{"dpt": nil}},
		{"a weather app's cards", weather, map[string][]string{"dpt": nil}},
	})
}
