package parse

import "testing"

// TestSakipUnlabelledTotalClass: a component table whose last row is
// labelled by the LHE letter's number, not by a total word, is the total
// only when the four components sum to its score and their weights to its
// weight. Look-alikes: a score the components do not make, a weight that
// is not theirs, a missing component, the row among the components, a
// second unnamed row
// (sakip_komponen_table.go unlabelledTotal).
func TestSakipUnlabelledTotalClass(t *testing.T) {
	head := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "", "No\tKomponen\tBobot\tNilai"}
	comps := []string{"1\tPerencanaan Kinerja\t30,00\t18,45", "2\tPengukuran Kinerja\t30,00\t19,60",
		"3\tPelaporan Kinerja\t15,00\t9,10", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,22"}
	komp := []string{"2021|perencanaan|30|18.45", "2021|pengukuran|30|19.6", "2021|pelaporan|15|9.1", "2021|evaluasi_internal|25|16.22"}
	doc := func(rows ...string) []string {
		out := append([]string{}, head...)
		return append(append(out, rows...), "")
	}
	tests := []struct {
		name  string
		body  []string
		sakip []string
		komp  []string
	}{{
		name:  "the letter's number over the sums",
		body:  doc(append(append([]string{}, comps...), "\t117/PW.02-LHE/IV/2022\t100,00\t63,37")...),
		sakip: []string{"2021|63.37|B"},
		komp:  komp,
	}, {
		name: "a score the components do not make",
		body: doc(append(append([]string{}, comps...), "\t117/PW.02-LHE/IV/2022\t100,00\t65,37")...),
	}, {
		name: "a weight that is not theirs",
		body: doc(append(append([]string{}, comps...), "\t117/PW.02-LHE/IV/2022\t90,00\t63,37")...),
	}, {
		name: "three components",
		body: doc(append(append([]string{}, comps[:3]...), "\t117/PW.02-LHE/IV/2022\t75,00\t47,15")...),
	}, {
		name: "the letter's row among the components",
		body: doc(comps[0], comps[1], "\t117/PW.02-LHE/IV/2022\t100,00\t63,37", comps[2], comps[3]),
	}, {
		name: "a second unnamed row",
		body: doc(append(append([]string{}, comps...), "\tPelatihan Arsip\t10,00\t7,00", "\t117/PW.02-LHE/IV/2022\t100,00\t63,37")...),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantSakip(t, d, tc.sakip, tc.komp)
			if f := hasFinding(d, "sakip.total_tanpa_label"); f != (len(tc.sakip) > 0) {
				t.Errorf("finding sakip.total_tanpa_label = %v, want %v", f, len(tc.sakip) > 0)
			}
		})
	}
}
