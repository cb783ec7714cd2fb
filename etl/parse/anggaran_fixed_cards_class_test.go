package parse

import "testing"

// TestFramedBudgetCardsClass: the PPK's budget control cards printed framed
// in characters, one card a budget line (Kode, a wrapped Uraian, Induk, then
// pagu, realisasi, sisa and percent), the last card the total. A card's
// figures load only when they prove each other.
func TestFramedBudgetCardsClass(t *testing.T) {
	plus := []string{
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"+------------------------------------------------------------+",
		"| KARTU KENDALI ANGGARAN TA 2024               Kartu No. 01  |",
		"| Kode     : 076.01.WA                                       |",
		"| Uraian   : Program Dukungan Manajemen                      |",
		"+--------------------------+---------------------------------+",
		"| Pagu setelah revisi      |                Rp 2.000.000.000 |",
		"| Realisasi s.d. 31 Des.   |                Rp 1.900.000.000 |",
		"| Sisa pagu                |                  Rp 100.000.000 |",
		"| Persentase realisasi     |                         95,00 % |",
		"+--------------------------+---------------------------------+",
		"",
		"+------------------------------------------------------------+",
		"| KARTU KENDALI ANGGARAN TA 2024               Kartu No. 02  |",
		"| Kode     : 4112                                            |",
		"| Uraian   : Pengelolaan Keuangan dan Barang Milik           |",
		"|            Negara                                          |",
		"| Induk    : 076.01.WA                                       |",
		"+--------------------------+---------------------------------+",
		"| Pagu setelah revisi      |                  Rp 800.000.000 |",
		"| Realisasi s.d. 31 Des.   |                  Rp 780.000.000 |",
		"| Sisa pagu                |                   Rp 20.000.000 |",
		"| Persentase realisasi     |                         97,50 % |",
		"+--------------------------+---------------------------------+",
		"",
		"+------------------------------------------------------------+",
		"| REKAPITULASI                                               |",
		"| Uraian   : JUMLAH                                          |",
		"+--------------------------+---------------------------------+",
		"| Pagu setelah revisi      |                Rp 2.000.000.000 |",
		"| Realisasi s.d. 31 Des.   |                Rp 1.900.000.000 |",
		"| Sisa pagu                |                  Rp 100.000.000 |",
		"+--------------------------+---------------------------------+",
		"",
	}
	// another frame, amounts in thousands, no percent, a program's kegiatan by its parent
	double := []string{
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"(nilai dalam ribuan rupiah)", "",
		"╔════════════════════════════════════════╗",
		"║ Kode : 076.01.CQ                       ║",
		"║ Nama : Program Penyelenggaraan Pemilu  ║",
		"╟────────────────────────────────────────╢",
		"║ Alokasi     ║              1.500.000   ║",
		"║ Realisasi   ║              1.350.000   ║",
		"║ Sisa        ║                150.000   ║",
		"╚════════════════════════════════════════╝",
		"",
		"╔════════════════════════════════════════╗",
		"║ Kode : 6640                            ║",
		"║ Nama : Pemutakhiran Data Pemilih       ║",
		"║ Induk : 076.01.CQ                      ║",
		"╟────────────────────────────────────────╢",
		"║ Alokasi     ║                600.000   ║",
		"║ Realisasi   ║                540.000   ║",
		"║ Sisa        ║                 60.000   ║",
		"╚════════════════════════════════════════╝",
		"",
	}
	// a card whose sisa is not pagu − realisasi gives no row
	offSisa := []string{
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"+------------------------------------------------------------+",
		"| Kode     : 076.01.WA                                       |",
		"| Uraian   : Program Dukungan Manajemen                      |",
		"| Pagu setelah revisi      |                Rp 2.000.000.000 |",
		"| Realisasi s.d. 31 Des.   |                Rp 1.900.000.000 |",
		"| Sisa pagu                |                  Rp 110.000.000 |",
		"+------------------------------------------------------------+",
		"",
	}
	// cards without amounts: an inventory card
	noAmount := []string{
		"+------------------------------------------------------------+",
		"| Kode     : 3.05.01                                         |",
		"| Uraian   : Laptop                                          |",
		"| Lokasi   : Ruang Keuangan                                  |",
		"+------------------------------------------------------------+",
		"",
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"cards framed in + - |, wrapped Uraian, the total card", plus, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"4112|kegiatan|076.01.WA|2024|800000000|780000000|20000000",
			"TOTAL|total||2024|2000000000|1900000000|100000000",
		}}},
		{"double frame, thousands", double, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|1500000000|1350000000|150000000",
			"6640|kegiatan|076.01.CQ|2024|600000000|540000000|60000000",
		}}},
		{"sisa off", offSisa, nil},
		{"a card without amounts", noAmount, nil},
	})
}

// TestTAccountBudgetClass: a ledger summary's T accounts, one budget line a
// T: the code and name over a bar, the stem splitting the debit side (the
// pagu) from the credit side (realisasi, sisa, serapan). A T of another
// ledger (Kas, Pendapatan) gives no budget row.
func TestTAccountBudgetClass(t *testing.T) {
	base := []string{
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"[Ringkasan buku besar anggaran - akun T]", "",
		"  076.01.WA  Program Dukungan Manajemen",
		"  ══════════════════════════════╤══════════════════════════════",
		"  Pagu (D)                      │ Realisasi (K)     1.900.000.000",
		"  2.000.000.000                 │ Sisa                100.000.000",
		"                                │ Serapan                 95,00 %",
		"",
		"  4112  Pengelolaan Keuangan dan Barang Milik Negara  (akun induk",
		"  076.01.WA)",
		"  ══════════════════════════════╤══════════════════════════════",
		"  Pagu (D)                      │ Realisasi (K)       780.000.000",
		"  800.000.000                   │ Sisa                 20.000.000",
		"                                │ Serapan                 97,50 %",
		"",
		"  AKUN REKAPITULASI — JUMLAH",
		"  ══════════════════════════════╤══════════════════════════════",
		"  Pagu (D)                      │ Realisasi (K)     1.900.000.000",
		"  2.000.000.000                 │ Sisa                100.000.000",
		"",
	}
	// the stem as '|', the bar of '=' and '+', amounts after their labels, in thousands
	pipe := []string{
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"(dalam ribuan rupiah)", "",
		"076.01.CQ Program Penyelenggaraan Pemilu",
		"=========================+=========================",
		"Pagu  1.500.000          | Realisasi     1.350.000",
		"                         | Sisa            150.000",
		"",
		"6640 Pemutakhiran Data Pemilih (akun induk 076.01.CQ)",
		"=========================+=========================",
		"Pagu  600.000            | Realisasi       540.000",
		"                         | Serapan         90,00 %",
		"",
	}
	// a cash ledger's T: no budget
	kas := []string{
		"Tabel 3.3 Buku Besar Kas Tahun 2024", "",
		"  101  Kas di Bendahara Pengeluaran",
		"  ══════════════════════════════╤══════════════════════════════",
		"  Kas (D)                       │ Pendapatan (K)    1.900.000.000",
		"  2.000.000.000                 │ Sisa                100.000.000",
		"",
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"T accounts under a double bar", base, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"4112|kegiatan|076.01.WA|2024|800000000|780000000|20000000",
			"TOTAL|total||2024|2000000000|1900000000|100000000",
		}}},
		{"stem as a bar, thousands", pipe, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|1500000000|1350000000|150000000",
			"6640|kegiatan|076.01.CQ|2024|600000000|540000000|<nil>", // no sisa stated
		}}},
		{"a cash ledger", kas, nil},
	})
}
