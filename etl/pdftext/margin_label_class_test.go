package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarginLabelInWrappedRow: a label printed in the page's margin (an
// air letter's fold label, a desk planner's hour, a note) that falls
// between a borderless table's row and its cell's wrapped line no longer
// cuts the row from its wrapped words: the row keeps its whole name, the
// label stays a line of its own. A paragraph after the table, a label
// followed by a line at the table's left edge, and a wrapped-looking line
// far under the label are no continuation. Made-up tables and figures.
func TestMarginLabelInWrappedRow(t *testing.T) {
	capaian := []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}
	budget := []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa"}
	type row struct {
		cells []string // at the columns' x
		wrap  string   // the name cell's second line ("" none)
	}
	type label struct {
		x, pt float64
		after int // under the row's first line of this row
		text  string
		gap   float64 // the wrapped line's extra drop under the label (0: a cell's pitch)
	}
	for _, tc := range []struct {
		name  string
		xs    []float64
		head  []string
		rows  []row
		label label
		after string // a line after the table at the body's left edge ("" none)
		want  []string
		apart []string // lines that must stay lines of their own
	}{
		{name: "fold label under the first row", xs: []float64{60, 80, 330, 370, 420, 480}, head: capaian,
			rows: []row{
				{[]string{"1", "Persentase kesesuaian Kompetensi Pegawai terhadap", "%", "82,00", "86,00", "104,88"}, "standar kompetensi penugasannya"},
				{[]string{"2", "Persentase Partisipasi Pemilih", "%", "77,50", "78,66", "101,50"}, ""},
				{[]string{"3", "Opini BPK atas Laporan Keuangan", "Opini", "WTP", "WTP", "100,00"}, ""},
			},
			label: label{x: 14, pt: 4.6, after: 0, text: "lipat di sini"},
			want: []string{
				"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t82,00\t86,00\t104,88",
				"2\tPersentase Partisipasi Pemilih\t%\t77,50\t78,66\t101,50",
			},
			apart: []string{"lipat di sini"}},
		{name: "planner hour in a budget table, a middle row", xs: []float64{90, 130, 330, 400, 470}, head: budget,
			rows: []row{
				{[]string{"3358", "Pengelolaan Sumber Daya Manusia", "412.300.000", "401.250.500", "11.049.500"}, ""},
				{[]string{"3360", "Operasional Perkantoran dan Dukungan", "980.000.000", "955.120.000", "24.880.000"}, "Sarana Prasarana"},
				{[]string{"6867", "Pembentukan Badan Adhoc", "1.806.450.000", "1.790.118.000", "16.332.000"}, ""},
			},
			label: label{x: 34, pt: 5.2, after: 1, text: "10.30"},
			want: []string{
				"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t980.000.000\t955.120.000\t24.880.000",
				"6867\tPembentukan Badan Adhoc\t1.806.450.000\t1.790.118.000\t16.332.000",
			},
			apart: []string{"10.30"}},
		{name: "a note in the body's type, the last row", xs: []float64{70, 92, 330, 370, 420, 480}, head: capaian,
			rows: []row{
				{[]string{"1", "Persentase Partisipasi Pemilih", "%", "77,50", "80,64", "104,05"}, ""},
				{[]string{"2", "Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam", "%", "2,00", "2,30", "85,00"}, "Daftar Pemilih Tetap"},
			},
			label: label{x: 16, pt: 7, after: 1, text: "cek"},
			want: []string{
				"2\tPersentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap\t%\t2,00\t2,30\t85,00",
			},
			apart: []string{"cek"}},
		// look-alikes: the label's next line is no wrapped cell
		{name: "a paragraph at the table's edge after the label", xs: []float64{60, 80, 330, 370, 420, 480}, head: capaian,
			rows: []row{
				{[]string{"1", "Persentase Partisipasi Pemilih", "%", "77,50", "78,66", "101,50"}, ""},
				{[]string{"2", "Opini BPK atas Laporan Keuangan", "Opini", "WTP", "WTP", "100,00"}, ""},
			},
			label: label{x: 14, pt: 4.6, after: 1, text: "lipat di sini"},
			after: "Sumber: Subbagian Perencanaan",
			want:  []string{"2\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00"},
			apart: []string{"lipat di sini", "Sumber: Subbagian Perencanaan"}},
		{name: "an indented line far under the label", xs: []float64{60, 80, 330, 370, 420, 480}, head: capaian,
			rows: []row{
				{[]string{"1", "Persentase Partisipasi Pemilih", "%", "77,50", "78,66", "101,50"}, ""},
				{[]string{"2", "Opini BPK atas Laporan Keuangan", "Opini", "WTP", "WTP", "100,00"}, "catatan kaki tabel"},
			},
			label: label{x: 14, pt: 4.6, after: 1, text: "lipat di sini", gap: 30},
			want:  []string{"2\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00"},
			apart: []string{"lipat di sini", "catatan kaki tabel"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			text := func(x, y, pt float64, s string) {
				fmt.Fprintf(&b, "BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", pt, x, y, s)
			}
			const pt = 7.0
			text(tc.xs[0], 640, 9, "Tabel 3.1 Pengukuran Kinerja Tahun 2024")
			y := 620.0
			for c, s := range tc.head {
				text(tc.xs[c], y, pt, s)
			}
			for r, rw := range tc.rows {
				y -= 2.1 * pt
				for c, s := range rw.cells {
					text(tc.xs[c], y, pt, s)
				}
				if r == tc.label.after {
					text(tc.label.x, y-0.7*pt, tc.label.pt, tc.label.text)
				}
				if rw.wrap != "" {
					y -= 1.4 * pt
					if r == tc.label.after {
						y -= tc.label.gap
					}
					text(tc.xs[1], y, pt, rw.wrap)
				}
			}
			if tc.after != "" {
				text(tc.xs[0], y-2.1*pt, pt, tc.after)
			}
			got := convertLines(t, b.String())
			if miss := missingLines(got, tc.want); len(miss) > 0 {
				t.Errorf("no row %q in\n%q", miss, got)
			}
			if miss := missingLines(got, tc.apart); len(miss) > 0 {
				t.Errorf("lost line %q in\n%q", miss, got)
			}
		})
	}
}
