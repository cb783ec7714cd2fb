package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestTibbleTables: a tibble printed in the R console (one space between
// columns, text left and numbers right, the type line, numbered rows, NA
// for no value) is read as a TAB table whatever its family: its Indonesian
// text cells as written, a <dbl> pillar printed with a point loaded NULL
// (rounded to its first digits), names in backticks, an ASCII 'x' in the
// dimension line and a numbered width of two digits.
func TestTibbleTables(t *testing.T) {
	checkDocs(t, []string{"dpt", "anggaran", "capaian"}, []docCase{
		{"DPT per kecamatan, eleven rows, NA in the total's number", []string{
			"BAB III DATA PEMILIH",
			"",
			"# Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
			"> dpt_2024 |> print(n = Inf, width = Inf)",
			"# A tibble: 11 × 7",
			"      no kecamatan      desa_kel   tps l      p      l_p",
			"   <int> <chr>             <int> <int> <chr>  <chr>  <chr>",
			" 1     1 RIUNG                14    38 5.120  5.301  10.421",
			" 2     2 RIUNG BARAT           8    21 2.410  2.533  4.943",
			" 3     3 AESESA               18    62 9.874  10.110 19.984",
			" 4     4 AESESA SELATAN        9    27 3.002  3.140  6.142",
			" 5     5 BOAWAE               21    70 11.250 11.684 22.934",
			" 6     6 MAUPONGGO            17    44 6.815  7.020  13.835",
			" 7     7 NANGARORO            16    41 6.330  6.512  12.842",
			" 8     8 KEO TENGAH           10    30 4.501  4.677  9.178",
			" 9     9 MAUKARO               8    19 2.150  2.209  4.359",
			"10    10 GOLEWA               12    35 5.002  5.133  10.135",
			"11    NA JUMLAH              133   387 56.454 58.319 114.773",
			"",
			"Sumber: Sidalih, diolah.",
		}, map[string][]string{"dpt": {"pemilu|2024|kecamatan|RIUNG|14|38|5120|5301|10421", "pemilu|2024|kecamatan|RIUNG BARAT|8|21|2410|2533|4943", "pemilu|2024|kecamatan|AESESA|18|62|9874|10110|19984", "pemilu|2024|kecamatan|AESESA SELATAN|9|27|3002|3140|6142", "pemilu|2024|kecamatan|BOAWAE|21|70|11250|11684|22934", "pemilu|2024|kecamatan|MAUPONGGO|17|44|6815|7020|13835", "pemilu|2024|kecamatan|NANGARORO|16|41|6330|6512|12842", "pemilu|2024|kecamatan|KEO TENGAH|10|30|4501|4677|9178", "pemilu|2024|kecamatan|MAUKARO|8|19|2150|2209|4359", "pemilu|2024|kecamatan|GOLEWA|12|35|5002|5133|10135", "pemilu|2024|kabupaten|Kabupaten Sikka|133|387|56454|58319|114773"}}},
		{"budget in whole rupiah, serapan printed rounded", []string{
			"C. Realisasi Anggaran",
			"",
			"Tabel 3.3 Realisasi Anggaran Tahun 2022",
			"R> anggaran_2022",
			"# A tibble: 4 x 5",
			"  kode      uraian                             pagu  realisasi serapan",
			"  <chr>     <chr>                             <dbl>      <dbl>   <dbl>",
			"1 076.01.WA Program Dukungan Manajemen   3150400000 3021555000    95.9",
			"2 3357      Pengelolaan Keuangan dan BMN 2010000000 1945230000    96.8",
			"3 3361      Operasional Perkantoran      1140400000 1076325000    94.4",
			"4 NA        Total                        3150400000 3021555000    95.9",
			"",
			"Sumber: OM-SPAN.",
		}, map[string][]string{"anggaran": {"076.01.WA|program||2022|3150400000|3021555000|128845000", "3357|kegiatan|076.01.WA|2022|2010000000|1945230000|64770000", "3361|kegiatan|076.01.WA|2022|1140400000|1076325000|64075000", "TOTAL|total||2022|3150400000|3021555000|128845000"}}},
		{"capaian with names in backticks", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2023",
			"> pk_2023",
			"# A tibble: 3 × 4",
			"  `Indikator Kinerja`                      Target Realisasi `Capaian (%)`",
			"  <chr>                                    <chr>  <chr>     <chr>",
			"1 Indeks Kepuasan Layanan Informasi Publik 82,00  85,28     104,00",
			"2 Persentase Laporan Keuangan Tepat Waktu  100,00 100,00    100,00",
			"3 Tingkat Kehadiran Pemilih Pemilihan      75,00  71,25     95,00",
			"",
		}, map[string][]string{"capaian": {"Indeks Kepuasan Layanan Informasi Publik|82|85.28|104", "Persentase Laporan Keuangan Tepat Waktu|100|100|100", "Tingkat Kehadiran Pemilih Pemilihan|75|71.25|95"}}},
		{"budget whose last column is NA in one row", []string{
			"Tabel 3.2 Realisasi Anggaran Tahun 2020",
			"> realisasi_2020",
			"# A tibble: 2 × 5",
			"  kode   program                    pagu       realisasi  sisa",
			"  <chr>  <chr>                      <chr>      <chr>      <chr>",
			"1 3363   Pengelolaan Data Pemilih   1.250.000  1.198.400  51.600",
			"2 3364   Sosialisasi Pemilih        820.500    799.900    NA",
			"",
		}, map[string][]string{"anggaran": {"3363|kegiatan||2020|1250000|1198400|51600", "3364|kegiatan||2020|820500|799900|<nil>"}}},
	})
}

// TestTibbleUnproven: a tibble whose layout the frame does not prove stays
// as written: a row readable at two boundaries, a cell cut short with "…",
// rows left out.
func TestTibbleUnproven(t *testing.T) {
	for name, text := range map[string]string{
		"two readings":  "# A tibble: 2 × 2\n  uraian    nilai\n  <chr>     <dbl>\n1 Pagu A B     12\n2 Sisa C D      7\n",
		"cut short":     "# A tibble: 2 × 2\n  indikator        target\n  <chr>            <chr>\n1 Persentase Pem… 90,00\n2 Indeks Kepuasan  80,00\n",
		"rows left out": "# A tibble: 12 × 2\n  kecamatan tps\n  <chr>     <int>\n1 WAIBAKUL     40\n2 UMBU RATU    21\n# ℹ 10 more rows\n",
	} {
		d := &facts.Document{}
		if out := string(tibbleTables(d, []byte(text), nil)); out != text {
			t.Errorf("%s: rewritten:\n%s", name, out)
		}
	}
}
