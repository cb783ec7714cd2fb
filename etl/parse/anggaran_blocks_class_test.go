package parse

import (
	"strings"
	"testing"
)

// Budget lines as blocks of short lines (anggaran_blocks.go): receipts whose
// foreign labels a key explains, and console logs one step a budget line.
func TestBudgetBlocksClass(t *testing.T) {
	dash := strings.Repeat("-", 40)
	eq := strings.Repeat("=", 36)

	// a Z-report: starred head, a key over two lines, DEPT blocks between
	// dashed rules, the code after the department number, wrapped names,
	// Rp apart from the amount, the grand total last
	zreport := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"[Salinan: laporan tutup kasir anggaran, diketik ulang]", "",
		strings.Repeat("*", 40), "      KASIR ANGGARAN KPU KAB. SIKKA", "            Z-REPORT #0917", strings.Repeat("*", 40),
		"KUNCI: PAGU=pagu  TERJUAL=realisasi",
		"       SISA STOK=sisa  RASIO=serapan",
		dash,
		"DEPT 01  076.01.WA",
		" PROGRAM DUKUNGAN MANAJEMEN",
		"  PAGU      Rp             1.800.000.000",
		"  TERJUAL   Rp             1.710.000.000",
		"  SISA STOK Rp                90.000.000",
		"  RASIO                           95,00%",
		dash,
		"DEPT 02  3355",
		" PENGELOLAAN KEUANGAN DAN BARANG MILIK",
		" NEGARA",
		" INDUK 076.01.WA",
		"  PAGU      Rp             1.000.000.000",
		"  TERJUAL   Rp               960.000.000",
		"  SISA STOK Rp                40.000.000",
		"  RASIO                           96,00%",
		dash,
		"DEPT 03  3360",
		" OPERASIONAL PERKANTORAN",
		" INDUK 076.01.WA",
		"  PAGU      Rp               800.000.000",
		"  TERJUAL   Rp               750.000.000",
		"  SISA STOK Rp                50.000.000",
		"  RASIO                           93,75%",
		dash,
		"DEPT 04  076.01.CQ",
		" PROGRAM PENYELENGGARAAN PEMILU",
		"  PAGU      Rp               600.000.000",
		"  TERJUAL   Rp               540.000.000",
		"  SISA STOK Rp                60.000.000",
		"  RASIO                           90,00%",
		dash,
		"DEPT 05  6640",
		" PEMUTAKHIRAN DATA PEMILIH",
		" INDUK 076.01.CQ",
		"  PAGU      Rp               600.000.000",
		"  TERJUAL   Rp               540.000.000",
		"  SISA STOK Rp                60.000.000",
		"  RASIO                           90,00%",
		dash,
		"GRAND TOTAL",
		" SELURUH DEPT",
		"  PAGU      Rp             2.400.000.000",
		"  TERJUAL   Rp             2.250.000.000",
		"  SISA STOK Rp               150.000.000",
		"  RASIO                           93,75%",
		dash,
		" *** Z-REPORT SELESAI ***", "",
		"Sumber: SAKTI, 31 Desember 2024.", "",
	}

	// a POS shift report: a key in one line with commas and spaces, '='
	// rules, the name on the head after the code, Rp glued to the amount,
	// no percent, INDUK with a colon, the total named JUMLAH
	shift := []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
		"LAPORAN SHIFT KASIR - KETERANGAN: MODAL = pagu, OMZET = realisasi, KEMBALIAN = sisa",
		eq,
		"KASIR-2 076.01.CQ PENYELENGGARAAN PEMILU",
		"  MODAL      Rp900.000.000",
		"  OMZET      Rp855.000.000",
		"  KEMBALIAN   Rp45.000.000",
		eq,
		"KASIR-3 6639 TEKNIS PENYELENGGARAAN",
		"  INDUK: 076.01.CQ",
		"  MODAL      Rp500.000.000",
		"  OMZET      Rp480.000.000",
		"  KEMBALIAN   Rp20.000.000",
		eq,
		"KASIR-4 6640 SOSIALISASI",
		"  INDUK: 076.01.CQ",
		"  MODAL      Rp400.000.000",
		"  OMZET      Rp375.000.000",
		"  KEMBALIAN   Rp25.000.000",
		eq,
		"JUMLAH SEMUA KASIR",
		"  MODAL      Rp900.000.000",
		"  OMZET      Rp855.000.000",
		"  KEMBALIAN   Rp45.000.000",
		eq, "",
	}

	// blocks parted by blank lines, no rules, the name before the code on
	// the head, a key with semicolons, no sisa (pagu − realisasi)
	blank := []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024", "",
		"Keterangan: PLAFON = pagu; TERPAKAI = realisasi; SERAP = persen", "",
		"Program Dukungan Manajemen   076.01.WA",
		"  PLAFON     Rp 700.000.000",
		"  TERPAKAI   Rp 665.000.000",
		"  SERAP              95,00%", "",
		"Layanan Keuangan   3401",
		"  INDUK 076.01.WA",
		"  PLAFON     Rp 700.000.000",
		"  TERPAKAI   Rp 665.000.000",
		"  SERAP              95,00%", "",
		"Sumber: SAKTI.", "",
	}

	// the key's realisasi on its second line; a count (TRX) in a block
	// is no money and no field
	keyLate := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"KEY: ANGGARAN KAS=pagu",
		"     LAKU=realisasi  SISA KAS=sisa",
		dash,
		"076.01.CQ  DEPT A",
		" PENYELENGGARAAN PEMILU",
		"  ANGGARAN KAS  Rp   300.000.000",
		"  LAKU          Rp   270.000.000",
		"  SISA KAS      Rp    30.000.000",
		"  TRX                        12",
		dash,
		"6640  DEPT B",
		" PEMUTAKHIRAN DATA PEMILIH",
		" INDUK 076.01.CQ",
		"  ANGGARAN KAS  Rp   300.000.000",
		"  LAKU          Rp   270.000.000",
		"  SISA KAS      Rp    30.000.000",
		"  TRX                         7",
		dash, "",
	}

	// a console log: (n/N) steps, a '|' bar, the key under the run in
	// the other order (pagu / realisasi), the closing total
	consolePagu := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"$ ./serapan.sh 2024",
		"(1/3) 076.01.WA Program Dukungan Manajemen",
		"   induk: -",
		"   95,00% |#########  | 1.000.000.000 / 950.000.000 sisa 50.000.000",
		"(2/3) 3401 Layanan Keuangan",
		"   induk: 076.01.WA",
		"   96,00% |#########  | 600.000.000 / 576.000.000 sisa 24.000.000",
		"(3/3) 3402 Layanan Umum",
		"   induk: 076.01.WA",
		"   93,50% |#########  | 400.000.000 / 374.000.000 sisa 26.000.000",
		"Selesai: total pagu 1.000.000.000, realisasi 950.000.000, sisa 50.000.000 (95,00%)",
		"(format: pagu / realisasi)", "",
	}

	// [n/N] steps with no key: the sisa proves which of the pair is the
	// pagu; '%' apart from the bar; no closing total
	consoleNoKey := []string{"Tabel 3.6 Realisasi Anggaran Tahun 2024", "",
		"[1/2] 076.01.CQ  Penyelenggaraan Pemilu",
		"      induk: -",
		"      90,00 % [=====>    ] 540.000.000 / 600.000.000  sisa 60.000.000", "",
		"[2/2] 6640  Pemutakhiran Data Pemilih",
		"      induk: 076.01.CQ",
		"      90,00 % [=====>    ] 540.000.000 / 600.000.000  sisa 60.000.000", "",
	}

	// Step n/N: steps, the key over the run, the total in a Jumlah line
	consoleStep := []string{"Tabel 3.7 Realisasi Anggaran Tahun 2024", "",
		"# kolom: realisasi / pagu",
		"Step 1/3: 076.01.WA Program Dukungan Manajemen",
		"  induk: -",
		"  95,00%[===================> ] 1.900.000.000 / 2.000.000.000 sisa 100.000.000",
		"Step 2/3: 3355 Keuangan",
		"  induk: 076.01.WA",
		"  95,83%[===================> ] 1.150.000.000 / 1.200.000.000 sisa 50.000.000",
		"Step 3/3: 3358 Sumber Daya Manusia",
		"  induk: 076.01.WA",
		"  93,75%[==================>  ] 750.000.000 / 800.000.000 sisa 50.000.000",
		"Jumlah realisasi 1.900.000.000 dari pagu 2.000.000.000 (95,00%), sisa 100.000.000.", "",
	}

	// look-alikes: a shop's Z-report without key or budget codes; one
	// with a key but departments of goods; a file copy's console log
	// (a year as a file name, no sisa, no key); steps whose sisa disagrees;
	// a run with a step lost
	shop := []string{"Lampiran: struk tutup kasir koperasi pegawai", "",
		dash, "DEPT 01  MAKANAN", "  OMZET     Rp      1.250.000", "  QTY                  45", dash,
		"DEPT 02  MINUMAN", "  OMZET     Rp        640.000", "  QTY                  30", dash, ""}
	shopKey := []string{"Lampiran: struk tutup kasir koperasi pegawai", "",
		"KUNCI: MODAL=pagu  OMZET=realisasi", dash,
		"DEPT 01  MAKANAN", "  MODAL     Rp      1.000.000", "  OMZET     Rp      1.250.000", dash,
		"DEPT 02  MINUMAN", "  MODAL     Rp        500.000", "  OMZET     Rp        640.000", dash, ""}
	copyLog := []string{"Pencadangan arsip:", "",
		"[1/2] menyalin 2023 arsip.zip",
		"      45,00%[====>     ] 12.345.678 / 27.434.840", "",
		"[2/2] menyalin 2024 arsip.zip",
		"      80,00%[========> ] 8.000.000 / 10.000.000", "",
	}
	badSisa := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"[1/2] 076.01.CQ  Penyelenggaraan Pemilu",
		"      induk: -",
		"      90,00%[=====>    ] 540.000.000 / 600.000.000  sisa 70.000.000",
		"[2/2] 6640  Pemutakhiran Data Pemilih",
		"      induk: 076.01.CQ",
		"      90,00%[=====>    ] 540.000.000 / 600.000.000  sisa 60.000.000", "",
	}
	lost := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"[1/3] 076.01.CQ  Penyelenggaraan Pemilu",
		"      induk: -",
		"      90,00%[=====>    ] 540.000.000 / 600.000.000  sisa 60.000.000",
		"[2/3] 6640  Pemutakhiran Data Pemilih",
		"      induk: 076.01.CQ",
		"      90,00%[=====>    ] 540.000.000 / 600.000.000  sisa 60.000.000", "",
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"Z-report, DEPT blocks, key over two lines", zreport, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1800000000|1710000000|90000000",
			"3355|kegiatan|076.01.WA|2024|1000000000|960000000|40000000",
			"3360|kegiatan|076.01.WA|2024|800000000|750000000|50000000",
			"076.01.CQ|program||2024|600000000|540000000|60000000",
			"6640|kegiatan|076.01.CQ|2024|600000000|540000000|60000000",
			"TOTAL|total||2024|2400000000|2250000000|150000000",
		}}},
		{"POS shift report, name on the head, Rp glued", shift, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|900000000|855000000|45000000",
			"6639|kegiatan|076.01.CQ|2024|500000000|480000000|20000000",
			"6640|kegiatan|076.01.CQ|2024|400000000|375000000|25000000",
			"TOTAL|total||2024|900000000|855000000|45000000",
		}}},
		{"blank-parted blocks, name before the code, no sisa", blank, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|700000000|665000000|35000000",
			"3401|kegiatan|076.01.WA|2024|700000000|665000000|35000000",
		}}},
		{"key's realisasi on its second line, a count in a block", keyLate, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|300000000|270000000|30000000",
			"6640|kegiatan|076.01.CQ|2024|300000000|270000000|30000000",
		}}},
		{"console (n/N), key pagu / realisasi under", consolePagu, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1000000000|950000000|50000000",
			"3401|kegiatan|076.01.WA|2024|600000000|576000000|24000000",
			"3402|kegiatan|076.01.WA|2024|400000000|374000000|26000000",
			"TOTAL|total||2024|1000000000|950000000|50000000",
		}}},
		{"console [n/N], no key, sisa decides", consoleNoKey, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|600000000|540000000|60000000",
			"6640|kegiatan|076.01.CQ|2024|600000000|540000000|60000000",
		}}},
		{"console Step n/N:, key over, Jumlah line", consoleStep, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|1200000000|1150000000|50000000",
			"3358|kegiatan|076.01.WA|2024|800000000|750000000|50000000",
			"TOTAL|total||2024|2000000000|1900000000|100000000",
		}}},
		{"a shop's Z-report", shop, nil},
		{"a shop's Z-report with a key, goods departments", shopKey, nil},
		{"a file copy's console log", copyLog, nil},
		{"steps whose sisa disagrees", badSisa, nil},
		{"a step lost", lost, nil},
	})

	// the serapan as printed on the Z-report
	d := parseDoc(t, "zreport", zreport...)
	for _, a := range d.Anggaran {
		if a.Kode == "3360" && (a.SerapanLapor == nil || *a.SerapanLapor != 93.75) {
			t.Errorf("3360: serapan %v", a.SerapanLapor)
		}
	}
}
