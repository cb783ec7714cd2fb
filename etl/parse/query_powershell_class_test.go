package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestPowerShellSessions: a budget pasted as a PowerShell session is read
// as the table Format-Table printed, whatever the office, the column
// names, their order and alignment: the dash underline gives the columns
// (one space between them with -AutoSize, names cut with "..." or "…"),
// and the Measure-Object sums, each proven by adding the rows it stands
// for (the programs, the kegiatan, or all of them, Count the number
// added), are the TOTAL row.
func TestPowerShellSessions(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"AutoSize, strings from Import-Csv, sums over the programs", []string{
			"C. Realisasi Anggaran",
			"",
			"Tabel 3.2 Realisasi Anggaran Tahun 2021",
			"",
			`PS C:\Users\bendahara\Desktop> $d = Import-Csv .\lra.csv -Delimiter ';'`,
			`PS C:\Users\bendahara\Desktop> $d | Format-Table Kode, Uraian, Anggaran, Realisasi, Sisa, Persen -AutoSize`,
			"",
			"Kode      Uraian                        Anggaran   Realisasi  Sisa      Persen",
			"----      ------                        --------   ---------  ----      ------",
			"076.01.WA Program Dukungan Manajemen    1500000000 1450000000 50000000  96,67",
			"3357      Pengelolaan Keuangan dan B... 600000000  590000000  10000000  98,33",
			"3360      Operasional Perkantoran da... 900000000  860000000  40000000  95,56",
			"076.01.CQ Program Penyelenggaraan Pe... 700000000  650000000  50000000  92,86",
			"6641      Pendidikan Pemilih            700000000  650000000  50000000  92,86",
			"",
			"",
			`PS C:\Users\bendahara\Desktop> $d | ? { $_.Kode -match '\.' } | Measure-Object Anggaran, Realisasi, Sisa -Sum`,
			"",
			"Count    : 2",
			"Average  :",
			"Sum      : 2200000000",
			"Maximum  :",
			"Minimum  :",
			"Property : Anggaran",
			"",
			"Count    : 2",
			"Average  :",
			"Sum      : 2100000000",
			"Maximum  :",
			"Minimum  :",
			"Property : Realisasi",
			"",
			"Count    : 2",
			"Average  :",
			"Sum      : 100000000",
			"Maximum  :",
			"Minimum  :",
			"Property : Sisa",
			"",
			`PS C:\Users\bendahara\Desktop>`,
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|1500000000|1450000000|50000000",
			"3357|kegiatan|076.01.WA|2021|600000000|590000000|10000000",
			"3360|kegiatan|076.01.WA|2021|900000000|860000000|40000000",
			"076.01.CQ|program||2021|700000000|650000000|50000000",
			"6641|kegiatan|076.01.CQ|2021|700000000|650000000|50000000",
			"TOTAL|total||2021|2200000000|2100000000|100000000"}}},
		{"fixed widths, numbers right-aligned, a calculated column, PS 7 ellipsis", []string{
			"Tabel 3.4 Realisasi Anggaran Tahun 2023",
			"",
			`PS D:\keu\2023> $lra | Select-Object Kode, Nama, Pagu, Realisasi, @{n='Serapan';e={[math]::Round($_.Realisasi/$_.Pagu*100,2)}}`,
			"",
			"Kode      Nama                          Pagu  Realisasi Serapan",
			"----      ----                          ----  --------- -------",
			"076.01.WA Program Dukungan Manaj…  800000000  780000000   97.50",
			"4123      Layanan Perkantoran      800000000  780000000   97.50",
			"076.01.CQ Program Penyelenggaraa… 1200000000 1100000000   91.67",
			"4130      Teknis Penyelenggaraan  1200000000 1100000000   91.67",
			"",
			`PS D:\keu\2023> $lra | where Kode -NotLike '*.*' | Measure-Object Pagu, Realisasi -Sum`,
			"",
			"Count    : 2",
			"Average  :",
			"Sum      : 2000000000",
			"Maximum  :",
			"Minimum  :",
			"Property : Pagu",
			"",
			"Count    : 2",
			"Average  :",
			"Sum      : 1880000000",
			"Maximum  :",
			"Minimum  :",
			"Property : Realisasi",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|800000000|780000000|20000000",
			"4123|kegiatan|076.01.WA|2023|800000000|780000000|20000000",
			"076.01.CQ|program||2023|1200000000|1100000000|100000000",
			"4130|kegiatan|076.01.CQ|2023|1200000000|1100000000|100000000",
			"TOTAL|total||2023|2000000000|1880000000|120000000"}}},
		{"pwsh on Linux, kegiatan only, no sums", []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2020",
			"",
			"PS /home/operator/lra> $k | Format-Table -AutoSize",
			"",
			"Kode Uraian                               Pagu Realisasi",
			"---- ------                               ---- ---------",
			"3355 Pengelolaan Keuangan            300000000 250000000",
			"3358 Pengelolaan Sumber Daya Manusia 125000000 120500000",
			"",
		}, map[string][]string{"anggaran": {
			"3355|kegiatan||2020|300000000|250000000|50000000",
			"3358|kegiatan||2020|125000000|120500000|4500000"}}},
		{"a sum that does not add up: the rows without a total", []string{
			"Tabel 3.2 Realisasi Anggaran Tahun 2022",
			"",
			`PS C:\lra> Import-Csv .\r.csv | Format-Table Kode, Uraian, Pagu, Realisasi -AutoSize`,
			"",
			"Kode      Uraian                     Pagu      Realisasi",
			"----      ------                     ----      ---------",
			"076.01.WA Program Dukungan Manajemen 500000000 450000000",
			"3355      Pengelolaan Keuangan       500000000 450000000",
			"",
			`PS C:\lra> Import-Csv .\r.csv | Measure-Object Pagu -Sum`,
			"",
			"Count    : 1",
			"Average  :",
			"Sum      : 600000000",
			"Maximum  :",
			"Minimum  :",
			"Property : Pagu",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|500000000|450000000|50000000",
			"3355|kegiatan|076.01.WA|2022|500000000|450000000|50000000"}}},
	})
}

// TestPowerShellLookAlikes: text the structure does not prove stays as
// written: a session with no table, a dashed table with no prompt above
// it, a heading not standing over its dashes, a cut two places could make
// differently, a sum that is not the rows'.
func TestPowerShellLookAlikes(t *testing.T) {
	for name, text := range map[string]string{
		"transcript without a table": "PS C:\\Users\\op> Get-Date\n\nSenin, 06 Januari 2020 08.15.02\n\nPS C:\\Users\\op> cd D:\\lra\n",
		"no prompt above":            "Kode      Pagu      Realisasi\n----      ----      ---------\n3355      500000000 450000000\n",
		"heading off its dashes":     "PS C:\\> $r\n\nKode       Pagu     Realisasi\n----      ----      ---------\n3355      500000000 450000000\n",
		"a column set neither way":   "PS C:\\> $r | ft\n\nKd   Nm\n--   --\nxx yy zz\n",
	} {
		d := &facts.Document{}
		if out := string(psSessions(d, []byte(text), nil)); out != text {
			t.Errorf("%s: rewritten:\n%s", name, out)
		}
	}
	// the sum not proven: the blocks stay as written
	text := strings.Join([]string{
		"PS C:\\> $r | Format-Table",
		"",
		"Kode Pagu      Realisasi",
		"---- ----      ---------",
		"3355 500000000 450000000",
		"",
		"PS C:\\> $r | Measure-Object Pagu -Sum",
		"",
		"Count    : 1",
		"Sum      : 500000001",
		"Property : Pagu",
	}, "\n")
	out := string(psSessions(&facts.Document{}, []byte(text), nil))
	if !strings.Contains(out, "Sum      : 500000001") || strings.Contains(out, "TOTAL") {
		t.Errorf("unproven sum taken:\n%s", out)
	}
}
