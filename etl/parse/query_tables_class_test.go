package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestQueryTables: tables printed by psql (aligned, expanded) or as a
// pandas DataFrame in a Python session are read as TAB tables, whatever
// their family: NULL for an empty cell, NaN or a float printed in
// scientific notation (with a finding), English decimals never read as
// thousands ("61.125") unless the column groups its digits as text, the
// wrapped parts of a wide frame joined, a named index or one of years read
// as the first column, a transposed frame read by year, a psql table typed
// a space off its rule cut at its bars, a psql value over several lines
// ('+') one cell, and snake_case column names understood.
func TestQueryTables(t *testing.T) {
	checkDocs(t, []string{"dpt", "anggaran", "sakip", "capaian"}, []docCase{
		{"psql DPT with a NULL cell, a prompt over two lines and its footer", []string{
			"BAB III DATA PEMILIH",
			"",
			"Rekapitulasi DPT yang ditarik dari basis data kantor:",
			"",
			"Tabel 3.6 DPT Pemilu 2024 per Kecamatan",
			"sikka_db=> SELECT nama_kecamatan, jml_desa, jml_tps, pemilih_l, pemilih_p, total_pemilih",
			"sikka_db->   FROM dpt_pemilu_2024 ORDER BY nama_kecamatan;",
			" nama_kecamatan | jml_desa | jml_tps | pemilih_l | pemilih_p | total_pemilih",
			"----------------+----------+---------+-----------+-----------+---------------",
			" ALOK TIMUR     |        7 |      41 |      8120 |      8390 |         16510",
			" MAGEPANDA      |        5 |         |      4210 |      4305 |          8515",
			" WAIGETE        |       11 |      53 |      9760 |     10012 |         19772",
			"(3 rows)",
			"",
			"Sumber: SIDALIH, diolah.",
		}, map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK TIMUR|7|41|8120|8390|16510", "pemilu|2024|kecamatan|MAGEPANDA|5|<nil>|4210|4305|8515", "pemilu|2024|kecamatan|WAIGETE|11|53|9760|10012|19772"}}},
		{"psql budget totals, one row per year", []string{
			"Perkembangan pagu dan realisasi anggaran tiga tahun terakhir:",
			"",
			"Tabel 3.9 Realisasi Anggaran Tahun 2022-2024",
			"kpu=# SELECT thn_anggaran, pagu_anggaran, realisasi, sisa_anggaran, pct_serapan FROM v_realisasi;",
			" thn_anggaran | pagu_anggaran |  realisasi  | sisa_anggaran | pct_serapan",
			"--------------+---------------+-------------+---------------+-------------",
			"         2022 |    5150000000 |  5020000000 |     130000000 |       97.48",
			"         2023 |    7480000000 |  7315000000 |     165000000 |       97.79",
			"         2024 |   12600000000 | 12412000000 |     188000000 |       98.51",
			"(3 rows)",
		}, map[string][]string{"anggaran": {"TOTAL|total||2022|5150000000|5020000000|130000000", "TOTAL|total||2023|7480000000|7315000000|165000000", "TOTAL|total||2024|12600000000|12412000000|188000000"}}},
		{"psql expanded records: a SAKIP history", []string{
			"Riwayat hasil evaluasi SAKIP:",
			"",
			"kpu=# \\x",
			"Expanded display is on.",
			"kpu=# SELECT tahun_dinilai, nilai_sakip, predikat FROM riwayat_sakip;",
			"-[ RECORD 1 ]-+-------",
			"tahun_dinilai | 2021",
			"nilai_sakip   | 66.05",
			"predikat      | B",
			"-[ RECORD 2 ]-+-------",
			"tahun_dinilai | 2022",
			"nilai_sakip   | 71.30",
			"predikat      | BB",
			"-[ RECORD 3 ]-+-------",
			"tahun_dinilai | 2023",
			"nilai_sakip   | 73.10",
			"predikat      | BB",
			"",
			"Nilai terus membaik.",
		}, map[string][]string{"sakip": {"2021|66.05|B", "2022|71.3|BB", "2023|73.1|BB"}}},
		{"pandas DPT, NaN and a float column", []string{
			"BAB III DATA PEMILIH",
			"",
			"Tabel 3.7 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
			">>> dpt_2019",
			"    nama_kec  jml_desa  jml_tps  pemilih_l  pemilih_p  total_pemilih",
			"0       PAGA         8     31.0       4033       4120           8153",
			"1  TANA WAWO         6      NaN       2875       2990           5865",
			"2     KANGAE         9     27.0       3904       4011           7915",
			"",
			"Data di atas menjadi dasar pemetaan TPS.",
		}, map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|8|31|4033|4120|8153", "pemilu|2019|kecamatan|TANA WAWO|6|<nil>|2875|2990|5865", "pemilu|2019|kecamatan|KANGAE|9|27|3904|4011|7915"}}},
		{"pandas frame wrapped over two parts, its footer counting it", []string{
			"Realisasi anggaran per tahun (keluaran skrip rekap):",
			"",
			"Tabel 3.10 Pagu dan Realisasi Anggaran 2020-2021",
			">>> print(df_pagu)",
			"   tahun         pagu    realisasi  \\",
			"0   2020  18450000000  17982000000   ",
			"1   2021   4310000000   4205500000   ",
			"",
			"        sisa  persen_serapan",
			"0  468000000           97.46",
			"1  104500000           97.58",
			"",
			"[2 rows x 5 columns]",
			"",
			"Penyerapan tetap di atas 97 persen.",
		}, map[string][]string{"anggaran": {"TOTAL|total||2020|18450000000|17982000000|468000000", "TOTAL|total||2021|4310000000|4205500000|104500000"}}},
		{"IPython frame: scores with three decimals", []string{
			"Hasil evaluasi AKIP beberapa tahun:",
			"",
			"In [12]: riwayat",
			"Out[12]:",
			"   thn_dinilai  nilai_akip  pred",
			"0         2019      58.500    CC",
			"1         2020      61.125     B",
			"",
			"In [13]: ",
		}, map[string][]string{"sakip": {"2019|58.5|CC", "2020|61.125|B"}}},
		{"pandas named index and the DPT's own columns beside the DPS", []string{
			"Tabel 3.8 DPS dan DPT Pemilu 2024",
			">>> df.set_index('nama_kecamatan')",
			"                dps_l  dps_p  dpt_l  dpt_p  dpt_lp",
			"nama_kecamatan                                    ",
			"TALIBURA         5012   5110   5020   5125   10145",
			"WAIBLAMA         3301   3390   3310   3402    6712",
			"",
		}, map[string][]string{"dpt": {"pemilu|2024|kecamatan|TALIBURA|<nil>|<nil>|5020|5125|10145", "pemilu|2024|kecamatan|WAIBLAMA|<nil>|<nil>|3310|3402|6712"}}},
		{"pandas capaian, a float printed without its digits", []string{
			"Tabel 3.2 Capaian Indikator Kinerja Tahun 2024",
			">>> capaian",
			"                   indikator_kinerja    tgt          real  capaian_pct",
			"0     Persentase partisipasi pemilih  78.00         81.90       105.00",
			"1  Indeks kepuasan layanan informasi   3.40  3.451000e+00          NaN",
			"",
		}, map[string][]string{"capaian": {"Persentase partisipasi pemilih|78|81.9|105", "Indeks kepuasan layanan informasi|3.4|<nil>|<nil>"}}},
		{"psql typed by hand, its bars a space off the rule's", []string{
			"Tabel 3.6 DPT Pemilihan Tahun 2020 per Kecamatan",
			"db=> select * from dpt;",
			" kecamatan | jml_tps | pemilih_l | pemilih_p | total_pemilih",
			"-----------+---------+-----------+-----------+--------------",
			" HEWOKLOANG |      24 |      3105 |      3290 |          6395",
			" DORENG    |     19 |      2440 |      2580 |          5020",
			"(2 rows)",
			"",
		}, map[string][]string{"dpt": {"pilkada|2020|kecamatan|HEWOKLOANG|<nil>|24|3105|3290|6395", "pilkada|2020|kecamatan|DORENG|<nil>|19|2440|2580|5020"}}},
		{"a script's frame indexed by year, a column of grouped text", []string{
			"Tabel 3.9 Realisasi Anggaran 2022-2023",
			"print(rekap_anggaran)",
			"            pagu   realisasi       sisa  pct_serapan",
			"2022  6100000000  5950000000  150000000        97.54",
			"2023  7200000000  7100000000  100000000        98.61",
			"",
			"Tabel 3.10 Realisasi Anggaran per Program Tahun 2024",
			">>> per_program",
			"   kode                          uraian           pagu      realisasi",
			"0                                JUMLAH  9.450.000.000  9.302.000.000",
			"1    WA      Program Dukungan Manajemen  8.103.000.000  7.955.000.000",
			"2    CQ  Program Penyelenggaraan Pemilu  1.347.000.000  1.347.000.000",
			"",
		}, map[string][]string{"anggaran": {"TOTAL|total||2022|6100000000|5950000000|150000000", "TOTAL|total||2023|7200000000|7100000000|100000000", "TOTAL|total||2024|9450000000|9302000000|148000000", "076.01.WA|program||2024|8103000000|7955000000|148000000", "076.01.CQ|program||2024|1347000000|1347000000|0"}}},
		{"a frame transposed: years as columns, its index the amounts' names", []string{
			"Perkembangan anggaran tiga tahun terakhir:",
			"",
			"Tabel 3.11 Pagu dan Realisasi Anggaran 2021-2023",
			">>> rekap.T",
			"                 2021        2022         2023",
			"pagu       3880000000  4120000000  11250000000",
			"realisasi  3790500000  4010000000  11020000000",
			"sisa         89500000   110000000    230000000",
			"",
		}, map[string][]string{"anggaran": {"TOTAL|total||2021|3880000000|3790500000|89500000", "TOTAL|total||2022|4120000000|4010000000|110000000", "TOTAL|total||2023|11250000000|11020000000|230000000"}}},
		{"psql values printed over several lines, marked '+'", []string{
			"Tabel 3.2 Capaian Indikator Kinerja Tahun 2024",
			"db=> SELECT no, indikator, target, realisasi, capaian FROM capaian_2024;",
			" no |       indikator        | target | realisasi | capaian",
			"----+------------------------+--------+-----------+---------",
			"  1 | Indeks kepuasan       +|   3.50 |      3.62 |  103.43",
			"    | pemangku kepentingan  +|        |           | ",
			"    | terhadap layanan       |        |           | ",
			"  2 | Persentase arsip aktif+|  85.00 |     80.75 |   95.00",
			"    | yang tertata           |        |           | ",
			"(2 rows)",
			"",
		}, map[string][]string{"capaian": {"Indeks kepuasan pemangku kepentingan terhadap layanan|3.5|3.62|103.43", "Persentase arsip aktif yang tertata|85|80.75|95"}}},
	})
}

// TestQueryTablesLeft: a printed table whose structure is not stated
// whole stays as written (a footer counting other rows, a line without
// the rule's bars, a cell across two columns, an aligned table with no
// index, prompt or footer to tell it is a frame); a read one keeps every
// line where it was, and a cell printed without its digits is reported.
func TestQueryTablesLeft(t *testing.T) {
	for name, text := range map[string]string{
		"footer counts other rows":   " kec  | tps\n------+-----\n ALOK |  12\n(3 rows)\n",
		"a line without the bars":    " kec  | tps\n------+-----\n ALOK |  12\n NITA   14\n",
		"a cell across two columns":  ">>> df\n   kecamatan  tps\n0       ALOK   12\n1  NITA KOTA UJUNG\n",
		"no index, prompt or footer": ">>> x = 1\n\n  kecamatan  tps\n       ALOK   12\n       NITA   14\n",
		"parts under other labels":   ">>> df\n   a  b  \\\n0  1  2   \n1  3  4   \n\n   c\n0  5\n2  6\n",
	} {
		d := &facts.Document{}
		if out := string(queryTables(d, []byte(text), nil)); out != text {
			t.Errorf("%s: rewritten:\n%s", name, out)
		}
	}
	in := "Tabel 1\n>>> df\n   tahun  pagu\n0   2023  1.5e+09\n1   2024  1200000000\n\n[2 rows x 2 columns]\n"
	d := &facts.Document{}
	out := string(queryTables(d, []byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "tahun\tpagu\n2023\t\n2024\t1200000000") {
		t.Errorf("frame read as:\n%q", out)
	}
	if len(d.Findings) != 1 || d.Findings[0].Aturan != "nilai.tidak_terbaca" {
		t.Errorf("findings: %v", d.Findings)
	}
}

// FuzzQueryTables: whatever the text, the query readers never panic and
// never move a line.
func FuzzQueryTables(f *testing.F) {
	f.Add(" a | b\n---+---\n 1 | 2\n(1 row)\n")
	f.Add("-[ RECORD 1 ]-+--\na | 1\nb | 2\n")
	f.Add(">>> df\n   a  b  \\\n0  1  2   \n\n   c\n0  5\n\n[1 rows x 3 columns]\n")
	f.Add("print(df)\n     x   y\nidx        \nA    1  1.5e+03\n")
	f.Fuzz(func(t *testing.T, s string) {
		out := queryTables(&facts.Document{}, []byte(s), nil)
		if strings.Count(string(out), "\n") != strings.Count(s, "\n") {
			t.Fatalf("lines moved: %q -> %q", s, out)
		}
	})
}
