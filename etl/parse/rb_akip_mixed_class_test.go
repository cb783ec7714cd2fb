package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestRBRowBesideAKIP: an RB result set as one row of a table whose other
// rows are the AKIP evaluation (its components and Nilai Akhir, or its
// total beside other evaluations) loads from that row alone: its year from
// a Tahun cell, its label or a note under the table, its weight from a
// Bobot or maximum column, its percent from a column or the note only when
// nilai/bobot×100 gives it. The AKIP rows are never RB.
func TestRBRowBesideAKIP(t *testing.T) {
	heading := chapterThree
	rbFull := func(d *facts.Document) (out []string) {
		for _, r := range d.RB {
			out = append(out, fmt.Sprintf("%d|%s|%s|%s", r.Tahun, nv(r.Nilai), nv(r.Bobot), nv(r.Persen)))
		}
		return out
	}
	components := []string{
		"No\tUraian\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30,00\t20,90",
		"2\tPengukuran Kinerja\t30,00\t18,75",
		"3\tPelaporan Kinerja\t15,00\t11,05",
		"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,40",
		"\tNilai Akhir\t100,00\t67,10",
	}
	sk := []string{"2023|perencanaan|30|20.9", "2023|pengukuran|30|18.75", "2023|pelaporan|15|11.05", "2023|evaluasi_internal|25|16.4"}
	with := func(head []string, rows ...string) []string {
		return append(append(append([]string{}, head...), components...), rows...)
	}
	cases := []struct {
		name string
		body []string
		rb   []string
		sk   []string // nil: not checked
		rule string   // a finding that must be there
	}{
		{"PMPRB row under the components, percent in the note", heading("NGADA", "2024", with([]string{
			"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2023 serta PMPRB", ""},
			"\tHasil PMPRB 2024\t36,30\t24,10", "",
			"Catatan: baris PMPRB memuat penilaian mandiri reformasi birokrasi, yaitu 66,39% dari bobot.", "")...),
			[]string{"2024|24.1|36.3|66.39"}, sk, ""},
		{"a bobot below the score: bobot NULL, said", heading("NGADA", "2024", with([]string{
			"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2023 serta PMPRB", ""},
			"\tHasil PMPRB 2024\t20,00\t24,10", "")...),
			[]string{"2024|24.1|<nil>|<nil>"}, sk, "rb.tidak_konsisten"},
		{"RB row without a year of its own, the note names it", heading("NGADA", "2024", with([]string{
			"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2023 serta Reformasi Birokrasi", ""},
			"\tIndeks RB\t36,30\t24,10", "",
			"Keterangan: Indeks RB merupakan hasil PMPRB tahun 2024.", "")...),
			[]string{"2024|24.1|36.3|<nil>"}, sk, "rb.persen_tidak_disebut"},
		{"summary of evaluations with a maximum column", heading("SUMBA TIMUR", "2024",
			"Tabel 3.4 Rekapitulasi Penilaian Kinerja Organisasi", "",
			"No\tJenis Penilaian\tTahun\tSkor\tSkor Maksimal\tCapaian (%)",
			"1\tNilai Evaluasi SAKIP\t2023\t67,40\t100,00\t67,40",
			"2\tIndeks Reformasi Birokrasi (PMPRB)\t2024\t25,12\t36,30\t69,20", ""),
			[]string{"2024|25.12|36.3|69.2"}, nil, ""},
		{"the RB row of a summary read as a SAKIP history is not SAKIP", heading("SUMBA TIMUR", "2024",
			"Tabel 3.4 Rekapitulasi Penilaian Kinerja Organisasi", "",
			"No\tJenis Penilaian\tTahun\tSkor\tSkor Maksimal\tCapaian (%)",
			"1\tNilai Evaluasi SAKIP\t2023\t67,40\t100,00\t67,40",
			"2\tIndeks Reformasi Birokrasi (PMPRB)\t2024\t25,12\t36,30\t69,20", ""),
			[]string{"2024|25.12|36.3|69.2"}, nil, "sakip:2023"},
		{"several evaluations, only the RB row is RB", heading("SUMBA TIMUR", "2024",
			"Tabel 3.4 Rekapitulasi Penilaian Eksternal dan Reformasi Birokrasi", "",
			"No\tJenis Evaluasi\tTahun\tNilai\tNilai Maksimum\tPersentase",
			"1\tEvaluasi SAKIP\t2023\t67,40\t100,00\t67,40",
			"2\tMaturitas SPIP\t2023\t3,45\t5,00\t69,00",
			"3\tIKPA\t2023\t95,10\t100,00\t95,10",
			"4\tPenilaian Mandiri RB\t2024\t22,80\t36,30\t62,81", ""),
			[]string{"2024|22.8|36.3|62.81"}, nil, ""},
		// look-alikes
		{"a note naming RB under components with no RB row", heading("NGADA", "2024", with([]string{
			"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2023", ""}, "",
			"Keterangan: hasil PMPRB tahun 2024 sebesar 66,39% diuraikan pada subbab berikut.", "")...),
			nil, sk, ""},
		{"percent disagreeing with nilai/bobot", heading("NGADA", "2024", with([]string{
			"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2023 serta PMPRB", ""},
			"\tHasil PMPRB 2024\t36,30\t24,10", "",
			"Catatan: baris PMPRB adalah penilaian mandiri reformasi birokrasi, setara 68,39% dari bobot.", "")...),
			[]string{"2024|24.1|36.3|<nil>"}, sk, "rb.tidak_konsisten"},
		{"an RB row with no year anywhere", heading("NGADA", "2024", with([]string{
			"Tabel 3.3 Hasil Evaluasi SAKIP serta Reformasi Birokrasi", ""},
			"\tNilai Reformasi Birokrasi\t36,30\t24,10", "")...),
			nil, nil, "rb.tahun_tidak_pasti"},
		{"two RB rows of one year", heading("SUMBA TIMUR", "2024",
			"Tabel 3.4 Rekapitulasi Penilaian Eksternal dan Reformasi Birokrasi", "",
			"No\tJenis Evaluasi\tTahun\tNilai\tBobot\tPersentase",
			"1\tEvaluasi SAKIP\t2023\t67,40\t100,00\t67,40",
			"2\tPMPRB (unit)\t2024\t22,80\t36,30\t62,81",
			"3\tIndeks RB (verifikasi)\t2024\t21,90\t36,30\t60,33", ""),
			nil, nil, "rb.tahun_tidak_pasti"},
		{"a maximum column the percent does not prove", heading("SUMBA TIMUR", "2024",
			"Tabel 3.4 Rekapitulasi Penilaian Kinerja Organisasi", "",
			"No\tJenis Penilaian\tTahun\tSkor\tSkor Maksimal\tCapaian (%)",
			"1\tNilai Evaluasi SAKIP\t2023\t67,40\t100,00\t67,40",
			"2\tIndeks Reformasi Birokrasi (PMPRB)\t2024\t25,12\t40,00\t69,20", ""),
			nil, nil, "rb.tidak_konsisten"},
		{"RB area rows beside the AKIP result", heading("SUMBA TIMUR", "2024",
			"Tabel 3.4 Nilai SAKIP dan Area Reformasi Birokrasi Tahun 2024", "",
			"No\tUraian\tBobot\tNilai",
			"1\tNilai Evaluasi SAKIP\t100,00\t67,40",
			"2\tManajemen Perubahan\t4,00\t3,10",
			"3\tPenataan Tatalaksana\t5,00\t3,60", ""),
			nil, nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "rb", rbFull(d), tc.rb)
			if tc.sk != nil {
				wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), tc.sk)
			}
			if y, ok := strings.CutPrefix(tc.rule, "sakip:"); ok {
				if len(d.Sakip) != 1 || fmt.Sprint(d.Sakip[0].TahunDinilai) != y {
					t.Errorf("sakip: want only %s, got %d rows", y, len(d.Sakip))
				}
			} else if tc.rule != "" && !hasRule(d, tc.rule) {
				t.Errorf("no %s", tc.rule)
			}
		})
	}
}
