package pdftext

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// faxMachine is the look of one made-up fax: the line the sending machine
// stamps on every page (at the top or the foot, in a smaller size than the
// report's type), the receiving machine's line, and how many speckles the
// line noise leaves.
type faxMachine struct {
	stamp    func(page, pages int) string
	received func(page int) string
	stampTop bool
	stampPt  float64
	bodyPt   float64
	speckles int
}

// faxPDF sends the pages of a report typed in Courier through fax machine
// m: a cover sheet first, then each page with the machine's lines and
// speckles drawn from a seeded source.
func faxPDF(m faxMachine, cover []string, pages [][]string) []byte {
	const w, h = 595.0, 842.0
	rnd := rand.New(rand.NewSource(int64(m.speckles) + 7))
	all := append([][]string{cover}, pages...)
	var out []string
	for n, lines := range all {
		var b strings.Builder
		b.WriteString("0 g\n")
		put := func(pt, x, y float64, s string) {
			fmt.Fprintf(&b, "BT /F2 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", pt, x, y, pdfEscape(s))
		}
		y := 24.0
		if m.stampTop {
			y = h - 22
		}
		put(m.stampPt, 28, y, m.stamp(n+1, len(all)))
		if m.received != nil {
			put(m.stampPt, 28, 12, m.received(n+1))
		}
		for i, l := range lines {
			put(m.bodyPt, 40, h-140-1.2*m.bodyPt*float64(i), l)
		}
		for k := 0; k < m.speckles; k++ {
			r := []float64{0.3, 0.4, 0.6}[rnd.Intn(3)]
			fmt.Fprintf(&b, "%.1f %.1f %.1f %.1f re f\n", 20+rnd.Float64()*(w-40), 20+rnd.Float64()*(h-40), r, r)
		}
		out = append(out, b.String())
	}
	return sheetsPDF(w, h, out...)
}

// TestFaxClass: a report received by fax (a cover sheet, the sending
// machine's stamp line on every page in a smaller size than the report's
// monospaced type, the receiving machine's line, speckles) reads as the
// report: the typed rule of underscores under a table's header is no line
// (the stamp's size does not hide that the page is typed), the table's
// rows are TAB rows and the stamp lines are dropped.
func TestFaxClass(t *testing.T) {
	prose := []string{
		"Jumlah pemilih tetap Pemilihan Serentak 2020 di Kabupaten Manggarai Barat menurut",
		"kecamatan disajikan pada tabel berikut ini.",
		"",
	}
	f := "%-3s  %-18s  %8s  %4s  %6s  %6s  %7s"
	row := func(a ...any) string { return strings.TrimRight(fmt.Sprintf(f, a...), " ") }
	dpt := []string{
		"Tabel 3.4 Rekapitulasi DPT per kecamatan",
		"",
		row("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"),
		strings.Repeat("_", 63),
		row("1", "KOMODO", "19", "88", "11.204", "11.377", "22.581"),
		row("2", "BONCORUS", "12", "41", "4.306", "4.481", "8.787"),
		row("3", "LEMBOR SELATAN", "15", "52", "6.019", "6.243", "12.262"),
		row("", "JUMLAH", "46", "181", "21.529", "22.101", "43.630"),
	}
	want := []string{
		"Jumlah pemilih tetap Pemilihan Serentak 2020 di Kabupaten Manggarai Barat menurut",
		"kecamatan disajikan pada tabel berikut ini.",
		"Tabel 3.4 Rekapitulasi DPT per kecamatan",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
		"1\tKOMODO\t19\t88\t11.204\t11.377\t22.581",
		"2\tBONCORUS\t12\t41\t4.306\t4.481\t8.787",
		"3\tLEMBOR SELATAN\t15\t52\t6.019\t6.243\t12.262",
		"\tJUMLAH\t46\t181\t21.529\t22.101\t43.630",
	}
	cover := []string{"FAX / FAKSIMILI", "", "Untuk  : Subbagian Program KPU Provinsi NTT",
		"Dari   : KPU Kabupaten Manggarai Barat", "Hal    : Laporan Kinerja 2020"}
	page := append(append([]string{}, prose...), dpt...)
	for _, tc := range []struct {
		name string
		m    faxMachine
	}{
		{"stamp on top, receipt at the foot, few speckles", faxMachine{
			stamp: func(n, all int) string {
				return fmt.Sprintf("12/02/2021  08:41    FAX 0385-41122    KPU MABAR    #0312  P.%03d/%03d", n, all)
			},
			received: func(n int) string { return fmt.Sprintf("RX 12/02/2021 08:50  DARI 0385-41122  HAL %d", n) },
			stampTop: true, stampPt: 7, bodyPt: 9, speckles: 60}},
		{"stamp at the foot, dense speckles", faxMachine{
			stamp: func(n, all int) string {
				return fmt.Sprintf("Dikirim oleh: SEKRETARIAT KPU MANGGARAI BARAT  Tel/Fax 0385-41122  Hal %d dari %d", n, all)
			},
			stampPt: 6.5, bodyPt: 8.5, speckles: 400}},
		{"stamp on top in a larger size, no receipt", faxMachine{
			stamp: func(n, all int) string {
				return fmt.Sprintf("FROM : KPU KAB MABAR     PHONE NO. : 0385 41122     Feb. 12 2021 08:41AM  P%d", n)
			},
			stampTop: true, stampPt: 10, bodyPt: 8, speckles: 150}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), faxPDF(tc.m, cover, [][]string{page, page}), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if l != "" && l != "\f" {
					got = append(got, l)
				}
			}
			// the cover sheet, then the page twice
			if len(got) < 2*len(want) {
				t.Fatalf("got %d lines:\n%s", len(got), strings.Join(got, "\n"))
			}
			wantLines(t, got[len(got)-2*len(want):], append(append([]string{}, want...), want...))
		})
	}
}
