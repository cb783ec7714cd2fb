package parse

import (
	"strings"
	"testing"
)

// TestAlignSpaced: a space-aligned table (pdftotext -layout) becomes TAB
// rows, one cell per proven column, wrapped labels included; prose, a
// block whose columns are not proven on two lines, and a document with TABs
// stay as they are. The line count never changes.
func TestAlignSpacedCases(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string // nil: unchanged
	}{
		{"budget with a wrapped program row", []string{
			"Tabel 3.3 Realisasi Anggaran TA 2019 (dalam ribuan rupiah)",
			"",
			"  Kode   Program/Kegiatan                         Pagu   Realisasi      Sisa       %",
			"  WA     Program Dukungan",
			"         Manajemen dan Pelaksanaan           2.013.200   1.921.462    91.738   95,44",
			"  3355   Pengelolaan Keuangan dan BMN        1.328.700   1.246.391    82.309   93,81",
			"         JUMLAH                              4.532.300   4.338.387   193.913   95,72",
			"",
			"Prose after the table, at the margin.",
		}, []string{
			"Tabel 3.3 Realisasi Anggaran TA 2019 (dalam ribuan rupiah)",
			"",
			"Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\t%",
			// the keyed row's amounts, printed on its second line, move up to its code line
			"WA\tProgram Dukungan\t2.013.200\t1.921.462\t91.738\t95,44",
			"\tManajemen dan Pelaksanaan",
			"3355\tPengelolaan Keuangan dan BMN\t1.328.700\t1.246.391\t82.309\t93,81",
			"\tJUMLAH\t4.532.300\t4.338.387\t193.913\t95,72",
			"",
			"Prose after the table, at the margin.",
		}},
		{"two-line header, blank line before the body", []string{
			"  No   Kecamatan        Desa/   TPS      L        P       L+P",
			"",
			"  1    AESESA              21    70    6.794    6.757    13.551",
			"  2    AESESA SELATAN      10    69    9.513   10.085    19.598",
		}, []string{
			"No\tKecamatan\tDesa/\tTPS\tL\tP\tL+P",
			"",
			"1\tAESESA\t21\t70\t6.794\t6.757\t13.551",
			"2\tAESESA SELATAN\t10\t69\t9.513\t10.085\t19.598",
		}},
		// one valued line is proven only by a header whose cells stand one
		// to one over its cells (aligned.go, oneRowTable); here "Desa/ TPS"
		// is one header cell over two values
		{"one valued line: not proven", []string{
			"  No   Kecamatan        Desa/ TPS        L        P       L+P",
			"  1    AESESA              21    70    6.794    6.757    13.551",
		}, nil},
		{"one valued line under a header cell for each of its cells", []string{
			"  No   Kecamatan        Desa/   TPS      L        P       L+P",
			"  1    AESESA              21    70    6.794    6.757    13.551",
		}, []string{
			"No\tKecamatan\tDesa/\tTPS\tL\tP\tL+P",
			"1\tAESESA\t21\t70\t6.794\t6.757\t13.551",
		}},
		{"columns that disagree: not proven", []string{
			"  Uraian   Nilai   Keterangan",
			"  A    12,5    baik sekali dan",
			"  Bbbbbbbbbbbbbbbbbbbbbbb   13,5   x",
		}, nil},
		{"a document with TABs", []string{
			"No\tUraian\tNilai",
			"  1    AESESA              21    70    6.794    6.757    13.551",
			"  2    AESESA SELATAN      10    69    9.513   10.085    19.598",
		}, nil},
	}
	for _, tc := range tests {
		in := strings.Join(tc.in, "\n")
		out, _ := alignSpaced([]byte(in))
		got := string(out)
		want := in
		if tc.want != nil {
			want = strings.Join(tc.want, "\n")
		}
		if got != want {
			t.Errorf("%s:\ngot:\n%s\nwant:\n%s", tc.name, strings.ReplaceAll(got, "\t", "|"), strings.ReplaceAll(want, "\t", "|"))
		}
		if strings.Count(got, "\n") != strings.Count(in, "\n") {
			t.Errorf("%s: line count changed", tc.name)
		}
	}
}
