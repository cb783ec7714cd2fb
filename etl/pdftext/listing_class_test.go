package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// listingPaper is the look of one made-up continuous form: its size,
// the type's size and pitch (Courier: an advance of 0.6 em), the shading
// of its bands and whether tractor holes and perforations run down its
// edges.
type listingPaper struct {
	w, h       float64
	size, lead float64
	band       string // fill colour of the bands ("r g b"), "" for plain paper
	edge       bool   // the bands outlined by a hairline
	holes      bool
}

// listingPDF prints the forms of a listing, a header with the form's
// number on top of each, the way a line printer does on fanfold paper.
func listingPDF(p listingPaper, header string, forms [][]string) []byte {
	var pages []string
	for n, lines := range forms {
		var b strings.Builder
		top := p.h - 54
		if p.band != "" {
			paint := "f"
			if p.edge {
				paint = "B" // fill and stroke: a hairline round each band
			}
			fmt.Fprintf(&b, "%s rg 0.4 0.6 0.4 RG 0.3 w\n", p.band)
			for y := top - 2*p.lead + 3; y > 40; y -= 6 * p.lead {
				fmt.Fprintf(&b, "44 %.1f %.1f %.1f re %s\n", y-3*p.lead, p.w-88, 3*p.lead, paint)
			}
		}
		if p.holes {
			b.WriteString("0.55 0.55 0.55 RG 0.5 w [2 2] 0 d\n")
			for _, x := range []float64{36, p.w - 36} {
				fmt.Fprintf(&b, "%.1f 0 m %.1f %.1f l S\n", x, x, p.h)
			}
			b.WriteString("[] 0 d\n")
			for y := p.h - 18; y > 0; y -= 36 {
				for _, x := range []float64{18, p.w - 18} {
					b.WriteString(circle(x, y, 5.4))
				}
			}
		}
		b.WriteString("0 g\n")
		x0 := (p.w - 132*0.6*p.size) / 2
		put := func(y float64, s string) {
			fmt.Fprintf(&b, "BT /F2 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", p.size, x0, y, pdfEscape(s))
		}
		put(top, fmt.Sprintf("%s   HAL. %3d", header, n+1))
		for i, l := range lines {
			put(top-p.lead*float64(i+2), l)
		}
		pages = append(pages, b.String())
	}
	return sheetsPDF(p.w, p.h, pages...)
}

// circle strokes a sprocket hole of radius r round (x, y) in four Bézier
// quarters.
func circle(x, y, r float64) string {
	k := 0.5523 * r
	return fmt.Sprintf("%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "+
		"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S\n",
		x+r, y, x+r, y+k, x+k, y+r, x, y+r, x-k, y+r, x-r, y+k, x-r, y,
		x-r, y-k, x-k, y-r, x, y-r, x+k, y-r, x+r, y-k, x+r, y)
}

// pdfEscape writes s as the body of a PDF literal string.
func pdfEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}

// TestListingClass: a report printed as a line-printer listing (one
// monospaced face, fixed columns three spaces apart, figures and codes set
// flush right, a rule of dashes or equals signs typed under the header,
// a long text cell folded onto continuation lines inside its column, a
// listing header with the form's number on every form, green or blue bar
// paper, its bands outlined by a hairline or not, with tractor holes or
// without) reads as TAB rows: the flush-right figures do not part the
// table into pieces, the typed rule is no line and no row, the folded
// cell joins its row and the listing header is dropped.
func TestListingClass(t *testing.T) {
	wide := listingPaper{w: 1071, h: 792, size: 12, lead: 12, band: "0.86 0.94 0.86", holes: true, edge: true}
	narrow := listingPaper{w: 792, h: 612, size: 8, lead: 9, band: "0.85 0.90 0.98", edge: true}
	plain := listingPaper{w: 792, h: 612, size: 9, lead: 12}
	prose := []string{
		"Realisasi anggaran Sekretariat KPU Kabupaten Rote Ndao menurut program dan kegiatan disajikan pada",
		"tabel berikut ini (dalam rupiah).",
		"",
	}
	budget := func(rule string) []string {
		f := "%-10s   %-34s   %13s   %13s   %11s   %7s"
		return printed(f, rule, 102, [][]any{
			{"Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"},
			nil,
			{"076.01.WA", "Program Dukungan Manajemen", "2.914.300.000", "2.790.118.430", "124.181.570", "95,74"},
			{"3355", "Pengelolaan Keuangan dan Barang", "1.005.420.000", "968.002.115", "37.417.885", "96,28"},
			{"", "Milik Negara", "", "", "", ""},
			{"3360", "Operasional Perkantoran", "1.908.880.000", "1.822.116.315", "86.763.685", "95,45"},
			{"076.01.CQ", "Program Penyelenggaraan Pemilu", "912.650.000", "880.201.900", "32.448.100", "96,44"},
			{"", "dalam Proses Konsolidasi", "", "", "", ""},
			{"", "Demokrasi", "", "", "", ""},
			{"", "JUMLAH", "3.826.950.000", "3.670.320.330", "156.629.670", "95,91"},
		})
	}
	budgetWant := []string{
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan",
		"076.01.WA\tProgram Dukungan Manajemen\t2.914.300.000\t2.790.118.430\t124.181.570\t95,74",
		"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.005.420.000\t968.002.115\t37.417.885\t96,28",
		"3360\tOperasional Perkantoran\t1.908.880.000\t1.822.116.315\t86.763.685\t95,45",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t912.650.000\t880.201.900\t32.448.100\t96,44",
		"\tJUMLAH\t3.826.950.000\t3.670.320.330\t156.629.670\t95,91",
	}
	capaian := func(rule string) []string {
		f := "%3s   %-44s   %-8s   %6s   %9s   %7s"
		return printed(f, rule, 92, [][]any{
			{"Tabel 3.1 Pengukuran kinerja sasaran strategis"},
			{""},
			{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"},
			nil,
			{"1", "Persentase laporan keuangan yang disusun", "%", "100,00", "100,00", "100,00"},
			{"", "tepat waktu", "", "", "", ""},
			{"2", "Persentase pemilih pemula yang terdaftar dalam", "%", "80,00", "84,12", "105,15"},
			{"", "daftar pemilih berkelanjutan", "", "", "", ""},
			{"3", "Nilai evaluasi akuntabilitas kinerja", "Predikat", "BB", "B", "-"},
		})
	}
	capaianWant := []string{
		"Tabel 3.1 Pengukuran kinerja sasaran strategis",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
		"1\tPersentase laporan keuangan yang disusun tepat waktu\t%\t100,00\t100,00\t100,00",
		"2\tPersentase pemilih pemula yang terdaftar dalam daftar pemilih berkelanjutan\t%\t80,00\t84,12\t105,15",
		"3\tNilai evaluasi akuntabilitas kinerja\tPredikat\tBB\tB\t-",
	}
	dpt := func(rule string) []string {
		f := "%3s   %-16s   %8s   %3s   %6s   %6s   %6s"
		return printed(f, rule, 66, [][]any{
			{"Tabel 3.5 Daftar pemilih tetap per kecamatan"},
			{""},
			{"No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"},
			nil,
			{"1", "LOBALAIN", "13", "58", "7.406", "7.702", "15.108"},
			{"2", "ROTE BARAT DAYA", "11", "41", "5.210", "5.388", "10.598"},
			{"3", "PANTAI BARU", "17", "39", "4.117", "4.359", "8.476"},
			nil,
			{"", "JUMLAH", "41", "138", "16.733", "17.449", "34.182"},
		})
	}
	// a rule typed column by column, as wide as each column
	dptRuled := func() []string {
		f := "%3s   %-16s   %8s   %3s   %6s   %6s   %6s"
		rule := fmt.Sprintf(f, "---", strings.Repeat("-", 16), "--------", "---", "------", "------", "------")
		d := dpt("-")
		return append(append(append(append([]string{}, d[:3]...), rule), d[4:7]...), rule, d[8])
	}
	dptWant := []string{
		"Tabel 3.5 Daftar pemilih tetap per kecamatan",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
		"1\tLOBALAIN\t13\t58\t7.406\t7.702\t15.108",
		"2\tROTE BARAT DAYA\t11\t41\t5.210\t5.388\t10.598",
		"3\tPANTAI BARU\t17\t39\t4.117\t4.359\t8.476",
		"\tJUMLAH\t41\t138\t16.733\t17.449\t34.182",
	}
	ff := []string{"\f"}
	// a cover: too few words to prove the face monospaced
	cover := []string{"", "", "LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2022"}
	header := "SEKRETARIAT KPU KABUPATEN ROTE NDAO   -   LAPORAN KINERJA 2022"
	for _, tc := range []struct {
		name  string
		paper listingPaper
		forms [][]string
		want  []string
	}{
		{"green bar, dashes, a cover, budget and DPT", wide,
			[][]string{cover, append(append([]string{}, prose...), budget("-")...), dpt("-")},
			cat(cover[2:], ff, prose[:2], budgetWant, ff, dptWant)},
		{"blue bar, equals signs, capaian", narrow,
			[][]string{capaian("="), dpt("=")},
			cat(capaianWant, ff, dptWant)},
		{"blue bar, rules column by column", narrow,
			[][]string{capaian("-"), dptRuled()},
			cat(capaianWant, ff, dptWant)},
		{"green bar, a page holding only a table in capitals", wide,
			[][]string{capaian("-"), dpt("-")[2:]},
			cat(capaianWant, ff, dptWant[1:])},
		{"plain paper, a DPT table running on to the next form", plain,
			[][]string{append(append([]string{}, prose...), dpt("-")[:5]...), dpt("-")[5:]},
			cat(prose[:2], dptWant[:3], ff, dptWant[3:])},
		{"plain paper, capaian over budget", plain,
			[][]string{capaian("-"), budget("-")},
			cat(capaianWant, ff, budgetWant)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), listingPDF(tc.paper, header, tc.forms), Options{})
			if err != nil {
				t.Fatal(err)
			}
			all := strings.Split(string(res.Text), "\n")
			// a blank line between two rows would end the table there
			for k := 2; k < len(all); k++ {
				if all[k-1] == "" && strings.Contains(all[k-2], "\t") && strings.Contains(all[k], "\t") {
					t.Errorf("blank line between rows %q and %q", all[k-2], all[k])
				}
			}
			// other blank lines follow the gaps of each paper's pitch: not the point here
			var got []string
			for _, l := range all {
				if l != "" {
					got = append(got, l)
				}
			}
			wantLines(t, got, tc.want)
		})
	}
}

// cat joins runs of lines.
func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// printed sets rows in the listing format f, a nil row as a rule of width
// rule characters; a string row (a caption, a blank) as it is.
func printed(f, rule string, width int, rows [][]any) []string {
	var out []string
	for _, r := range rows {
		switch {
		case r == nil:
			out = append(out, strings.Repeat(rule, width))
		case len(r) == 1:
			out = append(out, r[0].(string))
		default:
			out = append(out, fmt.Sprintf(f, r...))
		}
	}
	return out
}
