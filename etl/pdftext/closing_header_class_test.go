package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// ledgerTable is a made-up table as a report writer sets it: column
// rules at xs, a header row (a cell may be in Courier, F2, to run a
// title over its column's rule exactly), body rows whose cells wrap at
// "|" (lines wrap apart, rows wrap+pad apart).
type ledgerTable struct {
	xs          []float64
	head        []string
	courierHead bool
	rows        [][]string
	wrap        float64
	pad         float64
	// columnRules: rules over the header and under the last row and
	// vertical rules the table's height (no rule between rows); else the
	// ledger look: the header between two rules, and after the last row a
	// rule, the header again and a rule under it.
	columnRules bool
	closing     bool // the ledger repeats its header under the last row
}

func (t ledgerTable) page() string {
	var b strings.Builder
	top := 760.0
	y := top - 10
	head := func() {
		for c, s := range t.head {
			f := "/F1"
			if t.courierHead {
				f = "/F2"
			}
			fmt.Fprintf(&b, "BT %s 8 Tf %.2f %.2f Td (%s) Tj ET\n", f, t.xs[c]+3, y, s)
		}
	}
	rule := func(yy float64) {
		fmt.Fprintf(&b, "0.6 w %.1f %.2f m %.1f %.2f l S\n", t.xs[0], yy, t.xs[len(t.xs)-1], yy)
	}
	rule(top)
	head()
	if !t.columnRules {
		rule(y - 4)
	}
	y -= t.wrap + 5
	for _, r := range t.rows {
		most := 1
		for c, s := range r {
			parts := strings.Split(s, "|")
			most = max(most, len(parts))
			for k, p := range parts {
				if p != "" {
					fmt.Fprintf(&b, "BT /F1 8 Tf %.2f %.2f Td (%s) Tj ET\n", t.xs[c]+3, y-float64(k)*t.wrap, p)
				}
			}
		}
		y -= float64(most-1)*t.wrap + t.wrap + t.pad
	}
	bottom := y + t.wrap + t.pad - 4
	rule(bottom)
	if t.columnRules {
		for _, x := range t.xs {
			fmt.Fprintf(&b, "0.5 w %.1f %.2f m %.1f %.2f l S\n", x, top, x, bottom)
		}
	} else if t.closing {
		// the repeat stands well off the last row: a rule, then padding
		// over titles set like the header (a wider step than any row's)
		y = bottom - 16
		head()
		rule(y - 4)
	}
	fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.2f Td (Sumber: buku besar satuan kerja, diolah.) Tj ET\n", y-30)
	return b.String()
}

var ledgerBody = [][]string{
	{"077.02.AB", "Program Tata Kelola|Kelembagaan", "4.120.500.000", "3.987.400.125", "133.099.875", "96,77"},
	{"4411", "Layanan Perkantoran dan|Kerumahtanggaan Satker", "2.410.000.000", "2.351.220.400", "58.779.600", "97,56"},
	{"4412", "Pembinaan Pegawai", "1.710.500.000", "1.636.179.725", "74.320.275", "95,66"},
	{"077.02.DE", "Program Tahapan|Pemilihan Serentak", "880.000.000", "861.300.000", "18.700.000", "97,88"},
	{"5520", "Sosialisasi Pemilih", "880.000.000", "861.300.000", "18.700.000", "97,88"},
	{"", "TOTAL ANGGARAN", "5.000.500.000", "4.848.700.125", "151.799.875", "96,96"},
}

var ledgerWant = []string{
	"077.02.AB\tProgram Tata Kelola Kelembagaan\t4.120.500.000\t3.987.400.125\t133.099.875\t96,77",
	"4411\tLayanan Perkantoran dan Kerumahtanggaan Satker\t2.410.000.000\t2.351.220.400\t58.779.600\t97,56",
	"4412\tPembinaan Pegawai\t1.710.500.000\t1.636.179.725\t74.320.275\t95,66",
	"077.02.DE\tProgram Tahapan Pemilihan Serentak\t880.000.000\t861.300.000\t18.700.000\t97,88",
	"5520\tSosialisasi Pemilih\t880.000.000\t861.300.000\t18.700.000\t97,88",
	"\tTOTAL ANGGARAN\t5.000.500.000\t4.848.700.125\t151.799.875\t96,96",
}

// longBody is ledgerBody with more kegiatan: its body runs taller than a
// stack's row (maxBand), so the rules round the header and its repeat
// prove no rows and the table is read by its spacing.
var longBody, longWant = func() ([][]string, []string) {
	b := append([][]string{}, ledgerBody[:5]...)
	w := append([]string{}, ledgerWant[:5]...)
	for k := 1; k <= 7; k++ {
		b = append(b, []string{fmt.Sprintf("55%02d", 20+k), fmt.Sprintf("Fasilitasi Tahapan %d", k), "0", "0", "0", "0,00"})
		w = append(w, fmt.Sprintf("55%02d\tFasilitasi Tahapan %d\t0\t0\t0\t0,00", 20+k, k))
	}
	return append(b, ledgerBody[5]), append(w, ledgerWant[5])
}()

// TestClosingHeaderClass: budget tables whose rows no rule parts, in the
// two looks that turned their spacing or rules against the rows: columns
// ruled the table's height with a rule only over the header and under
// the last row (the header and every row one cell per column), and a
// ledger that prints its column titles again under its last row (the gap
// before that repeat taken for the pitch between rows). Rows are told by
// their codes and by their pitch; each comes out one line, the header a
// row of its own, a title run over its column's rule kept apart from the
// next.
func TestClosingHeaderClass(t *testing.T) {
	xs := []float64{60, 110, 250, 320, 390, 455, 500}
	head := []string{"Kode", "Uraian", "Alokasi", "Terserap", "Selisih", "Persen"}
	headLine := "Kode\tUraian\tAlokasi\tTerserap\tSelisih\tPersen"
	cases := []struct {
		name string
		tab  ledgerTable
		want []string
	}{
		{"column rules, codes", ledgerTable{xs: xs, head: head, rows: ledgerBody, wrap: 10, pad: 3, columnRules: true},
			append([]string{headLine}, ledgerWant...)},
		{"column rules, a title over its rule", ledgerTable{
			// Courier 8 pt: "Akun/Kegiatan" is 13 x 4,8 = 62,4 pt from
			// 113, ending at 175,4 over the rule at 172,8, some tenths
			// of a point before the next title at 175,8.
			xs: []float64{60, 110, 172.8, 250, 320, 390, 455}, courierHead: true,
			head: []string{"Kode", "Akun/Kegiatan", "Alokasi", "Terserap", "Selisih", "Persen"},
			rows: [][]string{
				{"077.02.AB", "Tata Kelola", "4.120.500.000", "3.987.400.125", "133.099.875", "96,77"},
				{"4411", "Layanan Kantor", "2.410.000.000", "2.351.220.400", "58.779.600", "97,56"},
				{"4412", "Pembinaan", "1.710.500.000", "1.636.179.725", "74.320.275", "95,66"},
				{"", "TOTAL", "4.120.500.000", "3.987.400.125", "133.099.875", "96,77"},
			}, wrap: 10, pad: 3, columnRules: true},
			[]string{"Kode\tAkun/Kegiatan\tAlokasi\tTerserap\tSelisih\tPersen",
				"077.02.AB\tTata Kelola\t4.120.500.000\t3.987.400.125\t133.099.875\t96,77",
				"4411\tLayanan Kantor\t2.410.000.000\t2.351.220.400\t58.779.600\t97,56",
				"4412\tPembinaan\t1.710.500.000\t1.636.179.725\t74.320.275\t95,66",
				"\tTOTAL\t4.120.500.000\t3.987.400.125\t133.099.875\t96,77"}},
		{"ledger, header repeated under the last row", ledgerTable{xs: xs, head: head, rows: longBody, wrap: 10, pad: 3, closing: true},
			append(append([]string{headLine}, longWant...), headLine)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := convertLines(t, c.tab.page())
			var rows []string
			for _, l := range got {
				if strings.Contains(l, "\t") {
					rows = append(rows, l)
				}
			}
			wantLines(t, rows, c.want)
		})
	}
}

// TestClosingHeaderLookalikes: what must not be read the new way.
func TestClosingHeaderLookalikes(t *testing.T) {
	line := func(ws ...string) textLine {
		var l textLine
		for _, w := range ws {
			l.words = append(l.words, word{text: w})
		}
		return l
	}
	h := line("Kode", "Uraian", "Pagu")
	r := line("12", "Rapat", "1.000")
	f := line("1.000", "2.000", "3.000")
	for _, c := range []struct {
		name  string
		block []textLine
		want  int
	}{
		{"the header repeated", []textLine{h, r, r, h}, 1},
		{"a last row unlike the header", []textLine{h, r, r, line("Kode", "Jumlah", "9.000")}, 0},
		{"two equal rows of figures first and last", []textLine{f, r, r, f}, 0},
		{"too short to hold a header, rows and its repeat", []textLine{h, r, h}, 0},
	} {
		if got := closingHeader(c.block); got != c.want {
			t.Errorf("%s: closingHeader = %d, want %d", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		first []string
		all   int
		want  bool
	}{
		{[]string{"076.01.WA"}, 4, true},
		{[]string{"3355"}, 4, true},
		{[]string{"3355"}, 1, false},       // a code alone on its line: a cell's wrapped part, no row
		{[]string{"Rp", "3355"}, 4, false}, // words, not a code
		{[]string{"1.250,50"}, 4, false},   // an amount
		{[]string{"Belanja"}, 4, false},
	} {
		if got := codedEntry(c.first, c.all); got != c.want {
			t.Errorf("codedEntry(%q, %d) = %v, want %v", c.first, c.all, got, c.want)
		}
	}
	// A one-band table ruled by columns whose single row wraps keeps its
	// lines one row, though a code stands at its top.
	one := ledgerTable{xs: []float64{60, 110, 250, 320}, head: []string{"Kode", "Uraian", "Pagu"}, rows: [][]string{
		{"4411", "Layanan Perkantoran|dan Kerumahtanggaan|Satker Kabupaten", "2.410.000.000"},
	}, wrap: 10, pad: 3, columnRules: true}
	// (a single band holds the header too: the grid's cells as they were)
	wantLines(t, convertLines(t, one.page()), []string{
		"Kode 4411\tUraian Layanan Perkantoran dan Kerumahtanggaan Satker Kabupaten\tPagu 2.410.000.000",
		"Sumber: buku besar satuan kerja, diolah.",
	})
}
