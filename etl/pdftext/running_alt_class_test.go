package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestAlternateRunningHeads: a report printed two-sided with mirror
// margins sets its running head on the outer side, the title on odd pages
// and the current chapter on even ones, each on too few pages to count as
// running text on its own. Both go; the chapter's own title at the top of
// its first page and a line that merely opens several odd pages (set at
// the body's pitch, not apart) stay. Made-up satkers.
func TestAlternateRunningHeads(t *testing.T) {
	type page struct {
		head string   // the running head ("" none)
		body []string // the page's lines at the body's pitch
	}
	for _, tc := range []struct {
		name  string
		title string
		pages []page
		gone  []string // heads that must not be in the text
		stay  []string // body lines that must be
	}{
		{name: "title on odd pages, chapter on even", title: "LKj KPU Kabupaten Ngada Tahun 2021", pages: []page{
			{"", []string{"LAPORAN KINERJA", "KPU KABUPATEN NGADA"}},
			{"BAB I", []string{"Latar belakang laporan ini disusun oleh sekretariat.", "Tugas pokok dan fungsi diuraikan."}},
			{"title", []string{"BAB II", "PERENCANAAN KINERJA", "Rencana strategis menjadi acuan."}},
			{"BAB II", []string{"Perjanjian kinerja ditandatangani.", "Sasaran strategis ditetapkan."}},
			{"title", []string{"BAB III", "AKUNTABILITAS KINERJA", "Capaian kinerja diukur."}},
			{"BAB III", []string{"Realisasi anggaran disajikan.", "Data pemilih disajikan."}},
			{"title", []string{"Evaluasi akuntabilitas disampaikan.", "Reformasi birokrasi dinilai."}},
		}, gone: []string{"BAB I", "LKj KPU Kabupaten Ngada Tahun 2021"}, stay: []string{"BAB II", "PERENCANAAN KINERJA", "BAB III"}},
		{name: "a longer chapter, the title head on six pages", title: "Laporan Kinerja Sekretariat KPU Kabupaten Sikka 2022", pages: []page{
			{"", []string{"LAPORAN KINERJA 2022"}},
			{"Bab I Pendahuluan", []string{"Gambaran umum organisasi.", "Struktur organisasi."}},
			{"title", []string{"Isu strategis dihadapi.", "Sistematika laporan."}},
			{"Bab III Akuntabilitas Kinerja", []string{"Pengukuran kinerja dilakukan.", "Capaian indikator pertama."}},
			{"title", []string{"Capaian indikator kedua.", "Capaian indikator ketiga."}},
			{"Bab III Akuntabilitas Kinerja", []string{"Evaluasi internal dilakukan.", "Realisasi anggaran."}},
			{"title", []string{"Data pemilih per kecamatan.", "Penutup laporan."}},
			{"Bab IV Penutup", []string{"Simpulan umum.", "Langkah ke depan."}},
		}, gone: []string{"Bab I Pendahuluan", "Bab III Akuntabilitas Kinerja", "Bab IV Penutup", "Laporan Kinerja Sekretariat KPU Kabupaten Sikka 2022"}},
		{name: "no heads: a line opening odd pages at the body's pitch stays", pages: []page{
			{"", []string{"LAPORAN KINERJA KPU KABUPATEN NAGEKEO"}},
			{"", []string{"Uraian program pertama.", "Uraian program kedua."}},
			{"", []string{"Catatan pelaksanaan", "Kegiatan berjalan lancar."}},
			{"", []string{"Uraian program ketiga.", "Uraian program keempat."}},
			{"", []string{"Catatan pelaksanaan", "Kegiatan tertunda sebulan."}},
			{"", []string{"Uraian program kelima.", "Uraian program keenam."}},
			{"", []string{"Catatan pelaksanaan", "Kegiatan selesai."}},
		}, stay: []string{"Uraian program pertama.", "Catatan pelaksanaan"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var contents []string
			for n, pg := range tc.pages {
				var b strings.Builder
				odd := (n+1)%2 == 1
				if h := pg.head; h != "" {
					if h == "title" {
						h = tc.title
					}
					x := 60.0 // an even page's head at its outer (left) side
					if odd {
						x = 540 - 4.2*float64(len(h)) // right-aligned on the outer side of an odd page
					}
					fmt.Fprintf(&b, "BT /F1 9 Tf %.1f 794 Td (%s) Tj ET\n", x, h)
				}
				left := 100.0 // the binding margin inside
				if !odd {
					left = 60
				}
				for k, l := range pg.body {
					fmt.Fprintf(&b, "BT /F1 11 Tf %.1f %d Td (%s) Tj ET\n", left, 760-16*k, l)
				}
				fmt.Fprintf(&b, "BT /F1 9 Tf %.1f 40 Td (%d) Tj ET\n", left, n+1)
				contents = append(contents, b.String())
			}
			res, err := Convert(context.Background(), sheetsPDF(595, 842, contents...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(string(res.Text), "\n")
			for _, g := range tc.gone {
				for _, l := range got {
					if l == g {
						t.Errorf("running head %q kept in\n%s", g, res.Text)
					}
				}
			}
			if miss := missingLines(got, tc.stay); len(miss) > 0 {
				t.Errorf("lost %q in\n%s", miss, res.Text)
			}
		})
	}
}
