package parse

import (
	"strings"
	"testing"
)

// frDoc wraps a made-up diagram in a report's section: caption, the
// figure's bracket line, the drawing, its key.
func frDoc(drawing []string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian setiap indikator digambarkan pada diagram berikut yang diketik ulang.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
		"[Gambar: Diagram Capaian Indikator Kinerja Tahun 2023 - diketik ulang]", "",
	}
	body = append(body, drawing...)
	return append(body, "", "Keterangan: angka dalam bingkai adalah target, realisasi dan capaian.", "", "Sumber: Subbagian Program dan Data.", "")
}

// frBox draws a frame (heavy or rounded) around inner lines, left of it
// the text beside (a fishbone's bones), padded to 40 columns.
func frBox(rounded bool, beside []string, inner ...string) []string {
	w := 0
	for _, s := range inner {
		w = max(w, len([]rune(s)))
	}
	tl, tr, bl, br, h, v := "┏", "┓", "┗", "┛", "━", "┃"
	if rounded {
		tl, tr, bl, br, h, v = "╭", "╮", "╰", "╯", "─", "│"
	}
	at := func(k int) string {
		s := ""
		if k < len(beside) {
			s = beside[k]
		}
		return s + strings.Repeat(" ", 40-len([]rune(s)))
	}
	out := []string{at(0) + tl + strings.Repeat(h, w+2) + tr}
	for k, s := range inner {
		out = append(out, at(k+1)+v+" "+s+strings.Repeat(" ", w-len([]rune(s)))+" "+v)
	}
	return append(out, at(len(inner)+1)+bl+strings.Repeat(h, w+2)+br, "")
}

var frBones = []string{"", " Orang          Prosedur", "   \\ pelatihan    \\ juknis", " ══════════════════════════════════▶", "   / komputer     / cuaca", " Alat           Wilayah"}

var frWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1500|125",
	"Persentase Pemilih Tidak Terdaftar|2|1.6|120",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
}

// TestFramedRecords: each framed indicator (a fishbone's head, a callout
// balloon) is one capaian row, whatever is drawn beside the frame.
func TestFramedRecords(t *testing.T) {
	fish := append(append(append(
		frBox(false, frBones, "IKU 1", "Persentase Laporan Keuangan yang", "Disusun Tepat Waktu", "satuan: %", "T = 90,00", "R = 95,40", "C = 106,00"),
		frBox(false, frBones, "IKU 2", "Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi", "satuan: orang", "T = 1.200", "R = 1.500", "C = 125,00")...),
		frBox(false, frBones, "IKU 3", "Persentase Pemilih Tidak Terdaftar", "satuan: %", "T = 2,00", "R = 1,60", "C = 120,00")...),
		frBox(false, frBones, "IKU 4", "Opini BPK atas Laporan Keuangan", "satuan: Opini", "T = WTP", "R = WTP", "C = 100,00")...)
	balloon := []string{"  nilai (%)", "  100 ┤  ██    ██", "    0 ┼──────────", "        (1)   (2)", ""}
	for k, in := range [][]string{
		{"(1) Persentase Laporan Keuangan yang Disusun Tepat", "    Waktu", "    satuan %  ·  target 90,00  ·  realisasi 95,40", "    capaian 106,00 %"},
		{"(2) Jumlah Pemilih Pemula yang Mengikuti Sosialisasi", "    satuan orang  ·  target 1.200  ·  realisasi 1.500", "    capaian 125,00 %"},
		{"(3) Persentase Pemilih Tidak Terdaftar", "    satuan %  ·  target 2,00  ·  realisasi 1,60", "    capaian 120,00 %"},
		{"(4) Opini BPK atas Laporan Keuangan", "    satuan Opini  ·  target WTP  ·  realisasi WTP", "    capaian 100,00 %"},
	} {
		b := frBox(true, nil, in...)
		tail := "     ╰─▶ kolom (" + string(rune('1'+k)) + ")"
		balloon = append(balloon, append(b[:len(b)-1], tail, "")...)
	}
	words := append(append(append(
		frBox(false, nil, "Indikator 1: Persentase Laporan Keuangan yang Disusun Tepat Waktu", "Target: 90,00  |  Realisasi: 95,40", "Capaian: 106,00"),
		frBox(false, nil, "Indikator 2: Jumlah Pemilih Pemula yang Mengikuti Sosialisasi", "Unit: orang", "Target: 1.200  |  Realisasi: 1.500", "Capaian: 125,00")...),
		frBox(false, nil, "Indikator 3: Persentase Pemilih Tidak Terdaftar", "Target: 2,00  |  Realisasi: 1,60", "Capaian: 120,00")...),
		frBox(false, nil, "Indikator 4: Opini BPK atas Laporan Keuangan", "Target: WTP  |  Realisasi: WTP", "Capaian: 100,00")...)
	tests := []docCase{
		{name: "fishbone heads beside their bones", body: frDoc(fish), want: map[string][]string{"capaian": frWant}},
		{name: "callout balloons under a column chart", body: frDoc(balloon), want: map[string][]string{"capaian": frWant}},
		{name: "framed cards with word labels", body: frDoc(words), want: map[string][]string{"capaian": frWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestFramedRecordsNone: frames that are no indicator record with proven
// figures give no capaian row.
func TestFramedRecordsNone(t *testing.T) {
	cases := map[string][]string{
		"a legend frame without figures": frDoc(frBox(false, frBones, "IKU 1", "Persentase Laporan Keuangan Tepat Waktu", "lihat Tabel 3.2")),
		"capaian not R/T":                frDoc(frBox(true, nil, "(1) Persentase Laporan Keuangan Tepat Waktu", "satuan %  ·  target 90,00  ·  realisasi 95,40", "capaian 160,00 %")),
		"a frame of a note, no id":       frDoc(frBox(false, nil, "Catatan", "Target 90,00 dan realisasi 95,40", "capaian 106,00 %")),
		"figures missing the capaian":    frDoc(frBox(true, nil, "(1) Persentase Laporan Keuangan Tepat Waktu", "target 90,00  ·  realisasi 95,40")),
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
