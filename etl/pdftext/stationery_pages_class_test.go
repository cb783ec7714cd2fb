package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// stationeryBody draws a page of the report: line k at y top-14k in Helvetica
// 8, its TAB-separated cells at the table's columns from x 90.
func stationeryBody(top float64, lines []string) string {
	var b strings.Builder
	xs := []float64{0, 24, 150, 215, 280, 345}
	for k, l := range lines {
		for c, s := range strings.Split(l, "\t") {
			if s != "" {
				fmt.Fprintf(&b, "0.1 g BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", 90+xs[c], top-14*float64(k), pdfEscape(s))
			}
		}
	}
	return b.String()
}

// plannerHours draws a desk planner's hour labels (grey, small) down the
// left margin, one every pitch points from y top, first at the hour from.
func plannerHours(x, top, pitch, pt float64, from int, format string) string {
	var b strings.Builder
	for k := 0; top-pitch*float64(k) > 60; k++ {
		m := from*60 + 30*k
		fmt.Fprintf(&b, "0.55 g BT /F1 %g Tf %.1f %.1f Td (%s) Tj ET\n", pt, x, top-pitch*float64(k), fmt.Sprintf(format, m/60, m%60))
	}
	return b.String()
}

// padNumbers draws a ruled pad's line numbers small down the left margin,
// zero-padded and every fifth rule only (05, 10 ..), each just over its
// rule, the report's lines on the rules.
func padNumbers(top, pitch float64) string {
	var b strings.Builder
	for k := 5; top-pitch*float64(k-1) > 40; k += 5 {
		fmt.Fprintf(&b, "0.6 g BT /F1 4.5 Tf 62 %.1f Td (%02d) Tj ET\n", top-pitch*float64(k-1)+1.5, k)
	}
	return b.String()
}

// formLabels draws a routing form's printed field names in a column at the
// right (nothing of the report under them) and a date line in the head.
func formLabels() string {
	var b strings.Builder
	b.WriteString("0.4 g BT /F1 6 Tf 60 815 Td (Hari: ..............   Tanggal: ..............) Tj ET\n")
	for k, s := range []string{"Diterima:", "Diperiksa:", "Disetujui:", "Paraf:"} {
		fmt.Fprintf(&b, "0.4 g BT /F1 6 Tf 500 %.1f Td (%s) Tj ET\n", 420-22*float64(k), s)
	}
	return b.String()
}

// paperPages converts the pages and returns each page's non-blank lines.
func paperPages(t *testing.T, opt Options, contents ...string) [][]string {
	t.Helper()
	res, err := Convert(context.Background(), sheetsPDF(595, 842, contents...), opt)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, pg := range strings.Split(string(res.Text), "\f\n") {
		var ls []string
		for _, l := range strings.Split(pg, "\n") {
			if strings.TrimSpace(l) != "" {
				ls = append(ls, l)
			}
		}
		out = append(out, ls)
	}
	return out
}

// paperReport is a made-up report of four pages: prose, then a DPT table
// carried on over three pages, its header repeated at the same place on
// each.
func paperReport() [][]string {
	head := "No\tKecamatan\tL\tP\tJumlah"
	return [][]string{
		{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN LEMBATA", "TAHUN 2022",
			"Laporan ini disusun sebagai pertanggungjawaban pelaksanaan tugas tahun anggaran 2022.",
			"Realisasi anggaran mencapai Rp 2.874.115.300 atau 93,41 persen dari pagu tahun berjalan.",
			"Capaian indikator partisipasi pemilih dibandingkan dengan target perjanjian kinerja."},
		{head, "1\tNubatukan\t11.402\t11.958\t23.360", "2\tIle Ape\t4.215\t4.630\t8.845", "3\tLebatukan\t5.307\t5.611\t10.918"},
		{head, "4\tOmesuri\t5.020\t5.377\t10.397", "5\tBuyasuri\t3.981\t4.210\t8.191"},
		{head, "6\tAtadei\t3.004\t3.318\t6.322", "\tJumlah\t32.929\t35.104\t68.033", "",
			"Data pemilih bersumber dari rekapitulasi daftar pemilih tetap yang ditetapkan KPU."},
	}
}

// TestSharedStationeryDropped: a report printed on stationery whose marks
// repeat at one place on most pages (a desk planner's hour labels, a ruled
// pad's line numbers, a form's field names) reads as the report on plain
// paper: the marks neither join its lines nor split its table, and the
// table's header repeated on every page stays.
func TestSharedStationeryDropped(t *testing.T) {
	for _, tc := range []struct {
		name  string
		top   float64
		paper func(page int) string // "" for a page without the marks
		marks []string              // words of the paper that must not survive
	}{
		{"planner hours on every line pair", 770, func(int) string { return plannerHours(34, 770, 28, 5, 7, "%02d.%02d") }, []string{"07.00", "09.30", "12.00"}},
		{"planner hours with a colon, from eight, a plain page among them", 740, func(p int) string {
			if p == 2 {
				return ""
			}
			return plannerHours(40, 742, 21, 5.5, 8, "%02d:%02d")
		}, []string{"08:00", "08:30", "10:30"}},
		{"a pad's line numbers every fifth rule down the left", 760, func(int) string { return padNumbers(760, 14) }, []string{"05", "15", "20"}},
		{"a form's field names and its date line", 700, func(int) string { return formLabels() }, []string{"Diperiksa:", "Paraf:", "Hari:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := paperReport()
			var plain, printed []string
			for i, ls := range rep {
				plain = append(plain, stationeryBody(tc.top, ls))
				printed = append(printed, tc.paper(i)+stationeryBody(tc.top, ls))
			}
			want := paperPages(t, Options{}, plain...)
			got := paperPages(t, Options{}, printed...)
			for i := range want {
				wantLines(t, got[i], want[i])
			}
			all := strings.Join(stationeryLines(got), "\n")
			for _, w := range strings.Fields(all) {
				for _, m := range tc.marks {
					if w == m {
						t.Errorf("the paper's %q left in:\n%s", m, all)
					}
				}
			}
			if n := strings.Count(all, "No\tKecamatan\tL\tP\tJumlah"); n != 3 {
				t.Errorf("the table's header on %d pages, want 3:\n%s", n, all)
			}
		})
	}
}

func stationeryLines(pages [][]string) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p...)
	}
	return out
}

// TestSharedStationeryLookalikesKept: what repeats at one place but is the
// document's stays: a running head and a page counter (dropRunning's, kept
// with KeepRunning), a table's header repeated on every page with no
// stationery at all, and hour labels printed on two pages of five (too few
// to be the paper's).
func TestSharedStationeryLookalikesKept(t *testing.T) {
	rep := paperReport()
	var pages []string
	for i, ls := range rep {
		pages = append(pages, "0 g BT /F1 7 Tf 90 806 Td (LKj KPU Kabupaten Lembata 2022) Tj ET\n"+
			fmt.Sprintf("0 g BT /F1 7 Tf 270 40 Td (Halaman %d) Tj ET\n", i+1)+stationeryBody(740, ls))
	}
	got := paperPages(t, Options{KeepRunning: true}, pages...)
	for i, ls := range got {
		if len(ls) < 2 || ls[0] != "LKj KPU Kabupaten Lembata 2022" || ls[len(ls)-1] != fmt.Sprintf("Halaman %d", i+1) {
			t.Errorf("page %d: running head or page counter changed:\n%q", i+1, ls)
		}
		if i > 0 && ls[1] != "No\tKecamatan\tL\tP\tJumlah" {
			t.Errorf("page %d: the table's header lost:\n%q", i+1, ls)
		}
	}
	got = paperPages(t, Options{}, pages...)
	for i, ls := range got {
		if i > 0 && (len(ls) == 0 || ls[0] != "No\tKecamatan\tL\tP\tJumlah") {
			t.Errorf("page %d: the table's header lost:\n%q", i+1, ls)
		}
	}

	// the same hours on two pages of five are no paper's
	pages = pages[:0]
	for i, ls := range append(rep, rep[0]) {
		hours := ""
		if i == 0 || i == 4 {
			hours = plannerHours(34, 740, 28, 5, 7, "%02d.%02d")
		}
		pages = append(pages, hours+stationeryBody(740, ls))
	}
	got = paperPages(t, Options{}, pages...)
	if all := strings.Join(stationeryLines(got), "\n"); strings.Count(all, "09.00") != 2 {
		t.Errorf("hour labels on two pages of five dropped:\n%s", all)
	}
}
