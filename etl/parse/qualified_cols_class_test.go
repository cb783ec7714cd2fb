package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestQualifiedCapaianClass: a capaian table printing the measure twice,
// plain and qualified (capped, adjusted, normalised; made-up figures, other
// satker, other orders than the dev documents). The plain column is the
// fact when the row's arithmetic proves it; a row whose arithmetic fits the
// qualified figure instead, or neither, loads NULL.
func TestQualifiedCapaianClass(t *testing.T) {
	const a = "Persentase pemilih yang menggunakan hak pilih"
	const b = "Persentase dokumen perencanaan yang disusun tepat waktu"
	const c = "Indeks kepuasan layanan informasi publik"
	head := []string{"Tabel 3.4 Hasil Pengukuran Kinerja Sasaran Tahun 2024", ""}
	doc := func(header string, rows ...string) []string {
		return append(append(append([]string{}, head...), header), rows...)
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"Capaian Disesuaikan after Capaian", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tCapaian Disesuaikan",
			"1\t"+a+"\t80,00\t90,00\t112,50\t100,00", "2\t"+b+"\t100,00\t95,00\t95,00\t95,00",
			"3\t"+c+"\tB\tBB\t110,00\t100,00"),
			map[string][]string{"capaian": {a + "|80|90|112.5", b + "|100|95|95", c + "|<nil>|<nil>|110"}}},
		{"capped column first, Maks. 120 %", doc("No\tIndikator\tTarget\tRealisasi\tCapaian Maks. 120 %\tCapaian (%)",
			"1\t"+a+"\t50,0\t70,0\t120,0\t140,0", "2\t"+b+"\t90,0\t81,0\t90,0\t90,0"),
			map[string][]string{"capaian": {a + "|50|70|140", b + "|90|81|90"}}},
		{"Normalisasi", doc("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tPersentase Capaian\tCapaian Normalisasi",
			"1\t"+b+"\t%\t75\t90\t120\t100"),
			map[string][]string{"capaian": {b + "|75|90|120"}}},
		{"titles and arithmetic disagree", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tCapaian Diakui (%)",
			"1\t"+a+"\t82,00\t85,31\t100,00\t104,04", "2\t"+b+"\t90,00\t80,00\t95,00\t100,00"),
			map[string][]string{"capaian": {a + "|82|85.31|<nil>", b + "|90|80|<nil>"}}},
		{"Realisasi beside Realisasi Terverifikasi", doc("No\tIndikator\tTarget\tRealisasi\tRealisasi Terverifikasi\tCapaian",
			"1\t"+a+"\t80,00\t84,00\t80,00\t105,00", "2\t"+b+"\t100,00\t96,00\t90,00\t90,00",
			"3\t"+c+"\t50,00\t40,00\t40,00\t80,00"),
			map[string][]string{"capaian": {a + "|80|84|105", b + "|100|<nil>|90", c + "|50|40|80"}}},
	})
	if d := parseDoc(t, "finding", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tCapaian Diakui (%)",
		"1\t"+a+"\t82,00\t85,31\t100,00\t104,04")...); !qualFinding(d, "capaian.kolom_varian") {
		t.Errorf("a plain capaian the arithmetic refutes: no capaian.kolom_varian finding")
	}
	// look-alikes keep today's reading: one capaian column, a capaian
	// beside its category, two capaian titles neither of which is qualified
	checkDocs(t, []string{"capaian"}, []docCase{
		{"one capaian column", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t"+a+"\t82,00\t85,31\t104,04"),
			map[string][]string{"capaian": {a + "|82|85.31|104.04"}}},
		{"capaian beside its category", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tKategori",
			"1\t"+a+"\t82,00\t85,31\t104,04\tSangat Baik"),
			map[string][]string{"capaian": {a + "|82|85.31|104.04"}}},
	})
	for _, tc := range []struct {
		titles []string
		want   bool
	}{
		{[]string{"Capaian (%)", "Capaian Diakui (%)"}, true},
		{[]string{"Capaian Dibatasi", "Capaian"}, true},
		{[]string{"Capaian Kinerja", "Capaian Renstra"}, false},    // two plain titles: not said
		{[]string{"Capaian Diakui", "Capaian Disesuaikan"}, false}, // no plain title
		{[]string{"Persentase Capaian", "Capaian 2023"}, false},
	} {
		roles := []int{roleIndikator, roleCapaian, roleCapaian}
		b := &extract.Block{Kind: extract.Table, Width: 3,
			Header: []extract.Row{{Cells: append([]string{"Indikator"}, tc.titles...)}}}
		if got := qualifiedCols(b, roles); got != tc.want {
			t.Errorf("%q: qualifiedCols = %v, want %v (roles %v)", tc.titles, got, tc.want, roles)
		}
	}
}

// TestQualifiedKomponenClass: a SAKIP component table with the weighted
// nilai beside a rescaled variant (a score on 100, a percentage of the
// bobot, a raw score): the column that stays within each bobot and sums to
// the total row is the nilai, when the titles agree.
func TestQualifiedKomponenClass(t *testing.T) {
	const cap = "Tabel 3.6 Hasil Evaluasi SAKIP Tahun 2023"
	comps := func(header string, rows ...string) []string {
		return append([]string{cap, "", header}, rows...)
	}
	weighted := []string{"2023|perencanaan|30|24", "2023|pengukuran|30|19.5", "2023|pelaporan|15|11.25", "2023|evaluasi_internal|25|15"}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"Nilai Mentah before Nilai", comps("No\tKomponen\tBobot\tNilai Mentah\tNilai",
			"1\tPerencanaan Kinerja\t30\t80,00\t24,00", "2\tPengukuran Kinerja\t30\t65,00\t19,50",
			"3\tPelaporan Kinerja\t15\t75,00\t11,25", "4\tEvaluasi Internal\t25\t60,00\t15,00", "\tJumlah\t100\t\t69,75"),
			map[string][]string{"sakip_komponen": weighted}},
		{"Persentase Nilai after Nilai", comps("Aspek\tBobot\tNilai\tPersentase Nilai",
			"Perencanaan Kinerja\t30,00\t24,00\t80,00", "Pengukuran Kinerja\t30,00\t19,50\t65,00",
			"Pelaporan Kinerja\t15,00\t11,25\t75,00", "Evaluasi Akuntabilitas Kinerja Internal\t25,00\t15,00\t60,00",
			"Total Nilai\t100,00\t69,75\t"),
			map[string][]string{"sakip_komponen": weighted}},
		{"Nilai (%) with its own total", comps("Komponen\tBobot\tNilai (%)\tNilai",
			"Perencanaan Kinerja\t30,00\t80,00\t24,00", "Pengukuran Kinerja\t30,00\t65,00\t19,50",
			"Pelaporan Kinerja\t15,00\t75,00\t11,25", "Evaluasi Internal\t25,00\t60,00\t15,00",
			"Nilai Akhir\t100,00\t69,75\t69,75"),
			map[string][]string{"sakip_komponen": weighted}},
		// look-alike: Bobot | Nilai only, read as before
		{"Bobot and Nilai only", comps("Komponen\tBobot\tNilai",
			"Perencanaan Kinerja\t30,00\t24,00", "Pengukuran Kinerja\t30,00\t19,50",
			"Pelaporan Kinerja\t15,00\t11,25", "Evaluasi Internal\t25,00\t15,00", "Nilai Akhir\t100,00\t69,75"),
			map[string][]string{"sakip_komponen": weighted}},
	})
	// nothing proven: no total row; the arithmetic picks the column the
	// titles call a variant; two columns fit
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"no total row", comps("Komponen\tBobot\tNilai (skala 100)\tNilai Tertimbang",
			"Perencanaan Kinerja\t30\t80,00\t24,00", "Pengukuran Kinerja\t30\t65,00\t19,50",
			"Pelaporan Kinerja\t15\t75,00\t11,25", "Evaluasi Internal\t25\t60,00\t15,00")},
		{"titles against the arithmetic", comps("Komponen\tBobot\tNilai (skala 100)\tNilai Tertimbang",
			"Perencanaan Kinerja\t30\t24,00\t80,00", "Pengukuran Kinerja\t30\t19,50\t65,00",
			"Pelaporan Kinerja\t15\t11,25\t75,00", "Evaluasi Internal\t25\t15,00\t60,00", "Nilai Akhir\t100\t69,75\t")},
		{"two plain titles", comps("Komponen\tBobot\tNilai Tim\tNilai Inspektorat",
			"Perencanaan Kinerja\t30\t24,00\t24,00", "Pengukuran Kinerja\t30\t19,50\t19,50",
			"Pelaporan Kinerja\t15\t11,25\t11,25", "Evaluasi Internal\t25\t15,00\t15,00", "Nilai Akhir\t100\t69,75\t69,75")},
	} {
		d := parseDoc(t, tc.name, tc.body...)
		for _, k := range d.SakipKomponen {
			if k.Nilai != nil {
				t.Errorf("%s: %s nilai %v loaded from an unproven column", tc.name, k.Komponen, *k.Nilai)
			}
		}
		if tc.name != "two plain titles" && !qualFinding(d, "sakip.baris_tidak_pasti") {
			t.Errorf("%s: no finding for the unproven column", tc.name)
		}
	}
}

// qualFinding: d holds a finding of rule.
func qualFinding(d *facts.Document, rule string) bool {
	for _, f := range d.Findings {
		if f.Aturan == rule {
			return true
		}
	}
	return false
}
