package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestStataTables: a Stata log quoted in the report (tabstat of sums by
// code, comma thousands and a decimal point, the `if` naming the program of
// the kegiatan, a list of the absorption and a display of the total's) is
// read as budget tables in the Indonesian notation.
func TestStataTables(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, stataCases)
	for _, tc := range stataCases {
		want := stataSerapan[tc.name]
		if want == nil {
			continue
		}
		d := parseDoc(t, tc.name, tc.body...)
		var got []string
		for _, a := range d.Anggaran {
			if a.SerapanLapor != nil {
				got = append(got, fmt.Sprintf("%s=%v", a.Kode, *a.SerapanLapor))
			}
		}
		wantRows(t, tc.name+" serapan", got, want)
		for _, f := range d.Findings {
			if f.Tingkat != facts.Info {
				t.Errorf("%s: finding %s %s", tc.name, f.Aturan, f.Pesan)
			}
		}
	}
}

var stataSerapan = map[string][]string{
	"programs with their Total, kegiatan per program, list and display": {
		"076.01.WA=95.47", "076.01.CQ=96.55", "TOTAL=96.21", "3357=95.02", "3361=96.11", "6639=96.03", "6867=98.1"},
	"two decimals, older Stata, numbered list, a wrapped command": {"076.01.WA=94.72", "076.01.CQ=97.5", "3358=94.11", "3360=95.07"},
}

var stataCases = []docCase{
	{"programs with their Total, kegiatan per program, list and display", []string{
		"LAPORAN KINERJA KPU KABUPATEN NGADA TAHUN 2022",
		"",
		"C. Realisasi Anggaran",
		"",
		"Tabel 3.5 Olah data realisasi dengan Stata",
		"",
		". use realisasi_2022, clear",
		"",
		`. tabstat pagu realisasi sisa if tingkat=="program", by(kode) stat(sum) format(%16.0fc)`,
		"",
		"Summary statistics: Sum",
		"Group variable: kode ",
		"",
		"        kode |             pagu        realisasi             sisa",
		"-------------+---------------------------------------------------",
		"   076.01.WA |    2,055,800,000    1,962,690,420       93,109,580",
		"   076.01.CQ |    4,520,000,000    4,363,880,500      156,119,500",
		"-------------+---------------------------------------------------",
		"       Total |    6,575,800,000    6,326,570,920      249,229,080",
		"-----------------------------------------------------------------",
		"",
		`. tabstat pagu realisasi sisa if induk=="076.01.WA" & tingkat=="kegiatan", by(kode) stat(sum) format(%16.0fc) nototal`,
		"",
		"Summary statistics: Sum",
		"Group variable: kode ",
		"",
		"        kode |             pagu        realisasi             sisa",
		"-------------+---------------------------------------------------",
		"        3357 |    1,210,500,000    1,150,240,300       60,259,700",
		"        3361 |      845,300,000      812,450,120       32,849,880",
		"-----------------------------------------------------------------",
		"",
		`. tabstat pagu realisasi sisa if induk=="076.01.CQ" & tingkat=="kegiatan", by(kode) stat(sum) format(%16.0fc)`,
		"",
		"Summary statistics: Sum",
		"Group variable: kode ",
		"",
		"        kode |             pagu        realisasi             sisa",
		"-------------+---------------------------------------------------",
		"        6639 |    3,400,000,000    3,265,120,000      134,880,000",
		"        6867 |    1,120,000,000    1,098,760,500       21,239,500",
		"-------------+---------------------------------------------------",
		"       Total |    4,520,000,000    4,363,880,500      156,119,500",
		"-----------------------------------------------------------------",
		"",
		". gen serapan = 100*realisasi/pagu",
		"",
		". list kode serapan, noobs clean",
		"",
		"        kode   serapan",
		"   076.01.WA     95.47",
		"        3357     95.02",
		"        3361     96.11",
		"   076.01.CQ     96.55",
		"        6639     96.03",
		"        6867     98.10",
		"",
		`. display "Serapan total = " %5.2f 100*r(sum)/total`,
		"Serapan total = 96.21",
		"",
		". log close",
	}, map[string][]string{"anggaran": {
		"076.01.WA|program||2022|2055800000|1962690420|93109580",
		"076.01.CQ|program||2022|4520000000|4363880500|156119500",
		"TOTAL|total||2022|6575800000|6326570920|249229080",
		"3357|kegiatan|076.01.WA|2022|1210500000|1150240300|60259700",
		"3361|kegiatan|076.01.WA|2022|845300000|812450120|32849880",
		"6639|kegiatan|076.01.CQ|2022|3400000000|3265120000|134880000",
		"6867|kegiatan|076.01.CQ|2022|1120000000|1098760500|21239500",
	}}},
	{"two decimals, older Stata, numbered list, a wrapped command", []string{
		"LAPORAN KINERJA KPU KABUPATEN ENDE TAHUN 2020",
		"",
		"Realisasi anggaran diolah dengan Stata:",
		"",
		". tabstat pagu realisasi sisa, by(kd) statistics(sum) format(%15.2fc)",
		"",
		"Summary statistics: sum",
		"  by categories of: kd ",
		"",
		"          kd |           pagu      realisasi           sisa",
		"-------------+---------------------------------------------",
		"   076.01.WA | 1,480,250,000.00 1,402,118,300.00 78,131,700.00",
		"   076.01.CQ | 2,100,000,000.00 2,047,500,000.00 52,500,000.00",
		"-------------+---------------------------------------------",
		"       Total | 3,580,250,000.00 3,449,618,300.00 130,631,700.00",
		"-----------------------------------------------------------",
		"",
		". tabstat pagu realisasi sisa if level==\"kegiatan\" &",
		`> prog=="076.01.WA", by(kd) statistics(sum) format(%15.2fc) nototal`,
		"",
		"Summary statistics: sum",
		"Group variable: kd ",
		"",
		"          kd |           pagu      realisasi           sisa",
		"-------------+---------------------------------------------",
		"        3358 |   530,000,000.00   498,760,150.00  31,239,850.00",
		"        3360 |   950,250,000.00   903,358,150.00  46,891,850.00",
		"-----------------------------------------------------------",
		"",
		". list kd serapan, clean",
		"",
		"              kd   serapan",
		"  1.   076.01.WA     94.72",
		"  2.        3358     94.11",
		"  3.        3360     95.07",
		"  4.   076.01.CQ     97.50",
		"",
	}, map[string][]string{"anggaran": {
		"076.01.WA|program||2020|1480250000|1402118300|78131700",
		"076.01.CQ|program||2020|2100000000|2047500000|52500000",
		"TOTAL|total||2020|3580250000|3449618300|130631700",
		"3358|kegiatan|076.01.WA|2020|530000000|498760150|31239850",
		"3360|kegiatan|076.01.WA|2020|950250000|903358150|46891850",
	}}},
	{"one program's kegiatan, plain digits, its Total left out", []string{
		"LAPORAN KINERJA KPU KABUPATEN SUMBA TENGAH TAHUN 2023",
		"",
		"Log Stata realisasi kegiatan program teknis:",
		"",
		`. tabstat pagu realisasi sisa if prog=="076.01.CQ", by(kegiatan) s(sum) format(%14.0f)`,
		"",
		"Summary statistics: Sum",
		"Group variable: kegiatan ",
		"",
		"    kegiatan |          pagu     realisasi          sisa",
		"-------------+------------------------------------------",
		"        6640 |     640000000     611250300      28749700",
		"        6871 |    1875000000    1829400000      45600000",
		"-------------+------------------------------------------",
		"       Total |    2515000000    2440650300      74349700",
		"--------------------------------------------------------",
		"",
	}, map[string][]string{"anggaran": {
		"6640|kegiatan|076.01.CQ|2023|640000000|611250300|28749700",
		"6871|kegiatan|076.01.CQ|2023|1875000000|1829400000|45600000",
	}}},
}

// TestStataUnproven: a tabstat whose figures are no amounts of the codes
// (a mean), whose rows its condition does not say (an or), or whose
// variable names Stata abbreviated stays as written; a figure printed in
// scientific notation is loaded NULL with a finding.
func TestStataUnproven(t *testing.T) {
	table := func(stat, cmd, head string) string {
		return cmd + "\n\nSummary statistics: " + stat + "\nGroup variable: kode\n\n" +
			"        kode |" + head + "\n-------------+------------------------\n" +
			"   076.01.WA |  1,250,000   1,200,000\n------------------------------------\n"
	}
	for name, text := range map[string]string{
		"mean":        table("Mean", ". tabstat pagu realisasi, by(kode) stat(mean) format(%12.0fc)", "     pagu   realisasi"),
		"or":          table("Sum", `. tabstat pagu realisasi if program=="076.01.WA" | program=="076.01.CQ", by(kode) stat(sum)`, "     pagu   realisasi"),
		"abbreviated": table("Sum", ". tabstat pagu realisasi_akhir, by(kode) stat(sum)", "     pagu   realis~r"),
	} {
		d := &facts.Document{}
		if out := string(stataTables(d, []byte(text), nil)); out != text {
			t.Errorf("%s: rewritten:\n%s", name, out)
		}
	}
	sci := ". tabstat pagu realisasi, by(kode) stat(sum)\n\nSummary statistics: Sum\nGroup variable: kode\n\n" +
		"        kode |      pagu  realisasi\n-------------+--------------------\n" +
		"   076.01.WA |  2.06e+09   1.96e+09\n---------------------------------\n"
	d := &facts.Document{}
	out := string(stataTables(d, []byte(sci), nil))
	if strings.Contains(out, "e+09") || strings.Contains(out, "2,06") || len(d.Findings) != 2 {
		t.Errorf("scientific notation: findings %d, text:\n%s", len(d.Findings), out)
	}
}
