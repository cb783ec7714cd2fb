package parse

import (
	"fmt"
	"strings"
	"testing"
)

// ftInd is one made-up indicator as an activity: its name's lines, the
// target, realisasi and capaian as the app prints them (unit included).
type ftInd struct {
	name    []string
	t, r, c string
}

var ftInds = []ftInd{
	{[]string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "90,00 %", "95,40 %", "106,00 %"},
	{[]string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi Tatap Muka"}, "1.200 orang", "1.500 orang", "125,00 %"},
	{[]string{"Persentase Tindak Lanjut Rekomendasi", "Hasil Pemeriksaan Inspektorat"}, "100,00 %", "87,50 %", "87,50 %"},
	{[]string{"Opini BPK atas Laporan Keuangan"}, "WTP (Opini)", "WTP (Opini)", "100,00 %"},
	{[]string{"Nilai Evaluasi Akuntabilitas Kinerja"}, "B (Predikat)", "BB (Predikat)", "-"},
}

// ftWant: indikator|target|realisasi|capaian_lapor, then
// indikator|satuan|target_teks|realisasi_teks.
var (
	ftWant = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|100|87.5|87.5",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|<nil>",
	}
	ftWantTexts = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|persen|90,00|95,40",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|orang|1.200|1.500",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|persen|100,00|87,50",
		"Opini BPK atas Laporan Keuangan|opini|WTP|WTP",
		"Nilai Evaluasi Akuntabilitas Kinerja|predikat|B|BB",
	}
)

// ftLabels are the words an app prints for target, realisasi and capaian.
type ftLabels struct{ t, r, c string }

// ftActivityLines draws one activity: the heading with the name's first
// line, the rest indented under it, the labelled figures, a ring after the
// capaian when ring is set.
func ftActivityLines(head string, in ftInd, l ftLabels, sep string, ring bool) []string {
	pad := strings.Repeat(" ", len([]rune(head))+2)
	out := []string{head + "  " + in.name[0]}
	for _, n := range in.name[1:] {
		out = append(out, pad+n)
	}
	c := in.c
	if ring {
		c += "   (●●●●●●●○○○)"
	}
	w := max(len(l.t), len(l.r), len(l.c)) + 2
	lab := func(s string) string { return "    " + s + sep + strings.Repeat(" ", w-len(s)) }
	return append(out, lab(l.t)+in.t, lab(l.r)+in.r, lab(l.c)+c)
}

// ftAbreast sets activities side by side, the right one from column w.
func ftAbreast(w int, a, b []string) []string {
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

// ftDoc wraps the activities in a report's capaian section: a key (when
// given), the app's head, a rule, the activities, the sync foot.
func ftDoc(key string, acts ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian indikator dicatat dalam aplikasi kebugaran; ringkasannya diketik ulang.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"[Tangkapan layar: ringkasan aplikasi diketik ulang]", "",
	}
	if key != "" {
		body = append(body, key, "")
	}
	body = append(body, "  ♥ SehatKinerja  ·  Ringkasan Tahunan 2024", "  Pengguna: Tim Kinerja KPU Kabupaten Sikka", "  "+strings.Repeat("┄", 50))
	for k, a := range acts {
		if k > 0 {
			body = append(body, "")
		}
		body = append(body, a...)
	}
	return append(body, "  "+strings.Repeat("┄", 50), "  Sinkron terakhir: 31 Desember 2024 23.59 WITA", "",
		"Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.", "")
}

// TestFitnessSummaries: each activity is one capaian row whatever the
// app's words, the key, the bullets and the activities abreast; the ring
// is never read.
func TestFitnessSummaries(t *testing.T) {
	id := ftLabels{"Tujuan", "Tercatat", "Tercapai"}
	en := ftLabels{"Goal", "Logged", "Achieved"}
	odd := ftLabels{"Sasaran", "Jejak", "Skor"}
	var keyed, english, colon, oddKeyed [][]string
	for k, in := range ftInds {
		n := fmt.Sprint(k + 1)
		keyed = append(keyed, ftActivityLines("  ◆ AKTIVITAS "+n, in, id, "", true))
		english = append(english, ftActivityLines("● Activity #"+n+":", in, en, "", false))
		colon = append(colon, ftActivityLines("▶ Aktivitas "+n+".", in, ftLabels{"Target", "Realisasi", "Capaian"}, ":", true))
		oddKeyed = append(oddKeyed, ftActivityLines("  ◆ AKTIVITAS "+n, in, odd, "", true))
	}
	// as a PDF's text gives it: TABs between the cells, the name on one
	// line, a single space before the bullet.
	var tabbed [][]string
	for k, in := range ftInds {
		tabbed = append(tabbed, []string{" ◆ AKTIVITAS " + fmt.Sprint(k+1) + "\t" + strings.Join(in.name, " "),
			"Tujuan\t" + in.t, "Tercatat\t" + in.r, "Tercapai\t" + in.c + "\t(●●●●●○○○○○)"})
	}
	var abreast [][]string
	for k := 0; k < len(ftInds); k += 2 {
		a := ftActivityLines("◆ AKTIVITAS "+fmt.Sprint(k+1), ftInds[k], id, "", true)
		if k+1 == len(ftInds) {
			abreast = append(abreast, a)
			break
		}
		b := ftActivityLines("◆ AKTIVITAS "+fmt.Sprint(k+2), ftInds[k+1], id, "", true)
		abreast = append(abreast, ftAbreast(58, a, b))
	}
	key := "Tujuan = target Perjanjian Kinerja, Tercatat = realisasi 31 Desember, Tercapai = capaian."
	tests := []struct {
		name string
		body []string
	}{
		{"keyed Tujuan/Tercatat/Tercapai, names run on indented, rings", ftDoc(key, keyed...)},
		{"English Goal/Logged/Achieved, no key, no rings", ftDoc("", english...)},
		{"Target/Realisasi/Capaian with colons, no key", ftDoc("", colon...)},
		{"unfamiliar words the key alone explains", ftDoc("Sasaran = target PK; Jejak = realisasi; Skor = capaian", oddKeyed...)},
		{"two activities abreast, keyed", ftDoc(key, abreast...)},
		{"a PDF's text: TABs, names on one line", ftDoc(key, tabbed...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "capaian", factRows["capaian"](d), ftWant)
			var texts []string
			for _, c := range d.Capaian {
				texts = append(texts, c.Indikator+"|"+c.Satuan+"|"+c.TargetTeks+"|"+c.RealisasiTeks)
			}
			wantRows(t, "capaian texts", texts, ftWantTexts)
		})
	}
}

// TestFitnessDisagree: an activity whose capaian the figures do not give,
// or whose target and realisasi are in different units, is reported and
// not loaded; the others are.
func TestFitnessDisagree(t *testing.T) {
	id := ftLabels{"Tujuan", "Tercatat", "Tercapai"}
	var acts [][]string
	for k, in := range ftInds {
		switch k {
		case 0:
			in.c = "160,00 %"
		case 1:
			in.r = "1.500 lembar"
		}
		acts = append(acts, ftActivityLines("◆ AKTIVITAS "+fmt.Sprint(k+1), in, id, "", true))
	}
	d := parseDoc(t, "disagree", ftDoc("", acts...)...)
	wantRows(t, "capaian", factRows["capaian"](d), ftWant[2:])
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "ringkasan aktivitas")
	}
	if !found {
		t.Errorf("no finding for the refused activities")
	}
}

// TestFitnessNone: fitness summaries and headings that are no indicator
// summary give no capaian row.
func TestFitnessNone(t *testing.T) {
	en := ftLabels{"Goal", "Logged", "Achieved"}
	id := ftLabels{"Tujuan", "Tercatat", "Tercapai"}
	real := []ftInd{
		{[]string{"Langkah harian"}, "10.000 langkah", "8.500 langkah", "85,00 %"},
		{[]string{"Kalori terbakar"}, "500 kcal", "550 kcal", "110,00 %"},
		{[]string{"Jarak lari"}, "5,0 km", "4,0 km", "80,00 %"},
	}
	// one name that starts like an indicator among the app's own.
	mixed := append([]ftInd{{[]string{"Jumlah langkah per minggu"}, "70.000 langkah", "63.000 langkah", "90,00 %"}}, real...)
	draw := func(l ftLabels, ins []ftInd) [][]string {
		var out [][]string
		for k, in := range ins {
			out = append(out, ftActivityLines("◆ AKTIVITAS "+fmt.Sprint(k+1), in, l, "", true))
		}
		return out
	}
	cases := map[string][]string{
		"a real fitness summary, English labels":            ftDoc("", draw(en, real)...),
		"a real fitness summary, Indonesian labels":         ftDoc("", draw(id, real)...),
		"an indicator-like name among steps and kcal":       ftDoc("", draw(id, mixed)...),
		"activity headings in a list, no figures":           {"Kegiatan tahun ini:", "", "Aktivitas 1  Rapat koordinasi", "Aktivitas 2  Bimbingan teknis", ""},
		"headings over figures of another kind":             {"◆ AKTIVITAS 1  Persentase serapan anggaran", "    Pagu       1.000.000", "    Realisasi  950.000", "    Sisa       50.000", ""},
		"a key over a summary whose words it does not name": ftDoc("Langkah = target; Kalori = realisasi", draw(en, real)...),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}

// TestFitnessNameLabelWord: a name's run-on line starting with a label's
// word (`Capaian …`, `Target …`) is the name's, not a figure.
func TestFitnessNameLabelWord(t *testing.T) {
	in := ftInd{[]string{"Persentase Kegiatan yang Mendukung", "Capaian Sasaran Strategis"}, "80,00 %", "88,00 %", "110,00 %"}
	body := ftDoc("", ftActivityLines("◆ AKTIVITAS 1", in, ftLabels{"Tujuan", "Tercatat", "Tercapai"}, "", true))
	d := parseDoc(t, "name label word", body...)
	wantRows(t, "capaian", factRows["capaian"](d), []string{"Persentase Kegiatan yang Mendukung Capaian Sasaran Strategis|80|88|110"})
}
