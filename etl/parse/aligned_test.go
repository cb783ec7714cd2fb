package parse

import (
	"reflect"
	"strings"
	"testing"
)

func TestAlignSpaced(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string // the rewritten lines ("" where a line is unchanged)
		unproven [][2]int
	}{{
		name: "proven columns, header, blank line and wrapped label",
		in: "Tabel 1 Capaian\n" +
			"  No   Indikator Kinerja            Target   Realisasi   Capaian\n" +
			"\n" +
			"  1.   Persentase Partisipasi        77,5%      88,12%   113,70%\n" +
			"       Pemilih\n" +
			"  2.   Opini BPK                       WTP         WTP      100%\n" +
			"Teks biasa sesudah tabel.",
		want: []string{"", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian", "",
			"1.\tPersentase Partisipasi\t77,5%\t88,12%\t113,70%", "\tPemilih", "2.\tOpini BPK\tWTP\tWTP\t100%", ""},
	}, {
		name: "two-line header: the group word moves to its first sub-column",
		in: "  No   Kecamatan     Desa/               DPT\n" +
			"                       Kel       L        P      L+P\n" +
			"  1    AESESA           21   6.794    6.757   13.551\n" +
			"  2    BOAWAE           25   5.927    6.072   11.999\n",
		want: []string{"No\tKecamatan\tDesa/\tDPT", "\t\tKel\tL\tP\tL+P",
			"1\tAESESA\t21\t6.794\t6.757\t13.551", "2\tBOAWAE\t25\t5.927\t6.072\t11.999", ""},
	}, {
		name: "the body opens with a heading of its first rows in the label column",
		in: "  No   Dapil / Kecamatan     TPS       L        P      L+P\n" +
			"       DAPIL SIKKA 1\n" +
			"  1    Paga                   30   4.081    4.005    8.086\n" +
			"  2    Mego                   28   3.853    3.821    7.674\n" +
			"       DAPIL SIKKA 2\n" +
			"  3    Lela                   20   2.000    2.100    4.100\n",
		want: []string{"No\tDapil / Kecamatan\tTPS\tL\tP\tL+P", "\tDAPIL SIKKA 1", "1\tPaga\t30\t4.081\t4.005\t8.086",
			"2\tMego\t28\t3.853\t3.821\t7.674", "\tDAPIL SIKKA 2", "3\tLela\t20\t2.000\t2.100\t4.100", ""},
	}, {
		name: "keyed rows: amounts on the middle line move to the key line",
		in: "  Kode   Program/Kegiatan              Pagu    Realisasi\n" +
			"  WA     Program Dukungan\n" +
			"         Manajemen                2.013.200   1.921.462\n" +
			"         Lainnya\n" +
			"  3355   Pengelolaan Keuangan     1.328.700   1.246.391\n" +
			"         JUMLAH                   3.341.900   3.167.853\n",
		want: []string{"Kode\tProgram/Kegiatan\tPagu\tRealisasi", "WA\tProgram Dukungan\t2.013.200\t1.921.462",
			"\tManajemen", "\tLainnya", "3355\tPengelolaan Keuangan\t1.328.700\t1.246.391", "\tJUMLAH\t3.341.900\t3.167.853", ""},
	}, {
		name: "a label running under the value columns: not proven, reported",
		in: "  Indikator                      Target   Realisasi\n" +
			"  Persentase Partisipasi           77,5%      88,12%\n" +
			"  Persentase yang sangat panjang sekali sekali   10%\n" +
			"  Opini                              WTP         WTP\n",
		unproven: [][2]int{{1, 4}},
	}, {
		name: "rows parted by blank lines (a ruled table's padding)",
		in: "  No   Kecamatan        L        P      L+P\n" +
			"\n" +
			"\n" +
			"  1    ALOK           100      120      220\n" +
			"\n" +
			"  2    MAGEPANDA       50       60      110\n" +
			"Teks biasa.",
		want: []string{"No\tKecamatan\tL\tP\tL+P", "", "", "1\tALOK\t100\t120\t220", "", "2\tMAGEPANDA\t50\t60\t110", ""},
	}, {
		name: "values run together by one space: reported, not split",
		in: "  No   Indikator                 Target Realisasi Capaian\n" +
			"\n" +
			"  1    Persentase partisipasi       96%    100% 104,17%\n" +
			"\n" +
			"  2    Persentase sarana           100%  70,45% 70,45%\n",
		unproven: [][2]int{{1, 5}},
	}, {
		name: "grades left-aligned, numbers right-aligned under one header word: one column",
		in: "  No   Indikator                     Target   Realisasi\n" +
			"   1   Persentase partisipasi         77,5%      79,12%\n" +
			"   2   Opini BPK                     WTP      WTP\n",
		want: []string{"No\tIndikator\tTarget\tRealisasi", "1\tPersentase partisipasi\t77,5%\t79,12%", "2\tOpini BPK\tWTP\tWTP", ""},
	}, {
		name: "short header words left of right-aligned numbers sit over their column's header",
		in: "  No   Kecamatan   JUMLAH   JUMLAH\n" +
			"                   DESA     TPS\n" +
			"   1   ALOK            14       54\n" +
			"   2   MAGEPANDA        9       33\n",
		want: []string{"No\tKecamatan\tJUMLAH\tJUMLAH", "\t\tDESA\tTPS", "1\tALOK\t14\t54", "2\tMAGEPANDA\t9\t33", ""},
	}, {
		name: "a running footer after a blank line and a page break end the table",
		in: "  No   Kecamatan        L+P\n" +
			"   1   ALOK           9.036\n" +
			"   2   MAGEPANDA      8.250\n" +
			"\n" +
			"  LKj KPU Kab. Sikka 2019          27\n" +
			"\f\n" +
			"Teks biasa.",
		want: []string{"No\tKecamatan\tL+P", "1\tALOK\t9.036", "2\tMAGEPANDA\t8.250", "", "", "", ""},
	}, {
		name: "two elections side by side: each group word stays over its first column",
		in: "  NO   KAB/KOTA   PILGUB 2018               PEMILU 2019\n" +
			"                  TPS           L     L+P   TPS           L     L+P\n" +
			"   1   KUPANG       650   107.900 221.507   985   112.658 231.792\n" +
			"   2   ALOR         900   164.496 333.709   447   171.065 348.131\n",
		unproven: [][2]int{{1, 4}}, // "107.900 221.507" run together by one space
	}, {
		name: "two elections side by side, padded: group words left-aligned over TPS",
		in: "  NO   KAB/KOTA   PILGUB 2018                   PEMILU 2019\n" +
			"                  TPS            L       L+P    TPS            L       L+P\n" +
			"   1   KUPANG       650    107.900   221.507      985    112.658   231.792\n" +
			"   2   ALOR         900    164.496   333.709      447    171.065   348.131\n",
		want: []string{"NO\tKAB/KOTA\tPILGUB 2018\t\t\tPEMILU 2019", "\t\tTPS\tL\tL+P\tTPS\tL\tL+P",
			"1\tKUPANG\t650\t107.900\t221.507\t985\t112.658\t231.792", "2\tALOR\t900\t164.496\t333.709\t447\t171.065\t348.131", ""},
	}, {
		name: "group headings between the rows stay text lines",
		in: "  No   Indikator Kinerja                  Target   Realisasi\n" +
			"  Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu yang demokratis\n" +
			"  1    Persentase partisipasi pemilih      77,5%      84,06%\n" +
			"  Sasaran Strategis 2: Meningkatnya akuntabilitas keuangan dan kinerja\n" +
			"  2    Opini BPK                           WTP         WTP\n",
		want: []string{"No\tIndikator Kinerja\tTarget\tRealisasi", "", "1\tPersentase partisipasi pemilih\t77,5%\t84,06%", "",
			"2\tOpini BPK\tWTP\tWTP", ""},
	}, {
		name: "a closing word column (Keterangan) after the values",
		in: "  Indikator                     Target   Realisasi   Capaian   Keterangan\n" +
			"  Persentase partisipasi         77,5%      84,06%   108,46%   Tercapai\n" +
			"  Nilai Keterbukaan Informasi       75       72,40    96,53%   Tidak Tercapai\n",
		want: []string{"Indikator\tTarget\tRealisasi\tCapaian\tKeterangan", "Persentase partisipasi\t77,5%\t84,06%\t108,46%\tTercapai",
			"Nilai Keterbukaan Informasi\t75\t72,40\t96,53%\tTidak Tercapai", ""},
	}, {
		name: "prose with double spaces is not a table",
		in:   "Kalimat pertama.  Kalimat kedua.\nKalimat ketiga tanpa angka.\n",
	}, {
		name: "a document with TABs is left alone",
		in:   "No\tIndikator\n  1   Persentase      77,5%      88,12%\n  2   Nilai      70      71\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad := alignSpaced([]byte(tt.in))
			if !reflect.DeepEqual(bad, tt.unproven) {
				t.Errorf("unproven = %v, want %v", bad, tt.unproven)
			}
			if tt.want == nil {
				if string(got) != tt.in {
					t.Errorf("text changed:\n%s", got)
				}
				return
			}
			in, out := strings.Split(tt.in, "\n"), strings.Split(string(got), "\n")
			if len(out) != len(in) {
				t.Fatalf("%d lines, want %d (line numbers must not change)", len(out), len(in))
			}
			for i, w := range tt.want {
				if w == "" {
					w = in[i]
				}
				if out[i] != w {
					t.Errorf("line %d = %q, want %q", i+1, out[i], w)
				}
			}
		})
	}
}
