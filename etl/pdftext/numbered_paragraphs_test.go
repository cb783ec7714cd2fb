package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Paragraphs numbered in a hanging column read as prose led by their
// number; a two-column list of numbered names (no sentence ends) stays a
// table of two cells a row.
func TestNumberedParagraphs(t *testing.T) {
	type piece struct {
		x, y float64
		s    string
	}
	page := func(ps []piece) []byte {
		var c strings.Builder
		for _, p := range ps {
			fmt.Fprintf(&c, "BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET\n", p.x, p.y, p.s)
		}
		return contentPDF(c.String())
	}
	for _, tc := range []struct {
		name     string
		pieces   []piece
		want     []string // whole lines
		wantNone []string // substrings no line may hold
	}{
		{
			name: "paragraphs in a hanging column",
			pieces: []piece{
				{60, 760, "4.1.1"}, {110, 760, "Nilai hasil evaluasi atas implementasi SAKIP tahun"},
				{110, 746, "2021 adalah 66,10 dengan predikat B sesuai laporan."},
				{60, 724, "4.1.2"}, {110, 724, "Indeks Reformasi Birokrasi tahun 2022 tercatat 25,40."},
				{60, 702, "4.1.3"}, {110, 702, "Rincian nilai per komponen disajikan dalam tabel berikut:"},
			},
			want:     []string{"4.1.2 Indeks Reformasi Birokrasi tahun 2022 tercatat 25,40."},
			wantNone: []string{"4.1.1\t", "4.1.2\t", "4.1.3\t"},
		},
		{
			name: "numbered names, no sentence",
			pieces: []piece{
				{60, 760, "1.1"}, {110, 760, "Persentase pemutakhiran data pemilih berkelanjutan tepat waktu"},
				{60, 746, "1.2"}, {110, 746, "Persentase arsip inaktif yang dikelola sesuai aturan kearsipan"},
				{60, 732, "1.3"}, {110, 732, "Persentase laporan keuangan yang disusun tepat waktu dan akurat"},
			},
			want: []string{"1.2\tPersentase arsip inaktif yang dikelola sesuai aturan kearsipan"},
		},
		{
			name: "plain row numbers, not an outline",
			pieces: []piece{
				{60, 760, "1"}, {110, 760, "Rapat koordinasi persiapan pemutakhiran data pemilih di kecamatan."},
				{60, 746, "2"}, {110, 746, "Bimbingan teknis bagi operator sistem informasi data pemilih daerah."},
			},
			want: []string{"2\tBimbingan teknis bagi operator sistem informasi data pemilih daerah."},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), page(tc.pieces), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(string(res.Text), "\n")
			if miss := missingLines(got, tc.want); len(miss) > 0 {
				t.Errorf("missing %q in:\n%s", miss, res.Text)
			}
			for _, s := range tc.wantNone {
				if strings.Contains(string(res.Text), s) {
					t.Errorf("%q in:\n%s", s, res.Text)
				}
			}
		})
	}
}
