package parse

import "testing"

// TestBudgetCodeLinkMarks: a web page dumped by a text browser numbers its
// links and glues the number before the linked text ("[7]076.01.CQ"). The
// mark is no part of the code: the row is the program or kegiatan the code
// names, in a TAB table, a space-padded one, or with the code written in
// the description cell.
func TestBudgetCodeLinkMarks(t *testing.T) {
	tabbed := barred("Tabel 3.2 Realisasi Anggaran Tahun 2021", "",
		"Kode|Uraian|Pagu|Realisasi|Sisa|%",
		"[5]076.01.WA|Program Dukungan Manajemen|3.200.000.000|3.104.000.000|96.000.000|97,00",
		"[6]3358|Pengelolaan Sumber Daya Manusia|1.200.000.000|1.164.000.000|36.000.000|97,00",
		"[7]3360|Operasional Perkantoran|2.000.000.000|1.940.000.000|60.000.000|97,00",
		"|JUMLAH|3.200.000.000|3.104.000.000|96.000.000|97,00", "")
	padded := []string{"   Tabel 3.5 Realisasi Anggaran Tahun 2023", "",
		"   Kode            Program / Kegiatan                         Pagu       Realisasi          Sisa",
		"   [21]076.01.CQ   Program Penyelenggaraan Pemilu    2.750.000.000   2.695.000.000    55.000.000",
		"   [22]6640        Pemutakhiran Data Pemilih           950.000.000     931.000.000    19.000.000",
		"   [23]6709        Sosialisasi dan Partisipasi       1.800.000.000   1.764.000.000    36.000.000",
		"                   JUMLAH                            2.750.000.000   2.695.000.000    55.000.000", ""}
	inDesc := barred("Tabel 3.1 Realisasi Anggaran per Program Tahun 2020", "",
		"No|Program/Kegiatan|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)",
		"1|[2] 076.01.WA Program Dukungan Manajemen|1.500.000.000|1.455.000.000|45.000.000",
		"2|[3] 3355 Pengelolaan Keuangan dan BMN|1.500.000.000|1.455.000.000|45.000.000",
		"|Total|1.500.000.000|1.455.000.000|45.000.000", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"link numbers in a TAB code column", tabbed, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|3200000000|3104000000|96000000",
			"3358|kegiatan|076.01.WA|2021|1200000000|1164000000|36000000",
			"3360|kegiatan|076.01.WA|2021|2000000000|1940000000|60000000",
			"TOTAL|total||2021|3200000000|3104000000|96000000",
		}}},
		{"link numbers in a space-padded table", padded, map[string][]string{"anggaran": {
			"076.01.CQ|program||2023|2750000000|2695000000|55000000",
			"6640|kegiatan|076.01.CQ|2023|950000000|931000000|19000000",
			"6709|kegiatan|076.01.CQ|2023|1800000000|1764000000|36000000",
			"TOTAL|total||2023|2750000000|2695000000|55000000",
		}}},
		{"a marked code opening the description", inDesc, map[string][]string{"anggaran": {
			"076.01.WA|program||2020|1500000000|1455000000|45000000",
			"3355|kegiatan|076.01.WA|2020|1500000000|1455000000|45000000",
			"TOTAL|total||2020|1500000000|1455000000|45000000",
		}}},
	})
}
