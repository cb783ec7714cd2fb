package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestMonospacedBlocks: a plain-text table set in a monospaced font is cut
// at its runs of spaces, not at the single spaces that line up from line to
// line, and a cell wrapped onto a line of its own joins its row; a
// monospaced label/value form stays "label : value" lines.
func TestMonospacedBlocks(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // Courier 8 pt, one per 9 pt
		want  []string
	}{
		{"table", []string{
			"Indikator                        Realisasi 2018   Target 2019",
			"Persentase Partisipasi Pemilih           79,85%         77,5%",
			"dalam Pemilu/Pemilihan",
			"Persentase Sengketa Hukum yang             100%          100%",
			"dimenangkan KPU",
		}, []string{
			"Indikator\tRealisasi 2018\tTarget 2019",
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t79,85%\t77,5%",
			"Persentase Sengketa Hukum yang dimenangkan KPU\t100%\t100%",
		}},
		{"typed header wider than its values", []string{
			"Tahun yang Dinilai  Perencanaan (30)  Nilai  Predikat",
			"2019                17,35             58,31  CC",
			"2020                18,40             61,27  B",
		}, []string{
			"Tahun yang Dinilai\tPerencanaan (30)\tNilai\tPredikat",
			"2019\t17,35\t58,31\tCC",
			"2020\t18,40\t61,27\tB",
		}},
		{"one space between columns holding values", []string{
			"No Kecamatan     L+P Keterangan",
			"1  Atambua Barat 120 baru",
			"2  Lamaknen      98  tetap",
		}, []string{
			"No\tKecamatan\tL+P\tKeterangan",
			"1\tAtambua Barat\t120\tbaru",
			"2\tLamaknen\t98\ttetap",
		}},
		{"typed label wrapped inside its column", []string{
			"Kode  Program/Kegiatan          Pagu",
			"3355  Pengelolaan Keuangan dan  830.405.000",
			"      Barang Milik Negara",
			"3358  Pengelolaan SDM           360.495.000",
			"      Pusat",
			"CQ    Program Penyelenggaraan   715.006.000",
			"      Pemilu dalam Proses",
			"      Konsolidasi Demokrasi",
		}, []string{
			"Kode\tProgram/Kegiatan\tPagu",
			"3355\tPengelolaan Keuangan dan Barang Milik Negara\t830.405.000",
			// "Pusat" fitted after "Pengelolaan SDM": no wrap, a row of its own
			"3358\tPengelolaan SDM\t360.495.000",
			"\tPusat",
			"CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t715.006.000",
		}},
		{"running line with a gap a typed line under the table", []string{
			"No  Kecamatan      TPS  L      P      L+P",
			"1   Mollo Utara    43   5.880  6.185  12.065",
			"2   Fatumnasi      24   5.328  5.560  10.888",
			"",
			"Laporan Kinerja KPU Kabupaten Timor Tengah Selatan 2024  27",
		}, []string{
			"No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tMollo Utara\t43\t5.880\t6.185\t12.065",
			"2\tFatumnasi\t24\t5.328\t5.560\t10.888",
			"",
			"Laporan Kinerja KPU Kabupaten Timor Tengah Selatan 2024 27",
		}},
		{"table typed in pieces between heading lines", []string{
			"No  Dapil / Kecamatan  Desa/Kel  TPS  L  P  L+P",
			"DAPIL SUMBA TIMUR 1",
			"1  Kota Waingapu               5   25  2.724  2.644  5.368",
			"2  Kambera                     7   29  3.698  3.677  7.375",
			"   Jumlah Dapil Sumba Timur 1  12  54  6.422  6.321  12.743",
			"DAPIL SUMBA TIMUR 2",
			"3  Pandawai             7  23  2.958  2.976  5.934",
			"4  Kambata Mapambuhang  8  41  5.069  5.143  10.212",
		}, []string{
			"No\tDapil / Kecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"DAPIL SUMBA TIMUR 1",
			"1\tKota Waingapu\t5\t25\t2.724\t2.644\t5.368",
			"2\tKambera\t7\t29\t3.698\t3.677\t7.375",
			"\tJumlah Dapil Sumba Timur 1\t12\t54\t6.422\t6.321\t12.743",
			"DAPIL SUMBA TIMUR 2",
			"3\tPandawai\t7\t23\t2.958\t2.976\t5.934",
			"4\tKambata Mapambuhang\t8\t41\t5.069\t5.143\t10.212",
		}},
		{"amounts grouped with spaces", []string{
			"No  Kecamatan  TPS  L      P      L+P",
			"18  Kolbano    27   6 169  6 429  12 598",
			"19  Oenino     14   3 174  3 352  6 526",
			"20  Fautmolo   23   5 309  5 575  10 884",
		}, []string{
			"No\tKecamatan\tTPS\tL\tP\tL+P",
			"18\tKolbano\t27\t6 169\t6 429\t12 598",
			"19\tOenino\t14\t3 174\t3 352\t6 526",
			"20\tFautmolo\t23\t5 309\t5 575\t10 884",
		}},
		{"Markdown table keeps its bars", []string{
			"| KECAMATAN      | DESA_KEL | TPS |      L |",
			"| AESESA         |       19 |  28 |  5.421 |",
			"| AESESA SELATAN |       13 |  64 | 11.315 |",
		}, []string{
			"| KECAMATAN | DESA_KEL | TPS | L |",
			"| AESESA | 19 | 28 | 5.421 |",
			"| AESESA SELATAN | 13 | 64 | 11.315 |",
		}},
		{"form", []string{
			"Sasaran            : Meningkatnya akuntabilitas kinerja",
			"Indikator Kinerja  : Nilai Evaluasi atas Akuntabilitas Kinerja",
			"Target             : B",
			"Realisasi          : B",
		}, []string{
			"Sasaran : Meningkatnya akuntabilitas kinerja",
			"Indikator Kinerja : Nilai Evaluasi atas Akuntabilitas Kinerja",
			"Target : B",
			"Realisasi : B",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for k, l := range tc.lines {
				fmt.Fprintf(&b, "BT /F2 8 Tf 60 %d Td (%s) Tj ET\n", 700-9*k, l)
			}
			wantLines(t, convertLines(t, b.String()), tc.want)
		})
	}
}
