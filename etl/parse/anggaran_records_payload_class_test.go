package parse

import (
	"strings"
	"testing"
)

// Budget lines as delimited payload strings (anggaran_records_payload.go):
// scanned QR/barcode texts and queue messages, one record a line, positional
// fields under a common tag, then named KEY=VALUE figures.
func TestPayloadRecordsClass(t *testing.T) {
	want := []string{
		"076.01.WA|program||2023|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000",
		"076.01.CQ|program||2023|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2023|600000000|540000000|60000000",
		"TOTAL|total||2023|2400000000|2250000000|150000000",
	}
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	// '|' QR texts, labels, upper-case keys, SERAPAN, total last, a key line
	qr := []string{cap, "", "[Lampiran: hasil pindai kode QR kartu kendali]", "",
		"Hasil pindai 1: SATKER-KEU|2023|076.01.WA|Program Dukungan Manajemen|PAGU=1800000000|REAL=1710000000|SISA=90000000|SERAPAN=95,00",
		"Hasil pindai 2: SATKER-KEU|2023|3355|Pengelolaan Keuangan|PAGU=1000000000|REAL=960000000|SISA=40000000|SERAPAN=96,00",
		"Hasil pindai 3: SATKER-KEU|2023|3360|Operasional Perkantoran|PAGU=800000000|REAL=750000000|SISA=50000000|SERAPAN=93,75",
		"Hasil pindai 4: SATKER-KEU|2023|076.01.CQ|Program Penyelenggaraan Pemilu|PAGU=600000000|REAL=540000000|SISA=60000000|SERAPAN=90,00",
		"Hasil pindai 5: SATKER-KEU|2023|6640|Pemutakhiran Data Pemilih|PAGU=600000000|REAL=540000000|SISA=60000000|SERAPAN=90,00",
		"Hasil pindai 6: SATKER-KEU|2023|JUMLAH|JUMLAH|PAGU=2400000000|REAL=2250000000|SISA=150000000|SERAPAN=93,75",
		"", "(kunci: PAGU, REAL (realisasi), SISA dalam rupiah; SERAPAN dalam persen)", "", "Sumber: SAKTI."}
	// ';' messages after timestamps, the name before the code, foreign keys
	// a key line glosses, the total first, no year, no sisa
	msg := []string{cap, "",
		"2024-01-15 08:00:01 ANG;TOTAL;P=2400000000;R=2250000000",
		"2024-01-15 08:00:02 ANG;Program Dukungan Manajemen;076.01.WA;P=1800000000;R=1710000000",
		"2024-01-15 08:00:03 ANG;Pengelolaan Keuangan;3355;P=1000000000;R=960000000",
		"2024-01-15 08:00:04 ANG;Operasional Perkantoran;3360;P=800000000;R=750000000",
		"2024-01-15 08:00:05 ANG;Program Penyelenggaraan Pemilu;076.01.CQ;P=600000000;R=540000000",
		"2024-01-15 08:00:06 ANG;Pemutakhiran Data Pemilih;6640;P=600000000;R=540000000",
		"", "Keterangan: P (pagu), R (realisasi), dalam rupiah.", ""}
	// '^' barcodes with `Scan #n`, lower-case vocabulary names, dotted amounts
	bar := []string{cap, ""}
	for n, l := range []string{
		"KEU^2023^076.01.WA^Program Dukungan Manajemen^pagu=1.800.000.000^realisasi=1.710.000.000^sisa=90.000.000",
		"KEU^2023^3355^Pengelolaan Keuangan^pagu=1.000.000.000^realisasi=960.000.000^sisa=40.000.000",
		"KEU^2023^3360^Operasional Perkantoran^pagu=800.000.000^realisasi=750.000.000^sisa=50.000.000",
		"KEU^2023^076.01.CQ^Program Penyelenggaraan Pemilu^pagu=600.000.000^realisasi=540.000.000^sisa=60.000.000",
		"KEU^2023^6640^Pemutakhiran Data Pemilih^pagu=600.000.000^realisasi=540.000.000^sisa=60.000.000",
		"KEU^2023^TOTAL^Jumlah^pagu=2.400.000.000^realisasi=2.250.000.000^sisa=150.000.000",
	} {
		bar = append(bar, "Scan #"+string(rune('1'+n))+"  "+l)
	}
	bar = append(bar, "", "Sumber: SAKTI.")

	// look-alikes: an event's ticket QR texts; a payment QR; a sisa that
	// disagrees; another year's budget; an unknown figure among the fields
	tickets := []string{"Lampiran: tiket festival budaya", "",
		"Hasil pindai 1: TIKET|2024|A12|Festival Sikka|HARGA=150000|KURSI=12",
		"Hasil pindai 2: TIKET|2024|A13|Festival Sikka|HARGA=150000|KURSI=13",
		"Hasil pindai 3: TIKET|2024|B01|Festival Sikka|HARGA=250000|KURSI=1", ""}
	pay := []string{"Lampiran: kode QR pembayaran", "",
		"QRIS|00020101021126|MERCHANT=KOPERASI KPU|AMOUNT=250000|TIP=0",
		"QRIS|00020101021126|MERCHANT=KANTIN|AMOUNT=15000|TIP=0", ""}
	badSisa := strings.Split(strings.ReplaceAll(strings.Join(qr, "\n"), "SISA=40000000", "SISA=45000000"), "\n")
	other := strings.Split(strings.ReplaceAll(strings.Join(qr, "\n"), "|2023|", "|2019|"), "\n")
	unknown := strings.Split(strings.ReplaceAll(strings.Join(qr, "\n"), "|3360|", "|3360|77|"), "\n")

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"'|' QR texts with a key line", qr, map[string][]string{"anggaran": want}},
		{"';' messages, glossed foreign keys, total first", msg, map[string][]string{"anggaran": want}},
		{"'^' barcodes, Scan #n, dotted amounts", bar, map[string][]string{"anggaran": want}},
		{"an event's ticket QR texts", tickets, nil},
		{"a payment QR", pay, nil},
		{"a sisa that disagrees", badSisa, nil},
		{"another year's budget", other, nil},
		{"an unknown positional figure", unknown, nil},
	})
}
