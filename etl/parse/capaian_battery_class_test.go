package parse

import (
	"strings"
	"testing"
)

// btInd is one made-up indicator: its name's lines, unit, target,
// realisasi, the figure after the battery and the fill (0..10 tenths).
type btInd struct {
	name          []string
	unit, t, r, c string
	fill          int
}

var btInds = []btInd{
	{[]string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "%", "90,00", "95,40", "106,00 %", 10},
	{[]string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi"}, "orang", "1.200", "1.500", "125,00 %", 10},
	{[]string{"Persentase Pemilih Tidak Terdaftar"}, "%", "2,00", "1,60", "120,00 %", 10},
	{[]string{"Persentase Tindak Lanjut Rekomendasi", "Hasil Pemeriksaan"}, "%", "100,00", "87,50", "87,50 %", 8},
	{[]string{"Opini BPK atas Laporan Keuangan"}, "Opini", "WTP", "WTP", "100,00 %", 0},
	{[]string{"Nilai Evaluasi Akuntabilitas Kinerja"}, "Predikat", "B", "BB", "-", 0},
}

var btWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1500|125",
	"Persentase Pemilih Tidak Terdaftar|2|1.6|120",
	"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan|100|87.5|87.5",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|<nil>",
}

// btStyle draws a battery: the body's sides, fill, blank, terminal, and
// the top and bottom rules (none when empty).
type btStyle struct {
	open, close, full, empty, term string
	top, bottom                    string
}

var (
	btBox    = btStyle{"│", "│", "█", " ", "▌", "┌%s┐", "└%s┘"}
	btRound  = btStyle{"│", "│", "█", " ", "▐", "╭%s╮", "╰%s╯"}
	btSquare = btStyle{"[", "]", "■", "□", "", "", ""}
	btHash   = btStyle{"|", "|", "#", " ", "=", "", ""}
)

// btDraw: the battery's lines (top, body with the figure, bottom).
func btDraw(st btStyle, w int, in btInd) []string {
	n := in.fill * w / 10
	body := st.open + strings.Repeat(st.full, n) + strings.Repeat(st.empty, w-n) + st.close + st.term + "  " + in.c
	var out []string
	if st.top != "" {
		out = append(out, strings.Replace(st.top, "%s", strings.Repeat("─", w), 1))
	}
	out = append(out, body)
	if st.bottom != "" {
		out = append(out, strings.Replace(st.bottom, "%s", strings.Repeat("─", w), 1))
	}
	return out
}

// btOne: one battery as lines: the heading with the name (wrapped under
// it, or on one line), the drawing indented, the labels.
func btOne(st btStyle, head string, oneLine bool, labels func(btInd) []string, in btInd) []string {
	name := in.name
	if oneLine {
		name = []string{strings.Join(in.name, " ")}
	}
	var out []string
	pad := "    "
	if head != "" {
		out = append(out, "  "+head+"  "+name[0])
		for _, l := range name[1:] {
			out = append(out, "  "+strings.Repeat(" ", len(head)+2)+l)
		}
	} else {
		pad = ""
		out = append(out, name...)
	}
	for _, l := range btDraw(st, 20, in) {
		out = append(out, pad+l)
	}
	for _, l := range labels(in) {
		out = append(out, pad+l)
	}
	return out
}

// btSide sets batteries side by side, each column w wide.
func btSide(w int, cols ...[]string) []string {
	h := 0
	for _, c := range cols {
		h = max(h, len(c))
	}
	out := make([]string, h)
	for i := range out {
		var b strings.Builder
		for k, c := range cols {
			s := ""
			if i < len(c) {
				s = c[i]
			}
			if k+1 < len(cols) {
				s += strings.Repeat(" ", max(w-len([]rune(s)), 2))
			}
			b.WriteString(s)
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return out
}

func btDoc(parts ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Layar informasi kantor menampilkan capaian setiap indikator sebagai ikon baterai.", "",
		"Tabel 3.2 Capaian Kinerja Tahun 2024", "",
		"[Gambar: Baterai Kinerja - teks layar diketik ulang]", "",
	}
	for _, p := range parts {
		body = append(append(body, p...), "")
	}
	return append(body, "Baterai penuh berarti capaian 100%.", "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

func btOneLine(in btInd) []string {
	return []string{"Satuan: " + in.unit + "   Target: " + in.t + "   Realisasi: " + in.r}
}

func btShort(in btInd) []string {
	return []string{"Sat. " + in.unit + "   Tgt " + in.t + "   Real " + in.r}
}

func btLines(in btInd) []string {
	return []string{"Satuan    : " + in.unit, "Target    : " + in.t, "Realisasi : " + in.r}
}

func btWithCap(in btInd) []string {
	c := strings.TrimSpace(strings.TrimSuffix(in.c, "%"))
	return []string{"Target = " + in.t + " | Realisasi = " + in.r, "Unit = " + in.unit + " | Capaian = " + c}
}

// TestBatteries: each battery is one capaian row, whatever its drawing,
// heading, labels and number abreast; the fill is never read.
func TestBatteries(t *testing.T) {
	var stacked, square, hashed [][]string
	for k, in := range btInds {
		stacked = append(stacked, btOne(btBox, "IKU "+string(rune('1'+k)), false, btOneLine, in))
		square = append(square, btOne(btSquare, "", true, btLines, in))
		hashed = append(hashed, btOne(btHash, "Indikator "+string(rune('1'+k))+".", false, btWithCap, in))
	}
	var abreast [][]string
	for k := 0; k < len(btInds); k += 2 {
		a := btOne(btRound, "IKSS "+string(rune('1'+k)), true, btShort, btInds[k])
		b := btOne(btRound, "IKSS "+string(rune('2'+k)), true, btShort, btInds[k+1])
		abreast = append(abreast, btSide(70, a, b))
	}
	// a grade after an empty battery instead of a figure: no capaian stated.
	grade := btInds[4]
	grade.c = "WTP"
	gradeWant := append(append([]string{}, btWant[:4]...), "Opini BPK atas Laporan Keuangan|<nil>|<nil>|<nil>", btWant[5])
	var graded [][]string
	for k, in := range btInds {
		if k == 4 {
			in = grade
		}
		graded = append(graded, btOne(btBox, "IKU "+string(rune('1'+k)), false, btOneLine, in))
	}
	// the fill drawn wrong (full where the capaian is low): shape only.
	filled := append([]btInd{}, btInds...)
	filled[3].fill = 10
	filled[0].fill = 2
	var refilled [][]string
	for k, in := range filled {
		refilled = append(refilled, btOne(btBox, "IKU "+string(rune('1'+k)), false, btOneLine, in))
	}
	var packed []string
	for _, p := range stacked {
		packed = append(packed, p...)
	}
	tests := []docCase{
		{name: "boxed batteries one under another, IKU n, names wrapped", body: btDoc(stacked...), want: map[string][]string{"capaian": btWant}},
		{name: "boxed batteries with no blank line between", body: btDoc(packed), want: map[string][]string{"capaian": btWant}},
		{name: "rounded batteries two abreast, IKSS n, names on one line, Sat./Tgt/Real", body: btDoc(abreast...), want: map[string][]string{"capaian": btWant}},
		{name: "[■■□] batteries, no numbering, labels on separate lines", body: btDoc(square...), want: map[string][]string{"capaian": btWant}},
		{name: "|## | batteries, Indikator n., labels with = and a Capaian equal to the figure", body: btDoc(hashed...), want: map[string][]string{"capaian": btWant}},
		{name: "a grade after the battery", body: btDoc(graded...), want: map[string][]string{"capaian": gradeWant}},
		{name: "the fill disagreeing with the figure", body: btDoc(refilled...), want: map[string][]string{"capaian": btWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestBatteriesDisagree: a battery whose figure the target and realisasi
// do not give is reported and not loaded; the others are.
func TestBatteriesDisagree(t *testing.T) {
	var parts [][]string
	for k, in := range btInds {
		if k == 1 {
			in.c = "160,00 %"
		}
		parts = append(parts, btOne(btBox, "IKU "+string(rune('1'+k)), false, btOneLine, in))
	}
	d := parseDoc(t, "disagree", btDoc(parts...)...)
	wantRows(t, "capaian", factRows["capaian"](d), append([]string{btWant[0]}, btWant[2:]...))
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "baterai capaian")
	}
	if !found {
		t.Errorf("no finding for IKU 2's capaian")
	}
}

// TestBatteriesNone: bars that are no battery of an indicator give no
// capaian row.
func TestBatteriesNone(t *testing.T) {
	cases := map[string][]string{
		"a download's progress bar": {
			"Realisasi laporan diunggah ke aplikasi.", "",
			"Mengunduh lkj-2024.pdf", "[##########          ] 50 %", "Sisa waktu: 2 menit", "",
		},
		"a legend of bars, no target or realisasi": btDoc(
			[]string{"Keterangan isi baterai", "│██████████│▌  100 %", "Sangat baik", ""},
			[]string{"Realisasi di bawah target", "│████      │▌  40 %", "Kurang", ""},
		),
		"bars over labels of another kind": btDoc(
			[]string{"IKU 1  Persentase Laporan Keuangan", "    │██████████│▌  95,00 %", "    Pagu: 1.000.000   Realisasi: 950.000   Sisa: 50.000"},
		),
		"empty cells of a pipe table": {
			"| No | Indikator | Target | Realisasi |", "|    |           |", "|------|------|", "| 1 | Persentase | 90,00 | 95,40 |", "",
		},
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
