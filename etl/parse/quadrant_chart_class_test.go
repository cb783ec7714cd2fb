package parse

import (
	"fmt"
	"strings"
	"testing"
)

// quadDoc wraps a made-up quadrant chart in a report's section: the
// caption, the figure's bracket line, the chart, its key.
func quadDoc(chart []string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian indikator kinerja dipetakan pada dasbor ke dalam kuadran. Diagram itu diketik ulang.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"[Gambar: Kuadran Capaian Indikator Kinerja Tahun 2024 - diketik ulang]", "",
	}
	body = append(body, chart...)
	return append(body, "", "T target, R realisasi, C capaian (%).", "", "Sumber: Subbagian Program dan Data.", "")
}

// quadBox sets one box: its heading, a dashed rule, its entries (each
// the name's lines, then the figure line indented).
func quadBox(head string, entries ...[]string) []string {
	out := []string{strings.Repeat("=", 80), head, strings.Repeat("-", 80)}
	if len(entries) == 0 {
		return append(out, "  (tidak ada)", "")
	}
	for _, e := range entries {
		for _, l := range e[:len(e)-1] {
			out = append(out, "  "+l)
		}
		out = append(out, "      "+e[len(e)-1])
	}
	return append(out, "")
}

// quadBeside sets two boxes abreast, the left one width wide, sep between.
func quadBeside(width int, sep string, left, right []string) []string {
	var out []string
	for k := 0; k < max(len(left), len(right)); k++ {
		l, r := "", ""
		if k < len(left) {
			l = left[k]
		}
		if k < len(right) {
			r = right[k]
		}
		out = append(out, strings.TrimRight(fmt.Sprintf("%-*s%s %s", width, l, sep, r), " "))
	}
	return out
}

var quadWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Persentase Pegawai yang Mengikuti Bimbingan Teknis Kepemiluan|80|74|92.5",
	"Indeks Kepuasan Layanan Informasi Publik|3.5|3.85|110",
	"Nilai Evaluasi AKIP Sekretariat|<nil>|<nil>|100",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
}

// TestQuadrantCharts: a quadrant chart's entries are one capaian row
// each, in IKU order, whatever box they stand in, with T/R/C or
// Target:/Real.:/Capaian: labels, boxes one under another or two
// abreast, units in brackets or none.
func TestQuadrantCharts(t *testing.T) {
	e1 := []string{"IKU 1 Persentase Laporan Keuangan yang Disusun", "Tepat Waktu [%]", "T = 90,00   R = 95,40   C = 106,00"}
	e2 := []string{"IKU 2 Persentase Pegawai yang Mengikuti Bimbingan Teknis Kepemiluan [%]", "T = 80,00   R = 74,00   C = 92,50"}
	e3 := []string{"IKU 3 Indeks Kepuasan Layanan Informasi Publik", "[Indeks]", "T = 3,50   R = 3,85   C = 110,00"}
	e4 := []string{"IKU 4 Nilai Evaluasi AKIP Sekretariat [Predikat]", "T = BB   R = BB   C = 100,00"}
	e5 := []string{"IKU 5 Opini BPK atas Laporan Keuangan [Opini]", "T = WTP   R = WTP   C = 100,00"}
	stacked := append(append(append(append(
		quadBox("KUADRAN I   TERCAPAI (>= 100%)", e3, e1),
		quadBox("KUADRAN II  HAMPIR TERCAPAI (90-99%)", e2)...),
		quadBox("KUADRAN III PERLU PERHATIAN (< 90%)")...),
		quadBox("KUADRAN IV  PREDIKAT / OPINI", e4, e5)...),
		strings.Repeat("=", 80))

	relabel := func(e []string) []string {
		out := append([]string{}, e...)
		f := out[len(out)-1]
		f = strings.Replace(f, "T = ", "Target: ", 1)
		f = strings.Replace(f, "R = ", "Real.: ", 1)
		f = strings.Replace(f, "C = ", "Capaian: ", 1)
		out[len(out)-1] = f
		return out
	}
	unbracket := func(e []string) []string {
		var out []string
		for _, l := range e {
			l = strings.TrimSpace(quadUnit.ReplaceAllString(l, ""))
			if l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	labelled := append(append(append(
		quadBox("Kuadran 1 - Tercapai (≥ 100%)", relabel(e1), relabel(e3)),
		quadBox("Kuadran 2 - Hampir tercapai (90 s.d. 99%)", relabel(e2))...),
		quadBox("Kuadran 4 - Predikat dan opini", relabel(e4), relabel(e5))...),
		strings.Repeat("=", 80))
	plain := append(append(
		quadBox("QUADRANT I  >= 100%", unbracket(e1), unbracket(e3)),
		quadBox("QUADRANT II 90-99%", unbracket(e2))...),
		quadBox("QUADRANT IV GRADES", unbracket(e4), unbracket(e5))...)
	plainWant := append([]string{}, quadWant...)

	// two boxes abreast: the names wrapped narrower to fit their column
	narrow := func(e []string) []string {
		var out []string
		for _, l := range e[:len(e)-1] {
			for len(l) > 34 {
				k := strings.LastIndex(l[:34], " ")
				out = append(out, l[:k])
				l = l[k+1:]
			}
			out = append(out, l)
		}
		f := strings.ReplaceAll(e[len(e)-1], "   ", " ")
		return append(out, f)
	}
	boxRows := func(head string, es ...[]string) []string {
		out := []string{head, strings.Repeat("-", 38)}
		for _, e := range es {
			for _, l := range e[:len(e)-1] {
				out = append(out, " "+l)
			}
			out = append(out, "   "+e[len(e)-1])
		}
		if len(es) == 0 {
			out = append(out, " (tidak ada)")
		}
		return out
	}
	beside := func(sep string) []string {
		out := []string{strings.Repeat("=", 80)}
		out = append(out, quadBeside(40, sep, boxRows("KUADRAN II HAMPIR (90-99%)", narrow(e2)), boxRows("KUADRAN I TERCAPAI (>= 100%)", narrow(e1), narrow(e3)))...)
		out = append(out, strings.Repeat("=", 80))
		out = append(out, quadBeside(40, sep, boxRows("KUADRAN III PERLU PERHATIAN (< 90%)"), boxRows("KUADRAN IV PREDIKAT / OPINI", narrow(e4), narrow(e5)))...)
		return append(out, strings.Repeat("=", 80))
	}

	tests := []docCase{
		{name: "boxes one under another, T/R/C", body: quadDoc(stacked), want: map[string][]string{"capaian": quadWant}},
		{name: "Target:/Real.:/Capaian: labels, bands in words", body: quadDoc(labelled), want: map[string][]string{"capaian": quadWant}},
		{name: "no unit brackets, English headings", body: quadDoc(plain), want: map[string][]string{"capaian": plainWant}},
		{name: "two boxes abreast, a rule between", body: quadDoc(beside("|")), want: map[string][]string{"capaian": quadWant}},
		{name: "two boxes abreast, spaces between", body: quadDoc(beside(" ")), want: map[string][]string{"capaian": quadWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestQuadrantChartsNone: a legend listing each box's indicators without
// figures, and an entry whose capaian falls outside its box's band (the
// figures then prove nothing), give no such row.
func TestQuadrantChartsNone(t *testing.T) {
	legend := append(append(
		quadBox("KUADRAN I   TERCAPAI (>= 100%)", []string{"IKU 1 Persentase Laporan Keuangan Tepat Waktu [%]", "(lihat Tabel 3.2)"}),
		quadBox("KUADRAN II  HAMPIR TERCAPAI (90-99%)")...), strings.Repeat("=", 80))
	legendOnly := []string{
		"KUADRAN I   TERCAPAI (>= 100%)     indikator dengan capaian paling sedikit 100%",
		"KUADRAN II  HAMPIR TERCAPAI        capaian 90 sampai 99%",
		"KUADRAN III PERLU PERHATIAN        capaian di bawah 90%",
	}
	outside := append(quadBox("KUADRAN II  HAMPIR TERCAPAI (90-99%)",
		[]string{"IKU 1 Persentase Laporan Keuangan Tepat Waktu [%]", "T = 90,00   R = 95,40   C = 106,00"}), strings.Repeat("=", 80))
	wrong := append(quadBox("KUADRAN I   TERCAPAI (>= 100%)",
		[]string{"IKU 1 Persentase Laporan Keuangan Tepat Waktu [%]", "T = 90,00   R = 106,00   C = 195,40"}), strings.Repeat("=", 80))
	cases := map[string][]string{
		"legend entries without figures": quadDoc(legend),
		"a legend of the bands only":     quadDoc(legendOnly),
		"capaian outside its band":       quadDoc(outside),
		"capaian not R/T":                quadDoc(wrong),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Capaian) != 0 {
				t.Errorf("capaian rows read: %v", factRows["capaian"](d))
			}
		})
	}
}
