package pdftext

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// fillTable draws a table whose header row sits on a coloured fill with
// its type in white, the body's rows parted by pale hairlines, no rule
// under the header and no rules between the columns (fillband.go). top is
// the table's top in PDF space (y up); frame draws a rule over the header
// and down both sides; sides repeats the header on the next page when
// rows run over.
type fillTable struct {
	x0, x1  float64
	xs      []float64 // each column's text start
	top     float64
	head    [][]string // the header's lines (a header wrapped in its cells)
	rows    [][]string
	frame   bool // a rule over the header and down both sides
	topRule bool // a rule over the header only
}

func (t fillTable) draw(b *strings.Builder) {
	const lead, pad = 12.0, 5.0
	hh := float64(len(t.head))*lead + pad
	w := t.x1 - t.x0
	fmt.Fprintf(b, "0.61 0.48 0.12 rg %g %g %g %g re f 0 g\n", t.x0, t.top-hh, w, hh)
	for k, line := range t.head {
		for j, c := range line {
			if c != "" {
				fmt.Fprintf(b, "1 g BT /F1 9 Tf %g %g Td (%s) Tj ET 0 g\n", t.xs[j], t.top-lead*float64(k+1)+1, c)
			}
		}
	}
	y := t.top - hh
	for _, r := range t.rows {
		for j, c := range r {
			fmt.Fprintf(b, "BT /F1 9 Tf %g %g Td (%s) Tj ET\n", t.xs[j], y-lead+2, c)
		}
		y -= lead + pad
		fmt.Fprintf(b, "0.78 G 0.3 w %g %g m %g %g l S\n", t.x0, y, t.x1, y)
	}
	fmt.Fprintf(b, "0.61 0.48 0.12 RG 0.8 w %g %g m %g %g l S\n", t.x0, y, t.x1, y)
	if t.frame || t.topRule {
		fmt.Fprintf(b, "%g %g m %g %g l S\n", t.x0, t.top, t.x1, t.top)
	}
	if t.frame {
		fmt.Fprintf(b, "%g %g m %g %g l S %g %g m %g %g l S\n", t.x0, t.top, t.x0, y, t.x1, t.top, t.x1, y)
	}
	b.WriteString("0 G\n")
}

// TestFillBandHeader: a table's header row set white on a dark fill, with
// no rule under it, is a row of its own: it is not read into the first
// body row ("No 1 | Kecamatan PAGA | ..."). Variants: a frame round the
// table or a rule over the header only, other header words and column counts, a header
// wrapped in its cells, the header repeated on the next page.
func TestFillBandHeader(t *testing.T) {
	conv := func(pages ...string) []string {
		res, err := Convert(context.Background(), sheetsPDF(595, 842, pages...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(res.Text), "\n") {
			if strings.TrimSpace(l) != "" && l != "\f" {
				out = append(out, l)
			}
		}
		return out
	}
	page := func(ts ...fillTable) string {
		var b strings.Builder
		b.WriteString("BT /F1 10 Tf 60 790 Td (Tabel 3.4 Rekapitulasi per kecamatan sebagai berikut.) Tj ET\n")
		for _, t := range ts {
			t.draw(&b)
		}
		b.WriteString("BT /F1 10 Tf 60 120 Td (Sumber: Subbagian Perencanaan, Data dan Informasi.) Tj ET\n")
		return b.String()
	}
	dpt := [][]string{
		{"1", "Waingapu", "14.210", "14.905", "29.115"},
		{"2", "Kambera", "11.032", "11.410", "22.442"},
		{"3", "Pandawai", "8.115", "8.300", "16.415"},
	}
	budget := [][]string{
		{"076.01.WA", "Dukungan Manajemen", "3.224.837.000", "3.158.579.558"},
		{"3355", "Pengelolaan Keuangan", "1.944.300.000", "1.834.092.000"},
		{"3358", "Sumber Daya Manusia", "386.000.000", "380.703.000"},
	}
	tsv := func(head string, rows [][]string) []string {
		out := []string{head}
		for _, r := range rows {
			out = append(out, strings.Join(r, "\t"))
		}
		return out
	}
	dptXs := []float64{64, 90, 300, 380, 460}
	more := []string{"4", "Haharu", "2.904", "2.871", "5.775"}
	tests := []struct {
		name  string
		pages []string
		want  []string // consecutive lines of the text
	}{
		{"gold frame, five columns", []string{page(fillTable{x0: 60, x1: 530, xs: dptXs, top: 760,
			head: [][]string{{"No", "Kecamatan", "Laki-laki", "Perempuan", "L+P"}}, rows: dpt, frame: true})},
			tsv("No\tKecamatan\tLaki-laki\tPerempuan\tL+P", dpt)},
		{"a rule over the header, no sides", []string{page(fillTable{x0: 60, x1: 530, xs: dptXs, top: 760,
			head: [][]string{{"No.", "Wilayah", "Pria", "Wanita", "Jumlah"}}, rows: dpt, topRule: true})},
			tsv("No.\tWilayah\tPria\tWanita\tJumlah", dpt)},
		{"budget, header wrapped in its cells", []string{page(fillTable{x0: 50, x1: 545, xs: []float64{54, 120, 330, 440}, top: 740,
			head: [][]string{{"Kode", "Program/Kegiatan", "Pagu", "Realisasi"}, {"", "", "(Rp)", "(Rp)"}}, rows: budget, frame: true})},
			tsv("Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)", budget)},
		{"header repeated on the next page", []string{
			page(fillTable{x0: 60, x1: 530, xs: dptXs, top: 760,
				head: [][]string{{"No", "Kecamatan", "L", "P", "L+P"}}, rows: dpt[:2], frame: true}),
			page(fillTable{x0: 60, x1: 530, xs: dptXs, top: 760,
				head: [][]string{{"No", "Kecamatan", "L", "P", "L+P"}}, rows: append(dpt[2:], more), frame: true})},
			tsv("No\tKecamatan\tL\tP\tL+P", append(dpt[2:], more))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := conv(tc.pages...)
			found := false
			for i := range got {
				found = found || i+len(tc.want) <= len(got) && slices.Equal(got[i:i+len(tc.want)], tc.want)
			}
			if !found {
				t.Errorf("want the lines\n%s\ngot\n%s", strings.Join(tc.want, "\n"), strings.Join(got, "\n"))
			}
		})
	}
}

// TestFillBandLookalikes: fills that head no table ruled between rows add
// nothing: a shaded note behind prose, a banner wider than the ruled
// table under it, a ruled table whose header already has its rule, a
// boxed table with a dark header and zebra stripes but no rules between
// its rows, and a shaded header with a rule under it and one over the
// total but none over it read the same with or without the fills.
func TestFillBandLookalikes(t *testing.T) {
	conv := func(content string) string {
		res, err := Convert(context.Background(), sheetsPDF(595, 842, content), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return string(res.Text)
	}
	prose := "BT /F1 10 Tf 60 700 Td (Catatan: capaian indikator dihitung dari realisasi dibagi target.) Tj ET\n" +
		"BT /F1 10 Tf 60 686 Td (Nilai di atas seratus persen dibatasi pada seratus dua puluh.) Tj ET\n" +
		"BT /F1 10 Tf 60 672 Td (Penjelasan lebih lanjut ada pada bab berikutnya laporan ini.) Tj ET\n"
	rows := "0.5 w 60 640 m 530 640 l S 60 620 m 530 620 l S 60 600 m 530 600 l S 60 580 m 530 580 l S\n" +
		"BT /F1 9 Tf 64 626 Td (No) Tj ET BT /F1 9 Tf 100 626 Td (Uraian) Tj ET BT /F1 9 Tf 420 626 Td (Nilai) Tj ET\n" +
		"BT /F1 9 Tf 64 606 Td (1) Tj ET BT /F1 9 Tf 100 606 Td (Perencanaan Kinerja) Tj ET BT /F1 9 Tf 420 606 Td (20,65) Tj ET\n" +
		"BT /F1 9 Tf 64 586 Td (2) Tj ET BT /F1 9 Tf 100 586 Td (Pengukuran Kinerja) Tj ET BT /F1 9 Tf 420 586 Td (21,00) Tj ET\n"
	// a box round a header and four rows, no rules between the rows
	boxed := "0.6 w 60 660 m 530 660 l S 60 560 m 530 560 l S 60 660 m 60 560 l S 530 660 m 530 560 l S\n" +
		"BT /F1 9 Tf 64 648 Td (No) Tj ET BT /F1 9 Tf 100 648 Td (Uraian) Tj ET BT /F1 9 Tf 420 648 Td (Nilai) Tj ET\n" +
		"BT /F1 9 Tf 64 628 Td (1) Tj ET BT /F1 9 Tf 100 628 Td (Perencanaan Kinerja) Tj ET BT /F1 9 Tf 420 628 Td (20,65) Tj ET\n" +
		"BT /F1 9 Tf 64 608 Td (2) Tj ET BT /F1 9 Tf 100 608 Td (Pengukuran Kinerja) Tj ET BT /F1 9 Tf 420 608 Td (21,00) Tj ET\n" +
		"BT /F1 9 Tf 64 588 Td (3) Tj ET BT /F1 9 Tf 100 588 Td (Pelaporan Kinerja) Tj ET BT /F1 9 Tf 420 588 Td (10,30) Tj ET\n" +
		"BT /F1 9 Tf 64 568 Td (4) Tj ET BT /F1 9 Tf 100 568 Td (Evaluasi Internal) Tj ET BT /F1 9 Tf 420 568 Td (15,47) Tj ET\n"
	zebra := "0.2 0.2 0.3 rg 60 640 470 20 re f 0.92 g 60 600 470 20 re f 60 560 470 20 re f 0 g\n"
	// a two-line shaded header, a rule under it and one over the total
	twoLine := "0.5 w 60 620 m 530 620 l S 60 580 m 530 580 l S\n" +
		"BT /F1 9 Tf 300 646 Td (DPT Pemilu 2024) Tj ET\n" +
		"BT /F1 9 Tf 64 630 Td (No) Tj ET BT /F1 9 Tf 100 630 Td (Kecamatan) Tj ET BT /F1 9 Tf 300 630 Td (L) Tj ET BT /F1 9 Tf 380 630 Td (P) Tj ET BT /F1 9 Tf 460 630 Td (L+P) Tj ET\n" +
		"BT /F1 9 Tf 64 606 Td (1) Tj ET BT /F1 9 Tf 100 606 Td (Katikutana) Tj ET BT /F1 9 Tf 300 606 Td (4.397) Tj ET BT /F1 9 Tf 380 606 Td (4.501) Tj ET BT /F1 9 Tf 460 606 Td (8.898) Tj ET\n" +
		"BT /F1 9 Tf 64 592 Td (2) Tj ET BT /F1 9 Tf 100 592 Td (Mamboro) Tj ET BT /F1 9 Tf 300 592 Td (4.411) Tj ET BT /F1 9 Tf 380 592 Td (4.529) Tj ET BT /F1 9 Tf 460 592 Td (8.940) Tj ET\n" +
		"BT /F1 9 Tf 100 568 Td (Jumlah) Tj ET BT /F1 9 Tf 300 568 Td (8.808) Tj ET BT /F1 9 Tf 380 568 Td (9.030) Tj ET BT /F1 9 Tf 460 568 Td (17.838) Tj ET\n"
	tests := []struct{ name, fill, rest string }{
		{"boxed table, dark header, zebra stripes", zebra, boxed},
		{"two-line shaded header without a rule over it", "0.85 g 60 620 470 40 re f 0 g\n", twoLine},
		{"shaded note behind prose", "0.9 0.9 0.9 rg 55 665 480 50 re f 0 g\n", prose},
		{"banner wider than the table under it", "0.2 0.3 0.6 rg 30 650 535 30 re f 0 g\n" +
			"1 g BT /F1 12 Tf 200 660 Td (REKAPITULASI) Tj ET 0 g\n", rows},
		{"header band over its own rule", "0.8 0.8 0.6 rg 60 620 470 20 re f 0 g\n", rows},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plain := tc.rest
			if strings.Contains(tc.fill, "REKAPITULASI") {
				plain = "BT /F1 12 Tf 200 660 Td (REKAPITULASI) Tj ET\n" + tc.rest
			}
			if got, want := conv(tc.fill+tc.rest), conv(plain); got != want {
				t.Errorf("the fill changed the text\nwith it:\n%s\nwithout:\n%s", got, want)
			}
		})
	}
}
