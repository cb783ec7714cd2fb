package parse

import (
	"fmt"
	"strings"
	"testing"
)

// tpInd is one made-up route: the name's lines, the target and realisasi
// with their units as printed, the progress ("" when not printed) and the
// status tag.
type tpInd struct {
	name        []string
	t, r, c, st string
}

var tpInds = []tpInd{
	{[]string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "90,00 %", "95,40 %", "106,00 %", "[TIBA]"},
	{[]string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi Tatap Muka"}, "1.200 orang", "1.500 orang", "125,00 %", "[TIBA]"},
	{[]string{"Persentase Pemilih Tidak Terdaftar"}, "2,00 %", "1,60 %", "120,00 %", "[TIBA]"},
	{[]string{"Persentase Tindak Lanjut Rekomendasi", "Hasil Pemeriksaan Inspektorat"}, "100,00 %", "87,50 %", "87,50 %", "[BELUM TIBA]"},
	{[]string{"Opini BPK atas Laporan Keuangan"}, "WTP Opini", "WTP Opini", "100,00 %", "[TIBA]"},
	{[]string{"Nilai Evaluasi Akuntabilitas Kinerja"}, "BB Predikat", "B Predikat", "-", "[BELUM TIBA]"},
}

var tpWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
	"Persentase Pemilih Tidak Terdaftar|2|1.6|120",
	"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|100|87.5|87.5",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|<nil>",
}

// tpStyle: a trip summary's drawing and words.
type tpStyle struct {
	head              string // the route heading's word
	tl, rl, cl        string // the labels of target, realisasi, progress
	side, rule, thick string // the frame's side and rules; none when ""
	oneLine           bool   // target and realisasi on one line
	tagAlone          bool   // the status tag on its own line
	sep               string // between a label and its figure; " : " when ""
}

// tpFrame pads a line into the frame (or leaves it bare without one).
func tpFrame(st tpStyle, s string) string {
	if st.side == "" {
		return s
	}
	return st.side + " " + s + strings.Repeat(" ", max(0, 66-len([]rune(s)))) + " " + st.side
}

// tpDraw: the whole summary, its head, routes, rules and key.
func tpDraw(st tpStyle, inds []tpInd) []string {
	sep := st.sep
	if sep == "" {
		sep = " : "
	}
	var out []string
	rule := func(r string) {
		if r != "" {
			out = append(out, "+"+strings.Repeat(r, 68)+"+")
		}
	}
	rule(st.thick)
	out = append(out, tpFrame(st, "NAVIGASI KINERJA - RINGKASAN PERJALANAN"),
		tpFrame(st, "Kendaraan : EB 1234 XY                 Periode : Januari - Desember"))
	rule(st.thick)
	if st.thick == "" {
		out = append(out, "")
	}
	for k, in := range inds {
		out = append(out, tpFrame(st, fmt.Sprintf("%s %d    %s", st.head, k+1, in.name[0])))
		for _, n := range in.name[1:] {
			out = append(out, tpFrame(st, "          "+n))
		}
		if st.oneLine {
			out = append(out, tpFrame(st, "  "+st.tl+sep+in.t+"    "+st.rl+sep+in.r))
		} else {
			out = append(out, tpFrame(st, "  "+st.tl+"    "+sep+in.t), tpFrame(st, "  "+st.rl+"  "+sep+in.r))
		}
		if in.c != "" {
			l := "  " + st.cl + sep + in.c
			if !st.tagAlone {
				l += "          " + in.st
			}
			out = append(out, tpFrame(st, l))
		}
		if st.tagAlone {
			out = append(out, tpFrame(st, "                                             "+in.st))
		}
		if st.rule != "" {
			rule(st.rule)
		} else {
			out = append(out, "")
		}
	}
	return append(out, "  "+st.tl+" = target; "+st.rl+" = realisasi; "+st.cl+" = capaian (%).")
}

func tpDoc(parts ...string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian kinerja digambarkan sebagai ringkasan perjalanan navigasi kendaraan dinas.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"[Cetak: Ringkasan Perjalanan Navigasi Kinerja - diketik ulang]", "",
	}
	body = append(body, parts...)
	return append(body, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

var (
	tpBoxed = tpStyle{head: "RUTE", tl: "Tujuan", rl: "Ditempuh", cl: "Progres Rute", side: "|", rule: "-", thick: "="}
	tpBare  = tpStyle{head: "Rute", tl: "Sasaran", rl: "Jarak tempuh", cl: "Kemajuan"}
	tpSpace = tpStyle{head: "RUTE", tl: "TUJUAN", rl: "DITEMPUH", cl: "PROGRES", side: "│", rule: "─", thick: "─", sep: "   "}
	tpDbl   = tpStyle{head: "ROUTE", tl: "Target", rl: "Jarak Ditempuh", cl: "Progres", side: "║", rule: "═", thick: "═", oneLine: true, tagAlone: true}
)

// TestTripSummaries: each route is one capaian row, whatever its frame,
// its words and the way its labels stand.
func TestTripSummaries(t *testing.T) {
	// no progress printed on route 2: loaded without a capaian.
	gone := append([]tpInd{}, tpInds...)
	gone[1].c = ""
	goneWant := append([]string{}, tpWant...)
	goneWant[1] = "Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|<nil>"
	tests := []docCase{
		{name: "a +/= ruled box, RUTE n, Tujuan/Ditempuh/Progres Rute, tags at the end", body: tpDoc(tpDraw(tpBoxed, tpInds)...), want: map[string][]string{"capaian": tpWant}},
		{name: "no frame, routes between blank lines, Sasaran/Jarak tempuh/Kemajuan", body: tpDoc(tpDraw(tpBare, tpInds)...), want: map[string][]string{"capaian": tpWant}},
		{name: "a double-ruled box, ROUTE n, target and distance on one line, tags alone", body: tpDoc(tpDraw(tpDbl, tpInds)...), want: map[string][]string{"capaian": tpWant}},
		{name: "capitals labels with no colon, figures after spaces, a single-ruled box", body: tpDoc(tpDraw(tpSpace, tpInds)...), want: map[string][]string{"capaian": tpWant}},
		{name: "a route whose progress is not printed", body: tpDoc(tpDraw(tpBoxed, gone)...), want: map[string][]string{"capaian": goneWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestTripSummariesDisagree: a route whose progress its figures do not
// give is reported and not loaded; the others are.
func TestTripSummariesDisagree(t *testing.T) {
	inds := append([]tpInd{}, tpInds...)
	inds[2].c = "95,00 %"
	d := parseDoc(t, "disagree", tpDoc(tpDraw(tpBoxed, inds)...)...)
	wantRows(t, "capaian", factRows["capaian"](d), append(append([]string{}, tpWant[:2]...), tpWant[3:]...))
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "ringkasan perjalanan")
	}
	if !found {
		t.Errorf("no finding for route 3's progress")
	}
}

// TestTripSummariesNone: a trip that is no indicator's gives no capaian
// row.
func TestTripSummariesNone(t *testing.T) {
	trip := []tpInd{
		{[]string{"Betun - Atambua (monitoring logistik)"}, "120 km", "60 km", "50,00 %", "[BELUM TIBA]"},
		{[]string{"Betun - Kobalima"}, "40 km", "40 km", "100,00 %", "[TIBA]"},
	}
	places := []tpInd{
		{[]string{"Kantor KPU - Gudang Logistik"}, "Gudang Logistik", "12 km", "100 %", "[TIBA]"},
	}
	cases := map[string][]string{
		"the office car's trip log in km": tpDoc(tpDraw(tpBoxed, trip)...),
		"a route to a place":              tpDoc(tpDraw(tpBoxed, places)...),
		"a car's log of fuel and time": tpDoc(
			"RUTE 1  Betun - Weliman",
			"  Jarak tempuh : 48 km",
			"  BBM          : 6 liter",
			"  Durasi       : 1 jam 20 menit", ""),
		"prose about routes": tpDoc(
			"Rute 1 distribusi logistik melalui jalur selatan ditempuh dalam dua hari,",
			"sedangkan rute 2 melalui jalur utara. Langkah yang ditempuh adalah koordinasi.", ""),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
