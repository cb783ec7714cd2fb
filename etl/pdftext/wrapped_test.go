package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestCutNumber: an amount broken inside because it did not fit its column
// is joined back; whole numbers stacked in one cell and a label before an
// amount stay apart.
func TestCutNumber(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"1.462.341.00", "0", true},
		{"1.462.341.", "000", true},
		{"1.462.34", "1.000", true},
		{"3.342.418.00", "0,00", true},
		{"1.462.341.00", "0%", true},
		{"3.029.79", "7.000,-", true}, // ",-" closes an amount without decimals
		{"548.569.", "000,-", true},
		{"2020", "2021", false},           // two years, each whole
		{"1.462.341.000", "1.394", false}, // two whole amounts
		{"95,38", "100", false},
		{"Rp.", "1.462.341.000", false},
		{"1.462.341.00", "orang", false},
		{"1.462.341.00", "00", false}, // joined no better formed
	} {
		if got := cutNumber(tc.prev, tc.next); got != tc.want {
			t.Errorf("cutNumber(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

// TestCutCode: a budget code broken inside because it did not fit its
// column is joined back; pieces that do not make one dotted code, or meet
// between a run of digits and one of capitals, stay apart.
func TestCutCode(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"076.01.W", "A", true},
		{"076.01.", "WA", true},
		{"076.01.WA.33", "55", true},
		{"WA.3355", "EBA", false}, // a run of digits, then one of capitals: two words
		{"1.204", "A", false},     // an amount
		{"Rp.", "3.601", false},
		{"076.01.W", "Program", false},
		{"2024", "WA", false}, // no dotted code
	} {
		if got := cutCode(tc.prev, tc.next); got != tc.want {
			t.Errorf("cutCode(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

// TestCodeCutInCell: a code wider than its column, broken inside by the
// typesetter ("076.01.W" over "A", wider than the "076.01.CQ" that set the
// column), reads as one code in its row.
func TestCodeCutInCell(t *testing.T) {
	got := setCells(t, []cell{
		{0, 60, "Kode"}, {0, 110, "Program"}, {0, 250, "Pagu"},
		{1, 60, "076.01.W"}, {1.75, 60, "A"}, {1, 110, "Dukungan Manajemen"}, {1, 250, "3.049.046.000"},
		{2.75, 60, "3355"}, {2.75, 110, "Keuangan"}, {2.75, 250, "1.010.571.000"},
		{3.75, 60, "076.01.CQ"}, {3.75, 110, "Pemilu"}, {3.75, 250, "1.114.023.000"},
	})
	wantLines(t, got, []string{
		"Kode\tProgram\tPagu",
		"076.01.WA\tDukungan Manajemen\t3.049.046.000",
		"3355\tKeuangan\t1.010.571.000",
		"076.01.CQ\tPemilu\t1.114.023.000",
	})
}

// TestAmountCutInCell: a bold amount that ReportLab broke inside because
// it was wider than its column ("1.462.341.00" over "0") reads as one
// amount in its row, while two years stacked in a cell keep their space.
func TestAmountCutInCell(t *testing.T) {
	got := setCells(t, []cell{
		{0, 60, "Kode"}, {0, 100, "Program"}, {0, 200, "Pagu"}, {0, 270, "Realisasi"}, {0, 340, "Tahun"},
		{1, 60, "WA"}, {1, 100, "Dukungan"}, {1, 200, "1.462.341.00"}, {1.75, 200, "0"}, {1, 270, "1.394.807.084"}, {1, 340, "2020"}, {1.75, 340, "2021"},
		{2.75, 60, "CQ"}, {2.75, 100, "Pemilu"}, {2.75, 200, "348.260.000"}, {2.75, 270, "305.402.816"}, {2.75, 340, "2022"},
		{3.75, 60, "DP"}, {3.75, 100, "Data"}, {3.75, 200, "699.679.000"}, {3.75, 270, "683.183.304"}, {3.75, 340, "2023"},
	})
	wantLines(t, got, []string{
		"Kode\tProgram\tPagu\tRealisasi\tTahun",
		"WA\tDukungan\t1.462.341.000\t1.394.807.084\t2020 2021",
		"CQ\tPemilu\t348.260.000\t305.402.816\t2022",
		"DP\tData\t699.679.000\t683.183.304\t2023",
	})
}

// TestAmountCutInRuledCell: the same cut inside a cell of a full grid
// reads as one amount, also after its "Rp." label; a label wrapped in a ruled cell keeps its spaces,
// even where a word alone on its line is the cell's widest.
func TestAmountCutInRuledCell(t *testing.T) {
	var b strings.Builder
	xs := []float64{60, 100, 200, 252, 320}
	for _, y := range []float64{700, 685, 661, 646, 622} {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], y, xs[len(xs)-1], y)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f 700 m %.1f 622 l S\n", x, x)
	}
	text := func(x, y float64, s string) { fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, s) }
	text(63, 689, "Kode")
	text(103, 689, "Uraian")
	text(203, 689, "Pagu")
	text(255, 689, "Realisasi")
	text(63, 674, "WA")
	text(103, 674, "Persentase")
	text(103, 665, "pegawai")
	text(203, 674, "1.462.341.00")
	text(203, 665, "0")
	text(255, 674, "1.394.807.084")
	text(63, 650, "CQ")
	text(103, 650, "Pemilu")
	text(203, 650, "348.260.000")
	text(255, 650, "305.402.816")
	// the amount cut after its label ("Rp. 1.126.91" over "5.000,-")
	text(63, 635, "DP")
	text(103, 635, "Data")
	text(203, 635, "Rp. 1.126.91")
	text(203, 626, "5.000,-")
	text(255, 635, "1.093.566.989")
	res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimRight(string(res.Text), "\n"), "\n")
	wantLines(t, got, []string{
		"Kode\tUraian\tPagu\tRealisasi",
		"WA\tPersentase pegawai\t1.462.341.000\t1.394.807.084",
		"CQ\tPemilu\t348.260.000\t305.402.816",
		"DP\tData\tRp. 1.126.915.000,-\t1.093.566.989",
	})
}

// TestJustifiedLinesNoTable: lines of a justified paragraph whose few long
// words stretch every space alike (PDF word spacing, as ReportLab sets a
// justified line) read as prose even where their words happen to line up
// (Courier here, so they do); a table row with the same words but uneven
// gaps, or padded with whole spaces, still makes a table.
func TestJustifiedLinesNoTable(t *testing.T) {
	para := func(tw float64, lines ...string) []string {
		var b strings.Builder
		for k, s := range lines {
			fmt.Fprintf(&b, "BT /F2 8 Tf %.1f Tw 60 %.1f Td (%s) Tj ET\n", tw, 700-11*float64(k), s)
		}
		res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimRight(string(res.Text), "\n"), "\n")
	}
	prose := []string{"Nilai Kinerja Program kegiatan", "dasar standar layanan anggaran", "hasil capaian sasaran strategis"}
	wantLines(t, para(30, prose...), prose)
	// a plain-text table padded with three spaces between its cells: even
	// gaps of whole spaces
	wantLines(t, para(0, "Nilai   Kinerja   Program", "dasar   standar   layanan", "hasil   capaian   sasaran"),
		[]string{"Nilai\tKinerja\tProgram", "dasar\tstandar\tlayanan", "hasil\tcapaian\tsasaran"})
	// the same words set as a table: gaps of 30 pt between the first two
	// columns, 60 pt between the others
	var b strings.Builder
	for k, row := range [][]string{{"Nilai", "Kinerja", "Program"}, {"dasar", "standar", "layanan"}, {"hasil", "capaian", "sasaran"}} {
		for c, s := range row {
			fmt.Fprintf(&b, "BT /F2 8 Tf %.1f %.1f Td (%s) Tj ET\n", 60+[]float64{0, 54, 155.2}[c], 700-11*float64(k), s)
		}
	}
	res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantLines(t, strings.Split(strings.TrimRight(string(res.Text), "\n"), "\n"),
		[]string{"Nilai\tKinerja\tProgram", "dasar\tstandar\tlayanan", "hasil\tcapaian\tsasaran"})
}
