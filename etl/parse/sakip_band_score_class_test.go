package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestSakipBandScoreClass: SAKIP components with no total row, the final
// score written into its band's row of a predikat band table under them:
// the year's score when it is the components' sum and lies in its row's
// range and band. Look-alikes: a figure in the wrong band, a figure the
// components do not make, a band table with no figure, a table whose own
// total row gave the score already (sakip_band_score.go).
func TestSakipBandScoreClass(t *testing.T) {
	comps := []string{"Tabel 2.3 Hasil Evaluasi SAKIP Tahun 2022", "",
		"No\tKomponen\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30\t22,10", "2\tPengukuran Kinerja\t30\t19,60",
		"3\tPelaporan Kinerja\t15\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,35", ""}
	komp := []string{"2022|perencanaan|30|22.1", "2022|pengukuran|30|19.6", "2022|pelaporan|15|11.2", "2022|evaluasi_internal|25|17.35"}
	band := func(mark map[string]string) []string {
		out := []string{"Rentang dan kategori hasil evaluasi:", "", "Kategori\tInterval Nilai\tKeterangan\tSkor KPU Sikka"}
		for _, r := range [][3]string{{"AA", "90,01 – 100,00", "Istimewa"}, {"A", "80,01 – 90,00", "Sangat Baik"}, {"BB", "70,01 – 80,00", "Baik"},
			{"B", "60,01 – 70,00", "Cukup"}, {"CC", "50,01 – 60,00", "Agak Kurang"}, {"C", "30,01 – 50,00", "Kurang"}, {"D", "0,00 – 30,00", "Sangat Kurang"}} {
			out = append(out, strings.Join([]string{r[0], r[1], r[2], mark[r[0]]}, "\t"))
		}
		return append(out, "")
	}
	tests := []struct {
		name    string
		body    []string
		sakip   []string
		finding bool
	}{{
		name:  "the sum in its band's row",
		body:  append(append([]string{}, comps...), band(map[string]string{"BB": "70,25"})...),
		sakip: []string{"2022|70.25|BB"},
	}, {
		name:    "a figure in another band's row: a finding, nothing loaded",
		body:    append(append([]string{}, comps...), band(map[string]string{"B": "70,25"})...),
		finding: true,
	}, {
		name:    "a figure the components do not make: a finding, nothing loaded",
		body:    append(append([]string{}, comps...), band(map[string]string{"BB": "72,25"})...),
		finding: true,
	}, {
		name: "the bands alone: nothing",
		body: append(append([]string{}, comps...), band(nil)...),
	}, {
		name:  "the total row's score again: one score, no finding",
		body:  append(append(append([]string{}, comps[:len(comps)-1]...), "\tNilai Akhir\t100\t70,25", ""), band(map[string]string{"BB": "70,25"})...),
		sakip: []string{"2022|70.25|BB"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantSakip(t, d, tc.sakip, komp)
			if f := hasFinding(d, "sakip.nilai_tabel_predikat"); f != tc.finding {
				t.Errorf("finding sakip.nilai_tabel_predikat = %v, want %v", f, tc.finding)
			}
			if tc.finding && hasFinding(d, "tabel.tidak_dikenali") {
				t.Errorf("a refused band table reported twice: %v", d.Findings)
			}
		})
	}
}

// wantSakip checks a document's SAKIP scores (year|score|grade, in
// reading order) and its components' rows.
func wantSakip(t *testing.T, d *facts.Document, sakip, komp []string) {
	t.Helper()
	var got []string
	for _, s := range d.Sakip {
		got = append(got, itoa(s.TahunDinilai)+"|"+fmtNum(s.Nilai)+"|"+s.Predikat)
	}
	if strings.Join(got, ";") != strings.Join(sakip, ";") {
		t.Errorf("sakip = %q, want %q", got, sakip)
	}
	wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), komp)
}

// TestGradedUnderSakipTable: a graded sentence naming no evaluation
// ("Untuk kinerja tahun 2019, nilai evaluasi … 61,45 (predikat B).") right
// under a table read into SAKIP facts follows the SAKIP text, one short
// note between at most; not under another family's table, not after a
// note naming RB, and not once other paragraphs stand between (sakip_pairs.go afterSakipTable).
func TestGradedUnderSakipTable(t *testing.T) {
	komp := []string{"Tabel 2.3 Hasil Evaluasi Tahun 2022", "",
		"No\tKomponen\tBobot\tNilai",
		"1\tPerencanaan Kinerja\t30\t22,10", "2\tPengukuran Kinerja\t30\t19,60",
		"3\tPelaporan Kinerja\t15\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,35",
		"\tNilai Akhir\t100\t70,25", ""}
	budget := []string{"Tabel 3.1 Realisasi Anggaran 2022", "", "Kode\tUraian\tPagu\tRealisasi",
		"WA\tDukungan Manajemen\t1.000.000\t950.000", "\tJumlah\t1.000.000\t950.000", ""}
	graded := "Untuk kinerja tahun 2021, nilai evaluasi yang diterima adalah 61,45 (predikat B)."
	note := "Nilai akhir adalah jumlah nilai komponen."
	long := "Pelaksanaan kegiatan sepanjang tahun berjalan dengan baik berkat dukungan seluruh jajaran sekretariat dan koordinasi yang erat dengan para pemangku kepentingan di daerah."
	for _, tc := range []struct {
		name string
		body []string
		want bool
	}{
		{"right under the components", append(append([]string{}, komp...), graded, ""), true},
		{"a short note between", append(append([]string{}, komp...), note, "", graded, ""), true},
		{"under a budget table", append(append([]string{}, budget...), graded, ""), false},
		{"a note naming RB between", append(append([]string{}, komp...), "Hasil PMPRB disajikan terpisah.", "", graded, ""), false},
		{"two paragraphs between", append(append([]string{}, komp...), long, "", long, "", graded, ""), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			got := false
			for _, s := range d.Sakip {
				if s.TahunDinilai == 2021 && s.Nilai != nil && *s.Nilai == 61.45 {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("2021 score read = %v, want %v", got, tc.want)
			}
		})
	}
}
