package pdftext

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLetterheadEveryPage: an office's letterhead printed at the head of
// every page (the commission, the satker, its address, its telephone and
// web address, a double rule under them) whose last lines run past the
// running zone is page furniture whole; so is a footer block whose first
// line stands over the zone. The same letterhead on the first page only
// (a cover) stays, and so does a page's own heading set under a running
// header.
func TestLetterheadEveryPage(t *testing.T) {
	type kopLine struct {
		size, y float64 // y: baseline, PDF space
		s       string
	}
	alor := []kopLine{
		{14, 780, "KOMISI PEMILIHAN UMUM"},
		{13, 763, "KABUPATEN ALOR"},
		{9, 750, "Jalan Diponegoro Nomor 12, Kalabahi, Nusa Tenggara Timur"},
		{9, 739, "Telepon (0386) 21077, Laman alorkab.kpu.go.id"},
		{9, 728, "Pos-el kpu.alor@kpu.go.id"},
	}
	belu := []kopLine{
		{15, 755, "KOMISI PEMILIHAN UMUM KABUPATEN BELU"},
		{9, 740, "Jalan Ahmad Yani, Atambua, Kode Pos 85711"},
		{9, 728, "Laman belukab.kpu.go.id"},
	}
	foot := []kopLine{
		{8, 102, "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat"},
		{8, 92, "elektronik yang diterbitkan Balai Sertifikasi Elektronik (BSrE)."},
		{8, 82, "Verifikasi keaslian dokumen di laman verifikasi.kpu.go.id"},
	}
	body := [][]string{
		{"Tabel 3.4 Realisasi Anggaran", "Pagu DIPA setelah revisi disajikan menurut kegiatan.", "Serapan tertinggi pada kegiatan dukungan manajemen."},
		{"Tabel 3.5 Data Pemilih", "Rekapitulasi DPT ditetapkan dalam rapat pleno terbuka.", "Jumlah TPS bertambah dibanding pemilihan sebelumnya."},
		{"BAB IV PENUTUP", "Laporan ini menjadi bahan evaluasi kinerja tahun berikutnya.", "Saran perbaikan disampaikan kepada seluruh subbagian."},
	}
	draw := func(b *strings.Builder, ls []kopLine) {
		for _, l := range ls {
			fmt.Fprintf(b, "BT /F1 %g Tf 60 %g Td (%s) Tj ET\n", l.size, l.y, l.s)
		}
	}
	// pages: the letterhead head on the pages onPage says, then body, foot
	doc := func(head []kopLine, onPage func(k int) bool, withFoot bool) []string {
		var pages []string
		for k := range body {
			var b strings.Builder
			if onPage(k) {
				draw(&b, head)
				y := head[len(head)-1].y - 8
				fmt.Fprintf(&b, "2 w 50 %g m 545 %g l S 0.6 w 50 %g m 545 %g l S\n", y, y, y-2, y-2)
			}
			for i, s := range body[k] {
				fmt.Fprintf(&b, "BT /F1 11 Tf 60 %d Td (%s) Tj ET\n", 660-16*i, s)
			}
			if withFoot {
				draw(&b, foot)
				fmt.Fprintf(&b, "BT /F1 8 Tf 280 40 Td (Halaman %d dari %d) Tj ET\n", k+1, len(body))
			}
			pages = append(pages, b.String())
		}
		res, err := Convert(context.Background(), sheetsPDF(595, 842, pages...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(res.Text), "\n") {
			if l != "" && l != "\f" {
				out = append(out, l)
			}
		}
		return out
	}
	var text []string
	for _, p := range body {
		text = append(text, p...)
	}
	texts := func(ls []kopLine) []string {
		var out []string
		for _, l := range ls {
			out = append(out, l.s)
		}
		return out
	}
	every := func(int) bool { return true }
	tests := []struct {
		name string
		got  func() []string
		want []string
	}{
		{"five-line letterhead", func() []string { return doc(alor, every, false) }, text},
		{"three-line letterhead", func() []string { return doc(belu, every, false) }, text},
		{"letterhead and signature footer", func() []string { return doc(belu, every, true) }, text},
		{"letterhead on the cover only", func() []string { return doc(alor, func(k int) bool { return k == 0 }, false) },
			append(texts(alor), text...)},
	}
	// a line of figures closing each page right over its page number (a
	// table set one cell a line) is no footer line, whatever its digits
	figures := func() []string {
		var pages []string
		for k, v := range []string{"64", "15", "30"} {
			var b strings.Builder
			for i, s := range body[k] {
				fmt.Fprintf(&b, "BT /F1 11 Tf 60 %d Td (%s) Tj ET\n", 660-16*i, s)
			}
			fmt.Fprintf(&b, "BT /F1 11 Tf 60 95 Td (%s) Tj ET\n", v)
			fmt.Fprintf(&b, "BT /F1 10 Tf 290 80 Td (%d) Tj ET\n", k+2)
			pages = append(pages, b.String())
		}
		res, err := Convert(context.Background(), sheetsPDF(595, 842, pages...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(res.Text), "\n") {
			if l != "" && l != "\f" {
				out = append(out, l)
			}
		}
		return out
	}
	var withFigures []string
	for k, v := range []string{"64", "15", "30"} {
		withFigures = append(append(withFigures, body[k]...), v)
	}
	tests = append(tests, struct {
		name string
		got  func() []string
		want []string
	}{"figures over the page number stay", figures, withFigures})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.got()
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
