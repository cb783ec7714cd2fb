package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// sidebarLook is how a dashboard export draws its navigation strip.
type sidebarLook struct {
	right  bool    // the strip at the right edge instead of the left
	width  float64 // the strip's width in points
	ground string  // its fill colour (PDF operands)
	hand   string  // the lighter bar under the chapter in hand ("" for none)
	head   []string
	nav    []string // the chapter list
	folio  string   // the page number's format at the strip's foot
	redraw bool     // the strip drawn again when a chapter opens mid-page (the chapter in bold over itself)
}

// sidebarPage draws one A4 page: the strip with its text in white (none
// when lk is nil), the body's lines in black at bx.
func sidebarPage(lk *sidebarLook, n, chapter int, body []string, bx float64) string {
	const h = 842.0
	var b strings.Builder
	x0 := 0.0
	if lk != nil && lk.right {
		x0 = 595 - lk.width
	}
	strip := func(ch int) {
		if lk == nil {
			return
		}
		fmt.Fprintf(&b, "%s rg %.1f 0 %.1f %.1f re f\n", lk.ground, x0, lk.width, h)
		y := h - 50
		for _, t := range lk.head {
			fmt.Fprintf(&b, "1 g BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x0+14, y, pdfEscape(t))
			y -= 14
		}
		y -= 20
		for k, t := range lk.nav {
			if k == ch && lk.hand != "" {
				fmt.Fprintf(&b, "%s rg %.1f %.1f %.1f 18 re f\n", lk.hand, x0, y-6, lk.width)
			}
			fmt.Fprintf(&b, "1 g BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x0+14, y, pdfEscape(t))
			y -= 25.5
		}
		fmt.Fprintf(&b, "1 g BT /F1 7 Tf %.1f 34 Td (%s) Tj ET\n", x0+14, fmt.Sprintf(lk.folio, n))
	}
	strip(chapter)
	y := h - 56.0
	for i, t := range body {
		for c, cell := range strings.Split(t, "\t") {
			if cell != "" {
				x := bx + []float64{0, 45, 160, 250}[c]
				fmt.Fprintf(&b, "0 g BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, pdfEscape(cell))
			}
		}
		if lk != nil && lk.redraw && i == 4 {
			strip(chapter + 1) // the next chapter opens here: its mark moves
		}
		y -= 12.5
	}
	return b.String()
}

// sidebarBody is a made-up report's body, three pages of it: prose, a
// chapter's heading and a budget table set borderless (a TAB parts the
// cells, each drawn at its column's x), its rows level with the strip's
// chapter list.
var sidebarBody = [][]string{
	{
		"Ringkasan Eksekutif",
		"",
		"Laporan ini disusun oleh Sekretariat KPU Kabupaten Contoh sebagai bentuk",
		"pertanggungjawaban pelaksanaan tugas selama tahun anggaran berjalan.",
		"Seluruh kegiatan dilaksanakan sesuai rencana kerja yang ditetapkan.",
		"",
		"Capaian kinerja diukur dengan membandingkan realisasi terhadap target.",
		"Hasil pengukuran disajikan pada bab berikutnya secara lengkap.",
	},
	{
		"Bagian Dua Realisasi Anggaran",
		"",
		"Tabel 2.1 Realisasi Anggaran",
		"Kode\tUraian\tPagu\tRealisasi",
		"2201\tLayanan Umum\t1.250.000.000\t1.198.400.000",
		"2202\tLayanan Teknis\t860.500.000\t844.120.500",
		"2203\tLayanan Hukum\t410.000.000\t402.775.000",
		"",
		"Penyerapan anggaran tahun ini tergolong baik pada semua kegiatan.",
	},
	{
		"Bagian Tiga Penutup",
		"",
		"Demikian laporan ini disusun agar dapat digunakan sebagaimana mestinya.",
		"Kritik dan saran membangun kami terima untuk perbaikan pada masa datang.",
		"Semoga laporan ini bermanfaat bagi para pemangku kepentingan.",
	},
}

// sidebarWant is the body as text: the prose a line each, the table a
// TAB row each.
var sidebarWant = []string{
	"Ringkasan Eksekutif",
	"Laporan ini disusun oleh Sekretariat KPU Kabupaten Contoh sebagai bentuk",
	"pertanggungjawaban pelaksanaan tugas selama tahun anggaran berjalan.",
	"Seluruh kegiatan dilaksanakan sesuai rencana kerja yang ditetapkan.",
	"Capaian kinerja diukur dengan membandingkan realisasi terhadap target.",
	"Hasil pengukuran disajikan pada bab berikutnya secara lengkap.",
	"Bagian Dua Realisasi Anggaran",
	"Tabel 2.1 Realisasi Anggaran",
	"Kode\tUraian\tPagu\tRealisasi",
	"2201\tLayanan Umum\t1.250.000.000\t1.198.400.000",
	"2202\tLayanan Teknis\t860.500.000\t844.120.500",
	"2203\tLayanan Hukum\t410.000.000\t402.775.000",
	"Penyerapan anggaran tahun ini tergolong baik pada semua kegiatan.",
	"Bagian Tiga Penutup",
	"Demikian laporan ini disusun agar dapat digunakan sebagaimana mestinya.",
	"Kritik dan saran membangun kami terima untuk perbaikan pada masa datang.",
	"Semoga laporan ini bermanfaat bagi para pemangku kepentingan.",
}

// sidebarText converts pages and returns the non-empty lines of the text.
func sidebarText(t *testing.T, pages []string) []string {
	t.Helper()
	res, err := Convert(context.Background(), sheetsPDF(595, 842, pages...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(res.Text), "\n") {
		if l != "" && l != "\f" {
			got = append(got, l)
		}
	}
	return got
}

// TestSidebarClass: a report exported from a dashboard keeps a navigation
// strip down one edge of every page (a filled ground, the report's title,
// the office and the year, the chapter list, the chapter in hand perhaps
// on a lighter bar, a page number at its foot). The strip is furniture:
// its lines would land between the body's lines at their heights (a
// chapter's name glued to a table row as a column of its own). The body
// alone is the text, the strip at the left or the right, with or without
// the lighter bar, redrawn where a chapter opens mid-page or not.
func TestSidebarClass(t *testing.T) {
	for _, tc := range []struct {
		name string
		lk   sidebarLook
		bx   float64
	}{
		{"navy strip at the left, chapter in hand on a lighter bar, redrawn mid-page", sidebarLook{
			width: 113, ground: "0.11 0.16 0.28", hand: "0.24 0.36 0.58",
			head:  []string{"LAPORAN KINERJA", "KPU KAB. CONTOH", "TAHUN 2023"},
			nav:   []string{"KATA PENGANTAR", "BAB I", "BAB II", "BAB III", "BAB IV", "LAMPIRAN"},
			folio: "hal. %d", redraw: true}, 150},
		{"green strip at the right, no lighter bar", sidebarLook{
			right: true, width: 130, ground: "0.05 0.35 0.2",
			head:  []string{"DASBOR KINERJA", "Sekretariat KPU Kota Contoh"},
			nav:   []string{"Ringkasan", "Bagian 1 Pendahuluan", "Bagian 2 Anggaran", "Bagian 3 Penutup"},
			folio: "Halaman %d dari 3"}, 40},
		{"narrow grey strip, chapters numbered, the office under its list", sidebarLook{
			width: 90, ground: "0.3 0.3 0.3 ", hand: "0.5 0.5 0.5",
			head:  []string{"LKjIP 2022"},
			nav:   []string{"1. Pendahuluan", "2. Perencanaan", "3. Akuntabilitas", "4. Penutup", "KPU Kab. Contoh"},
			folio: "- %d -"}, 130},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pages []string
			for i, body := range sidebarBody {
				pages = append(pages, sidebarPage(&tc.lk, i+1, i, body, tc.bx))
			}
			wantLines(t, sidebarText(t, pages), sidebarWant)
		})
	}
}

// TestSidebarLookAlike: text on a tinted full-height column that changes
// from page to page is the page's own (a two-column page whose left
// column is body text on a tint); a strip on one page only proves nothing.
func TestSidebarLookAlike(t *testing.T) {
	left := [][]string{
		{"Catatan kaki", "satu untuk", "bagian awal", "dokumen ini"},
		{"Penjelasan", "kedua memuat", "uraian lain", "yang berbeda"},
		{"Keterangan", "ketiga berisi", "hal penutup", "dari laporan"},
	}
	var pages []string
	var want []string
	for i, body := range sidebarBody[:3] {
		var b strings.Builder
		b.WriteString("0.9 0.9 0.85 rg 0 0 140 842 re f\n")
		y := 842 - 56.0
		for _, t := range left[i] {
			fmt.Fprintf(&b, "0 g BT /F1 9 Tf 20 %.1f Td (%s) Tj ET\n", y, pdfEscape(t))
			y -= 100
		}
		pages = append(pages, b.String()+sidebarPage(nil, i+1, 0, body, 170))
		want = append(want, left[i]...)
	}
	got := strings.Join(sidebarText(t, pages), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("the tinted column's %q was dropped:\n%s", w, got)
		}
	}
	lk := sidebarLook{width: 113, ground: "0.11 0.16 0.28", head: []string{"LAPORAN KINERJA", "TAHUN 2023"},
		nav: []string{"BAB I", "BAB II"}, folio: "hal. %d"}
	one := strings.Join(sidebarText(t, []string{sidebarPage(&lk, 1, 0, sidebarBody[0], 150)}), "\n")
	if !strings.Contains(one, "LAPORAN KINERJA") {
		t.Errorf("a one-page strip was dropped:\n%s", one)
	}
}
