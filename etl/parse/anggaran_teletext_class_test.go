package parse

import "testing"

// ttDoc sets a screen's lines under a budget caption, a note and a source
// under it.
func ttDoc(caption string, screen ...string) []string {
	out := []string{caption, "", "[Lampiran: layar realisasi anggaran diketik ulang]", ""}
	out = append(out, screen...)
	return append(out, "", "Sumber: SAKTI, posisi 31 Desember 2024.", "")
}

// TestTeletextBudgetClass: budget lines written over two or three lines (a
// code and a name, then labelled amounts) on teletext pages and text-mode
// screens, page furniture between the records and between a record's lines;
// each record proven by sisa = pagu − realisasi and the percent, kegiatan
// summing to their program and programs to the total.
func TestTeletextBudgetClass(t *testing.T) {
	const cap24 = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	// teletext: names wrapped, realisasi before pagu, a percent missing, a
	// page head and fastext line between a kegiatan's head and its figures,
	// the total's word with another word
	teletext := ttDoc(cap24,
		"P120  TVRI-TEKS  120 Sen 30 Des  21:05:13",
		" ANGGARAN SATKER 2024    1/2",
		" ------------------------------",
		" 076.01.WA Program Dukungan",
		" Manajemen",
		"    Realisasi 1.425.000.000  Pagu 1.500.000.000  Sisa 75.000.000",
		" 4512 Layanan Keuangan dan Barang",
		" Milik Negara",
		"    Realisasi 864.000.000  Pagu 900.000.000  Sisa 36.000.000  96,00%",
		" 4513 Layanan Umum",
		" 121 >> Biru: Indeks  Merah: Berita",
		"",
		"P120  TVRI-TEKS  120 Sen 30 Des  21:05:43",
		" ANGGARAN SATKER 2024    2/2",
		" ------------------------------",
		"    Realisasi 561.000.000  Pagu 600.000.000  Sisa 39.000.000  93,50%",
		" 076.01.CQ Program Penyelenggaraan Pemilu",
		"    Realisasi 760.000.000  Pagu 800.000.000  Sisa 40.000.000  (95,00%)",
		" 4520 Pemutakhiran Data Pemilih",
		"    Realisasi 480.000.000  Pagu 500.000.000  Sisa 20.000.000  96,00%",
		" 4521 Sosialisasi dan Pendidikan Pemilih",
		"    Realisasi 280.000.000  Pagu 300.000.000  93,33%",
		" JUMLAH SELURUHNYA",
		"    Realisasi 2.185.000.000  Pagu 2.300.000.000  Sisa 115.000.000  95,00%",
		" 100 >> Indeks")
	wantTeletext := []string{"076.01.WA|program||2024|1500000000|1425000000|75000000",
		"4512|kegiatan|076.01.WA|2024|900000000|864000000|36000000", "4513|kegiatan|076.01.WA|2024|600000000|561000000|39000000",
		"076.01.CQ|program||2024|800000000|760000000|40000000", "4520|kegiatan|076.01.CQ|2024|500000000|480000000|20000000",
		"4521|kegiatan|076.01.CQ|2024|300000000|280000000|20000000", "TOTAL|total||2024|2300000000|2185000000|115000000"}
	// a mainframe screen: other labels with colons and Rp, a record's
	// figures over two lines, the total on one line, function keys
	screen := ttDoc(cap24,
		"SPAN01   LAYAR REALISASI ANGGARAN            HAL 001",
		"=========================================================",
		"076.01.WA  PROGRAM DUKUNGAN MANAJEMEN",
		"   ALOKASI: Rp 1.000.000.000   TERSERAP: Rp 910.000.000",
		"   SALDO: Rp 90.000.000   SERAPAN: 91,00",
		"4512  LAYANAN PERKANTORAN",
		"   ALOKASI: Rp 700.000.000   TERSERAP: Rp 630.000.000",
		"   SALDO: Rp 70.000.000",
		"4513  LAYANAN SDM",
		"   ALOKASI: Rp 300.000.000   TERSERAP: Rp 280.000.000",
		"   SALDO: Rp 20.000.000   SERAPAN: 93,33",
		"---------------------------------------------------------",
		"TOTAL   ALOKASI: Rp 1.000.000.000   TERSERAP: Rp 910.000.000   SALDO: Rp 90.000.000",
		"PF3=KELUAR  PF7=MUNDUR  PF8=MAJU")
	wantScreen := []string{"076.01.WA|program||2024|1000000000|910000000|90000000",
		"4512|kegiatan|076.01.WA|2024|700000000|630000000|70000000", "4513|kegiatan|076.01.WA|2024|300000000|280000000|20000000",
		"TOTAL|total||2024|1000000000|910000000|90000000"}
	// a videotex page in thousands of rupiah: sisa first, Anggaran and Real.
	// abbreviated, kegiatan codes with their program's letters (read as the
	// kegiatan), a page head opening with four digits, no total
	videotex := ttDoc(cap24+" (dalam ribu rupiah)",
		"3615 KPU   *   SERAPAN DIPA   *   PAGE 2",
		"076.01.CQ Program Penyelenggaraan Pemilu",
		"  Sisa 45.000 | Anggaran 1.200.000 | Real. 1.155.000 | 96,25%",
		"CQ.4520 Pemutakhiran Data Pemilih",
		"  Sisa 25.000 | Anggaran 700.000 | Real. 675.000 | 96,43%",
		"CQ.4521 Pengadaan Logistik",
		"  Sisa 20.000 | Anggaran 500.000 | Real. 480.000 | 96,00%",
		"Suite ► ENVOI   Retour ► RETOUR")
	wantVideotex := []string{"076.01.CQ|program||2024|1200000000|1155000000|45000000",
		"4520|kegiatan|076.01.CQ|2024|700000000|675000000|25000000", "4521|kegiatan|076.01.CQ|2024|500000000|480000000|20000000"}
	// a bank's text-mode statement: the total first, amounts with ,00, the
	// percent labelled, a name wrapped over two lines, two programs
	statement := ttDoc("Tabel 3.4 Realisasi Belanja per Program dan Kegiatan Tahun 2024",
		"BANK XYZ  REKENING KORAN ANGGARAN      TGL 31-12-2024  HAL 1/1",
		"JUMLAH SELURUH PROGRAM",
		"   Pagu: Rp 2.000.000.000,00  Realisasi: Rp 1.880.000.000,00  Persen: 94,00",
		"076.01.WA Program Dukungan",
		"   Manajemen",
		"   Pagu: Rp 1.200.000.000,00  Realisasi: Rp 1.140.000.000,00  Persen: 95,00",
		"3355 Pengelolaan Keuangan",
		"   dan Barang Milik",
		"   Negara",
		"   Pagu: Rp 1.200.000.000,00  Realisasi: Rp 1.140.000.000,00  Persen: 95,00",
		"076.01.CQ Program Penyelenggaraan Pemilu",
		"   Pagu: Rp 800.000.000,00  Realisasi: Rp 740.000.000,00  Persen: 92,50",
		"6867 Pembentukan Badan Adhoc",
		"   Pagu: Rp 800.000.000,00  Realisasi: Rp 740.000.000,00  Persen: 92,50",
		"*** AKHIR LAPORAN ***")
	wantStatement := []string{"076.01.WA|program||2024|1200000000|1140000000|60000000",
		"3355|kegiatan|076.01.WA|2024|1200000000|1140000000|60000000", "076.01.CQ|program||2024|800000000|740000000|60000000",
		"6867|kegiatan|076.01.CQ|2024|800000000|740000000|60000000", "TOTAL|total||2024|2000000000|1880000000|120000000"}
	// a record whose sisa is not pagu − realisasi: the screen loads nothing
	badSisa := ttDoc(cap24,
		"P301  KPU-TEKS  301 Sab 31 Des  23:51:01",
		"  076.01.WA Program Dukungan Manajemen",
		"     Pagu 1.000.000.000  Real 900.000.000  Sisa 100.000.000  90,00%",
		"  3355 Pengelolaan Keuangan",
		"     Pagu 600.000.000  Real 540.000.000  Sisa 61.000.000  90,00%",
		"  3360 Operasional Perkantoran",
		"     Pagu 400.000.000  Real 360.000.000  Sisa 40.000.000  90,00%")
	// kegiatan not adding up to their program: nothing
	badSum := ttDoc(cap24,
		"  076.01.WA Program Dukungan Manajemen",
		"     Pagu 1.000.000.000  Real 900.000.000  Sisa 100.000.000  90,00%",
		"  3355 Pengelolaan Keuangan",
		"     Pagu 600.000.000  Real 540.000.000  Sisa 60.000.000  90,00%",
		"  3360 Operasional Perkantoran",
		"     Pagu 500.000.000  Real 450.000.000  Sisa 50.000.000  90,00%")
	// look-alike: a TV guide page, times and channel numbers
	guide := []string{"Jadwal siaran malam ini:", "",
		"P201  TVRI-TEKS  201 Sen 30 Des  19:02:11", " ACARA TV MALAM INI        1/1", " ==========================",
		" 1900 Berita Nasional", "    Kanal 21  Durasi 30 menit", " 1930 Dunia Dalam Berita", "    Kanal 21  Durasi 45 menit",
		" 2030 Film: Sisa 2 Hari", " 202 >> Merah: Olahraga  Hijau: Cuaca"}
	// look-alike: a sports results page
	sports := []string{"Hasil pertandingan:", "", "P302  SPORT-TEKS  302 Min 29 Des  22:10:00", " LIGA 1 - PEKAN 17     1/1",
		" Persib 2 Persija 1", "    Penonton 24.500  Pendapatan Rp 1.250.000.000", " PSM 0 Arema 0", "    Penonton 11.200",
		" 303 >> Klasemen"}
	// look-alike: a stock page with four-digit codes, prices and changes
	stocks := []string{"Kurs dan saham:", "", "P510  BURSA-TEKS  510 Jum 27 Des  16:15:00",
		" 7203 TOYOTA MOTOR", "    Harga 2.850  Naik 35  (1,24%)", " 6758 SONY GROUP", "    Harga 3.120  Turun 40  (1,27%)",
		" 9984 SOFTBANK", "    Harga 8.900  Naik 120  (1,37%)"}
	// look-alike: a household's budget, labelled amounts under names without codes
	household := []string{"Catatan keuangan rumah tangga bulan Desember:", "",
		" Belanja Dapur", "    Anggaran 1.500.000  Real 1.200.000  Sisa 300.000  80,00%",
		" Transportasi", "    Anggaran 500.000  Real 450.000  Sisa 50.000  90,00%",
		" JUMLAH", "    Anggaran 2.000.000  Real 1.650.000  Sisa 350.000  82,50%"}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"teletext pages, wrapped names, a page head inside a record", teletext, map[string][]string{"anggaran": wantTeletext}},
		{"a mainframe screen, figures over two lines, a one-line total", screen, map[string][]string{"anggaran": wantScreen}},
		{"a videotex page in thousands, sisa first, no total", videotex, map[string][]string{"anggaran": wantVideotex}},
		{"a bank statement, the total first, names wrapped twice", statement, map[string][]string{"anggaran": wantStatement}},
		{"a sisa that is not pagu - realisasi", badSisa, map[string][]string{"anggaran": nil}},
		{"kegiatan not summing to their program", badSum, map[string][]string{"anggaran": nil}},
		{"a TV guide page", guide, map[string][]string{"anggaran": nil}},
		{"a sports results page", sports, map[string][]string{"anggaran": nil}},
		{"a stock page", stocks, map[string][]string{"anggaran": nil}},
		{"a household budget without codes", household, map[string][]string{"anggaran": nil}},
	})
}
