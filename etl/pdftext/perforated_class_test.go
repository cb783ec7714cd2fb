package pdftext

import (
	"context"
	"strings"
	"testing"
)

// TestPerforatedGridClass: postage stamps, tickets or coupons typed in a
// monospaced face inside a proportional report, each framed by an edge of
// one mark repeated with spaces ("o o o o", a perforation), are a drawing:
// kept as their grid, a printed line a line with its spaces, as the
// report's text form has them (monogrid.go perforatedLine), not cut into
// TAB cells at every run of spaces. A typed table under a rule of spaced
// dashes, and a run with one such edge, still go the borderless route.
func TestPerforatedGridClass(t *testing.T) {
	prose := []drawnLineSet{{"Data pemilih per kecamatan disajikan sebagai lembar prangko berikut.", 0}, {"", 0}}
	after := []drawnLineSet{{"", 0}, {"Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.", 0}}
	mono := func(pt float64, ls ...string) []drawnLineSet {
		var out []drawnLineSet
		for _, l := range ls {
			out = append(out, drawnLineSet{l, pt})
		}
		return out
	}
	stamps := []string{
		" o o o o o o o o o o o    o o o o o o o o o o o",
		"o POS 2024   12.410 o  o POS 2024    9.055 o",
		"o 01                o   o 02                o",
		"o KOTA BARU         o   o TELUK ASRI        o",
		"o L          6.100  o   o L         4.500   o",
		"o P          6.310  o   o P         4.555   o",
		" o o o o o o o o o o o    o o o o o o o o o o o",
	}
	tickets := []string{
		"x x x x x x x x x x x x x x x x x x",
		"x KUPON DPT KECAMATAN LAUT       x",
		"x Laki-laki           3.204      x",
		"x Perempuan           3.390      x",
		"x Jumlah              6.594      x",
		"x x x x x x x x x x x x x x x x x x",
	}
	sheet := []string{
		" O O O O O O O O O O O O",
		"O BLOK KABUPATEN       O",
		"O 186 desa  726 TPS    O",
		"O L+P          197.574 O",
		" O O O O O O O O O O O O",
	}
	for _, tc := range []struct {
		name string
		body []drawnLineSet
		want []string
	}{
		{"two stamps abreast, perforated in o", mono(7.4, stamps...), stamps},
		{"a coupon torn along x marks", mono(8, tickets...), tickets},
		{"a souvenir sheet in capital O", mono(8, sheet...), sheet},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := append(append(append([]drawnLineSet{}, prose...), tc.body...), after...)
			res, err := Convert(context.Background(), drawnPDF(595, 842, drawnPage(page)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if l != "" && l != "\f" && !strings.HasPrefix(l, "Data pemilih") && !strings.HasPrefix(l, "Sumber") {
					got = append(got, l)
				}
			}
			wantLines(t, got, trimRight(tc.want))
		})
	}
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"a typed table under spaced dashes", []string{
			"KODE   URAIAN                 PAGU            REALISASI",
			"- - - - - - - - - - - - - - - - - - - - - - - - - - - -",
			"3355   Layanan Keuangan       1.200.000.000   1.150.400.000",
			"3360   Layanan Umum           2.700.000.000   2.655.100.000",
			"- - - - - - - - - - - - - - - - - - - - - - - - - - - -",
		}},
		{"one perforated edge over a typed table", []string{
			"o o o o o o o o o o o o o o o o o o o o o o o o o o o o",
			"KODE   URAIAN                 PAGU            REALISASI",
			"3355   Layanan Keuangan       1.200.000.000   1.150.400.000",
			"3360   Layanan Umum           2.700.000.000   2.655.100.000",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := append(append(append([]drawnLineSet{}, prose...), mono(8, tc.body...)...), after...)
			res, err := Convert(context.Background(), drawnPDF(595, 842, drawnPage(page)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(res.Text), "\t1.200.000.000\t1.150.400.000") {
				t.Errorf("the typed table was not cut into cells:\n%s", res.Text)
			}
		})
	}
}
