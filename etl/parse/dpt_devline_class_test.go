package parse

import "testing"

// devlineDoc sets a device's output under a caption in a report whose
// other tables are TAB tables.
func devlineDoc(caption string, out ...string) []string {
	doc := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, ""}
	doc = append(doc, out...)
	return append(doc, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestDevlineDPTClass: a DPT as labelled one-line records inside a
// device's output, a line a place: only the figures behind a DPT label
// count, each place proven by L + P = its total, the whole by the sums;
// with no total stated, the whole must prove every count by the sums.
func TestDevlineDPTClass(t *testing.T) {
	// an SMS gateway's log: time stamps and senders' numbers before the
	// message, key=value pairs parted by ";", the kabupaten's message last
	sms := devlineDoc("Tabel 3.6 Rekapitulasi DPT Pilkada 2020 per Kecamatan",
		"[Salinan: log gerbang SMS kantor (gammu-smsd) diketik ulang]",
		"2020-09-21 08:14:02 gammu-smsd[812]: Received SMS from +6281234567890: Kecamatan Alok; L=7.210; P=7.305; TPS=60; Total=14.515",
		"2020-09-21 08:20:45 gammu-smsd[812]: Received SMS from +6281234567891: Kecamatan Nita; L=4.120; P=4.033; TPS=41; Total=8.153",
		"2020-09-21 08:31:10 gammu-smsd[812]: Received SMS from +6281234567892: Kabupaten Sikka; L=11.330; P=11.338; TPS=101; Total=22.668")
	wantSMS := []string{"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// a radio net's log: call signs and a time before, "|" between the
	// fields, lower-case labels in another order, PPK for the place, the
	// whole named by a summing word before the kabupaten's name
	radio := devlineDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"LOG JARING RADIO ORARI - LAPORAN PPK",
		"0712Z YB9ABC de YB9XYZ QSL | PPK KANGAE | tps 22 | pr 3.305 | lk 3.210 | jml 6.515 | 73",
		"0720Z YB9ABD de YB9XYZ QSL | PPK KEWAPANTE | tps 19 | pr 2.100 | lk 2.000 | jml 4.100 | 73",
		"0731Z YB9ABE de YB9XYZ QSL | TOTAL SIKKA | tps 41 | pr 5.405 | lk 5.210 | jml 10.615 | 73")
	wantRadio := []string{"pemilu|2024|kecamatan|KANGAE|<nil>|22|3210|3305|6515", "pemilu|2024|kecamatan|KEWAPANTE|<nil>|19|2000|2100|4100",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|41|5210|5405|10615"}
	// a serial console: no total stated, plain figures; the kabupaten's
	// line proves desa, TPS, L and P by the sums, so the totals are L + P
	serial := devlineDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"[Salinan: keluaran konsol serial alat rekap (minicom)]",
		"[   12.304511] rekap: kec=ALOK desa=11 tps=60 l=7210 p=7305",
		"[   12.309876] rekap: kec=NITA desa=12 tps=41 l=4120 p=4033",
		"[   12.315002] rekap: kab=SIKKA desa=23 tps=101 l=11330 p=11338")
	wantSerial := []string{"pemilu|2019|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2019|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2019|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668"}
	// the same console whose kabupaten line is not the sums: no total is
	// proven, nothing loads
	serialOff := devlineDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
		"[   12.304511] rekap: kec=ALOK desa=11 tps=60 l=7210 p=7305",
		"[   12.309876] rekap: kec=NITA desa=12 tps=41 l=4120 p=4033",
		"[   12.315002] rekap: kab=SIKKA desa=23 tps=101 l=11331 p=11338")
	// a pager's FLEX decode: whole words for the labels, the total first,
	// the place after "Kec.", a menu of the receiver between the pages, the
	// whole "Jumlah Kab. …" not the sums (left out), the places kept
	pager := devlineDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"PDW 3.1 - log penyeranta kantor",
		"12:01:33 03-04-24 FLEX 1600 0001234 ALN  Kec. Alok Timur: Jumlah 3.020, Laki-laki 1.500, Perempuan 1.520, Desa 5",
		"12:04:10 03-04-24 FLEX 1600 0001234 ALN  Kec. Alok Barat: Jumlah 4.000, Laki-laki 2.001, Perempuan 1.999, Desa 7",
		"---- baterai 80% ----",
		"",
		"12:09:50 03-04-24 FLEX 1600 0001234 ALN  Jumlah Kab. Sikka: Jumlah 7.021, Laki-laki 3.502, Perempuan 3.519, Desa 12")
	wantPager := []string{"pemilu|2024|kecamatan|ALOK TIMUR|5|<nil>|1500|1520|3020", "pemilu|2024|kecamatan|ALOK BARAT|7|<nil>|2001|1999|4000"}
	// a phone's inbox screen in a border: a menu number before the name,
	// "Lk"/"Pr" and "L+P" labels, ";" between, the whole a bare "Jumlah:"
	inbox := devlineDoc("Tabel 3.3 DPT Pemilu 2019 menurut Kecamatan",
		"+------------------------------------------------------+",
		"| 1 Alok: TPS 60; Lk 7.210; Pr 7.305; L+P 14.515        |",
		"| 2 Nita: TPS 41; Lk 4.120; Pr 4.033; L+P 8.153         |",
		"| 3 Magepanda: TPS 7; Lk 900; Pr 950; L+P 1.850         |",
		"| Jumlah: TPS 108; Lk 12.230; Pr 12.288; L+P 24.518     |",
		"+------------------------------------------------------+")
	wantInbox := []string{"pemilu|2019|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2019|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2019|kecamatan|MAGEPANDA|<nil>|7|900|950|1850", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|108|12230|12288|24518"}
	// a kecamatan named "KOTA …" with no place word is a kecamatan, not
	// the whole; the whole is the summing word's
	kota := devlineDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"[Salinan: log dekoder penyeranta]",
		"POCSAG512: Address: 2001  Function: 0  Alpha: KOTA BARU L 1.000 P 1.100 JML 2.100<ETX>",
		"POCSAG512: Address: 2002  Function: 0  Alpha: NITA L 900 P 950 JML 1.850<ETX>",
		"POCSAG512: Address: 2003  Function: 0  Alpha: TOTAL SIKKA L 1.900 P 2.050 JML 3.950<ETX>")
	wantKota := []string{"pemilu|2024|kecamatan|KOTA BARU|<nil>|<nil>|1000|1100|2100", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|900|950|1850",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|1900|2050|3950"}
	// look-alike: a hospital's pager calls, beds by sex that do not add up
	hospital := []string{"Log penyeranta RSUD - panggilan jaga 2024", "",
		"POCSAG1200: Address: 1200001  Function: 2  Alpha:   BANGSAL MAWAR L 12 P 9 JML 23 KODE BIRU<EOT>",
		"POCSAG1200: Address: 1200002  Function: 2  Alpha:   BANGSAL MELATI L 8 P 7 JML 14<EOT>",
		"POCSAG1200: Address: 1200003  Function: 2  Alpha:   BANGSAL ANGGREK L 5 P 6 JML 10<EOT>"}
	// look-alike: a USSD balance screen
	ussd := []string{"Panggil: *888#", "+-- Layar 1 --", "Sisa pulsa Rp 12.500, aktif s/d 30-04-2024",
		"1 Paket L 10GB Rp 50.000", "2 Paket P 5GB Rp 30.000", "9 Lanjut  0 Kembali", "Balas: 9"}
	// look-alike: a train timetable naming the platform (L) and the
	// track (P), no total and no whole
	trains := []string{"Jadwal KA Stasiun Kota 2024", "",
		"07.15  KA 101 ARGO BROMO ANGGREK  L 2  P 3  Tepat waktu",
		"08.40  KA 115 SANCAKA  L 1  P 4  Terlambat 10 menit",
		"09.05  KA 117 GAYA BARU MALAM  L 3  P 1  Tepat waktu"}
	// look-alike: levels by indent (kabupaten, kecamatan, desa): a tree,
	// no one roll of kecamatan
	levels := devlineDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"[Salinan: keluaran konsol aplikasi rekap]",
		"> SIKKA L=1.500 P=1.600 JML=3.100",
		">   ALOK L=1.500 P=1.600 JML=3.100",
		">     MADAWAT L=800 P=850 JML=1.650",
		">     NANGALIMANG L=700 P=750 JML=1.450")
	// look-alike: a shop page's product cards in markup, sizes L and P
	shop := []string{"Katalog toko 2024", "",
		`<div class="item">KEMEJA <b>L</b> 20 <b>P</b> 21 <b>JUMLAH</b> 41</div>`,
		`<div class="item">ROMPI <b>L</b> 8 <b>P</b> 9 <b>JUMLAH</b> 17</div>`}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"an SMS gateway log, key=value", sms, map[string][]string{"dpt": wantSMS}},
		{"a radio net log, | between fields, other order", radio, map[string][]string{"dpt": wantRadio}},
		{"a serial console, no total, the whole proves the sums", serial, map[string][]string{"dpt": wantSerial}},
		{"no total and the whole not the sums", serialOff, map[string][]string{"dpt": nil}},
		{"a FLEX pager, whole words, the whole not the sums", pager, map[string][]string{"dpt": wantPager}},
		{"a phone's inbox screen, menu numbers, a bare Jumlah", inbox, map[string][]string{"dpt": wantInbox}},
		{"a kecamatan named KOTA …, the whole by TOTAL", kota, map[string][]string{"dpt": wantKota}},
		{"levels by indent", levels, map[string][]string{"dpt": nil}},
		{"a shop's markup", shop, map[string][]string{"dpt": nil}},
		{"a hospital's pager calls", hospital, map[string][]string{"dpt": nil}},
		{"a USSD balance screen", ussd, map[string][]string{"dpt": nil}},
		{"a train timetable", trains, map[string][]string{"dpt": nil}},
	})
}
