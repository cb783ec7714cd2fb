package parse

import (
	"strings"
	"testing"
)

// pbRow lays a made-up passbook line: the left part, then each amount
// right-aligned to end at its column's rune end (ends in the order given).
func pbRow(left string, ends []int, amounts ...string) string {
	r := []rune(left)
	for k, a := range amounts {
		if a == "" {
			continue
		}
		start := ends[k] - len([]rune(a))
		for len(r) < start {
			r = append(r, ' ')
		}
		if len(r) > start {
			r = append(r, ' ')
		}
		r = append(r, []rune(a)...)
	}
	return strings.TrimRight(string(r), " ")
}

// pbHead lays a header with its words right-aligned at ends.
func pbHead(left string, ends []int, words ...string) string {
	return pbRow(left, ends, words...)
}

func TestPassbookBudgetClass(t *testing.T) {
	// DEBET KREDIT SALDO, line numbers, dates, PGU/RLS, the percent after
	// the code on the realisasi line, a code key under the print
	e1 := []int{58, 74, 90}
	book := []string{
		"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		"[Lampiran: Buku Pagu DIPA 2024 (cetakan printer buku tabungan)]", "",
		"  NO. BUKU  : BP/SK/2024/003",
		"  PEMEGANG  : BENDAHARA PENGELUARAN KPU KABUPATEN SIKKA", "",
		pbHead("   NO  TGL   SANDI KETERANGAN", e1, "DEBET", "KREDIT", "SALDO"),
		"  " + strings.Repeat("-", 88),
		pbRow("    1  31-12 PGU   076.01.WA", e1, "", "3.000.000.000", "3.000.000.000"),
		pbRow("    2  31-12 RLS   076.01.WA 95,00%", e1, "2.850.000.000", "", "150.000.000"),
		pbRow("    3  31-12 PGU   4512", e1, "", "1.200.000.000", "1.200.000.000"),
		pbRow("    4  31-12 RLS   4512 95,00%", e1, "1.140.000.000", "", "60.000.000"),
		pbRow("    5  31-12 PGU   4513", e1, "", "1.800.000.000", "1.800.000.000"),
		pbRow("    6  31-12 RLS   4513 95,00%", e1, "1.710.000.000", "", "90.000.000"),
		pbRow("    7  31-12 PGU   TOTAL", e1, "", "3.000.000.000", "3.000.000.000"),
		pbRow("    8  31-12 RLS   TOTAL 95,00%", e1, "2.850.000.000", "", "150.000.000"),
		"  " + strings.Repeat("-", 88), "",
		"Keterangan kode:",
		"  076.01.WA   Program Dukungan Manajemen",
		"  4512        Pengelolaan Keuangan",
		"  4513        Pengelolaan SDM", "",
	}

	// another printer: KREDIT before DEBIT, sandi KR/DB, no line numbers,
	// the percent in parentheses, two programs, JUMLAH for the total
	e2 := []int{52, 68, 84}
	swapped := []string{
		"Tabel 3.5 Buku Anggaran Satker 2024", "",
		pbHead("TANGGAL     KODE  URAIAN", e2, "KREDIT", "DEBIT", "SALDO"),
		strings.Repeat("=", 84),
		pbRow("30/12/2024  KR    076.01.WA", e2, "600.000.000", "", "600.000.000"),
		pbRow("30/12/2024  DB    076.01.WA (90,00%)", e2, "", "540.000.000", "60.000.000"),
		pbRow("30/12/2024  KR    4411", e2, "600.000.000", "", "600.000.000"),
		pbRow("30/12/2024  DB    4411 (90,00%)", e2, "", "540.000.000", "60.000.000"),
		pbRow("30/12/2024  KR    076.01.CQ", e2, "400.000.000", "", "400.000.000"),
		pbRow("30/12/2024  DB    076.01.CQ (80,00%)", e2, "", "320.000.000", "80.000.000"),
		pbRow("30/12/2024  KR    4420", e2, "250.000.000", "", "250.000.000"),
		pbRow("30/12/2024  DB    4420 (80,00%)", e2, "", "200.000.000", "50.000.000"),
		pbRow("30/12/2024  KR    4421", e2, "150.000.000", "", "150.000.000"),
		pbRow("30/12/2024  DB    4421 (80,00%)", e2, "", "120.000.000", "30.000.000"),
		pbRow("30/12/2024  KR    JUMLAH", e2, "1.000.000.000", "", "1.000.000.000"),
		pbRow("30/12/2024  DB    JUMLAH (86,00%)", e2, "", "860.000.000", "140.000.000"),
		strings.Repeat("=", 84), "",
	}

	// thousands of rupiah in the caption, mixed-case header, no percent
	e3 := []int{44, 58, 72}
	ribu := []string{
		"Tabel 3.3 Realisasi Anggaran 2024 (dalam ribuan rupiah)", "",
		pbHead("No Sandi Keterangan", e3, "Debet", "Kredit", "Saldo"),
		pbRow("1  PAGU  076.01.CQ", e3, "", "2.500.000", "2.500.000"),
		pbRow("2  REAL  076.01.CQ", e3, "2.400.000", "", "100.000"),
		pbRow("3  PAGU  6639", e3, "", "1.500.000", "1.500.000"),
		pbRow("4  REAL  6639", e3, "1.450.000", "", "50.000"),
		pbRow("5  PAGU  6640", e3, "", "1.000.000", "1.000.000"),
		pbRow("6  REAL  6640", e3, "950.000", "", "50.000"), "",
	}

	// look-alikes: a cash book (receipts and payments, a running saldo, no
	// budget code) and a pair whose saldo is not credit − debit
	kas := []string{
		"Tabel 3.6 Buku Kas Umum Bendahara 2024", "",
		pbHead("NO  TGL    URAIAN", e1, "DEBET", "KREDIT", "SALDO"),
		pbRow("1   02-01  Saldo awal", e1, "", "", "12.500.000"),
		pbRow("2   05-01  Penerimaan UP 076.01.WA", e1, "", "50.000.000", "62.500.000"),
		pbRow("3   09-01  Pembayaran ATK", e1, "4.250.000", "", "58.250.000"),
		pbRow("4   12-01  Pembayaran honor", e1, "18.000.000", "", "40.250.000"), "",
	}
	offSaldo := []string{
		"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		pbHead("   NO  TGL   SANDI KETERANGAN", e1, "DEBET", "KREDIT", "SALDO"),
		pbRow("    1  31-12 PGU   076.01.WA", e1, "", "3.000.000.000", "3.000.000.000"),
		pbRow("    2  31-12 RLS   076.01.WA", e1, "2.850.000.000", "", "140.000.000"),
		pbRow("    3  31-12 PGU   4512", e1, "", "3.000.000.000", "3.000.000.000"),
		pbRow("    4  31-12 RLS   4512", e1, "2.850.000.000", "", "150.000.000"), "",
	}
	nosum := []string{
		"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		pbHead("   NO  TGL   SANDI KETERANGAN", e1, "DEBET", "KREDIT", "SALDO"),
		pbRow("    1  31-12 PGU   076.01.WA", e1, "", "3.000.000.000", "3.000.000.000"),
		pbRow("    2  31-12 RLS   076.01.WA", e1, "2.850.000.000", "", "150.000.000"),
		pbRow("    3  31-12 PGU   4512", e1, "", "1.000.000.000", "1.000.000.000"),
		pbRow("    4  31-12 RLS   4512", e1, "950.000.000", "", "50.000.000"), "",
	}

	d := parseDoc(t, "off", offSaldo...)
	found := false
	for _, f := range d.Findings {
		if strings.Contains(f.Pesan, "cetakan buku") {
			found = true
		}
	}
	if !found {
		t.Errorf("a pair whose saldo disagrees raises no finding: %+v", d.Findings)
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"PGU/RLS with numbers, dates and a code key", book, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|3000000000|2850000000|150000000",
			"4512|kegiatan|076.01.WA|2024|1200000000|1140000000|60000000",
			"4513|kegiatan|076.01.WA|2024|1800000000|1710000000|90000000",
			"TOTAL|total||2024|3000000000|2850000000|150000000",
		}}},
		{"KREDIT before DEBIT, KR/DB, two programs, JUMLAH", swapped, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|600000000|540000000|60000000",
			"4411|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
			"076.01.CQ|program||2024|400000000|320000000|80000000",
			"4420|kegiatan|076.01.CQ|2024|250000000|200000000|50000000",
			"4421|kegiatan|076.01.CQ|2024|150000000|120000000|30000000",
			"TOTAL|total||2024|1000000000|860000000|140000000",
		}}},
		{"thousands in the caption, mixed case, no percent", ribu, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|2500000000|2400000000|100000000",
			"6639|kegiatan|076.01.CQ|2024|1500000000|1450000000|50000000",
			"6640|kegiatan|076.01.CQ|2024|1000000000|950000000|50000000",
		}}},
		{"a cash book: receipts and payments", kas, nil},
		{"a pair whose saldo disagrees", offSaldo, nil},
		{"kegiatan not summing to their program", nosum, nil},
	})
}
