package parse

import "testing"

// TestKeyedColumns: a space-aligned budget table whose foreign column
// titles a key explains (made-up tool outputs typed again: a quota report
// with the name last, a `Total Used Free` listing keyed above in words with
// a wrapped name, a `Lines Covered Missed` coverage report with realisasi
// first and an empty cell placed by its column, a du-style listing keyed
// by `sebagai`) is read by the roles the key gives; a real `df -h`, a real
// Go coverage report, and a keyed table of gigabytes give nothing.
func TestKeyedColumns(t *testing.T) {
	want := map[string][]string{"anggaran": {
		"076.01.WA|program||2024|3000000000|2850000000|150000000",
		"3355|kegiatan|076.01.WA|2024|1200000000|1140000000|60000000",
		"3360|kegiatan|076.01.WA|2024|1800000000|1710000000|90000000",
		"076.01.CQ|program||2024|2000000000|1960000000|40000000",
		"6639|kegiatan|076.01.CQ|2024|2000000000|1960000000|40000000",
		"TOTAL|total||2024|5000000000|4810000000|190000000"}}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"quota report, name last and wrapped, key under", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"bendahara@kpu-5310:~$ repquota -s pagu2024",
			"User            Quota           Used        Free  Pct  Description",
			"076.01.WA  3.000.000.000  2.850.000.000 150.000.000  95%  Program Dukungan Manajemen",
			"3355       1.200.000.000  1.140.000.000  60.000.000  95%  Pengelolaan Keuangan dan BMN",
			"3360       1.800.000.000  1.710.000.000  90.000.000  95%  Operasional Perkantoran",
			"076.01.CQ  2.000.000.000  1.960.000.000  40.000.000  98%  Program Penyelenggaraan Pemilu",
			"                                                          dalam Proses Konsolidasi Demokrasi",
			"6639       2.000.000.000  1.960.000.000  40.000.000  98%  Teknis Penyelenggaraan Pemilu",
			"Jumlah     5.000.000.000  4.810.000.000 190.000.000  96%  -",
			"Keterangan: Quota = pagu, Used = realisasi, Free = sisa.", ""}, want},
		{"Total Used Free, key above in words, a wrapped name", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Kolom Total adalah pagu DIPA, Used adalah realisasi, Free adalah sisa pagu.",
			"Mount                                   Total            Used          Free",
			"076.01.WA Program Dukungan           3.000.000.000   2.850.000.000   150.000.000",
			"   Manajemen KPU Kabupaten",
			"3355 Pengelolaan Keuangan            1.200.000.000   1.140.000.000    60.000.000",
			"3360 Operasional Perkantoran         1.800.000.000   1.710.000.000    90.000.000",
			"076.01.CQ Program Penyelenggaraan    2.000.000.000   1.960.000.000    40.000.000",
			"6639 Teknis Penyelenggaraan          2.000.000.000   1.960.000.000    40.000.000",
			"TOTAL                                5.000.000.000   4.810.000.000   190.000.000", ""}, want},
		{"Lines Covered Missed, realisasi first, an empty cell", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Kode       Program/Kegiatan                  Covered          Lines       Missed   Cover%",
			"=========================================================================================",
			"076.01.WA  Program Dukungan Manajemen  2.850.000.000  3.000.000.000  150.000.000   95,00%",
			"3355       Pengelolaan Keuangan        1.140.000.000  1.200.000.000   60.000.000",
			"3360       Operasional Perkantoran     1.710.000.000  1.800.000.000   90.000.000   95,00%",
			"076.01.CQ  Program Penyelenggaraan     1.960.000.000  2.000.000.000   40.000.000   98,00%",
			"6639       Teknis Penyelenggaraan      1.960.000.000  2.000.000.000   40.000.000   98,00%",
			"=========================================================================================",
			"TOTAL                                  4.810.000.000  5.000.000.000  190.000.000   96,20%",
			"(kunci: Lines = pagu; Covered = realisasi; Missed = sisa pagu; Cover% = serapan)", ""}, want},
		{"a real df -h", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"admin@server:~$ df -h",
			"Filesystem      Size  Used Avail Use% Mounted on",
			"/dev/sda1        50G   21G   27G  44% /",
			"/dev/sda2       200G  150G   40G  79% /home",
			"tmpfs           3.9G     0  3.9G   0% /dev/shm", ""}, nil},
		{"a real Go coverage report under a formula", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Name                          Stmts   Miss  Cover",
			"-------------------------------------------------",
			"etl/parse/parse.go              120     12    90%",
			"etl/parse/table.go              300     30    90%",
			"-------------------------------------------------",
			"TOTAL                           420     42    90%",
			"Cover = Stmts dibagi realisasi", ""}, nil},
		{"a keyed table of gigabytes", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Filesystem      Size   Used  Avail  Use%  Mounted on",
			"076.01.WA        50G    21G    27G   44%  /Program Dukungan Manajemen",
			"3355            200G   150G    40G   79%  /Pengelolaan Keuangan",
			"(kunci: Size = pagu; Used = realisasi; Avail = sisa)", ""}, nil},
	})
}

// TestKeyedColumnsTokens: the keyed fixed-column tables of TestKeyedColumns
// as a PDF's text gives them (header_key_tokens.go): the header parted by
// TABs or wide gaps, the rows by TABs, single spaces or a mix (a df-style
// table with the name last and wrapped, a code and a name before the
// figures keyed above in words, the name alone before the figures with
// realisasi first and a `%` parted from its figure) read the same values;
// a name holding a figure-like token in the middle keeps it; a name ending
// in a number where the figures start, and a keyed table of gigabytes,
// give nothing.
func TestKeyedColumnsTokens(t *testing.T) {
	want := map[string][]string{"anggaran": {
		"076.01.WA|program||2024|3000000000|2850000000|150000000",
		"3355|kegiatan|076.01.WA|2024|1200000000|1140000000|60000000",
		"3360|kegiatan|076.01.WA|2024|1800000000|1710000000|90000000",
		"076.01.CQ|program||2024|2000000000|1960000000|40000000",
		"6639|kegiatan|076.01.CQ|2024|2000000000|1960000000|40000000",
		"TOTAL|total||2024|5000000000|4810000000|190000000"}}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"quota report by TABs then single spaces, name last and wrapped, key under", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"bendahara@kpu-5310:~$ repquota -s pagu2024",
			"User\tQuota\tUsed\tFree\tPct\tDescription",
			"076.01.WA\t3.000.000.000\t2.850.000.000\t150.000.000\t95%\tProgram Dukungan Manajemen",
			"3355\t1.200.000.000 1.140.000.000 60.000.000 95% Pengelolaan Keuangan dan BMN",
			"3360 1.800.000.000 1.710.000.000 90.000.000 95% Operasional Perkantoran",
			"076.01.CQ 2.000.000.000 1.960.000.000 40.000.000 98% Program Penyelenggaraan Pemilu",
			"   dalam Proses Konsolidasi Demokrasi",
			"6639 2.000.000.000 1.960.000.000 40.000.000 98% Teknis Penyelenggaraan Pemilu",
			"Jumlah 5.000.000.000 4.810.000.000 190.000.000 96,20% -",
			"Keterangan: Quota = pagu, Used = realisasi, Free = sisa.", ""}, want},
		{"code and name before the figures, key above in words", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Kolom Total adalah pagu DIPA, Used adalah realisasi, Free adalah sisa pagu.",
			"Kode   Mount                      Total      Used       Free",
			"076.01.WA Program Dukungan Manajemen 3.000.000.000 2.850.000.000 150.000.000",
			"3355 Pengelolaan Keuangan 1.200.000.000 1.140.000.000 60.000.000",
			"3360 Operasional Perkantoran 1.800.000.000 1.710.000.000 90.000.000",
			"076.01.CQ Program Penyelenggaraan 2.000.000.000 1.960.000.000 40.000.000",
			"6639 Teknis Penyelenggaraan 2.000.000.000 1.960.000.000 40.000.000",
			"TOTAL 5.000.000.000 4.810.000.000 190.000.000", ""}, want},
		{"name before the figures, realisasi first, a parted %", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Program/Kegiatan\tCovered\tLines\tMissed\tCover%",
			"076.01.WA Program Dukungan Manajemen 2.850.000.000 3.000.000.000 150.000.000 95,00 %",
			"3355 Pengelolaan Keuangan 1.140.000.000 1.200.000.000 60.000.000 95,00 %",
			"3360 Operasional Perkantoran 1.710.000.000 1.800.000.000 90.000.000 95,00 %",
			"076.01.CQ Program Penyelenggaraan 1.960.000.000 2.000.000.000 40.000.000 98,00 %",
			"6639 Teknis Penyelenggaraan 1.960.000.000 2.000.000.000 40.000.000 98,00 %",
			"TOTAL 4.810.000.000 5.000.000.000 190.000.000 96,20 %",
			"(kunci: Lines = pagu; Covered = realisasi; Missed = sisa pagu; Cover% = serapan)", ""}, want},
		{"a name holding a figure-like token in the middle keeps it", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Filesystem\tSize\tUsed\tAvail\tUse%\tMounted on",
			"076.01.WA\t3.000.000.000\t2.850.000.000\t150.000.000\t95%\t/Program Dukungan Manajemen",
			"3355 1.200.000.000 1.140.000.000 60.000.000 95% /Pengelolaan 2 Keuangan",
			"3360 1.800.000.000 1.710.000.000 90.000.000 95% /Operasional Perkantoran",
			"076.01.CQ 2.000.000.000 1.960.000.000 40.000.000 98% /Program Penyelenggaraan",
			"6639 2.000.000.000 1.960.000.000 40.000.000 98% /Teknis Penyelenggaraan",
			"total 5.000.000.000 4.810.000.000 190.000.000 96,20% -",
			"(kunci: Size = pagu; Used = realisasi; Avail = sisa; Use% = serapan)", ""}, want},
		{"a name ending in a number where the figures start", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Program/Kegiatan\tLines\tCovered\tMissed",
			"076.01.WA Program Dukungan Manajemen 3.000.000.000 2.850.000.000 150.000.000",
			"3355 Pengelolaan Tahap 2 1.200.000.000 1.140.000.000 60.000.000",
			"3360 Operasional Perkantoran 1.800.000.000 1.710.000.000 90.000.000",
			"TOTAL 3.000.000.000 2.850.000.000 150.000.000",
			"(kunci: Lines = pagu; Covered = realisasi; Missed = sisa pagu)", ""}, nil},
		{"a keyed table of gigabytes by single spaces", []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Filesystem\tSize\tUsed\tAvail\tUse%\tMounted on",
			"076.01.WA 50G 21G 27G 44% /Program Dukungan Manajemen",
			"3355 200G 150G 40G 79% /Pengelolaan Keuangan",
			"(kunci: Size = pagu; Used = realisasi; Avail = sisa)", ""}, nil},
	})
}
