package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// notedPage writes one page of a report set with a margin column: prose
// in 10 pt from bodyX, a borderless table in 8 pt under it, and notes in
// 7 pt at noteX (the caption level with the table's header, a source note
// level with the paragraph after the table), each note's lines at its own
// 9 pt pitch. Made-up satkers and figures.
type notedPage struct {
	bodyX, noteX float64
	caption      []string // the table's caption, wrapped in the column
	source       []string // the note beside the paragraph after the table
	mid          string   // a note level with the table's third row, if any
	rows         [][]string
}

func (np notedPage) content() string {
	var b strings.Builder
	text := func(size, x, y float64, s string) {
		fmt.Fprintf(&b, "BT /F1 %g Tf %.1f %.1f Td (%s) Tj ET\n", size, x, y, s)
	}
	y := 760.0
	for _, s := range []string{
		"Bagian ini menyajikan realisasi anggaran sekretariat menurut",
		"jenis belanja selama tahun anggaran berjalan sebagaimana",
		"tercatat dalam laporan keuangan yang telah direviu.",
	} {
		text(10, np.bodyX, y, s)
		y -= 14
	}
	y -= 12
	for k, s := range np.caption {
		text(7, np.noteX, y-9*float64(k), s)
	}
	cols := []float64{0, 40, 160, 230}
	for r, row := range np.rows {
		if r == 2 && np.mid != "" {
			text(7, np.noteX, y, np.mid)
		}
		for c, s := range row {
			text(8, np.bodyX+cols[c], y, s)
		}
		y -= 12
	}
	y -= 16
	for k, s := range np.source {
		text(7, np.noteX, y-9*float64(k), s)
	}
	for _, s := range []string{
		"Penyerapan anggaran dipengaruhi jadwal tahapan dan proses",
		"pengadaan barang yang selesai pada triwulan keempat.",
		"Sisa anggaran dikembalikan ke kas negara pada akhir tahun.",
	} {
		text(10, np.bodyX, y, s)
		y -= 14
	}
	return b.String()
}

// noteColumnRun converts the pages and counts the pages the margin column
// cut.
func noteColumnRun(t *testing.T, w, h float64, pages ...string) (lines []string, cut int) {
	t.Helper()
	old := debugf
	debugf = func(format string, a ...any) {
		if strings.HasPrefix(format, "margin column") {
			cut++
		}
	}
	defer func() { debugf = old }()
	res, err := newTestConverter(t).Convert(t.Context(), sheetsPDF(w, h, pages...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.Trim(string(res.Text), "\n"), "\n"), cut
}

// TestMarginColumnNotes: notes in a narrow column beside the text, on the
// left or on the right, come out as lines of their own before the table
// or paragraph they stand beside; the table's header and rows stay whole
// and no note joins a prose line.
func TestMarginColumnNotes(t *testing.T) {
	belanja := [][]string{
		{"No", "Jenis Belanja", "Pagu", "Realisasi"},
		{"1", "Belanja Pegawai", "812.400.000", "799.310.250"},
		{"2", "Belanja Barang", "1.204.650.000", "1.150.002.700"},
		{"3", "Belanja Modal", "96.000.000", "95.870.000"},
		{"", "Jumlah", "2.113.050.000", "2.045.182.950"},
	}
	dpt := [][]string{
		{"No", "Kelurahan", "TPS", "Pemilih"},
		{"1", "Oesapa", "41", "12.804"},
		{"2", "Lasiana", "22", "6.911"},
		{"3", "Kelapa Lima", "35", "10.377"},
		{"", "Total", "98", "30.092"},
	}
	for _, tc := range []struct {
		name         string
		w            float64
		bodyX, noteX float64
	}{
		{"notes on the left", 595, 210, 48},
		{"notes on the right", 595, 56, 400},
		{"notes on the left of a letter-size page", 612, 230, 60},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p1 := notedPage{bodyX: tc.bodyX, noteX: tc.noteX, rows: belanja,
				caption: []string{"Tabel 4.2 Realisasi Belanja", "menurut Jenis Belanja", "(dalam rupiah)"},
				source:  []string{"Sumber: Subbagian Keuangan,", "diolah dari SAKTI."}}
			p2 := notedPage{bodyX: tc.bodyX, noteX: tc.noteX, rows: dpt,
				caption: []string{"Tabel 4.5 Pemilih per", "Kelurahan"}, mid: "Catatan: tanpa TPS khusus",
				source: []string{"Sumber: Keputusan KPU", "tentang penetapan DPT."}}
			got, cut := noteColumnRun(t, tc.w, 842, p1.content(), p2.content())
			if cut != 2 {
				t.Errorf("margin column cut %d pages, want 2", cut)
			}
			for _, pg := range []notedPage{p1, p2} {
				at := indexOf(got, pg.caption[0])
				if at < 0 || at+len(pg.caption)+len(pg.rows) > len(got) {
					t.Fatalf("caption %q not on a line of its own in\n%q", pg.caption[0], got)
				}
				wantLines(t, got[at:at+len(pg.caption)], pg.caption)
				var rows []string
				for _, r := range pg.rows {
					rows = append(rows, strings.Join(r, "\t"))
				}
				hdr := indexOf(got, rows[0])
				if hdr < at || hdr+len(rows) > len(got) {
					t.Fatalf("no header %q after the caption in\n%q", rows[0], got)
				}
				wantLines(t, got[hdr:hdr+len(rows)], rows)
				if pg.mid != "" && got[hdr-1] != pg.mid { // a note beside a row goes before the table
					t.Errorf("note %q not right before the header in\n%q", pg.mid, got)
				}
				if i := indexOf(got, pg.source[0]); i < 0 || got[i+1] != pg.source[1] {
					t.Errorf("source note %q not on lines of its own in\n%q", pg.source[0], got)
				}
			}
			if miss := missingLines(got, []string{"Penyerapan anggaran dipengaruhi jadwal tahapan dan proses"}); len(miss) > 0 {
				t.Errorf("a prose line took a note: %q in\n%q", miss, got)
			}
		})
	}
}

// TestMarginColumnLookAlikes: layouts with text outside the body's edge
// that are no margin column keep their lines as before: a table's label
// column set left of the text's edge (its cells level with the rows), a
// two-column page, side heads in the body's size, a page number in the
// margin, a landscape page of a wide table with a narrow first column.
func TestMarginColumnLookAlikes(t *testing.T) {
	var b strings.Builder
	text := func(size, x, y float64, s string) {
		fmt.Fprintf(&b, "BT /F1 %g Tf %.1f %.1f Td (%s) Tj ET\n", size, x, y, s)
	}
	page := func(f func()) string {
		b.Reset()
		f()
		return b.String()
	}
	// pages of one look differ in their words, as a report's pages do
	pages := func(n int, one func(pg int) string) []string {
		var out []string
		for pg := 1; pg <= n; pg++ {
			out = append(out, one(pg))
		}
		return out
	}
	prose := func(pg int, x, y float64, n int) {
		for k := 0; k < n; k++ {
			text(10, x, y-14*float64(k), fmt.Sprintf("Uraian %d.%d tentang pelaksanaan tugas dan fungsi sekretariat", pg, k+1))
		}
	}
	// labelColumn: kecamatan names in 8 pt left of the text's edge, their
	// figures in the body, row by row
	labelColumn := func(pg int) string {
		return page(func() {
			prose(pg, 200, 760, 4)
			for k, name := range []string{"Kecamatan", "Alak Barat", "Maulafa Timur", "Oebobo Selatan", "Kota Lama Baru", "Jumlah Kota"} {
				y := 690 - 12*float64(k)
				text(8, 60, y, name)
				text(8, 200, y, fmt.Sprintf("%d", 30*pg+k))
				text(8, 260, y, fmt.Sprintf("%d.%03d", 10+k, 120*k+pg))
			}
			prose(pg, 200, 600, 3)
		})
	}
	twoColumns := func(pg int) string {
		return page(func() {
			for k := 0; k < 30; k++ {
				y := 760 - 14*float64(k)
				text(10, 50, y, fmt.Sprintf("kolom kiri %d.%d uraian kegiatan", pg, k+1))
				text(10, 310, y, fmt.Sprintf("kolom kanan %d.%d uraian kegiatan", pg, k+1))
			}
		})
	}
	sideHeads := func(pg int) string {
		return page(func() {
			for k, h := range []string{fmt.Sprintf("%c. Tugas", 'A'+2*(pg-1)), "Pokok dan", "Fungsi", "Sekretariat"} {
				text(10, 48, 760-11*float64(k), h)
			}
			prose(pg, 200, 760, 8)
			for k, h := range []string{fmt.Sprintf("%c. Struktur", 'B'+2*(pg-1)), "Organisasi", "Sekretariat"} {
				text(10, 48, 620-11*float64(k), h)
			}
			prose(pg+10, 200, 620, 6)
		})
	}
	pageNumber := func(pg int) string {
		return page(func() {
			prose(pg, 200, 760, 20)
			text(7, 60, 421, fmt.Sprintf("%d", 40+pg))
		})
	}
	landscape := func(pg int) string {
		return page(func() {
			for k := 0; k < 8; k++ {
				y := 520 - 12*float64(k)
				text(7, 40, y, fmt.Sprintf("Program %c", 'A'+k))
				for c := 0; c < 6; c++ {
					text(8, 200+100*float64(c), y, fmt.Sprintf("%d.%03d.000", 100*pg+10*k+c, 7*k+c))
				}
			}
		})
	}
	for _, tc := range []struct {
		name  string
		w, h  float64
		pages []string
		keep  []string
	}{
		{"a label column beside its rows", 595, 842, pages(2, labelColumn), []string{"Alak Barat\t61\t11.122"}},
		{"a two-column page", 595, 842, pages(2, twoColumns), []string{"kolom kiri 2.5 uraian kegiatan", "kolom kanan 2.5 uraian kegiatan"}},
		{"side heads in the body's size", 595, 842, pages(2, sideHeads), []string{"C. Tugas\tUraian 2.1 tentang pelaksanaan tugas dan fungsi sekretariat"}},
		{"a page number in the margin", 595, 842, pages(3, pageNumber), []string{"Uraian 3.20 tentang pelaksanaan tugas dan fungsi sekretariat"}},
		{"a landscape table", 842, 595, pages(2, landscape), []string{"Program B\t210.007.000\t211.008.000\t212.009.000\t213.010.000\t214.011.000\t215.012.000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, cut := noteColumnRun(t, tc.w, tc.h, tc.pages...)
			if cut != 0 {
				t.Errorf("margin column cut %d pages, want none", cut)
			}
			if miss := missingLines(got, tc.keep); len(miss) > 0 {
				t.Errorf("lost %q in\n%q", miss, got)
			}
		})
	}
}

func indexOf(lines []string, s string) int {
	for i, l := range lines {
		if l == s {
			return i
		}
	}
	return -1
}
