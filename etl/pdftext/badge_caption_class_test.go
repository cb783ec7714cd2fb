package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// badgeCell is one line of text in a made-up badge table: at x (flush
// left), or ending at x when right is set (a figure).
type badgeCell struct {
	x     float64
	right bool
	s     string
}

// badgePage sets a prose line, then a caption (its first word on a dark
// filled box in white when badge is set, the rest capSize points beside
// it), then a table without vertical rules: the header row over a thick
// rule, the rows (each a list of lines 10 pt apart: a cell wrapped over
// several lines) 4 pt apart, a thin rule under the last one, all in
// Helvetica 8 pt; then a prose line. It returns the converted lines.
func badgePage(t *testing.T, capSize float64, badge bool, number, caption string, header []badgeCell, rows [][][]badgeCell) []string {
	t.Helper()
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf 60 790 Td (Rincian realisasi menurut kegiatan disajikan pada tabel berikut.) Tj ET\n")
	y := 760.0
	w := afmWidth(number, capSize)
	if badge {
		fmt.Fprintf(&b, "0.2 0.25 0.3 rg 60 %.2f %.2f %.2f re f\n", y-3, w+10, capSize+6)
		fmt.Fprintf(&b, "1 g BT /F1 %g Tf %.2f %.2f Td (%s) Tj ET 0 g\n", capSize, 65.0, y, number)
	} else {
		fmt.Fprintf(&b, "BT /F1 %g Tf 60 %.2f Td (%s) Tj ET\n", capSize, y, number)
	}
	fmt.Fprintf(&b, "BT /F1 %g Tf %.2f %.2f Td (%s) Tj ET\n", capSize, 60+w+10+12, y, caption)
	put := func(cs []badgeCell, y float64) {
		for _, c := range cs {
			x := c.x
			if c.right {
				x -= afmWidth(c.s, 8)
			}
			fmt.Fprintf(&b, "BT /F1 8 Tf %.3f %.2f Td (%s) Tj ET\n", x, y, c.s)
		}
	}
	y -= 16
	put(header, y)
	fmt.Fprintf(&b, "1.8 w 58 %.2f m 540 %.2f l S\n", y-4, y-4)
	y -= 15
	for _, r := range rows {
		for k, line := range r {
			put(line, y-10*float64(k))
		}
		y -= 10*float64(len(r)) + 4
	}
	fmt.Fprintf(&b, "0.5 w 58 %.2f m 540 %.2f l S\n", y+8, y+8)
	fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.2f Td (Serapan anggaran tahun ini lebih tinggi dari tahun lalu.) Tj ET\n", y-20)
	return convertLines(t, b.String())
}

// budgetRows is a budget with codes, names wrapped over two or three
// lines and four figures set flush right.
var budgetHead = []badgeCell{{62, false, "Kode"}, {112, false, "Uraian"}, {300, true, "Anggaran"}, {370, true, "Realisasi"}, {440, true, "Sisa"}, {500, true, "%"}}

var budgetRows = [][][]badgeCell{
	{{{62, false, "011.05.AB"}, {112, false, "Program Layanan"}, {300, true, "4.210.500.000"}, {370, true, "4.001.275.450"}, {440, true, "209.224.550"}, {500, true, "95,03"}},
		{{112, false, "Perkantoran Umum"}}},
	{{{62, false, "4471"}, {112, false, "Penataan Arsip dan"}, {300, true, "812.000.000"}, {370, true, "790.114.200"}, {440, true, "21.885.800"}, {500, true, "97,30"}},
		{{112, false, "Dokumentasi"}}},
	{{{62, false, "4472"}, {112, false, "Pembinaan Jabatan"}, {300, true, "3.398.500.000"}, {370, true, "3.211.161.250"}, {440, true, "187.338.750"}, {500, true, "94,49"}},
		{{112, false, "Fungsional dan"}}, {{112, false, "Struktural"}}},
	{{{112, false, "TOTAL"}, {300, true, "4.210.500.000"}, {370, true, "4.001.275.450"}, {440, true, "209.224.550"}, {500, true, "95,03"}}},
}

var budgetWant = []string{
	"Kode\tUraian\tAnggaran\tRealisasi\tSisa\t%",
	"011.05.AB\tProgram Layanan Perkantoran Umum\t4.210.500.000\t4.001.275.450\t209.224.550\t95,03",
	"4471\tPenataan Arsip dan Dokumentasi\t812.000.000\t790.114.200\t21.885.800\t97,30",
	"4472\tPembinaan Jabatan Fungsional dan Struktural\t3.398.500.000\t3.211.161.250\t187.338.750\t94,49",
	"\tTOTAL\t4.210.500.000\t4.001.275.450\t209.224.550\t95,03",
}

// indicatorRows: a numbered capaian table whose names wrap.
var indicatorHead = []badgeCell{{62, false, "No"}, {78, false, "Indikator"}, {330, false, "Satuan"}, {420, true, "Target"}, {480, true, "Realisasi"}, {530, true, "Capaian"}}

var indicatorRows = [][][]badgeCell{
	{{{62, false, "1"}, {78, false, "Tingkat ketepatan waktu penyusunan"}, {330, false, "%"}, {420, true, "90,00"}, {480, true, "93,50"}, {530, true, "103,89"}},
		{{78, false, "dokumen perencanaan"}}},
	{{{62, false, "2"}, {78, false, "Indeks kepuasan layanan informasi"}, {330, false, "indeks"}, {420, true, "3,20"}, {480, true, "3,41"}, {530, true, "106,56"}},
		{{78, false, "publik"}}},
	{{{62, false, "3"}, {78, false, "Predikat evaluasi kinerja"}, {330, false, "Predikat"}, {420, true, "BB"}, {480, true, "B"}, {530, true, "90,00"}}},
}

var indicatorWant = []string{
	"No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian",
	"1\tTingkat ketepatan waktu penyusunan dokumen perencanaan\t%\t90,00\t93,50\t103,89",
	"2\tIndeks kepuasan layanan informasi publik\tindeks\t3,20\t3,41\t106,56",
	"3\tPredikat evaluasi kinerja\tPredikat\tBB\tB\t90,00",
}

// TestBadgeCaptionClass: a table's caption led by its number on a badge,
// set in a type larger than the rows over a table without vertical rules,
// is a plain line; the table under it keeps every column (the number on
// its badge no longer closes the river between a narrow first column and
// the names, nor the names' wrapped lines glue codes and names to the
// first figure).
func TestBadgeCaptionClass(t *testing.T) {
	for _, tc := range []struct {
		name          string
		size          float64
		number, words string
		head          []badgeCell
		rows          [][][]badgeCell
		want          []string
	}{
		{"budget under 4.2", 10, "4.2", "Realisasi Anggaran per Kegiatan", budgetHead, budgetRows, budgetWant},
		{"capaian under III.2 (lanjutan)", 9, "III.2", "Capaian Kinerja (lanjutan)", indicatorHead, indicatorRows, indicatorWant},
		{"capaian under 5.1.", 11, "5.1.", "Capaian Indikator Kinerja", indicatorHead, indicatorRows, indicatorWant},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := badgePage(t, tc.size, true, tc.number, tc.words, tc.head, tc.rows)
			want := append([]string{"Rincian realisasi menurut kegiatan disajikan pada tabel berikut.",
				tc.number + " " + tc.words}, tc.want...)
			want = append(want, "Serapan anggaran tahun ini lebih tinggi dari tahun lalu.")
			wantLines(t, dropBlank(got), want)
		})
	}
}

// TestBadgeCaptionLookAlikes: lines of the same shape that are no badge
// caption read as they did before the badge caption was taught (each
// want is the converter's output with badgeCaption off).
func TestBadgeCaptionLookAlikes(t *testing.T) {
	for _, tc := range []struct {
		name          string
		size          float64
		number, words string
		want          []string // the caption line, the header and the first row
	}{
		// "4.2  Realisasi …" in the rows' 8 pt: the shape of a numbered row
		{"numbered line in the rows' type", 8, "4.2", "Realisasi Anggaran", []string{"4.2 Realisasi Anggaran",
			"Kode Uraian\tAnggaran\tRealisasi\tSisa\t%", "011.05.AB Program Layanan Perkantoran Umum\t4.210.500.000\t4.001.275.450\t209.224.550\t95,03"}},
		// a larger line led by a word, not a number
		{"larger line led by a word", 10, "Tabel", "Realisasi Anggaran", []string{"Tabel\tRealisasi Anggaran",
			"Kode\tUraian\tAnggaran\tRealisasi\tSisa\t%", "011.05.AB\tProgram Layanan Perkantoran Umum\t4.210.500.000\t4.001.275.450\t209.224.550\t95,03"}},
		// a second wide gap: no caption running on after its number
		{"two wide gaps", 10, "4.2", "Realisasi                  2023", []string{"4.2 Realisasi 2023",
			"Kode Uraian\tAnggaran\tRealisasi\tSisa\t%", "011.05.AB Program Layanan Perkantoran Umum\t4.210.500.000\t4.001.275.450\t209.224.550\t95,03"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dropBlank(badgePage(t, tc.size, true, tc.number, tc.words, budgetHead, budgetRows))
			if len(got) < 4 {
				t.Fatalf("got %q", got)
			}
			wantLines(t, got[1:4], tc.want)
		})
	}
	t.Run("numbered heading over numbered paragraphs", func(t *testing.T) {
		// a chapter's "5.   PENUTUP" over paragraphs "5.1   …" in a hanging
		// indent: two columns, no table.
		var b strings.Builder
		b.WriteString("BT /F1 11 Tf 60 760 Td (5.) Tj ET BT /F1 11 Tf 90 760 Td (PENUTUP) Tj ET\n")
		paras := [][]string{{"5.1", "Laporan ini menggambarkan pelaksanaan tugas", "selama satu tahun anggaran."},
			{"5.2", "Perbaikan ke depan meliputi perencanaan dan", "pemantauan capaian setiap triwulan."}}
		y := 742.0
		for _, p := range paras {
			fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.2f Td (%s) Tj ET\n", y, p[0])
			for k, s := range p[1:] {
				fmt.Fprintf(&b, "BT /F1 10 Tf 90 %.2f Td (%s) Tj ET\n", y-12*float64(k), s)
			}
			y -= 30
		}
		wantLines(t, dropBlank(convertLines(t, b.String())), []string{"5.\tPENUTUP",
			"5.1\tLaporan ini menggambarkan pelaksanaan tugas selama satu tahun anggaran.",
			"5.2\tPerbaikan ke depan meliputi perencanaan dan pemantauan capaian setiap triwulan."})
	})
}

// dropBlank is lines without the empty ones.
func dropBlank(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
