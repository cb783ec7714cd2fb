package parse

import "testing"

// logDoc sets a log under a DPT caption, a source line after it.
func logDoc(caption string, log ...string) []string {
	out := []string{"D. Data Pemilih", "", caption, ""}
	out = append(out, log...)
	return append(out, "", "Sumber: Subbagian Perencanaan, Data dan Informasi.", "")
}

// TestLogbookDPTClass: the DPT written as short notes, a note a place:
// the area the place word names, the figures by the abbreviations a key
// or the usual words name, each note proven by L + P = jumlah and the
// whole by the notes' sums; unfinished notes, and a place noted twice
// without a correction, load nothing.
func TestLogbookDPTClass(t *testing.T) {
	// an operator's logbook: date and time before the place, the figures
	// on the next line, labels before and after the figures, the recap
	logbook := logDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"BUKU LOG HARIAN OPERATOR SIDALIH - SUBBAG PDI",
		"(lk = laki-laki, pr = perempuan)",
		"",
		"Kam 11/01  08.30  Kec. NANGAPANDA: entri selesai",
		"      lk 5.100 / pr 5.250 = 10.350 pemilih, 30 TPS, 12 desa/kel.",
		"Jum 12/01  14.05  Kec. ENDE SELATAN: entri selesai",
		"      lk 7.001 / pr 7.499 = 14.500 pemilih, 41 TPS, 8 desa/kel.",
		"Sen 15/01  09.10  Kec. WOLOWARU: entri selesai",
		"      lk 3.333 / pr 3.667 = 7.000 pemilih, 22 TPS, 9 desa/kel.",
		"",
		"REKAP KAB. SIKKA: lk 15.434 / pr 16.416 = 31.850 pemilih, 93 TPS, 29 desa/kel.",
		"(sesuai rekap kabupaten - paraf)")
	// a chat group's export: sender before the place, the figures on the
	// message's line, no key (the usual L, P, total)
	chat := logDoc("Tabel 3.2 DPT Pemilihan 2020 menurut Kecamatan",
		"Ekspor Chat WhatsApp - Grup Operator Data Pemilih",
		"[05/10/20 09:12] Yanti PDI: Kec. Alok Timur sudah final, L 1.500, P 1.520, total 3.020, TPS 12",
		"[05/10/20 09:40] Yanti PDI: Kec. Alok Barat sudah final, L 2.001, P 1.999, total 4.000, TPS 15",
		"[05/10/20 10:02] Yanti PDI: Kec. Magepanda sudah final, L 900, P 950, total 1.850, TPS 7",
		"[05/10/20 10:05] Kasubbag: terima kasih, lanjut besok")
	// a field notebook across two days, a key of its own (p is pria
	// here, w wanita, t the total), the day headings between the notes
	notebook := logDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"Catatan lapangan pencocokan DPT (p = pria, w = wanita, t = jumlah)",
		"Selasa, 9 April 2019",
		"Kecamatan Lewa - p 2.100 w 2.050 t 4.150; 11 TPS",
		"Kecamatan Nggaha Ori Angu - p 1.010 w 990 t 2.000; 8 TPS",
		"",
		"Rabu, 10 April 2019",
		"Kecamatan Kahaunguweti - p 3.000 w 3.100 t 6.100; 14 TPS",
		"JUMLAH KABUPATEN SIKKA - p 6.110 w 6.140 t 12.250; 33 TPS")
	// corrections: an unfinished note then the finished one, a place
	// corrected by a note that says so, a place noted twice without
	// (left out, and so the recap no longer the sum)
	corrected := logDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"LOG HARIAN OPERATOR DATA",
		"Sen 03/04  09.00  Kec. PAGA: entri belum selesai",
		"      lk 4.000 / pr 4.100 = 8.100 pemilih, 40 TPS",
		"Sel 04/04  10.00  Kec. MEGO: entri selesai",
		"      lk 4.018 / pr 4.575 = 8.593 pemilih, 38 TPS",
		"Rab 05/04  11.00  Kec. PAGA: entri selesai",
		"      lk 4.574 / pr 4.784 = 9.358 pemilih, 45 TPS",
		"Kam 06/04  09.00  Kec. LELA: entri selesai",
		"      lk 5.175 / pr 5.482 = 10.657 pemilih, 29 TPS",
		"Jum 07/04  09.30  Kec. LELA: ralat entri 06/04",
		"      lk 5.170 / pr 5.487 = 10.657 pemilih, 29 TPS",
		"Sen 10/04  09.00  Kec. BOLA: entri selesai",
		"      lk 6.465 / pr 6.973 = 13.438 pemilih, 29 TPS",
		"Sel 11/04  09.00  Kec. BOLA: entri selesai",
		"      lk 6.400 / pr 6.973 = 13.373 pemilih, 29 TPS",
		"REKAP KAB. SIKKA: lk 22.627 / pr 23.819 = 46.446 pemilih, 141 TPS")
	// look-alikes: a logbook of logistics deliveries (boxes, booths, no
	// voters); a log whose notes do not add up
	logistics := logDoc("Tabel 3.6 Distribusi Logistik Pemilu 2024 per Kecamatan",
		"BUKU LOG HARIAN GUDANG LOGISTIK",
		"Sen 05/02  08.00  Kec. PAGA: diterima PPK",
		"      45 kotak suara, 180 bilik, 18 desa/kel., 45 TPS",
		"Sel 06/02  08.00  Kec. MEGO: diterima PPK",
		"      38 kotak suara, 152 bilik, 9 desa/kel., 38 TPS",
		"REKAP KAB. SIKKA: 83 kotak suara, 332 bilik")
	unproven := logDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"BUKU LOG HARIAN OPERATOR",
		"Sen 03/04  09.00  Kec. PAGA: entri selesai",
		"      lk 4.574 / pr 4.784 = 9.359 pemilih",
		"Sel 04/04  10.00  Kec. MEGO: entri selesai",
		"      lk 4.018 / pr 4.575 = 8.539 pemilih")
	// notes with figures but no log named above: not this reader's
	nolog := logDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"Sen 03/04  09.00  Kec. PAGA: entri selesai",
		"      lk 4.574 / pr 4.784 = 9.358 pemilih",
		"Sel 04/04  10.00  Kec. MEGO: entri selesai",
		"      lk 4.018 / pr 4.575 = 8.593 pemilih")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"operator's logbook with the recap", logbook, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|NANGAPANDA|12|30|5100|5250|10350",
			"pemilu|2024|kecamatan|ENDE SELATAN|8|41|7001|7499|14500",
			"pemilu|2024|kecamatan|WOLOWARU|9|22|3333|3667|7000",
			"pemilu|2024|kabupaten|Kabupaten Sikka|29|93|15434|16416|31850",
		}}},
		{"a chat group's messages", chat, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK TIMUR|<nil>|12|1500|1520|3020",
			"pilkada|2020|kecamatan|ALOK BARAT|<nil>|15|2001|1999|4000",
			"pilkada|2020|kecamatan|MAGEPANDA|<nil>|7|900|950|1850",
		}}},
		{"a notebook across two days, its own key", notebook, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|LEWA|<nil>|11|2100|2050|4150",
			"pemilu|2019|kecamatan|NGGAHA ORI ANGU|<nil>|8|1010|990|2000",
			"pemilu|2019|kecamatan|KAHAUNGUWETI|<nil>|14|3000|3100|6100",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|33|6110|6140|12250",
		}}},
		{"unfinished, corrected, noted twice", corrected, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|MEGO|<nil>|38|4018|4575|8593",
			"pemilu|2019|kecamatan|PAGA|<nil>|45|4574|4784|9358",
			"pemilu|2019|kecamatan|LELA|<nil>|29|5170|5487|10657",
		}}},
		{"a logistics logbook, no voters", logistics, nil},
		{"notes off their totals", unproven, nil},
		{"no log named", nolog, nil},
	})
}
