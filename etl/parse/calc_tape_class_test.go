package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// tapeKeg and tapeProg are a made-up budget: programs and their kegiatan,
// each kegiatan's pagu, realisasi (and so sisa).
type tapeKeg struct {
	code, name string
	pagu, real int64
}

type tapeProg struct {
	code string
	kegs []tapeKeg
}

// tapeStyle is how a clerk's machine prints and how the clerk notes a roll.
type tapeStyle struct {
	title        func(measure string) string // the roll's title line
	amount       func(v int64) string        // the machine's figure
	plus, total  string                      // the keys printed after an entry and a program's total
	grand        string                      // the grand total's key ("" for none)
	line         func(amount, key, note string) string
	clear        string // the first line ("" for none)
	subtotalToo  string // a subtotal key printed before every total ("" for none)
	grandNote    string
	tweakProgram int64 // added to the first program's printed total (a wrong subtotal)
}

func engAmount(v int64) string  { return strings.ReplaceAll(tapeFigure(v*100), ".", ",") }
func idAmount00(v int64) string { return tapeFigure(v*100) + ",00" }

func noteAfter(amount, key, note string) string {
	return fmt.Sprintf("%22s %-3s <- %s", amount, key, note)
}
func noteBefore(amount, key, note string) string {
	return fmt.Sprintf("%-12s .... %22s %s", note, amount, key)
}

// tapeRollLines prints one roll of measure "pagu", "realisasi" or "sisa".
func tapeRollLines(st tapeStyle, progs []tapeProg, measure string) []string {
	val := func(k tapeKeg) int64 {
		switch measure {
		case "pagu":
			return k.pagu
		case "realisasi":
			return k.real
		}
		return k.pagu - k.real
	}
	out := []string{st.title(measure), ""}
	if st.clear != "" {
		out = append(out, fmt.Sprintf("%22s %s", st.clear, "C"))
	}
	var grand int64
	for n, p := range progs {
		var sum int64
		for _, k := range p.kegs {
			note := k.code
			if k.name != "" {
				note += " " + k.name
			}
			out = append(out, st.line(st.amount(val(k)), st.plus, note))
			sum += val(k)
		}
		printed := sum
		if n == 0 {
			printed += st.tweakProgram
		}
		if st.subtotalToo != "" {
			out = append(out, st.line(st.amount(printed), st.subtotalToo, ""))
		}
		out = append(out, st.line(st.amount(printed), st.total, p.code), "")
		grand += sum
	}
	if st.grand != "" {
		out = append(out, st.line(st.amount(grand), st.grand, st.grandNote+" "+measure))
	}
	return append(out, "", "")
}

// tapeDoc writes the rolls in the order given under a caption.
func tapeDoc(st tapeStyle, progs []tapeProg, year int, measures ...string) []string {
	out := []string{"C. Realisasi Anggaran", "",
		"Gulungan pita kalkulator bendahara diketik ulang sebagai berikut.", "",
		fmt.Sprintf("Tabel 3.4 Realisasi Anggaran Tahun %d", year), ""}
	for _, m := range measures {
		out = append(out, tapeRollLines(st, progs, m)...)
	}
	return append(out, "Sumber: Subbagian Keuangan, Umum dan Logistik.", "")
}

var tapeBudget = []tapeProg{
	{"076.01.WA", []tapeKeg{
		{"3356", "", 1_250_400_000, 1_201_873_500},
		{"3357", "", 2_045_000_000, 1_998_765_432},
	}},
	{"076.01.CQ", []tapeKeg{
		{"6641", "", 812_300_000, 790_002_100},
		{"6642", "", 455_000_000, 451_250_000},
		{"6643", "", 1_100_000_000, 1_040_500_000},
	}},
}

// TestCalcTapeClass: the rolls of a printing calculator, one a measure,
// become the budget's rows; the machine's sums must hold.
func TestCalcTapeClass(t *testing.T) {
	casio := tapeStyle{
		title:  func(m string) string { return "[pita kalkulator Casio HR-8RC - " + strings.ToUpper(m) + " TA 2024]" },
		amount: engAmount, plus: "+", total: "*", grand: "G*", grandNote: "total",
		line: noteAfter, clear: "0",
	}
	olivetti := tapeStyle{ // notes before the amount, Indonesian figures with ,00, T and GT keys, no clear line
		title: func(m string) string {
			return "Gulungan Olivetti Logos - " + strings.ToUpper(m[:1]) + m[1:] + " Tahun Anggaran 2024"
		},
		amount: idAmount00, plus: "+", total: "T", grand: "GT", grandNote: "jumlah",
		line: noteBefore,
	}
	named := casio // notes naming the kegiatan after its code; a subtotal (◇) before each total
	named.subtotalToo = "◇"
	namedBudget := []tapeProg{{"076.01.WA", []tapeKeg{
		{"3356", "Pengelolaan Keuangan", 1_250_400_000, 1_201_873_500},
		{"3357", "Dukungan Teknis", 2_045_000_000, 1_998_765_432},
	}}}
	noGrand := casio // no grand total: the programs alone, their total from elsewhere
	noGrand.grand = ""

	type want struct {
		code, induk      string
		pagu, real, sisa int64 // 0: NULL
	}
	full := func(progs []tapeProg, total bool) []want {
		var out []want
		var gp, gr int64
		for _, p := range progs {
			var sp, sr int64
			for _, k := range p.kegs {
				sp += k.pagu
				sr += k.real
			}
			out = append(out, want{p.code, "", sp, sr, sp - sr})
			for _, k := range p.kegs {
				out = append(out, want{k.code, p.code, k.pagu, k.real, k.pagu - k.real})
			}
			gp += sp
			gr += sr
		}
		if total {
			out = append(out, want{"TOTAL", "", gp, gr, gp - gr})
		}
		return out
	}
	tests := []struct {
		name string
		body []string
		want []want
	}{
		{"casio: pagu then realisasi, notes after <-", tapeDoc(casio, tapeBudget, 2024, "pagu", "realisasi"), full(tapeBudget, true)},
		{"olivetti: notes before, ,00, T and GT", tapeDoc(olivetti, tapeBudget, 2024, "pagu", "realisasi"), full(tapeBudget, true)},
		{"rolls in the other order", tapeDoc(casio, tapeBudget, 2024, "realisasi", "pagu"), full(tapeBudget, true)},
		{"pagu and sisa rolls", tapeDoc(casio, tapeBudget, 2024, "pagu", "sisa"), nil}, // checked below: sisa kept, realisasi as the budget reader derives it
		{"named kegiatan, a subtotal under each total", tapeDoc(named, namedBudget, 2024, "pagu", "realisasi"), full(namedBudget, true)},
		{"no grand total", tapeDoc(noGrand, tapeBudget, 2024, "pagu", "realisasi"), full(tapeBudget, false)},
		// a realisasi roll alone becomes a table of codes and realisasi, which
		// the budget reader does not take for a budget (no pagu column): no
		// row, the table reported (tabel.tidak_dikenali)
		{"a realisasi roll only", tapeDoc(casio, tapeBudget, 2024, "realisasi"), []want{}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		got := map[string]facts.Anggaran{}
		for _, a := range d.Anggaran {
			if a.Tahun == 2024 {
				got[a.Kode] = a
			}
		}
		if tc.want == nil { // pagu and sisa: every row's pagu and sisa as the rolls print them
			for _, w := range full(tapeBudget, true) {
				a, ok := got[w.code]
				if !ok || i64(a.Pagu) != w.pagu || i64(a.Sisa) != w.sisa || a.KodeInduk != w.induk || a.Realisasi != nil && *a.Realisasi != w.real {
					t.Errorf("%s: %s = %+v (ok %v), want pagu %d sisa %d under %q", tc.name, w.code, a, ok, w.pagu, w.sisa, w.induk)
				}
			}
			continue
		}
		if len(tc.want) == 0 && !hasRule(d, "tabel.tidak_dikenali") {
			t.Errorf("%s: no finding tabel.tidak_dikenali in %+v", tc.name, d.Findings)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d rows, want %d: %+v", tc.name, len(got), len(tc.want), d.Anggaran)
		}
		for _, w := range tc.want {
			a, ok := got[w.code]
			switch {
			case !ok:
				t.Errorf("%s: no row %s", tc.name, w.code)
			case a.KodeInduk != w.induk || i64(a.Pagu) != w.pagu || i64(a.Realisasi) != w.real || i64(a.Sisa) != w.sisa || a.SerapanLapor != nil:
				t.Errorf("%s: %s = induk %q pagu %d real %d sisa %d serapan %v, want %q %d %d %d nil", tc.name, w.code,
					a.KodeInduk, i64(a.Pagu), i64(a.Realisasi), i64(a.Sisa), a.SerapanLapor, w.induk, w.pagu, w.real, w.sisa)
			}
		}
	}
}

// TestCalcTapeLookAlikes: tapes that are no budget, or whose sums fail,
// give no budget row.
func TestCalcTapeLookAlikes(t *testing.T) {
	casio := tapeStyle{
		title:  func(m string) string { return "[pita kalkulator Casio HR-8RC - " + strings.ToUpper(m) + " TA 2024]" },
		amount: engAmount, plus: "+", total: "*", grand: "G*", grandNote: "total",
		line: noteAfter, clear: "0",
	}
	wrong := casio
	wrong.tweakProgram = 1000 // the first program's printed total 1.000 off the entries
	honor := []string{
		"Tabel 3.6 Honorarium Badan Adhoc Tahun 2024", "",
		"[pita kalkulator - HONORARIUM PPK KECAMATAN]", "",
		"                     0 C",
		"             2,500,000 +   <- Ketua PPK",
		"             2,200,000 +   <- Anggota PPK",
		"             2,200,000 +   <- Anggota PPK",
		"             6,900,000 *   <- jumlah honor",
		"",
	}
	honorCoded := []string{ // an honorarium roll whose notes are numbers
		"[pita kalkulator - HONORARIUM PPS 2024]", "",
		"             1,500,000 +   <- 0101",
		"             1,300,000 +   <- 0102",
		"             2,800,000 *   <- jumlah",
		"",
	}
	formula := []string{ // prose figures with a plus sign
		"Jumlah pemilih 4.532 + 4.437 = 8.969 orang, dan TPS bertambah 12 + 3 dibanding 2019.", "",
	}
	tests := []struct {
		name    string
		body    []string
		finding string
	}{
		{"a program's total off its entries", tapeDoc(wrong, tapeBudget, 2024, "pagu", "realisasi"), "anggaran.pita_tidak_terbukti"},
		{"an honorarium list", honor, ""},
		{"an honorarium list with numbered notes", honorCoded, ""},
		{"plus signs in prose", formula, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		if len(d.Anggaran) > 0 {
			t.Errorf("%s: loaded %+v, want no budget row", tc.name, d.Anggaran)
		}
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s in %+v", tc.name, tc.finding, d.Findings)
		}
	}
}

// TestCalcTapeYear: the rolls' year (`TA 2023` in their titles) is the
// rows' year under a caption naming none; a caption naming another year
// than the rolls loads nothing.
func TestCalcTapeYear(t *testing.T) {
	st := tapeStyle{
		title:  func(m string) string { return "[pita kalkulator Citizen SDC-888 - " + strings.ToUpper(m) + " TA 2023]" },
		amount: engAmount, plus: "+", total: "*", grand: "G*", grandNote: "total",
		line: noteAfter, clear: "0",
	}
	yearless := tapeDoc(st, tapeBudget, 2023, "pagu", "realisasi")
	yearless[4] = "Tabel 3.4 Realisasi Anggaran"
	d := parseDoc(t, "yearless caption", yearless...)
	n := 0
	for _, a := range d.Anggaran {
		if a.Tahun != 2023 {
			t.Errorf("yearless caption: %s in %d, want 2023", a.Kode, a.Tahun)
		}
		n++
	}
	if n != 8 {
		t.Errorf("yearless caption: %d rows, want 8: %+v", n, d.Anggaran)
	}
	d = parseDoc(t, "another year", tapeDoc(st, tapeBudget, 2024, "pagu", "realisasi")...)
	if len(d.Anggaran) > 0 || !hasRule(d, "anggaran.pita_tidak_terbukti") {
		t.Errorf("another year: loaded %+v, want nothing and anggaran.pita_tidak_terbukti", d.Anggaran)
	}
}
