package pdftext

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// spacedFonts are the proportional faces a typist's table is set in here
// (PDFium's own metrics of the standard fonts), and Courier, a monospaced
// look-alike.
var spacedFonts = map[string]string{
	"F1": "Helvetica", "F2": "Courier", "F3": "Times-Roman", "F4": "Helvetica-Oblique",
}

// spacedPDF is one A4 page: prose in Helvetica 10 pt, then lines in font
// f at pt, then prose again. A line is drawn as one string, its typed
// spaces and all.
func spacedPDF(before []string, f string, pt float64, lines []string, after []string) []byte {
	var b strings.Builder
	y := 790.0
	put := func(font string, size float64, s string, lead float64) {
		if s != "" {
			fmt.Fprintf(&b, "BT /%s %g Tf 56 %.2f Td (%s) Tj ET\n", font, size, y, pdfEscape(s))
		}
		y -= lead
	}
	for _, s := range before {
		put("F1", 10, s, 14)
	}
	y -= 6
	for _, s := range lines {
		put(f, pt, s, pt*1.3)
	}
	y -= 10
	for _, s := range after {
		put("F1", 10, s, 14)
	}
	p := newPDF()
	p.obj("<< /Type /Catalog /Pages 2 0 R >>")
	p.obj("<< /Type /Pages /Kids [7 0 R] /Count 1 >>")
	var res strings.Builder
	for k := 1; k <= 4; k++ {
		name := fmt.Sprintf("F%d", k)
		p.obj(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>", spacedFonts[name]))
		fmt.Fprintf(&res, "/%s %d 0 R ", name, 2+k)
	}
	p.obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R /Resources << /Font << %s>> >> >>", res.String()))
	c := b.String()
	p.obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c))
	return p.done()
}

var spacedFigure = regexp.MustCompile(`^[0-9.,%-]+$`)

// typist lays rows out as a typist does: every cell padded with spaces
// to its column's widest piece (figures on the left, but in the head rows),
// sep spaces between cells, text longer than wrap cut at word ends onto
// continued lines with the other cells blank.
func typist(head int, rows [][]string, sep, wrap int) []string {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	pieces := make([][][]string, len(rows))
	width := make([]int, n)
	for i, r := range rows {
		pieces[i] = make([][]string, n)
		for j := 0; j < n; j++ {
			t := ""
			if j < len(r) {
				t = r[j]
			}
			var ps []string
			for len(t) > wrap {
				cut := strings.LastIndexByte(t[:wrap+1], ' ')
				if cut <= 0 {
					break
				}
				ps, t = append(ps, t[:cut]), t[cut+1:]
			}
			pieces[i][j] = append(ps, t)
			for _, p := range pieces[i][j] {
				width[j] = max(width[j], len(p))
			}
		}
	}
	var out []string
	for i := range rows {
		h := 0
		for _, ps := range pieces[i] {
			h = max(h, len(ps))
		}
		for k := 0; k < h; k++ {
			cells := make([]string, n)
			for j, ps := range pieces[i] {
				t := ""
				if k < len(ps) {
					t = ps[k]
				}
				pad := strings.Repeat(" ", width[j]-len(t))
				if i >= head && t != "" && spacedFigure.MatchString(t) {
					cells[j] = pad + t
				} else {
					cells[j] = t + pad
				}
			}
			out = append(out, strings.TrimRight(strings.Join(cells, strings.Repeat(" ", sep)), " "))
		}
	}
	return out
}

// spacedRun captures the spaced blocks the layout reads while f runs,
// and the padded lines it refuses as none.
func spacedRun(t *testing.T, f func()) (blocks, refused int) {
	t.Helper()
	old := debugf
	debugf = func(format string, a ...any) {
		if strings.HasPrefix(format, "spaced block") {
			blocks++
		}
		if strings.HasPrefix(format, "spaced refused") {
			refused++
		}
	}
	defer func() { debugf = old }()
	f()
	return blocks, refused
}

func spacedConvert(t *testing.T, pdf []byte) []string {
	t.Helper()
	res, err := newTestConverter(t).Convert(t.Context(), pdf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.Trim(string(res.Text), "\n"), "\n")
}

var spacedProse = []string{
	"Data pemilih hasil rekapitulasi disajikan menurut kecamatan sebagai berikut.",
}

// TestSpacedClass: a typist's table padded with spaces and set in a
// proportional face comes out cut into its cells, whatever the face,
// size, column order, wording and separation, with continued text cells
// joined to their row and blank cells kept.
func TestSpacedClass(t *testing.T) {
	tests := []struct {
		name string
		font string
		pt   float64
		head int
		rows [][]string
		sep  int
		want []string
	}{
		{"voters per district in Times, figures padded left", "F3", 9, 1, [][]string{
			{"No", "Nama Kecamatan", "Desa", "TPS", "Pria", "Wanita", "Jumlah"},
			{"1", "KOTA LAMA", "7", "58", "9.114", "9.502", "18.616"},
			{"2", "KELAPA LIMA", "5", "61", "10.271", "10.660", "20.931"},
			{"3", "OEBOBO", "7", "73", "12.008", "12.455", "24.463"},
			{"4", "MAULAFA", "9", "64", "11.392", "11.870", "23.262"},
			{"", "JUMLAH", "28", "256", "42.785", "44.487", "87.272"},
		}, 2, []string{
			"No\tNama Kecamatan\tDesa\tTPS\tPria\tWanita\tJumlah",
			"1\tKOTA LAMA\t7\t58\t9.114\t9.502\t18.616",
			"2\tKELAPA LIMA\t5\t61\t10.271\t10.660\t20.931",
			"3\tOEBOBO\t7\t73\t12.008\t12.455\t24.463",
			"4\tMAULAFA\t9\t64\t11.392\t11.870\t23.262",
			"\tJUMLAH\t28\t256\t42.785\t44.487\t87.272",
		}},
		{"indicators in Helvetica, long names continued", "F1", 8, 1, [][]string{
			{"Kode", "Sasaran / Indikator", "Target", "Capaian", "Realisasi"},
			{"IK.1", "Tingkat partisipasi masyarakat dalam pemungutan suara ulang", "80,00", "103,15", "82,52"},
			{"IK.2", "Ketepatan waktu penyampaian laporan keuangan", "100,00", "100,00", "100,00"},
			{"IK.3", "Indeks kepuasan layanan informasi publik", "3,50", "96,00", "3,36"},
		}, 3, []string{
			"Kode\tSasaran / Indikator\tTarget\tCapaian\tRealisasi",
			"IK.1\tTingkat partisipasi masyarakat dalam pemungutan suara ulang\t80,00\t103,15\t82,52",
			"IK.2\tKetepatan waktu penyampaian laporan keuangan\t100,00\t100,00\t100,00",
			"IK.3\tIndeks kepuasan layanan informasi publik\t3,50\t96,00\t3,36",
		}},
		{"header over two lines, repeated columns in Times", "F3", 8.5, 2, [][]string{
			{"No", "Komponen", "Bobot", "Nilai", "Nilai"},
			{"", "", "", "2022", "2023"},
			{"1", "Perencanaan Kinerja", "30,00", "19,80", "21,15"},
			{"2", "Pengukuran Kinerja", "30,00", "17,40", "18,90"},
			{"3", "Pelaporan Kinerja", "15,00", "9,75", "10,05"},
			{"4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "14,20", "15,35"},
		}, 2, []string{
			"No\tKomponen\tBobot\tNilai\tNilai",
			"\t\t\t2022\t2023",
			"1\tPerencanaan Kinerja\t30,00\t19,80\t21,15",
			"2\tPengukuran Kinerja\t30,00\t17,40\t18,90",
			"3\tPelaporan Kinerja\t15,00\t9,75\t10,05",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t14,20\t15,35",
		}},
		{"budget in oblique Helvetica, blank code cells", "F4", 7.5, 1, [][]string{
			{"Program", "Kegiatan", "Uraian", "Anggaran", "Realisasi", "Sisa"},
			{"WA", "", "Dukungan Manajemen", "2.110.400.000", "2.031.055.120", "79.344.880"},
			{"", "4211", "Layanan Umum", "810.400.000", "792.180.400", "18.219.600"},
			{"", "4212", "Layanan Keuangan", "1.300.000.000", "1.238.874.720", "61.125.280"},
			{"", "", "JUMLAH", "2.110.400.000", "2.031.055.120", "79.344.880"},
		}, 2, []string{
			"Program\tKegiatan\tUraian\tAnggaran\tRealisasi\tSisa",
			"WA\t\tDukungan Manajemen\t2.110.400.000\t2.031.055.120\t79.344.880",
			"\t4211\tLayanan Umum\t810.400.000\t792.180.400\t18.219.600",
			"\t4212\tLayanan Keuangan\t1.300.000.000\t1.238.874.720\t61.125.280",
			"\t\tJUMLAH\t2.110.400.000\t2.031.055.120\t79.344.880",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := typist(tc.head, tc.rows, tc.sep, 34)
			var got []string
			blocks, _ := spacedRun(t, func() {
				got = spacedConvert(t, spacedPDF(spacedProse, tc.font, tc.pt, lines, []string{"Sumber: data olahan sekretariat."}))
			})
			if blocks != 1 {
				t.Errorf("spaced blocks: %d, want 1", blocks)
			}
			var cells []string
			for _, l := range got {
				if strings.Contains(l, "\t") {
					cells = append(cells, l)
				}
			}
			wantLines(t, cells, tc.want)
		})
	}
}

// TestSpacedLookalikes: lines that are not a typist's padded table are
// not moved onto a character grid: prose with two spaces after its full
// stops, a padded table in a monospaced face (the typed route's), cells
// placed by position with no typed space between them, and a two-column
// list padded once.
func TestSpacedLookalikes(t *testing.T) {
	prose := []string{
		"Penyusunan laporan ini berpedoman pada peraturan yang berlaku.  Laporan ini disusun",
		"sebagai wujud pertanggungjawaban.  Kami menyadari bahwa laporan masih jauh dari sempurna",
		"dan memerlukan perbaikan.  Saran dan masukan sangat kami harapkan demi perbaikan laporan",
		"pada periode berikutnya.  Semoga laporan ini bermanfaat bagi semua pihak terkait.",
	}
	mono := typist(1, [][]string{
		{"No", "Kecamatan", "TPS", "L", "P"},
		{"1", "ALAK", "80", "14.203", "14.611"},
		{"2", "MAULAFA", "64", "11.392", "11.870"},
		{"3", "OEBOBO", "73", "12.008", "12.455"},
	}, 2, 34)
	list := []string{
		"DPT       Daftar Pemilih Tetap",
		"TPS       Tempat Pemungutan Suara",
		"PPK       Panitia Pemilihan Kecamatan",
	}
	t.Run("prose with double spaces", func(t *testing.T) {
		var got []string
		n, refused := spacedRun(t, func() { got = spacedConvert(t, spacedPDF(spacedProse, "F3", 10, prose, nil)) })
		if n != 0 || refused == 0 {
			t.Errorf("spaced blocks: %d, want 0; refused %d, want some (the double spaces are padding)", n, refused)
		}
		for _, l := range got {
			if strings.Contains(l, "\t") {
				t.Errorf("prose cut into cells: %q", l)
			}
		}
	})
	t.Run("monospaced table", func(t *testing.T) {
		if n, refused := spacedRun(t, func() { spacedConvert(t, spacedPDF(spacedProse, "F2", 8, mono, nil)) }); n != 0 || refused == 0 {
			t.Errorf("spaced blocks: %d, want 0; refused %d, want some", n, refused)
		}
	})
	t.Run("two-column list", func(t *testing.T) {
		if n, refused := spacedRun(t, func() { spacedConvert(t, spacedPDF(spacedProse, "F1", 9, list, nil)) }); n != 0 || refused == 0 {
			t.Errorf("spaced blocks: %d, want 0; refused %d, want some", n, refused)
		}
	})
	t.Run("two lines of justified prose", func(t *testing.T) {
		// word spacing (Tw) stretches every space of a line alike, here
		// to 2.3 and 2.75 spaces of Helvetica 10 pt
		c := "BT /F1 10 Tf 3.6 Tw 56 700 Td (wilayah kabupaten di tengah pandemi. KPU Kabupaten melaksanakan) Tj ET\n" +
			"BT /F1 10 Tf 4.9 Tw 56 686 Td (supervisi, monitoring dan pendampingan atas seluruh tahapan) Tj ET\n" +
			"BT /F1 10 Tf 0 Tw 56 672 Td (dukungan manajemen.) Tj ET\n"
		var got []string
		if n, _ := spacedRun(t, func() { got = convertLines(t, c) }); n != 0 {
			t.Errorf("spaced blocks: %d, want 0", n)
		}
		for _, l := range got {
			if strings.Contains(l, "\t") {
				t.Errorf("prose cut into cells: %q", l)
			}
		}
	})
	t.Run("cells placed by position", func(t *testing.T) {
		// the gaps are moves of the text position (TJ), no space typed
		var b strings.Builder
		y := 700.0
		for _, r := range [][]string{{"No", "Kecamatan", "TPS", "Jumlah"}, {"1", "ALAK", "80", "28.814"}, {"2", "MAULAFA", "64", "23.262"}, {"3", "OEBOBO", "73", "24.463"}} {
			fmt.Fprintf(&b, "BT /F1 9 Tf 56 %.1f Td [(%s) -2600 (%s) -5200 (%s) -2600 (%s)] TJ ET\n", y, r[0], r[1], r[2], r[3])
			y -= 12
		}
		if n, refused := spacedRun(t, func() { convertLines(t, b.String()) }); n+refused != 0 {
			t.Errorf("spaced blocks: %d, refused %d, want none (no space typed)", n, refused)
		}
	})
}
