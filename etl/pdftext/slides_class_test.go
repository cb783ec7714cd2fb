package pdftext

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// slideWidth is a rough Helvetica advance of s at size pt.
func slideWidth(s string, pt float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z' || r == '%' || r == 'm' || r == 'w':
			w += 0.833
		case r == '.' || r == ',' || r == ' ' || r == 'i' || r == 'l' || r == '/' || r == '(' || r == ')':
			w += 0.333
		default:
			w += 0.556
		}
	}
	return w * pt
}

// slideFold folds s at its spaces into lines no wider than room, as a
// presentation program folds a cell within its column.
func slideFold(s string, pt, room float64) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && slideWidth(line+" "+w, pt) > room {
			out, line = append(out, line), w
			continue
		}
		line = strings.TrimSpace(line + " " + w)
	}
	return append(out, line)
}

// slideDeck lays a table out as 16:9 presentation slides: every slide has
// a navy title bar with the section heading in white, an orange accent
// line under it, a footer; the table's header sits on an orange band in
// white, every other body row on a pale zebra band, figures flush right,
// a cell wider than its column folded within it; the table runs on to the
// next slide under the title titles gives it, with its header repeated.
// per gives how many body rows each slide holds; zebra which rows (by
// parity) get a band.
func slideDeck(titles []string, intro string, zebra int, pt float64, ws []float64, rows [][]string, per []int) []string {
	const W, H, left = 960.0, 540.0, 48.0
	lead := pt * 1.45
	fold := func(r []string) [][]string {
		out := make([][]string, len(r))
		for j, c := range r {
			out[j] = slideFold(c, pt, ws[j]-8)
		}
		return out
	}
	total := 0.0
	for _, w := range ws {
		total += w
	}
	var pages []string
	body := rows[1:]
	for n, k := range per {
		var b strings.Builder
		head := titles[n]
		fmt.Fprintf(&b, "0.12 0.22 0.39 rg 0 %.1f %.1f 52 re f\n", H-52, W)
		fmt.Fprintf(&b, "0.93 0.49 0.19 rg 0 %.1f %.1f 4 re f\n", H-56, W)
		fmt.Fprintf(&b, "1 1 1 rg BT /F1 16 Tf %.1f %.1f Td (%s) Tj ET\n", left, H-34, pdfEscape(head))
		fmt.Fprintf(&b, "0.5 0.5 0.5 rg BT /F1 7 Tf %.1f 16 Td (%s) Tj ET\n", left, pdfEscape("KPU Kabupaten | Laporan Kinerja"))
		fmt.Fprintf(&b, "BT /F1 7 Tf %.1f 16 Td (%d) Tj ET\n", W-60, n+1)
		y := H - 80
		if n == 0 && intro != "" {
			fmt.Fprintf(&b, "0 0 0 rg BT /F1 9.5 Tf %.1f %.1f Td (%s) Tj ET\n", left, y, pdfEscape(intro))
			y -= 20
		}
		draw := func(r []string, i int) {
			cells := fold(r)
			lines := 0
			for _, c := range cells {
				lines = max(lines, len(c))
			}
			h := float64(lines)*lead + 4
			switch {
			case i == 0:
				fmt.Fprintf(&b, "0.93 0.49 0.19 rg %.1f %.1f %.1f %.1f re f\n", left, y-h+lead-1, total, h)
				b.WriteString("1 1 1 rg\n")
			case i%2 == zebra:
				fmt.Fprintf(&b, "0.91 0.93 0.96 rg %.1f %.1f %.1f %.1f re f\n", left, y-h+lead-1, total, h)
				b.WriteString("0 0 0 rg\n")
			default:
				b.WriteString("0 0 0 rg\n")
			}
			x := left
			for j, c := range cells {
				for k, s := range c {
					at := x + 4
					if i > 0 && s != "" && strings.Trim(s, "0123456789.,%") == "" {
						at = x + ws[j] - 4 - slideWidth(s, pt)
					}
					fmt.Fprintf(&b, "BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", pt, at, y-float64(k)*lead, pdfEscape(s))
				}
				x += ws[j]
			}
			y -= h
		}
		draw(rows[0], 0)
		for i := 0; i < k && len(body) > 0; i++ {
			draw(body[0], len(rows)-len(body))
			body = body[1:]
		}
		if len(body) == 0 {
			fmt.Fprintf(&b, "0 0 0 rg BT /F1 9.5 Tf %.1f %.1f Td (%s) Tj ET\n", left, y-16, pdfEscape("Sumber: olahan sekretariat."))
		}
		pages = append(pages, b.String())
	}
	return pages
}

// TestSlideTables: a table exported as presentation slides reads as
// on paper: the navy title bar and the orange accent line are no rules or
// cells, the header band and the zebra bands (touching the header band or
// not) are fills, not rules, a cell folded within its column joins its
// row, and a table run on to the next slide keeps its columns there. The
// slide title that says the table continues ("... (lanjutan)") is dropped,
// so the page break and the repeated header read as the same table; a
// title that does not say so (a new table of the same columns) stays.
func TestSlideTables(t *testing.T) {
	dpt := [][]string{
		{"No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"},
		{"1", "KOTA WAINGAPU", "7", "60", "11.204", "11.530", "22.734"},
		{"2", "KAMBERA", "8", "41", "9.101", "9.377", "18.478"},
		{"3", "PANDAWAI", "9", "38", "6.612", "6.802", "13.414"},
		{"4", "UMALULU", "11", "29", "5.090", "5.321", "10.411"},
		{"5", "RINDI", "8", "18", "2.870", "2.981", "5.851"},
		{"", "JUMLAH", "43", "186", "34.877", "36.011", "70.888"},
	}
	for _, tc := range []struct {
		name   string
		titles []string
		kept   bool // the titles of the slides after the first stay lines of the text
		zebra  int
		pt     float64
		ws     []float64
		per    []int
		rows   [][]string
	}{
		{"voters per district over two slides", []string{"D. Data Pemilih", "D. Data Pemilih (lanjutan)"}, false,
			0, 9, []float64{30, 150, 60, 50, 70, 70, 70}, []int{3, 3}, dpt},
		{"a second table of the same columns under its own title", []string{"D. Data Pemilih Pemilu 2019", "E. Data Pemilih Pemilihan 2020"}, true,
			0, 9, []float64{30, 150, 60, 50, 70, 70, 70}, []int{3, 3}, dpt},
		{"indicators folded, small type, zebra under the header band", []string{"B. Capaian Kinerja", "B. Capaian Kinerja (sambungan)", "Lanj. B. Capaian Kinerja"}, false,
			1, 6.5, []float64{22, 110, 34, 40, 44, 48}, []int{2, 2, 1},
			[][]string{
				{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"},
				{"1", "Persentase laporan keuangan satuan kerja yang disusun tepat waktu", "%", "100,00", "95,00", "95,00"},
				{"2", "Nilai SAKIP", "Nilai", "70,00", "66,10", "94,43"},
				{"3", "Persentase partisipasi pemilih dalam pemilihan kepala daerah", "%", "77,50", "81,20", "104,77"},
				{"4", "Opini BPK atas laporan keuangan", "Opini", "WTP", "WTP", "100,00"},
				{"5", "Persentase sengketa hasil pemilihan yang dimenangkan", "%", "100,00", "100,00", "100,00"},
			}},
		{"budget with two folded text columns", []string{"C. Realisasi Anggaran", "C. Realisasi Anggaran (Lanjutan)"}, false,
			0, 7.5, []float64{52, 120, 90, 86, 86, 44}, []int{2, 2},
			[][]string{
				{"Kode", "Program / Kegiatan", "Penanggung Jawab", "Pagu", "Realisasi", "Serapan (%)"},
				{"076.01.WA", "Program Dukungan Manajemen", "Sekretaris KPU Kabupaten", "4.120.500.000", "3.998.410.210", "97,04"},
				{"3356", "Pengelolaan Keuangan dan Barang Milik Negara", "Kasubbag Keuangan, Umum dan Logistik", "2.880.000.000", "2.801.230.400", "97,27"},
				{"076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "Kasubbag Teknis dan Hupmas", "610.200.000", "588.904.350", "96,51"},
				{"", "JUMLAH", "", "4.730.700.000", "4.587.314.560", "96,97"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := slideDeck(tc.titles, "Rincian disajikan pada tabel berikut:", tc.zebra, tc.pt, tc.ws, tc.rows, tc.per)
			res, err := Convert(context.Background(), sheetsPDF(960, 540, pages...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			// each slide: its title when kept, the header, its rows
			var want []string
			body := tc.rows[1:]
			for n, k := range tc.per {
				if n == 0 || tc.kept {
					want = append(want, tc.titles[n])
				}
				want = append(want, strings.Join(tc.rows[0], "\t"))
				for i := 0; i < k && len(body) > 0; i++ {
					want = append(want, strings.Join(body[0], "\t"))
					body = body[1:]
				}
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if strings.Contains(l, "\t") || slices.Contains(tc.titles, l) {
					got = append(got, l)
				}
			}
			wantLines(t, got, want)
		})
	}
}
