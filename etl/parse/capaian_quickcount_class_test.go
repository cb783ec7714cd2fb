package parse

import (
	"fmt"
	"strings"
	"testing"
)

// qcInd is one made-up indicator as a panel: its name's lines, the unit
// word, the target, realisasi and the bar's figure as the screen prints
// them, and the bar.
type qcInd struct {
	name       []string
	unit       string
	t, r, c    string
	bar        string
	pctFigures bool // `%` stuck to target and realisasi (no unit label)
}

var qcInds = []qcInd{
	{[]string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "%", "90,00", "95,40", "106,00", "[####################]", true},
	{[]string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi Tatap Muka"}, "orang", "1.200", "1.500", "125,00", "[####################]", false},
	{[]string{"Persentase Tindak Lanjut Rekomendasi", "Hasil Pemeriksaan Inspektorat"}, "%", "100,00", "87,50", "87,50", "[#################...]", true},
	{[]string{"Opini BPK atas Laporan Keuangan"}, "Opini", "WTP", "WTP", "100,00", "[####################]", false},
	{[]string{"Nilai Evaluasi Akuntabilitas Kinerja"}, "Predikat", "BB", "BB", "100,00", "[####################]", false},
}

// qcWant: indikator|target|realisasi|capaian_lapor; qcWantTexts:
// indikator|satuan|target_teks|realisasi_teks.
var (
	qcWant = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|100|87.5|87.5",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|100",
	}
	qcWantTexts = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|persen|90,00|95,40",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|orang|1.200|1.500",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|persen|100,00|87,50",
		"Opini BPK atas Laporan Keuangan|opini|WTP|WTP",
		"Nilai Evaluasi Akuntabilitas Kinerja|predikat|BB|BB",
	}
)

// qcStyle says how a screen draws a panel's figure line.
type qcStyle struct {
	unit, t, r string // the labels' words; unit "" draws no unit label
	barFirst   bool   // the bar and its figure before the labels
	pct        string // printed after the bar's figure ("", " %", "%")
	oneLine    bool   // the figures on the name's last line
	unitAfter  bool   // the unit after each figure (`1.200 orang`), no unit label
	figFirst   bool   // the bar's figure before the bar
}

// qcPanelLines draws one panel: `[nn] name`, the name run on indented,
// the figure line.
func qcPanelLines(n int, in qcInd, s qcStyle) []string {
	head := fmt.Sprintf("[%02d] ", n)
	pad := strings.Repeat(" ", len(head))
	t, r := in.t, in.r
	switch {
	case s.unitAfter && in.unit == "%":
		t, r = t+" %", r+" %"
	case s.unitAfter:
		t, r = t+" "+in.unit, r+" "+in.unit
	case s.unit == "" && in.pctFigures:
		t, r = t+"%", r+"%"
	}
	var figs []string
	if s.unit != "" {
		figs = append(figs, s.unit+" "+in.unit)
	}
	figs = append(figs, s.t+"  "+t, s.r+"  "+r)
	bar := in.bar + " " + in.c + s.pct
	if s.figFirst {
		bar = in.c + s.pct + " " + in.bar
	}
	if s.barFirst {
		figs = append([]string{bar}, figs...)
	} else {
		figs = append(figs, bar)
	}
	line := strings.Join(figs, "   ")
	out := []string{head + in.name[0]}
	for _, l := range in.name[1:] {
		out = append(out, pad+l)
	}
	if s.oneLine {
		out[len(out)-1] += "   " + line
		return out
	}
	return append(out, pad+line)
}

// qcAbreast sets two panels side by side, the right one from column w.
func qcAbreast(w int, a, b []string) []string {
	n := max(len(a), len(b))
	out := make([]string, n)
	for i := range n {
		var l, r string
		if i < len(a) {
			l = a[i]
		}
		if i < len(b) {
			r = b[i]
		}
		if r != "" {
			l += strings.Repeat(" ", max(w-len([]rune(l)), 2)) + r
		}
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}

// qcDoc wraps the panels in a report's capaian section: the boxed head,
// the panels a blank line apart, a key under them when given.
func qcDoc(key string, panels ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian indikator ditampilkan pada layar pemantauan; tampilannya diketik ulang.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"[Tangkapan layar: layar pemantauan diketik ulang]", "",
		strings.Repeat("=", 70),
		"| PANTAUAN CEPAT KINERJA KPU KABUPATEN SIKKA 2024                    |",
		"| DATA TERKUMPUL 100,00 %  -  pembaruan 31-12-2024 23.59 WITA        |",
		strings.Repeat("=", 70), "",
	}
	for k, p := range panels {
		if k > 0 {
			body = append(body, "")
		}
		body = append(body, p...)
	}
	body = append(body, "")
	if key != "" {
		body = append(body, key, "")
	}
	return append(body, "Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.", "")
}

// TestQuickCounts: each panel is one capaian row whatever the screen's
// words, the key, the bar's place and the panels abreast; the bar's fill is
// never read.
func TestQuickCounts(t *testing.T) {
	draw := func(s qcStyle) [][]string {
		var out [][]string
		for k, in := range qcInds {
			out = append(out, qcPanelLines(k+1, in, s))
		}
		return out
	}
	keyed := qcStyle{unit: "SATUAN", t: "SASARAN", r: "PEROLEHAN"}
	spelled := qcStyle{unit: "UNIT", t: "TARGET", r: "REALISASI", pct: " %"}
	first := qcStyle{unit: "SAT", t: "TGT", r: "HASIL", barFirst: true, pct: "%"}
	odd := qcStyle{unit: "SATUAN", t: "RENCANA", r: "DIPEROLEH"}
	inline := qcStyle{unit: "Satuan", t: "Target:", r: "Capai:", oneLine: true}
	var abreast [][]string
	for k := 0; k < len(qcInds); k += 2 {
		a := qcPanelLines(k+1, qcInds[k], keyed)
		if k+1 == len(qcInds) {
			abreast = append(abreast, a)
			break
		}
		abreast = append(abreast, qcAbreast(96, a, qcPanelLines(k+2, qcInds[k+1], keyed)))
	}
	// as a PDF's text gives it: TABs between the cells.
	var tabbed [][]string
	for _, p := range draw(keyed) {
		var q []string
		for _, l := range p {
			q = append(q, strings.Join(strings.Fields(strings.ReplaceAll(l, "  ", "\t")), "\t"))
		}
		tabbed = append(tabbed, q)
	}
	key := "SASARAN = target Perjanjian Kinerja; PEROLEHAN = realisasi; angka di ujung batang = capaian (%)."
	tests := []struct {
		name  string
		body  []string
		texts bool
	}{
		{"keyed SASARAN/PEROLEHAN, names run on indented", qcDoc(key, draw(keyed)...), true},
		{"TARGET/REALISASI spelled out, no key, percent after the bar's figure", qcDoc("", draw(spelled)...), true},
		{"the bar before the figures, TGT/HASIL", qcDoc("", draw(first)...), true},
		{"the bar's figure before the bar, both before the labels", qcDoc("", draw(qcStyle{unit: "SATUAN", t: "SASARAN", r: "REALISASI", barFirst: true, figFirst: true, pct: " %"})...), true},
		{"the bar's figure before the bar, the bar last", qcDoc(key, draw(qcStyle{unit: "SATUAN", t: "SASARAN", r: "PEROLEHAN", figFirst: true})...), true},
		{"unfamiliar words the key alone explains", qcDoc("RENCANA = target PK, DIPEROLEH = realisasi, angka batang = capaian", draw(odd)...), true},
		{"a key in words", qcDoc("Pada layar, RENCANA adalah target PK dan DIPEROLEH ialah realisasi, angka batang yaitu capaian.", draw(odd)...), true},
		{"figures on the name's line, no key", qcDoc("", draw(inline)...), true},
		{"the unit after each figure, no unit label", qcDoc("", draw(qcStyle{t: "TARGET", r: "REALISASI", unitAfter: true})...), true},
		{"two panels abreast, keyed", qcDoc(key, abreast...), true},
		{"a PDF's text: TABs", qcDoc(key, tabbed...), false},
		{"no unit label: percent stuck to the figures", qcDoc(key, draw(qcStyle{t: "SASARAN", r: "PEROLEHAN"})...), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "capaian", factRows["capaian"](d), qcWant)
			if !tc.texts {
				return
			}
			var texts []string
			for _, c := range d.Capaian {
				texts = append(texts, c.Indikator+"|"+c.Satuan+"|"+c.TargetTeks+"|"+c.RealisasiTeks)
			}
			wantRows(t, "capaian texts", texts, qcWantTexts)
		})
	}
}

// TestQuickCountDisagree: a panel whose bar's figure the target and
// realisasi do not give, or whose figure line lacks its target, is
// reported and not loaded; the others are.
func TestQuickCountDisagree(t *testing.T) {
	var ps [][]string
	for k, in := range qcInds {
		if k == 0 {
			in.c = "160,00"
		}
		p := qcPanelLines(k+1, in, qcStyle{unit: "SATUAN", t: "SASARAN", r: "PEROLEHAN"})
		if k == 1 {
			// a figure line without its target: the bar's figure unproven
			p[len(p)-1] = strings.Replace(p[len(p)-1], "SASARAN  "+in.t, "", 1)
		}
		ps = append(ps, p)
	}
	d := parseDoc(t, "disagree", qcDoc("", ps...)...)
	wantRows(t, "capaian", factRows["capaian"](d), qcWant[2:])
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "layar hitung cepat") && strings.Contains(f.Pesan, "tidak sesuai") &&
			strings.Contains(f.Pesan, "batang tidak terbaca")
	}
	if !found {
		t.Errorf("no finding naming both refused panels: %v", d.Findings)
	}
}

// TestQuickCountNone: a vote quick count and look-alike screens give no
// capaian row.
func TestQuickCountNone(t *testing.T) {
	votes := []string{
		"[01] Partai Contoh Sejahtera",
		"     PEROLEHAN  45.210 suara   [####................] 21,35 %",
		"",
		"[02] Partai Harapan Nusantara",
		"     PEROLEHAN  38.004 suara   [####................] 17,95 %",
	}
	targets := []string{
		"[01] Partai Contoh Sejahtera",
		"     TARGET  50.000   PEROLEHAN  45.210   [##################..] 90,42",
		"",
		"[02] Partai Harapan Nusantara",
		"     TARGET  40.000   PEROLEHAN  38.004   [###################.] 95,01",
	}
	paslon := []string{
		"(1) Paslon Nomor Urut 1   SUARA 120.400   [##########..........] 51,20 %",
		"(2) Paslon Nomor Urut 2   SUARA 114.750   [##########..........] 48,80 %",
	}
	bars := []string{
		"1. Persentase Partisipasi Pemilih   [################....] 80,00",
		"2. Persentase Pemutakhiran Data     [####################] 100,00",
	}
	var unknown [][]string
	for k, in := range qcInds {
		unknown = append(unknown, qcPanelLines(k+1, in, qcStyle{unit: "SATUAN", t: "RENCANA", r: "DIPEROLEH"}))
	}
	key := "TARGET = target partai; PEROLEHAN = realisasi suara; angka batang = capaian suara (%)."
	cases := map[string][]string{
		"a vote quick count: parties and votes": qcDoc("", votes),
		"a party's vote targets":                qcDoc("", targets),
		"a party's vote targets under a key":    qcDoc(key, targets),
		"candidates' votes":                     qcDoc("", paslon),
		"indicators with bars only, no labels":  qcDoc("", bars),
		"a formula line is no key":              qcDoc("Capaian = Realisasi / Target x 100%", targets),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
