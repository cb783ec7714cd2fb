package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestMonoGridClass: a run of lines in one monospaced face (Courier 8 pt,
// an advance of 4.8 pt) inside a report set in a proportional one
// (Helvetica 10 pt) is kept as its character grid, one line per printed
// line with its spaces; a listing cut hard at the print width (98
// characters between the margins at 60 and 535) is joined again, and
// nothing else is.
func TestMonoGridClass(t *testing.T) {
	const cols = 98
	// cut prints a listing line the way a document tool cuts it: hard at
	// the print width, the rest from the left margin, spaces kept.
	cut := func(ls ...string) []string {
		var out []string
		for _, l := range ls {
			for len(l) > cols {
				out = append(out, l[:cols])
				l = l[cols:]
			}
			out = append(out, l)
		}
		return out
	}
	prose := []string{
		"Realisasi anggaran per kegiatan ditarik langsung dari basis data aplikasi keuangan kantor ini",
		"dan disalin apa adanya di bawah ini; jumlah per program dihitung oleh aplikasi.",
	}
	after := []string{"Dengan demikian realisasi anggaran tahun ini telah dilaporkan seluruhnya."}
	// A SQL*Plus report pads its cells to its columns: every row ends at
	// column 115, cut at 98 (the header's cut falls in its padding).
	spool := []string{
		"PROGRAM   KODE  URAIAN_KEGIATAN                                 ANGGARAN        REALISASI           SELISIH  PERSEN",
		"--------- ----- ---------------------------------------- --------------- ---------------- ----------------- -------",
		"076.01.WA 3355  Pengelolaan Keuangan dan BMN                 812.400.000      800.100.500        12.299.500   98,49",
		"          3360  Operasional dan Pemeliharaan Kantor        1.104.000.000    1.090.450.000        13.550.000   98,77",
		"*********                                                --------------- ---------------- -----------------",
		"Jumlah                                                     1.916.400.000    1.890.550.500        25.849.500",
	}
	// A report program's listing ruled in equals signs, other columns,
	// every line ending at column 112.
	report := []string{
		"AKUN   NAMA AKUN                           PAGU DIPA           BLOKIR        REALISASI             SISA   PERSEN",
		"====== ============================ ================ ================ ================ ================ ========",
		"521211 Belanja Bahan                      45.300.000                0       44.870.250          429.750    99,05",
		"524111 Belanja Perjalanan Dinas          212.000.000                0      205.118.400        6.881.600    96,75",
		"====== ============================ ================ ================ ================ ================ ========",
		"       TOTAL                             257.300.000                0      249.988.650        7.311.350    97,16",
	}
	tests := []struct {
		name  string
		prose []string // Helvetica 10 pt above the run
		mono  []string // Courier 8 pt, one per 9 pt; "" leaves a line's room empty
		after []string // Helvetica 10 pt under the run
		want  []string
	}{
		{"spool cut at the print width", prose, cut(append([]string{"SQL> select program, kode, uraian_kegiatan from v_kegiatan;"}, spool...)...), after,
			append(append(append([]string{}, prose...), append([]string{"SQL> select program, kode, uraian_kegiatan from v_kegiatan;"}, spool...)...), after...)},
		{"report ruled in equals signs", nil, cut(report...), after,
			append(append([]string{}, report...), after...)},
		{"a full line between blanks is not cut", prose, append(cut(spool[1], spool[2]), "", spool[1][:cols], "", "5 rows selected."), after,
			append(append(append([]string{}, prose...), spool[1], spool[2], spool[1][:cols], "5 rows selected."), after...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Blank lines are the gaps' business (gaps.go), not the grid's.
			var got []string
			for _, l := range convertLines(t, monoPage(tc.prose, tc.mono, tc.after)) {
				if l != "" {
					got = append(got, l)
				}
			}
			wantLines(t, got, tc.want)
		})
	}
}

// TestMonoGridNegative: no grid where the class does not hold: a run of
// two monospaced lines; a listing not cut (it is left to the borderless
// route, typed.go); a typed table whose right-aligned last column fills
// the width on every row (no line's rest follows it); and a page in one
// proportional face whose figures line up.
func TestMonoGridNegative(t *testing.T) {
	prose := []string{"Tabel berikut menyajikan realisasi anggaran menurut program kerja tahun berjalan ini."}
	t.Run("two mono lines", func(t *testing.T) {
		got := convertLines(t, monoPage(prose, []string{"Kode   Uraian         Pagu", "3355   Keuangan   812.400.000"}, nil))
		for _, l := range got {
			if strings.Contains(l, "   ") {
				t.Errorf("line kept at a grid: %q", l)
			}
		}
	})
	t.Run("one full-width line proves no cut", func(t *testing.T) {
		// a SQL*Plus header cut in its padding, a short rule, a rule
		// row that fills the width: nothing proves the print width
		hd := "PROGRAM   KODE  URAIAN_KEGIATAN                                 ANGGARAN        REALISASI           SELISIH  PERSEN"
		rl := "*********                                                --------------- ---------------- -----------------"
		mono := []string{hd[:98], hd[98:], "--------- ----- ---------------------------------------- ---", rl[:98], rl[98:]}
		for _, l := range convertLines(t, monoPage(prose, mono, nil)) {
			if l == hd || l == rl || strings.Contains(l, "SELISIH") && strings.Contains(l, "REALISASI") {
				t.Errorf("cut lines joined: %q", l)
			}
		}
	})
	t.Run("uncut listing", func(t *testing.T) {
		ls := []string{
			"$ ls -l laporan/",
			"-rw-r--r--  1 kpu  kpu   48213 Jan 12 08:10 capaian.csv",
			"-rw-r--r--  1 kpu  kpu   91022 Jan 12 08:11 anggaran.csv",
			"-rw-r--r--  1 kpu  kpu    1204 Jan 12 08:11 catatan.txt",
		}
		for _, l := range convertLines(t, monoPage(prose, ls, nil)) {
			if l == ls[1] {
				t.Errorf("line kept at a grid: %q", l)
			}
		}
	})
	t.Run("right-aligned table fills the width", func(t *testing.T) {
		row := func(a, b string) string { return a + strings.Repeat(" ", 98-len(a)-len(b)) + b }
		tbl := []string{
			row("Kode  Uraian kegiatan", "Pagu"),
			strings.Repeat("-", 98),
			row("3355  Pengelolaan Keuangan dan BMN", "812.400.000"),
			row("3360  Operasional Kantor", "1.104.000.000"),
			strings.Repeat("-", 40),
		}
		for _, l := range convertLines(t, monoPage(prose, tbl, nil)) {
			if strings.Contains(l, "812.400.000") && strings.Contains(l, "1.104.000.000") || strings.Contains(l, "        ") {
				t.Errorf("rows joined or kept at a grid: %q", l)
			}
		}
	})
	t.Run("proportional only", func(t *testing.T) {
		var b strings.Builder
		for k, l := range []string{prose[0], "Program Dukungan Manajemen", "Pagu 812.400.000 realisasi 800.100.500", "Sisa 12.299.500 atau 1,51 persen", "Kegiatan Keuangan dan BMN"} {
			fmt.Fprintf(&b, "BT /F1 10 Tf 60 %d Td (%s) Tj ET\n", 760-13*k, l)
		}
		for _, l := range convertLines(t, b.String()) {
			if strings.Contains(l, "  ") {
				t.Errorf("line kept at a grid: %q", l)
			}
		}
	})
}

// monoPage sets prose lines in Helvetica 10 pt from x 60 at a 13 pt pitch,
// then the monospaced lines in Courier 8 pt at a 9 pt pitch, then more
// prose.
func monoPage(prose, mono, after []string) string {
	var b strings.Builder
	y := 780.0
	for _, l := range prose {
		fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.1f Td (%s) Tj ET\n", y, l)
		y -= 13
	}
	for _, l := range mono {
		if l != "" {
			fmt.Fprintf(&b, "BT /F2 8 Tf 60 %.1f Td (%s) Tj ET\n", y, l)
		}
		y -= 9
	}
	y -= 9
	for _, l := range after {
		fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.1f Td (%s) Tj ET\n", y, l)
		y -= 13
	}
	return b.String()
}
