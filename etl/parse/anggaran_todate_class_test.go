package parse

import (
	"fmt"
	"strings"
	"testing"
)

// toDateLine is one budget line of a realisation report: its realisasi up
// to the previous period and in this period.
type toDateLine struct {
	code, name       string
	pagu, lalu, kini int64
}

// toDateLines: two programs, three kegiatan, their sums on the program
// rows, and the satker's total last (code "").
func toDateLines() []toDateLine {
	k := []toDateLine{
		{"3357", "Layanan Umum dan Kerumahtanggaan", 1_318_600_000, 1_090_412_300, 201_337_950},
		{"3360", "Dukungan Operasional Perkantoran", 2_046_250_000, 1_712_004_125, 297_650_000},
		{"6639", "Fasilitasi Penyelenggaraan Tahapan", 1_702_000_000, 1_309_775_400, 355_120_600},
	}
	sum := func(code, name string, ls ...toDateLine) toDateLine {
		s := toDateLine{code: code, name: name}
		for _, l := range ls {
			s.pagu, s.lalu, s.kini = s.pagu+l.pagu, s.lalu+l.lalu, s.kini+l.kini
		}
		return s
	}
	return []toDateLine{sum("076.01.WA", "Program Dukungan Manajemen", k[0], k[1]), k[0], k[1],
		sum("076.01.CQ", "Program Penyelenggaraan Pemilu", k[2]), k[2], sum("", "JUMLAH SATKER", k...)}
}

// toDateCells writes a line's cells: code, name, pagu, realisasi up to
// the previous period, this period, up to this period, sisa, percent.
// off is added to the cumulative cell (a misprint the parts disprove).
func toDateCells(l toDateLine, off int64) []string {
	sd := l.lalu + l.kini
	pct := strings.Replace(fmt.Sprintf("%.2f", float64(sd)*100/float64(l.pagu)), ".", ",", 1)
	return []string{l.code, l.name, rupiah(l.pagu), rupiah(l.lalu), rupiah(l.kini), rupiah(sd + off), rupiah(l.pagu - sd), pct}
}

// toDateTable writes the report: the application's header block (a
// blank line under it when the period ends in a newline), the column titles
// (one or two TAB lines), the rows and a print footer; bad names the code
// of a row whose cumulative cell is misprinted.
func toDateTable(title, period string, head []string, bad string) []string {
	out := []string{"Realisasi anggaran tahun 2024 menurut laporan yang dicetak dari aplikasi keuangan:", "",
		title, "Kementerian/Lembaga\t: (076) Komisi Pemilihan Umum", "Satuan Kerja\t: (671190) KPU Kabupaten Sikka",
		"Periode\t: " + strings.TrimSuffix(period, "\n")}
	if strings.HasSuffix(period, "\n") {
		out = append(out, "")
	}
	out = append(out, head...)
	for _, l := range toDateLines() {
		var off int64
		if bad != "" && l.code == bad {
			off = 1_000_000
		}
		out = append(out, strings.Join(toDateCells(l, off), "\t"))
	}
	return append(out, "Dicetak oleh: operator_sikka\tTanggal cetak: 08-01-2025 08:31\tHalaman 1 dari 1", "",
		"Sisa anggaran berasal dari efisiensi belanja perjalanan dinas.")
}

// paddedLine writes cells as pdftotext -layout does: the code and name
// left-aligned, the figures right-aligned, in columns of widths w.
func paddedLine(w []int, cells []string) string {
	var b strings.Builder
	b.WriteString("  ")
	for j, c := range cells {
		if j < 2 {
			b.WriteString(c + strings.Repeat(" ", w[j]-len(c)))
		} else {
			b.WriteString(strings.Repeat(" ", w[j]-len(c)) + c)
		}
		b.WriteString("   ")
	}
	return strings.TrimRight(b.String(), " ")
}

// toDateAligned is the report as pdftotext -layout writes it: padded
// columns, the long titles wrapped over two lines, no TAB; framed, with
// the application's header block right above the titles and its print
// footer right under the rows.
func toDateAligned(framed bool) []string {
	w := []int{11, 36, 15, 15, 14, 15, 13, 7}
	line := func(cells []string) string { return paddedLine(w, cells) }
	out := []string{"Realisasi anggaran tahun 2024 dicetak dari aplikasi keuangan sebagai berikut.", ""}
	if framed {
		out = append(out, "                         LAPORAN REALISASI ANGGARAN BELANJA",
			"  KEMENTERIAN/LEMBAGA    : (076) KOMISI PEMILIHAN UMUM", "  SATKER                 : (671190) KPU KABUPATEN SIKKA",
			"  PERIODE                : s.d. DESEMBER 2024")
	}
	out = append(out, line([]string{"KODE", "URAIAN", "PAGU", "REALISASI S.D.", "REALISASI", "REALISASI S.D.", "SISA PAGU", "% REAL"}),
		line([]string{"", "", "", "PERIODE LALU", "PERIODE INI", "PERIODE INI", "", ""}))
	for _, l := range toDateLines() {
		out = append(out, line(toDateCells(l, 0)))
	}
	if framed {
		out = append(out, "  Dicetak oleh : opr_sikka          Tgl Cetak : 07-01-2025 14:02:51              Halaman : 1 / 1")
	}
	return append(out, "", "Sisa anggaran berasal dari efisiensi belanja perjalanan dinas.")
}

// TestBudgetToDateReport: a finance application's realisation report
// prints the realisasi up to the previous period, in this period and up to
// this period; the last is the realisasi, proven by the other two, which
// are no facts.
func TestBudgetToDateReport(t *testing.T) {
	var want []string
	for _, l := range toDateLines() {
		code, lvl, parent := l.code, "kegiatan", "076.01.WA"
		switch {
		case code == "":
			code, lvl, parent = "TOTAL", "total", ""
		case strings.HasPrefix(code, "076"):
			lvl, parent = "program", ""
		case code == "6639":
			parent = "076.01.CQ"
		}
		sd := l.lalu + l.kini
		want = append(want, fmt.Sprintf("%s|%s|%s|2024|%d|%d|%d", code, lvl, parent, l.pagu, sd, l.pagu-sd))
	}
	flat := "KODE\tURAIAN\tPAGU\tREALISASI S.D. PERIODE LALU\tREALISASI PERIODE INI\tREALISASI S.D. PERIODE INI\tSISA PAGU\t% REAL"
	grouped := []string{"Kode\tUraian\tPagu\tRealisasi\t\t\tSisa Pagu\t%", "\t\t\ts.d. Bulan Lalu\tBulan Ini\ts.d. Bulan Ini"}
	english := "Code\tDescription\tBudget\tRealization up to Last Period\tRealization This Period\tRealization up to This Period\tBalance\t%"
	body := func(lines []string) []string { return lines }
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "periode columns", body: body(toDateTable("LAPORAN REALISASI ANGGARAN BELANJA", "Januari s.d. Desember 2024\n", []string{flat}, "")),
			want: map[string][]string{"anggaran": want}},
		{name: "bulan columns under a Realisasi group", body: body(toDateTable("LAPORAN REALISASI BELANJA", "s.d. Desember 2024\n", grouped, "")),
			want: map[string][]string{"anggaran": want}},
		{name: "months named instead of lalu and ini", body: body(toDateTable("LAPORAN REALISASI BELANJA", "Tahun Anggaran 2024\n",
			[]string{"Kode\tUraian\tPagu\tRealisasi\t\t\tSisa Pagu\t%", "\t\t\ts.d. November\tDesember\ts.d. Desember"}, "")),
			want: map[string][]string{"anggaran": want}},
		{name: "English titles", body: body(toDateTable("BUDGET REALIZATION REPORT", "up to December 2024\n", []string{english}, "")),
			want: map[string][]string{"anggaran": want}},
		{name: "space-aligned, titles wrapped", body: body(toDateAligned(false)), want: map[string][]string{"anggaran": want}},
		{name: "header block right above the titles", body: body(toDateTable("LAPORAN REALISASI ANGGARAN", "Desember 2024", []string{flat}, "")),
			want: map[string][]string{"anggaran": want}},
		{name: "space-aligned, header block and print footer", body: body(toDateAligned(true)), want: map[string][]string{"anggaran": want}},
	})
}

// TestBudgetToDateUnproven: a cumulative cell the two period cells do not
// make leaves every realisasi of the table NULL, with a finding; no period
// column is ever read in its place.
func TestBudgetToDateUnproven(t *testing.T) {
	for _, head := range [][]string{
		{"KODE\tURAIAN\tPAGU\tREALISASI S.D. PERIODE LALU\tREALISASI PERIODE INI\tREALISASI S.D. PERIODE INI\tSISA PAGU\t% REAL"},
		{"Kode\tUraian\tPagu\tRealisasi\t\t\tSisa Pagu\t%", "\t\t\ts.d. Bulan Lalu\tBulan Ini\ts.d. Bulan Ini"},
	} {
		d := parseDoc(t, head[0], toDateTable("LAPORAN REALISASI BELANJA", "s.d. Desember 2024\n", head, "3360")...)
		if len(d.Anggaran) == 0 {
			t.Errorf("%s: no budget row", head[0])
		}
		for _, a := range d.Anggaran {
			if a.Realisasi != nil {
				t.Errorf("%s: %s realisasi %d, want NULL", head[0], a.Kode, *a.Realisasi)
			}
		}
		if !hasRule(d, "anggaran.realisasi_periode_tidak_cocok") {
			t.Errorf("%s: no anggaran.realisasi_periode_tidak_cocok", head[0])
		}
	}
}

// TestBudgetToDateHalfYear: a report printed up to a month before
// December gives the pagu only: its realisasi, sisa and percent are not
// the year's.
func TestBudgetToDateHalfYear(t *testing.T) {
	flat := "KODE\tURAIAN\tPAGU\tREALISASI S.D. PERIODE LALU\tREALISASI PERIODE INI\tREALISASI S.D. PERIODE INI\tSISA PAGU\t% REAL"
	byMonth := []string{"Kode\tUraian\tPagu\tRealisasi\t\t\tSisa Pagu\t%", "\t\t\ts.d. Mei\tJuni\ts.d. Juni"}
	for _, period := range []string{"Januari s.d. Juni 2024\n", "s.d. September 2024", "up to April 2024\n", "2024\n"} {
		head := []string{flat}
		if period == "2024\n" {
			head = byMonth // the titles name the month
		}
		d := parseDoc(t, period, toDateTable("LAPORAN REALISASI ANGGARAN BELANJA", period, head, "")...)
		if len(d.Anggaran) == 0 {
			t.Errorf("%s: no budget row", period)
		}
		for _, a := range d.Anggaran {
			if a.Pagu == nil || a.Realisasi != nil || a.Sisa != nil || a.SerapanLapor != nil {
				t.Errorf("%s: %s pagu %s realisasi %s sisa %s serapan %s, want the pagu alone", period, a.Kode, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), nv(a.SerapanLapor))
			}
		}
		if !hasRule(d, "anggaran.realisasi_bukan_setahun") {
			t.Errorf("%s: no anggaran.realisasi_bukan_setahun", period)
		}
	}
}
