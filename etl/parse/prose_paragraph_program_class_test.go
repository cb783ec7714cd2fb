package parse

import (
	"sort"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestParagraphProgramClass: a table listing only programs, then a
// paragraph per program telling its kegiatan in sentences: each kegiatan
// takes the one program its paragraph names (by code, or by the name of a
// program row) as parent. A paragraph naming no program or two, or whose
// kegiatan exceed the program's pagu, proves none: kode_induk stays empty
// with a finding.
func TestParagraphProgramClass(t *testing.T) {
	table := []string{
		"Tabel 3.5 Realisasi Anggaran per Program Tahun 2024", "",
		"No\tKode\tNama Program\tAlokasi\tRealisasi\tPersentase",
		"1\t076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.250.000.000\t1.200.000.000\t96,00",
		"2\t076.01.WA\tProgram Dukungan Manajemen\t3.000.000.000\t2.850.000.000\t95,00",
		"\tTotal\t\t4.250.000.000\t4.050.000.000\t95,29", "",
	}
	cq := "Dalam Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi dilaksanakan kegiatan 6639 Teknis " +
		"Penyelenggaraan dengan pagu Rp750.000.000 dan realisasi Rp720.000.000 (96,00%), serta kegiatan 6872 Pemungutan Suara " +
		"dengan pagu Rp500.000.000 dan realisasi Rp480.000.000 (96,00%)."
	wa := "Adapun program 076.01.WA mencakup kegiatan 3356 Pengelolaan Perencanaan dengan pagu Rp1.000.000.000 dan " +
		"realisasi Rp950.000.000 (95,00%); kegiatan 3360 Operasional Perkantoran dengan pagu Rp2.000.000.000 dan realisasi " +
		"Rp1.900.000.000 (95,00%)."
	parents := func(d *facts.Document) []string {
		var out []string
		for _, a := range d.Anggaran {
			if a.Tingkat == facts.LevelKegiatan {
				out = append(out, a.Kode+"<"+a.KodeInduk)
			}
		}
		sort.Strings(out)
		return out
	}
	body := func(paras ...string) []string {
		out := append([]string(nil), table...)
		for _, p := range paras {
			out = append(out, p, "")
		}
		return out
	}
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding string
	}{
		{"by name and by code", body(cq, wa), []string{"3356<076.01.WA", "3360<076.01.WA", "6639<076.01.CQ", "6872<076.01.CQ"}, ""},
		// look-alikes: no parent proven
		{"no program named", body(strings.Replace(wa, "Adapun program 076.01.WA mencakup", "Selain itu dilaksanakan", 1)),
			[]string{"3356<", "3360<"}, "anggaran.induk_tidak_diketahui"},
		{"two programs named", body(strings.Replace(wa, "Adapun program 076.01.WA mencakup", "Program 076.01.WA dan program 076.01.CQ mencakup", 1)),
			[]string{"3356<", "3360<"}, "anggaran.induk_tidak_diketahui"},
		{"kegiatan over the program's pagu", body(strings.NewReplacer("Rp2.000.000.000", "Rp2.500.000.000", "Rp1.900.000.000", "Rp2.375.000.000").Replace(wa)),
			[]string{"3356<", "3360<"}, "anggaran.induk_tidak_cocok"},
		{"an official kegiatan of the other program", body(strings.NewReplacer("3356 Pengelolaan Perencanaan", "6640 Pemutakhiran Data").Replace(wa)),
			[]string{"3360<076.01.WA", "6640<"}, "anggaran.induk_tidak_cocok"},
		{"a program not in the table", body(strings.Replace(wa, "076.01.WA", "076.01.GA", 1)),
			[]string{"3356<", "3360<"}, "anggaran.induk_tidak_diketahui"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "parents", parents(d), tc.want)
			if tc.finding != "" && !hasFinding(d, tc.finding) {
				t.Errorf("no finding %s", tc.finding)
			}
		})
	}
}
