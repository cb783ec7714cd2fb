package parse

import (
	"fmt"
	"sort"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// slashRows are a document's 2023 budget rows as kode|induk|pagu|realisasi|sisa.
func slashRows(d *facts.Document) []string {
	var out []string
	for _, a := range d.Anggaran {
		if a.Tahun == 2023 {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", a.Kode, a.KodeInduk, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa)))
		}
	}
	sort.Strings(out)
	return out
}

// TestBudgetSlashCodeClass: a budget whose kegiatan codes are joined to
// their program's short code by a slash or a hyphen ("CQ/6639", "WA-3358")
// reads each as the kegiatan under the program row of the table whose
// code ends in that short code (made-up satker, figures and wording). The
// look-alikes load nothing new: a prefix naming no program row of the
// table, a slash code above its program, a kegiatan/KRO code ("3358/EBA"),
// a year pair, a number/year reference in a name.
func TestBudgetSlashCodeClass(t *testing.T) {
	for _, tc := range []struct {
		name    string
		rows    []string
		want    []string
		finding bool // anggaran.kode_garis_miring
	}{
		{"slash codes in their own column, CQ first",
			[]string{"Kode\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\tSelisih (Rp)\t%",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu\t900.000.000\t870.000.000\t30.000.000\t96,67",
				"CQ/6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t600.000.000\t585.000.000\t15.000.000\t97,50",
				"CQ/6709\tSosialisasi dan Partisipasi Masyarakat\t300.000.000\t285.000.000\t15.000.000\t95,00",
				"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.950.000.000\t50.000.000\t97,50",
				"WA/3358\tPengelolaan Sumber Daya Manusia\t2.000.000.000\t1.950.000.000\t50.000.000\t97,50",
				"\tTotal\t2.900.000.000\t2.820.000.000\t80.000.000\t97,24"},
			[]string{"076.01.CQ||900000000|870000000|30000000", "076.01.WA||2000000000|1950000000|50000000",
				"3358|076.01.WA|2000000000|1950000000|50000000", "6639|076.01.CQ|600000000|585000000|15000000",
				"6709|076.01.CQ|300000000|285000000|15000000", "TOTAL||2900000000|2820000000|80000000"}, false},
		{"hyphen, no Sisa column",
			[]string{"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSerapan",
				"076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000\t1.200.000.000\t80,00",
				"WA-3355\tPengelolaan Keuangan dan BMN\t1.000.000.000\t800.000.000\t80,00",
				"WA-3360\tOperasional Perkantoran\t500.000.000\t400.000.000\t80,00",
				"\tJumlah\t1.500.000.000\t1.200.000.000\t80,00"},
			[]string{"076.01.WA||1500000000|1200000000|300000000", "3355|076.01.WA|1000000000|800000000|200000000",
				"3360|076.01.WA|500000000|400000000|100000000", "TOTAL||1500000000|1200000000|300000000"}, false},
		{"slash code in the name cell",
			[]string{"Program/Kegiatan\tPagu\tRealisasi\tSisa",
				"076.01.CQ Program Penyelenggaraan Pemilu\t700.000.000\t650.000.000\t50.000.000",
				"CQ/6867 Pembentukan Badan Ad Hoc\t700.000.000\t650.000.000\t50.000.000",
				"JUMLAH\t700.000.000\t650.000.000\t50.000.000"},
			[]string{"076.01.CQ||700000000|650000000|50000000", "6867|076.01.CQ|700000000|650000000|50000000",
				"TOTAL||700000000|650000000|50000000"}, false},
		{"the parent from the named row, not the row above",
			[]string{"Kode\tUraian\tPagu\tRealisasi\tSisa",
				"WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000",
				"CQ\tProgram Penyelenggaraan Pemilu\t600.000.000\t540.000.000\t60.000.000",
				"WA/3360\tOperasional Perkantoran\t2.400.000.000\t2.280.000.000\t120.000.000",
				"CQ/6640\tPemutakhiran Data Pemilih\t600.000.000\t540.000.000\t60.000.000",
				"\tJumlah\t1.000.000.000\t920.000.000\t80.000.000"},
			[]string{"076.01.CQ||600000000|540000000|60000000", "076.01.WA||2400000000|2280000000|120000000",
				"3360|076.01.WA|2400000000|2280000000|120000000", "6640|076.01.CQ|600000000|540000000|60000000",
				"TOTAL||1000000000|920000000|80000000"}, false},
		// look-alikes
		{"prefix naming no program row of the table",
			[]string{"Kode\tUraian\tPagu\tRealisasi\tSisa",
				"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000",
				"WA/3360\tOperasional Perkantoran\t2.400.000.000\t2.280.000.000\t120.000.000",
				"CQ/6640\tPemutakhiran Data Pemilih\t150.000.000\t140.000.000\t10.000.000",
				"\tJumlah\t2.400.000.000\t2.280.000.000\t120.000.000"},
			[]string{"076.01.WA||2400000000|2280000000|120000000", "3360|076.01.WA|2400000000|2280000000|120000000",
				"TOTAL||2400000000|2280000000|120000000"}, true},
		{"slash code above its program row",
			[]string{"Kode\tUraian\tPagu\tRealisasi\tSisa",
				"WA/3360\tOperasional Perkantoran\t2.400.000.000\t2.280.000.000\t120.000.000",
				"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000",
				"\tJumlah\t2.400.000.000\t2.280.000.000\t120.000.000"},
			[]string{"076.01.WA||2400000000|2280000000|120000000", "TOTAL||2400000000|2280000000|120000000"}, true},
		{"kegiatan/KRO, year pair, number/year in a name",
			[]string{"Kode\tUraian\tPagu\tRealisasi\tSisa",
				"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000",
				"3358/EBA\tLayanan Manajemen SDM\t250.000.000\t240.000.000\t10.000.000",
				"2022/2023\tSisa tahun lalu\t30.000.000\t30.000.000\t0",
				"\t12/2023 Belanja sesuai SK\t40.000.000\t35.000.000\t5.000.000",
				"\tJumlah\t2.400.000.000\t2.280.000.000\t120.000.000"},
			[]string{"076.01.WA||2400000000|2280000000|120000000", "TOTAL||2400000000|2280000000|120000000"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append([]string{"Tabel 3.4 Realisasi Anggaran Tahun 2023", ""}, tc.rows...)...)
			wantRows(t, "anggaran", slashRows(d), tc.want)
			if got := hasFinding(d, "anggaran.kode_garis_miring"); got != tc.finding {
				t.Errorf("anggaran.kode_garis_miring: got %v, want %v", got, tc.finding)
			}
		})
	}
}

// TestSlashCodeShape: the cell shapes the reader takes, and the ones it
// leaves.
func TestSlashCodeShape(t *testing.T) {
	for s, want := range map[string]bool{"WA/3355": true, "CQ-6867": true, "WA.3355": false, "3355/EBA": false,
		"2019/2020": false, "12/2019": false, "W/3355": false, "wa/3355": false, "WA/335": false, "WA/33550": false} {
		if got := slashCodeShape(s); got != want {
			t.Errorf("slashCodeShape(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]string{"WA/3355 Pengelolaan": "WA/3355", "CQ-6639\tTeknis": "CQ-6639", "WA/3355": "WA/3355",
		"WA/33550 x": "", "12/2019 SK": "", "WA/3355x": ""} {
		if got, _ := slashLead(s); got != want {
			t.Errorf("slashLead(%q) = %q, want %q", s, got, want)
		}
	}
}
