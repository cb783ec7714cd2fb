package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestSqlplusSpools: an SQL*Plus spool with BREAK and COMPUTE sums is read
// as the budget it lists, whatever the office, the column names, the
// labels and the notation: each group's proven sums the program's row,
// the lines under it its kegiatan (by the code column), the report's sums
// the TOTAL row; headings over two lines, a colsep, headings repeated
// after a page's title and a form feed, nls '.,' and a break on two
// columns (the inner sums the kegiatan rows, the account lines no facts).
func TestSqlplusSpools(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"two-line headings, labels Subtotal and Semua, no nls command", []string{
			"C. Realisasi Anggaran",
			"",
			"Tabel 3.4 Realisasi Anggaran Tahun 2022",
			"",
			"SQL> set pagesize 100 linesize 120",
			"SQL> column pagu heading 'Pagu|(Rp)' format 999G999G999G999",
			"SQL> break on kode_prog on report",
			"SQL> compute sum label 'Subtotal' of pagu realisasi sisa on kode_prog",
			"SQL> compute sum label 'Semua' of pagu realisasi sisa on report",
			"SQL> select * from realisasi_2022;",
			"",
			"KODE_PROG  KEG    URAIAN                                   Pagu      Realisasi         Sisa",
			"                                                           (Rp)           (Rp)         (Rp)",
			"---------- ------ ------------------------------ -------------- -------------- ------------",
			"076.01.WA  3357   Pengelolaan Keuangan dan BMN K    900.000.000    871.250.000   28.750.000",
			"           3360   Operasional Perkantoran         1.400.500.000  1.390.000.500   10.499.500",
			"**********                                       -------------- -------------- ------------",
			"Subtotal                                          2.300.500.000  2.261.250.500   39.249.500",
			"",
			"076.01.CQ  6641   Pendidikan Pemilih                300.000.000    299.750.000      250.000",
			"**********                                       -------------- -------------- ------------",
			"Subtotal                                            300.000.000    299.750.000      250.000",
			"",
			"**********                                       -------------- -------------- ------------",
			"Semua                                             2.600.500.000  2.561.000.500   39.499.500",
			"",
			"3 rows selected.",
			"",
			"SQL> spool off",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|2300500000|2261250500|39249500",
			"3357|kegiatan|076.01.WA|2022|900000000|871250000|28750000",
			"3360|kegiatan|076.01.WA|2022|1400500000|1390000500|10499500",
			"076.01.CQ|program||2022|300000000|299750000|250000",
			"6641|kegiatan|076.01.CQ|2022|300000000|299750000|250000",
			"TOTAL|total||2022|2600500000|2561000500|39499500"}}},
		{"colsep, nls '.,', headings repeated after a page title", []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2020",
			"SQL> alter session set nls_numeric_characters='.,';",
			"",
			"Session altered.",
			"",
			"SQL> set colsep '|'",
			"SQL> break on prg skip 1 on report",
			"SQL> compute sum label 'Subjumlah' of anggaran realisasi sisa on prg",
			"SQL> compute sum label 'TOTAL' of anggaran realisasi sisa on report",
			"SQL> select prg, kd_keg, nama, anggaran, realisasi, sisa, persen",
			"  2  from v_realisasi order by prg, kd_keg;",
			"",
			"PRG      |KD_KEG|NAMA                        |     ANGGARAN|    REALISASI|       SISA|PERSEN",
			"---------|------|----------------------------|-------------|-------------|-----------|------",
			"076.01.WA|3355  |Pengelolaan Keuangan        |  500,000,000|  480,000,000| 20,000,000| 96.00",
			"         |3358  |Pengelolaan SDM             |  250,000,000|  245,000,000|  5,000,000| 98.00",
			"\f                 Realisasi Anggaran KPU Kabupaten Sabu Raijua                 Page 2",
			"PRG      |KD_KEG|NAMA                        |     ANGGARAN|    REALISASI|       SISA|PERSEN",
			"---------|------|----------------------------|-------------|-------------|-----------|------",
			"         |3360  |Operasional Perkantoran     |1,000,000,000|  950,123,456| 49,876,544| 95.01",
			"*********|      |                            |-------------|-------------|-----------|",
			"Subjumlah|      |                            |1,750,000,000|1,675,123,456| 74,876,544|",
			"",
			"076.01.CQ|6639  |Teknis Penyelenggaraan      |  400,000,000|  398,000,000|  2,000,000| 99.50",
			"*********|      |                            |-------------|-------------|-----------|",
			"Subjumlah|      |                            |  400,000,000|  398,000,000|  2,000,000|",
			"",
			"*********|      |                            |-------------|-------------|-----------|",
			"TOTAL    |      |                            |2,150,000,000|2,073,123,456| 76,876,544|",
			"",
			"4 rows selected.",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2020|1750000000|1675123456|74876544",
			"3355|kegiatan|076.01.WA|2020|500000000|480000000|20000000",
			"3358|kegiatan|076.01.WA|2020|250000000|245000000|5000000",
			"3360|kegiatan|076.01.WA|2020|1000000000|950123456|49876544",
			"076.01.CQ|program||2020|400000000|398000000|2000000",
			"6639|kegiatan|076.01.CQ|2020|400000000|398000000|2000000",
			"TOTAL|total||2020|2150000000|2073123456|76876544"}}},
		{"break on program and kegiatan, account lines under them", []string{
			"Tabel 3.5 Realisasi Anggaran Tahun 2023",
			"",
			"SQL> break on program on kegiatan skip 1 on report",
			"SQL> compute sum of pagu realisasi on kegiatan",
			"SQL> compute sum of pagu realisasi on program",
			"SQL> compute sum label 'TOTAL' of pagu realisasi on report",
			"",
			"PROGRAM   KEGIATAN AKUN            PAGU     REALISASI",
			"--------- -------- ------ ------------- -------------",
			"076.01.WA 3355     521211 1.000.000.000   990.000.000",
			"                   524111   500.000.000   450.000.000",
			"          ********        ------------- -------------",
			"          Jumlah          1.500.000.000 1.440.000.000",
			"",
			"          3358     521211   700.000.000   695.000.000",
			"          ********        ------------- -------------",
			"          Jumlah            700.000.000   695.000.000",
			"",
			"*********                 ------------- -------------",
			"Jumlah                    2.200.000.000 2.135.000.000",
			"",
			"076.01.CQ 6640     521211   300.000.000   290.000.000",
			"                   524111   200.000.000   190.000.000",
			"          ********        ------------- -------------",
			"          Jumlah            500.000.000   480.000.000",
			"",
			"*********                 ------------- -------------",
			"Jumlah                      500.000.000   480.000.000",
			"",
			"*********                 ------------- -------------",
			"TOTAL                     2.700.000.000 2.615.000.000",
			"",
			"5 rows selected.",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|2200000000|2135000000|65000000",
			"3355|kegiatan|076.01.WA|2023|1500000000|1440000000|60000000",
			"3358|kegiatan|076.01.WA|2023|700000000|695000000|5000000",
			"076.01.CQ|program||2023|500000000|480000000|20000000",
			"6640|kegiatan|076.01.CQ|2023|500000000|480000000|20000000",
			"TOTAL|total||2023|2700000000|2615000000|85000000"}}},
	})
}

// TestSqlplusUnproven: look-alike text and spools the structure does not
// prove stay as written: a footnote of asterisks under a dashed table
// without compute sums, a group sum that is not the sum of its lines, a
// footer counting other rows than those read.
func TestSqlplusUnproven(t *testing.T) {
	spool := func(sum, footer string) string {
		return strings.Join([]string{
			"PROGRAM   KEG      PAGU      REALISASI",
			"--------- ---- ----------- -----------",
			"076.01.WA 3355 100.000.000  90.000.000",
			"          3358  50.000.000  45.000.000",
			"*********      ----------- -----------",
			sum,
			"",
			footer,
		}, "\n")
	}
	for name, text := range map[string]string{
		"footnote, no compute": "Kode      Nama           Pagu\n--------- ---- -----------\n3355      Keu  100.000.000\n\n***** angka sementara\n",
		"sum not proven":       spool("Jumlah         150.000.000 136.000.000", "2 rows selected."),
		"footer counts three":  spool("Jumlah         150.000.000 135.000.000", "3 rows selected."),
		"no break key":         strings.Replace(spool("Jumlah         150.000.000 135.000.000", "2 rows selected."), "076.01.WA", "         ", 1),
	} {
		d := &facts.Document{}
		if out := string(sqlplusSpools(d, []byte(text))); out != text {
			t.Errorf("%s: rewritten:\n%s", name, out)
		}
	}
}
