package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// gridCell is one run of a made-up result grid: its row (a padded row
// pitch down from the top), its x, its text, and whether it is set flush right at x
// (a figure) rather than from x.
type gridCell struct {
	row   float64
	x     float64
	s     string
	right bool
}

// gridPage sets the runs in Helvetica 7.5 pt, rows 14.5 pt apart, on a wide page (a printed
// browser window) and returns the derived lines.
func gridPage(t *testing.T, stripX float64, strip string, cells []gridCell) []string {
	t.Helper()
	var b strings.Builder
	if strip != "" { // the client's tab strip, a fixed line in Courier 5.6 pt
		fmt.Fprintf(&b, "BT /F2 5.6 Tf %.2f 912.5 Td (%s) Tj ET\n", stripX, strip)
	}
	for _, c := range cells {
		x := c.x
		if c.right {
			x -= 0.556 * 7.5 * float64(len(c.s)) // Helvetica's figures are 0.556 em wide
		}
		fmt.Fprintf(&b, "BT /F1 7.5 Tf %.2f %.2f Td (%s) Tj ET\n", x, 900-14.5*c.row, c.s)
	}
	return convertLinesOn(t, 720, 1000, b.String())
}

// gridBody is a made-up grid's body: a row number flush right in a narrow
// unnamed column, a code (flush right when all digits), the code of its
// parent, a level, a name and four figures flush right.
func gridBody(from float64) []gridCell {
	var cs []gridCell
	for k, r := range [][]string{
		{"1", "076.01.WA", "[null]", "1", "Program Dukungan Manajemen", "2914017000", "2854140007", "59876993", "97.95"},
		{"2", "3355", "076.01.WA", "2", "Pengelolaan Keuangan", "987167000", "972780201", "14386799", "98.54"},
		{"3", "6640", "076.01.CQ", "2", "Pemutakhiran Data Pemilih", "483368000", "473489643", "9878357", "97.96"},
	} {
		row := from + float64(k)
		code := gridCell{row, 61, r[1], false}
		if !strings.Contains(r[1], ".") {
			code = gridCell{row, 129, r[1], true}
		}
		cs = append(cs, gridCell{row, 55, r[0], true}, code, gridCell{row, 135, r[2], false}, gridCell{row, 242, r[3], true},
			gridCell{row, 248, r[4], false}, gridCell{row, 483, r[5], true}, gridCell{row, 544, r[6], true},
			gridCell{row, 606, r[7], true}, gridCell{row, 662, r[8], true})
	}
	return cs
}

var gridRows = []string{
	"1\t076.01.WA\t[null]\t1\tProgram Dukungan Manajemen\t2914017000\t2854140007\t59876993\t97.95",
	"2\t3355\t076.01.WA\t2\tPengelolaan Keuangan\t987167000\t972780201\t14386799\t98.54",
	"3\t6640\t076.01.CQ\t2\tPemutakhiran Data Pemilih\t483368000\t473489643\t9878357\t97.96",
}

// gridHead is a row of names (or data types) set from the grid's column
// starts, the unnamed first column left empty.
func gridHead(row float64, names ...string) []gridCell {
	xs := []float64{61, 135, 210, 248, 428, 489, 550, 611}
	var cs []gridCell
	for k, s := range names {
		cs = append(cs, gridCell{row, xs[k], s, false})
	}
	return cs
}

// TestHeaderBelowClass: a database client's result grid printed under its
// tab strip ("Data Output  Messages  Notifications" a short step over the
// grid) keeps its column names with the grid: the names line up with the
// data-type row (or the first row) under them, not with the strip, and
// must not be cut at the strip's gaps. The grid's unnamed row-number
// column keeps its empty header cell.
func TestHeaderBelowClass(t *testing.T) {
	cat := func(parts ...[]gridCell) []gridCell {
		var cs []gridCell
		for _, p := range parts {
			cs = append(cs, p...)
		}
		return cs
	}
	tests := []struct {
		name   string
		stripX float64
		strip  string
		cells  []gridCell
		want   []string
	}{
		{"names and a data-type row under a tab strip", 40, "Data Output  Messages  Notifications", cat(
			gridHead(0, "kode", "induk", "tingkat", "uraian", "pagu", "realisasi", "sisa", "serapan"),
			gridHead(1, "character varying", "character varying", "smallint", "text", "numeric(15,0)", "numeric(15,0)", "numeric(15,0)", "numeric(5,2)"),
			gridBody(2)), append([]string{
			"Data Output Messages Notifications",
			"\tkode\tinduk\ttingkat\turaian\tpagu\trealisasi\tsisa\tserapan",
			"\tcharacter varying\tcharacter varying\tsmallint\ttext\tnumeric(15,0)\tnumeric(15,0)\tnumeric(15,0)\tnumeric(5,2)",
		}, gridRows...)},
		{"other names straight over the rows, another client's strip", 42, "Hasil   Pesan  Riwayat Kueri", cat(
			gridHead(0, "id_kode", "id_induk", "level", "nama", "anggaran", "terserap", "selisih", "persen"),
			gridBody(1)), append([]string{
			"Hasil Pesan Riwayat Kueri",
			"\tid_kode\tid_induk\tlevel\tnama\tanggaran\tterserap\tselisih\tpersen",
		}, gridRows...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, gridPage(t, tc.stripX, tc.strip, tc.cells), tc.want)
		})
	}
}

// TestHeaderBelowLookAlike: a table set close over another table whose
// first row runs over its rivers keeps its last row, which lines up with
// its own rows rather than with the row under it. (Only the upper table is
// checked: how the lower one is cut is not this rule's business.)
func TestHeaderBelowLookAlike(t *testing.T) {
	var cs []gridCell
	for k, r := range [][]string{{"Komponen", "Bobot", "Nilai", "Ket"}, {"Rencana", "30,00", "18,40", "B"}, {"Ukur", "30,00", "19,30", "B"}, {"Lapor", "15,00", "8,90", "C"}} {
		cs = append(cs, gridCell{float64(k), 61, r[0], false}, gridCell{float64(k), 140, r[1], false}, gridCell{float64(k), 230, r[2], false}, gridCell{float64(k), 300, r[3], false})
	}
	for k, r := range [][]string{{"Program Dukungan Manajemen", "Pengelolaan Keuangan Negara", "987167000"}, {"Program Penyelenggaraan", "Pemutakhiran Data Pemilih", "483368000"}} {
		row := float64(4 + k)
		cs = append(cs, gridCell{row, 61, r[0], false}, gridCell{row, 170, r[1], false}, gridCell{row, 330, r[2], true})
	}
	want := []string{
		"Komponen\tBobot\tNilai\tKet",
		"Rencana\t30,00\t18,40\tB",
		"Ukur\t30,00\t19,30\tB",
		"Lapor\t15,00\t8,90\tC",
	}
	got := gridPage(t, 0, "", cs) // the table under it is not at issue here
	if len(got) < len(want) {
		t.Fatalf("got %q", got)
	}
	wantLines(t, got[:len(want)], want)
}
