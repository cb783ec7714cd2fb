package parse

import (
	"fmt"
	"strings"
	"testing"
)

// ocrT is a made-up word an OCR engine read: its box and its engine ids.
type ocrT struct {
	text             string
	x, y, w, h       int
	block, par, line int
	conf             float64
}

// ocrPage lays a table out as words: row r at top y0 + r*dy, cell k at
// column xs[k] (right-aligned when the column's x is negative: its
// right edge at -x), a word 21 px a letter, 18 px between words; blockCol
// puts every column in a block of its own (as Tesseract does with wide
// gaps), otherwise a row is one paragraph. Rows' tops wobble by a few px.
func ocrPage(rows [][]string, xs []int, y0, dy int, blockCol bool) []ocrT {
	var out []ocrT
	for r, row := range rows {
		for k, cell := range row {
			if cell == "" {
				continue
			}
			ws := strings.Fields(cell)
			width := -18
			for _, w := range ws {
				width += 21*len(w) + 18
			}
			x := xs[k]
			if x < 0 {
				x = -x - width
			}
			for _, w := range ws {
				t := ocrT{text: w, x: x, y: y0 + r*dy + (r*7+k*3)%5 - 2, w: 21 * len(w), h: 34, block: 1, par: r + 1, line: 1, conf: 70 + float64((r*13+k*7)%29)}
				if blockCol {
					t.block, t.par, t.line = k+1, 1, r+1
				}
				out = append(out, t)
				x += 21*len(w) + 18
			}
		}
	}
	return out
}

// ocrTSV writes words as Tesseract's TSV, with the page's, the blocks' and
// the lines' structure rows (conf -1) and word numbers.
func ocrTSV(words []ocrT) []string {
	out := []string{"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
		"1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t"}
	seen := map[string]int{}
	for _, w := range words {
		bk := fmt.Sprint(w.block)
		if _, ok := seen[bk]; !ok {
			out = append(out, fmt.Sprintf("2\t1\t%d\t0\t0\t0\t%d\t%d\t900\t400\t-1\t", w.block, w.x, w.y))
		}
		lk := fmt.Sprint(w.block, w.par, w.line)
		if _, ok := seen[lk]; !ok {
			out = append(out, fmt.Sprintf("4\t1\t%d\t%d\t%d\t0\t%d\t%d\t900\t34\t-1\t", w.block, w.par, w.line, w.x, w.y))
		}
		seen[bk]++
		seen[lk]++
		out = append(out, fmt.Sprintf("5\t1\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.6f\t%s", w.block, w.par, w.line, seen[lk], w.x, w.y, w.w, w.h, w.conf, w.text))
	}
	return out
}

// ocrHOCR writes words as hOCR, an ocr_line span a row (par), a word a line.
func ocrHOCR(words []ocrT) []string {
	out := []string{"<div class='ocr_page' id='page_1' title='image \"lhe.png\"; bbox 0 0 2480 3508; ppageno 0'>",
		" <div class='ocr_carea' id='block_1_1' title=\"bbox 200 400 2000 1200\">"}
	last := ""
	for n, w := range words {
		if k := fmt.Sprint(w.block, w.par, w.line); k != last {
			if last != "" {
				out = append(out, "   </span>")
			}
			out = append(out, fmt.Sprintf("   <span class='ocr_line' id='line_1_%d' title=\"bbox %d %d 2000 %d; baseline 0 -8; x_size 34\">", n, w.x, w.y, w.y+w.h))
			last = k
		}
		text := strings.ReplaceAll(w.text, "&", "&amp;")
		out = append(out, fmt.Sprintf("    <span class='ocrx_word' id='word_1_%d' title='bbox %d %d %d %d; x_wconf %d'>%s</span>", n, w.x, w.y, w.x+w.w, w.y+w.h, int(w.conf), text))
	}
	return append(out, "   </span>", " </div>", "</div>")
}

// ocrALTO writes words as ALTO XML, a TextLine a row, String elements.
func ocrALTO(words []ocrT) []string {
	out := []string{`<?xml version="1.0" encoding="UTF-8"?>`, `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">`,
		`<Layout>`, `<Page ID="page_0" WIDTH="2480" HEIGHT="3508" PHYSICAL_IMG_NR="0">`, `<PrintSpace>`, `<TextBlock ID="block_0">`}
	last := ""
	for n, w := range words {
		if k := fmt.Sprint(w.block, w.par, w.line); k != last {
			if last != "" {
				out = append(out, `</TextLine>`)
			}
			out = append(out, fmt.Sprintf(`<TextLine ID="line_%d" HPOS="%d" VPOS="%d" WIDTH="1800" HEIGHT="%d">`, n, w.x, w.y, w.h))
			last = k
		}
		out = append(out, fmt.Sprintf(`  <String ID="string_%d" HPOS="%d" VPOS="%d" WIDTH="%d" HEIGHT="%d" WC="%.2f" CONTENT="%s"/><SP/>`, n, w.x, w.y, w.w, w.h, w.conf/100, w.text))
	}
	return append(out, `</TextLine>`, `</TextBlock>`, `</PrintSpace>`, `</Page>`, `</Layout>`, `</alto>`)
}

// ocrDoc sets an OCR output under a caption in a report whose other tables
// are TAB tables.
func ocrDoc(caption, cmd string, export []string) []string {
	out := []string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.1 Pengukuran Kinerja", "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)", "1\tPersentase laporan keuangan tepat waktu\t100,00\t100,00\t100,00", "",
		caption, "", "[Lampiran: halaman pindaian dibaca dengan OCR]", cmd}
	out = append(out, export...)
	return append(out, "", "Sumber: hasil pindaian, diolah.", "")
}

var (
	ocrDPTRows = [][]string{
		{"No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"},
		{"1", "ALOK", "11", "60", "7.210", "7.305", "14.515"},
		{"2", "ALOK TIMUR", "6", "38", "5.402", "5.611", "11.013"},
		{"3", "NITA", "12", "41", "4.120", "4.033", "8.153"},
		{"", "JUMLAH", "29", "139", "16.732", "16.949", "33.681"},
	}
	ocrDPTWant = []string{"pemilu|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2024|kecamatan|ALOK TIMUR|6|38|5402|5611|11013",
		"pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153", "pemilu|2024|kabupaten|Kabupaten Sikka|29|139|16732|16949|33681"}
	ocrBudgetRows = [][]string{
		{"Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"},
		{"076.01.WA", "Program Dukungan Manajemen", "2.100.000.000", "2.010.500.000", "89.500.000", "95,74"},
		{"3358", "Pengelolaan Sumber Daya Manusia", "600.000.000", "590.250.000", "9.750.000", "98,38"},
		{"3360", "Operasional Perkantoran", "1.500.000.000", "1.420.250.000", "79.750.000", "94,68"},
		{"", "JUMLAH", "2.100.000.000", "2.010.500.000", "89.500.000", "95,74"},
	}
	ocrCapaianRows = [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"},
		{"1", "Persentase partisipasi pemilih dalam Pemilu", "77,50", "81,20", "104,77"},
		{"2", "Persentase TPS yang tepat waktu", "100,00", "96,00", "96,00"},
	}
	ocrSakipRows = [][]string{
		{"Komponen", "Bobot (%)", "Nilai"},
		{"Perencanaan Kinerja", "30,00", "21,35"},
		{"Pengukuran Kinerja", "30,00", "20,40"},
		{"Pelaporan Kinerja", "15,00", "10,15"},
		{"Evaluasi Akuntabilitas Kinerja Internal", "25,00", "16,42"},
		{"Nilai Akhir", "100,00", "68,32"},
	}
	ocrSakipWant = []string{"2022|perencanaan|30|21.35", "2022|pengukuran|30|20.4", "2022|pelaporan|15|10.15", "2022|evaluasi_internal|25|16.42"}
)

// ocrShuffle puts the words of every engine line in a fixed scrambled
// order, as an engine that read a line right to left or in pieces would.
func ocrShuffle(words []ocrT) []ocrT {
	out := append([]ocrT(nil), words...)
	for a := 0; a < len(out); {
		b := a
		for b < len(out) && out[b].par == out[a].par && out[b].block == out[a].block && out[b].line == out[a].line {
			b++
		}
		for i, j := a, b-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		if b-a > 2 {
			out[a], out[a+1] = out[a+1], out[a]
		}
		a = b
	}
	return out
}

// TestOCRWordsClass: a scanned page pasted as an OCR engine's word records
// (Tesseract TSV, hOCR, ALTO, a word box list) is rebuilt into its lines and
// columns, and the ordinary readers prove its rows; a receipt, a letter and
// a CSV of other columns give nothing.
func TestOCRWordsClass(t *testing.T) {
	dptXs := []int{214, 300, 760, -1040, -1300, -1560, -1860}
	dptTSV := ocrDoc("Tabel 4.2 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "$ tesseract dpt_hal12.png - -l ind tsv",
		ocrTSV(ocrPage(ocrDPTRows, dptXs, 500, 58, true)))
	// the box list: text first, x y w h, its own header; a wrapped cell's words
	var box []string
	box = append(box, "word x y w h")
	for _, w := range ocrPage(ocrDPTRows, dptXs, 310, 61, false) {
		box = append(box, fmt.Sprintf("%s %d %d %d %d", w.text, w.x, w.y, w.w, w.h))
	}
	dptBox := ocrDoc("Tabel 4.2 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "$ easyocr --detail 1 dpt.png > kata.txt", box)
	// the whole hOCR file as Tesseract writes it, its head naming the classes
	hocrFile := append([]string{`<?xml version="1.0" encoding="UTF-8"?>`,
		`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"`, `    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">`,
		`<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">`, ` <head>`, `  <title></title>`,
		`  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>`, `  <meta name='ocr-system' content='tesseract 5.3.0' />`,
		`  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>`, ` </head>`, ` <body>`},
		ocrHOCR(ocrPage(ocrBudgetRows, []int{150, 420, -1400, -1800, -2150, -2320}, 700, 52, false))...)
	budget := ocrDoc("Tabel 3.3 Realisasi Anggaran Tahun 2024", "$ tesseract anggaran.png - hocr", append(hocrFile, ` </body>`, `</html>`))
	capaian := ocrDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2024", "$ tesseract capaian.png - alto",
		ocrALTO(ocrPage(ocrCapaianRows, []int{180, 260, -1500, -1750, -2000}, 400, 60, false)))
	sakip := ocrDoc("Tabel 3.4 Nilai Evaluasi AKIP Tahun 2022 per Komponen", "$ tesseract lhe.png stdout tsv",
		ocrTSV(ocrShuffle(ocrPage(ocrSakipRows, []int{214, -1300, -1560}, 471, 58, false))))
	// ALTO of a capaian table whose indicator names wrap, its header's
	// last title over two lines, a heading over the table's first columns
	wrapped := ocrDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", "$ tesseract capaian.png - alto",
		ocrALTO(ocrPage([][]string{{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"}, {"", "", "", "", "(%)"},
			{"Sasaran Strategis: meningkatnya partisipasi"},
			{"1", "Persentase partisipasi pemilih", "77,50", "81,20", "104,77"}, {"", "dalam Pemilu dan Pemilihan"},
			{"2", "Persentase TPS yang tepat waktu", "100,00", "96,00", "96,00"}}, []int{180, 260, -1500, -1750, -2000}, 400, 44, false)))
	// hOCR saved on one line: the page grows into its lines
	oneLine := ocrDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2024", "$ tesseract capaian.png - hocr",
		[]string{strings.Join(ocrHOCR(ocrPage(ocrCapaianRows, []int{180, 260, -1500, -1750, -2000}, 400, 60, false)), "")})

	// look-alike: a shop's receipt read by Tesseract
	receipt := ocrDoc("Lampiran: struk pembelian ATK", "$ tesseract struk.jpg - tsv", ocrTSV(ocrPage([][]string{
		{"TOKO SINAR JAYA"}, {"Kertas A4", "2", "55.000", "110.000"}, {"Tinta Printer", "3", "95.000", "285.000"},
		{"TOTAL", "", "", "395.000"}, {"TUNAI", "", "", "400.000"}, {"KEMBALI", "", "", "5.000"}}, []int{100, 600, -900, -1200}, 200, 40, false)))
	// look-alike: a letter's prose with figures, read into hOCR
	letter := ocrDoc("Lampiran: surat undangan", "$ tesseract surat.png - hocr", ocrHOCR(ocrPage([][]string{
		{"Nomor: 112/PP.01/5310/2024"}, {"Dengan hormat, bersama ini kami mengundang 25 orang peserta"},
		{"pada tanggal 12 Maret 2024 pukul 09.00 di aula kantor dengan anggaran 4.500.000 rupiah."},
		{"Atas perhatiannya diucapkan terima kasih."}}, []int{200}, 300, 45, false)))
	// look-alike: a CSV of twelve columns named otherwise
	csv := ocrDoc("Lampiran: mutasi stok gudang", "$ cat stok.tsv", []string{
		"kode\tgudang\trak\tbaris\tkolom\turut\tmasuk\tkeluar\tlebar\ttinggi\tmutu\tbarang",
		"5\t1\t3\t2\t1\t3\t1180\t528\t105\t34\t89.250000\tKertas", "5\t1\t3\t2\t1\t4\t1420\t529\t105\t34\t95.500000\tMap",
		"5\t1\t3\t3\t1\t1\t214\t587\t210\t34\t92.000000\tTinta", "5\t1\t3\t3\t1\t2\t442\t588\t147\t34\t87.250000\tStapler"})
	checkDocs(t, []string{"dpt", "anggaran", "capaian", "sakip_komponen"}, []docCase{
		{"Tesseract TSV of a DPT, a block a column", dptTSV, map[string][]string{"dpt": ocrDPTWant,
			"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
		{"word x y w h box list of a DPT", dptBox, map[string][]string{"dpt": ocrDPTWant,
			"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
		{"hOCR of a budget", budget, map[string][]string{"anggaran": {"076.01.WA|program||2024|2100000000|2010500000|89500000",
			"3358|kegiatan|076.01.WA|2024|600000000|590250000|9750000", "3360|kegiatan|076.01.WA|2024|1500000000|1420250000|79750000",
			"TOTAL|total||2024|2100000000|2010500000|89500000"},
			"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
		{"ALTO of a capaian table", capaian, map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100",
			"Persentase partisipasi pemilih dalam Pemilu|77.5|81.2|104.77", "Persentase TPS yang tepat waktu|100|96|96"}}},
		{"TSV words out of order in a line, SAKIP", sakip, map[string][]string{"sakip_komponen": ocrSakipWant,
			"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
		{"ALTO of a capaian table, names wrapped", wrapped, map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100",
			"Persentase partisipasi pemilih dalam Pemilu dan Pemilihan|77.5|81.2|104.77", "Persentase TPS yang tepat waktu|100|96|96"}}},
		{"hOCR of a capaian table on one line", oneLine, map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100",
			"Persentase partisipasi pemilih dalam Pemilu|77.5|81.2|104.77", "Persentase TPS yang tepat waktu|100|96|96"}}},
		{"a shop receipt's TSV", receipt, map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
		{"hOCR of a letter's prose", letter, map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
		{"a CSV of twelve other columns", csv, map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|100|100"}}},
	})
}

// TestOCRWordsRebuild: the rebuilt lines themselves — words in left order,
// a TAB at a column's gap, a short row's cells under their columns — and a
// text with no word records comes back as it was.
func TestOCRWordsRebuild(t *testing.T) {
	words := ocrShuffle(ocrPage(ocrDPTRows, []int{214, 300, 760, -1040, -1300, -1560, -1860}, 500, 58, true))
	got := string(ocrWordPages(nil, []byte(strings.Join(ocrTSV(words), "\n"))))
	want := strings.Join([]string{"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P", "1\tALOK\t11\t60\t7.210\t7.305\t14.515",
		"2\tALOK TIMUR\t6\t38\t5.402\t5.611\t11.013", "3\tNITA\t12\t41\t4.120\t4.033\t8.153", "\tJUMLAH\t29\t139\t16.732\t16.949\t33.681"}, "\n")
	if !strings.HasPrefix(got, want+"\n") {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
	for _, plain := range []string{"level page_num left top\n5 1 2 3\n", "kode\tgudang\tlebar\ttinggi\n1\t2\t3\t4\n", "<p>Nilai 30,00</p>\n"} {
		if got := string(ocrWordPages(nil, []byte(plain))); got != plain {
			t.Errorf("%q rewritten as %q", plain, got)
		}
	}
}
