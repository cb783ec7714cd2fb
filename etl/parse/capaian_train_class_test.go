package parse

import (
	"strings"
	"testing"
)

// tkCarOf is one carriage: a box w wide (inside), the title, the name's
// lines, blank lines to pad, then the labelled figures; corners tl, tr, bl,
// br, rule h and side s.
type tkStyle struct{ tl, tr, bl, br, h, s string }

var (
	tkRound  = tkStyle{"╭", "╮", "╰", "╯", "─", "│"}
	tkSquare = tkStyle{"┌", "┐", "└", "┘", "─", "│"}
	tkHeavy  = tkStyle{"┏", "┓", "┗", "┛", "━", "┃"}
)

func tkCarOf(st tkStyle, w int, title string, name []string, fields ...string) []string {
	pad := func(s string) string { return st.s + " " + s + strings.Repeat(" ", w-1-len([]rune(s))) + st.s }
	out := []string{st.tl + strings.Repeat(st.h, w) + st.tr, pad(title)}
	for _, n := range name {
		out = append(out, pad(n))
	}
	for len(out) < 6 {
		out = append(out, pad(""))
	}
	for _, f := range fields {
		out = append(out, pad(f))
	}
	wheels := "(o)" + st.h + "(o)"
	return append(out, st.bl+st.h+wheels+strings.Repeat(st.h, w-len([]rune(wheels))-1)+st.br)
}

// tkAbreast sets carriages of one band side by side, a coupler between
// them on the fourth line and blanks on the others.
func tkAbreast(coupler string, cars ...[]string) []string {
	out := make([]string, len(cars[0]))
	gap := strings.Repeat(" ", len([]rune(coupler)))
	for i := range out {
		var parts []string
		for _, c := range cars {
			parts = append(parts, c[i])
		}
		j := gap
		if i == 3 {
			j = coupler
		}
		out[i] = "  " + strings.Join(parts, j)
	}
	return out
}

func tkDoc(bands ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian indikator kinerja tahun 2024 digambarkan sebagai rangkaian kereta berikut.", "",
		"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"[Gambar: Rangkaian Kereta Kinerja 2024 - diketik ulang]", "",
		"   _____|  KERETA KINERJA 2024 |══", "",
	}
	for _, b := range bands {
		body = append(append(body, b...), "")
	}
	return append(body, "Sumber: Subbagian Perencanaan, diolah.", "")
}

var tkWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1500|125",
	"Persentase Pemilih Tidak Terdaftar|2|1.6|120",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|<nil>",
}

// tkCars are tkWant's indicators as carriages titled by title(n), the
// figures labelled by lab (order of Target and Realisasi by swap).
func tkCars(st tkStyle, w int, title func(int) string, lab func(l, v string) string, swap bool) [][]string {
	f := func(u, t, r, c string) []string {
		tr := []string{lab("Target", t), lab("Realisasi", r)}
		if swap {
			tr[0], tr[1] = tr[1], tr[0]
		}
		return append(append([]string{lab("Satuan", u)}, tr...), lab("Capaian", c))
	}
	return [][]string{
		tkCarOf(st, w, title(1), []string{"Persentase Laporan Keuangan", "yang Disusun Tepat Waktu"}, f("%", "90,00", "95,40", "106,00 %")...),
		tkCarOf(st, w, title(2), []string{"Jumlah Pemilih Pemula yang", "Mengikuti Sosialisasi"}, f("orang", "1.200", "1.500", "125,00 %")...),
		tkCarOf(st, w, title(3), []string{"Persentase Pemilih Tidak", "Terdaftar"}, f("%", "2,00", "1,60", "120,00 %")...),
		tkCarOf(st, w, title(4), []string{"Opini BPK atas Laporan", "Keuangan"}, f("Opini", "WTP", "WTP", "100,00 %")...),
		tkCarOf(st, w, title(5), []string{"Nilai Evaluasi Akuntabilitas", "Kinerja"}, f("Predikat", "BB", "B", "-")...),
	}
}

func tkColon(l, v string) string  { return l + strings.Repeat(" ", 10-len(l)) + ": " + v }
func tkSpaced(l, v string) string { return l + strings.Repeat(" ", 11-len(l)) + v }

// TestCapaianTrain: each carriage of a train is one capaian row, read left
// to right, band by band, whatever the boxes' corners, the number abreast,
// the couplers, the titles, the labels' colons and order.
func TestCapaianTrain(t *testing.T) {
	g := tkCars(tkRound, 30, func(n int) string { return "GERBONG " + string(rune('0'+n)) }, tkColon, false)
	three := tkDoc(tkAbreast("═╪═", g[0], g[1], g[2]), tkAbreast("═╪═", g[3], g[4]))
	k := tkCars(tkSquare, 32, func(n int) string { return "Kereta-" + string(rune('0'+n)) }, tkSpaced, true)
	two := tkDoc(tkAbreast("=o=", k[0], k[1]), tkAbreast("=o=", k[2], k[3]), tkAbreast("=o=", k[4]))
	c := tkCars(tkHeavy, 30, func(n int) string { return "Carriage " + string(rune('0'+n)) + ":" }, tkColon, false)
	four := tkDoc(tkAbreast("─┼─", c[0], c[1], c[2], c[3]), tkAbreast("─┼─", c[4]))
	tests := []docCase{
		{name: "rounded carriages three abreast, ═╪═, GERBONG n, a lone last band", body: three, want: map[string][]string{"capaian": tkWant}},
		{name: "square carriages two abreast, =o=, Kereta-n, no colons, Realisasi first", body: two, want: map[string][]string{"capaian": tkWant}},
		{name: "heavy carriages four abreast, ─┼─, Carriage n:", body: four, want: map[string][]string{"capaian": tkWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestCapaianTrainDisagree: a carriage whose capaian the figures do not
// give is not loaded and is reported; the others are.
func TestCapaianTrainDisagree(t *testing.T) {
	g := tkCars(tkRound, 30, func(n int) string { return "GERBONG " + string(rune('0'+n)) }, tkColon, false)
	g[1] = tkCarOf(tkRound, 30, "GERBONG 2", []string{"Jumlah Pemilih Pemula yang", "Mengikuti Sosialisasi"},
		tkColon("Satuan", "orang"), tkColon("Target", "1.200"), tkColon("Realisasi", "1.500"), tkColon("Capaian", "160,00 %"))
	d := parseDoc(t, "disagree", tkDoc(tkAbreast("═╪═", g[0], g[1], g[2]), tkAbreast("═╪═", g[3], g[4]))...)
	wantRows(t, "capaian", factRows["capaian"](d), []string{tkWant[0], tkWant[2], tkWant[3], tkWant[4]})
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "rangkaian kotak")
	}
	if !found {
		t.Errorf("no finding for GERBONG 2's capaian")
	}
}

// TestCapaianTrainNone: look-alikes give no capaian row.
func TestCapaianTrainNone(t *testing.T) {
	prose := func(title string, lines ...string) []string { return tkCarOf(tkRound, 30, title, lines) }
	budget := func(n string) []string {
		return tkCarOf(tkRound, 30, "GERBONG "+n, []string{"Dukungan Manajemen"}, tkColon("Pagu", "1.000.000"), tkColon("Realisasi", "900.000"), tkColon("Sisa", "100.000"))
	}
	g := tkCars(tkRound, 30, func(n int) string { return "GERBONG " + string(rune('0'+n)) }, tkColon, false)
	broken := tkAbreast("═╪═", g[0], g[1])
	for i := 2; i < 6; i++ {
		broken[i] = " " + broken[i] // the sides no longer under the corners
	}
	cases := map[string][]string{
		"boxes of prose abreast": tkDoc(tkAbreast("═╪═", prose("GERBONG 1", "Realisasi program tahun ini", "berjalan dengan baik."), prose("GERBONG 2", "Target tahun depan", "lebih tinggi lagi."))),
		"budget carriages":       tkDoc(tkAbreast("═╪═", budget("1"), budget("2"))),
		"sides out of line":      tkDoc(broken),
		"untitled boxes":         tkDoc(tkAbreast("═╪═", tkCarOf(tkRound, 30, "Persentase Pemilih", nil, tkColon("Target", "2,00"), tkColon("Realisasi", "1,60"), tkColon("Capaian", "120,00 %")), tkCarOf(tkRound, 30, "Jumlah Pemilih", nil, tkColon("Target", "2,00"), tkColon("Realisasi", "1,60"), tkColon("Capaian", "120,00 %")))),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
