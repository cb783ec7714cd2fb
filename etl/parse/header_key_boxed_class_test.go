package parse

import "testing"

// TestKeyedBoxes: a |-boxed table whose foreign column titles a key in
// words explains (made-up certificates, a lab's sheet, a budget box; the
// key under the table or above it, `=`, `adalah`, `sebagai`) is read by the
// roles the key gives, names wrapped in their column joined; a real
// instrument's certificate (no key) and a box whose key names no
// realisasi give nothing.
func TestKeyedBoxes(t *testing.T) {
	const a, b = "Persentase Pemilih yang Terdaftar Tepat Waktu", "Opini BPK atas Laporan Keuangan"
	rows := []string{a + "|90|94.5|105", b + "|<nil>|<nil>|100"}
	rule := "+------+----------------------------------+----------+----------+----------+------------+"
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{"certificate, key under, wrapped names", []string{"SERTIFIKAT KALIBRASI", "No. KAL-03/5310/XII/2024", "",
			"Alat yang dikalibrasi : Kinerja Sekretariat KPU Kabupaten Sikka", "",
			"--------------------------------------------------------------------------------------------",
			"| Titik | Besaran Ukur                  | Satuan   |  Nominal |  Terbaca |   Terbaca/ | Keterangan      |",
			"|       |                               |          |          |          | Nominal(%) |                 |",
			"--------------------------------------------------------------------------------------------",
			"| 1     | Persentase Pemilih yang       | %        |    90,00 |    94,50 |     105,00 | DALAM TOLERANSI |",
			"|       | Terdaftar Tepat Waktu         |          |          |          |            |                 |",
			"| 2     | Opini BPK atas Laporan        | Opini    |      WTP |      WTP |     100,00 | DALAM TOLERANSI |",
			"|       | Keuangan                      |          |          |          |            |                 |",
			"--------------------------------------------------------------------------------------------",
			"Nilai Nominal = target Perjanjian Kinerja; Nilai Terbaca = realisasi; Terbaca/Nominal = capaian (%).", ""},
			map[string][]string{"capaian": rows}},
		{"lab sheet, key above in words, realisasi first", []string{
			"Nilai Uji adalah realisasi tahun berjalan, Nilai Acuan adalah target Perjanjian Kinerja.", "",
			rule,
			"| No   | Parameter                        | Satuan   | Uji      | Acuan    | Uji/Acuan  |",
			"|      |                                  |          |          |          | (%)        |",
			rule,
			"| 1    | Persentase Pemilih yang          | %        | 94,50    | 90,00    | 105,00     |",
			"|      | Terdaftar Tepat Waktu            |          |          |          |            |",
			rule,
			"| 2    | Opini BPK atas Laporan Keuangan  | Opini    | WTP      | WTP      | 100,00     |",
			rule, ""},
			map[string][]string{"capaian": rows}},
		{"sebagai, no header rule, a page break inside", []string{
			"Tabel 3.2 Hasil Pengujian Kinerja 2024", "",
			"| No | Besaran                          | Satuan | Standar | Terukur | Capaian (%) |",
			"| 1  | Persentase Pemilih yang          | %      | 90,00   | 94,50   | 105,00      |",
			"|    | Terdaftar Tepat Waktu            |        |         |         |             |",
			"\f",
			"| 2  | Opini BPK atas Laporan Keuangan  | Opini  | WTP     | WTP     | 100,00      |",
			"", "Keterangan: target dicatat sebagai nilai standar; realisasi sebagai nilai terukur.", ""},
			map[string][]string{"capaian": rows}},
		{"budget box, Plafon = pagu", []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024", "",
			"Plafon = pagu DIPA; Terpakai = realisasi; Saldo = sisa pagu.", "",
			"-------------------------------------------------------------------------------",
			"| Kode      | Nama Program/Kegiatan         |        Plafon |      Terpakai |       Saldo |",
			"-------------------------------------------------------------------------------",
			"| 076.01.WA | Program Dukungan Manajemen    | 2.400.000.000 | 2.280.000.000 | 120.000.000 |",
			"|           | KPU Kabupaten                 |               |               |             |",
			"| 3360      | Penyelenggaraan Operasional   | 1.500.000.000 | 1.440.000.000 |  60.000.000 |",
			"| 3355      | Pengelolaan Keuangan          |   900.000.000 |   840.000.000 |  60.000.000 |",
			"| TOTAL     |                               | 2.400.000.000 | 2.280.000.000 | 120.000.000 |",
			"-------------------------------------------------------------------------------", ""},
			map[string][]string{"anggaran": {"076.01.WA|program||2024|2400000000|2280000000|120000000",
				"3360|kegiatan|076.01.WA|2024|1500000000|1440000000|60000000", "3355|kegiatan|076.01.WA|2024|900000000|840000000|60000000",
				"TOTAL|total||2024|2400000000|2280000000|120000000"}}},
		{"a real thermometer's certificate", []string{"SERTIFIKAT KALIBRASI", "No. 0412/LK/2024", "",
			"--------------------------------------------------------------",
			"| Titik | Besaran Ukur   | Satuan | Nominal | Terbaca | Koreksi |",
			"--------------------------------------------------------------",
			"| 1     | Suhu ruang     | C      |   25,00 |   24,80 |    0,20 |",
			"| 2     | Suhu tinggi    | C      |   90,00 |   90,30 |   -0,30 |",
			"--------------------------------------------------------------",
			"Nominal = nilai standar acuan; Terbaca = nilai yang ditunjukkan alat.", ""},
			map[string][]string{"capaian": nil, "anggaran": nil}},
		{"a key naming no column of the box", []string{
			"--------------------------------------------------------------",
			"| No | Besaran                     | Satuan | Nilai A | Nilai B |",
			"| 1  | Persentase Pemilih Terdaftar | %      |   90,00 |   94,50 |",
			"--------------------------------------------------------------",
			"Nilai Pagu = target; Nilai Serap = realisasi.", ""},
			map[string][]string{"capaian": nil, "anggaran": nil}},
	})
}
