package parse

import (
	"fmt"
	"strings"
	"testing"
)

// The capaian as a fund-raising campaign page (capaian_quickcount.go): a
// quick-count panel whose figures stand over two or three lines, a label
// after its value's lead word (`dari target 80,00`), the unit in brackets
// and the capaian the figure before `% tercapai`. Made-up offices, words
// and orders; every document asserts the rows exactly.

// cpInd is one made-up campaign: its name's lines, unit, target,
// realisasi, capaian and bar.
type cpInd struct {
	name        []string
	unit        string
	t, r, c     string
	bar, status string
}

var cpInds = []cpInd{
	{[]string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "%", "90,00", "95,40", "106,00", "(||||||||||||||||||||)", "TARGET TERPENUHI"},
	{[]string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi Tatap Muka"}, "orang", "1.200", "1.080", "90,00", "(||||||||||||||||||  )", "MASIH BERJALAN"},
	{[]string{"Opini BPK atas Laporan Keuangan"}, "Opini", "WTP", "WTP", "100,00", "(||||||||||||||||||||)", "TARGET TERPENUHI"},
}

var cpWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1080|90",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
}

// cpStyle draws a campaign's figures.
type cpStyle struct {
	head                string // the number's form, a Sprintf of n
	line                func(in cpInd) []string
	bracket, pct, after string // the bar's edges, the `%` after the capaian and the word after it
}

// cpPanel draws one campaign: the numbered name (run on indented), the
// figure lines, a status note.
func cpPanel(n int, in cpInd, s cpStyle) []string {
	head := fmt.Sprintf(s.head, n)
	pad := strings.Repeat(" ", len(head))
	out := []string{head + in.name[0]}
	for _, l := range in.name[1:] {
		out = append(out, pad+l)
	}
	for _, l := range s.line(in) {
		out = append(out, pad+l)
	}
	return append(out, pad+"Status: "+in.status)
}

// cpBar: the bar, its capaian, the `%` and the word after it.
func cpBar(in cpInd, s cpStyle) string {
	bar := in.bar
	if s.bracket != "" {
		bar = s.bracket[:1] + strings.ReplaceAll(strings.Trim(in.bar, "()"), "|", "#") + s.bracket[1:]
	}
	return bar + " " + in.c + s.pct + " " + s.after
}

// cpDoc: a report's capaian section with the page's head, the campaigns a
// blank line apart and the key under them.
func cpDoc(key string, panels ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian kinerja ditampilkan sebagai halaman kampanye pada intranet kantor.", "",
		"Tabel 3.2 Pengukuran Kinerja Tahun 2023", "",
		"[Cetak halaman: teks halaman diketik ulang]", "",
		"kinerja.kpu-sikka.local  |  Kampanye Kinerja KPU Kabupaten Sikka 2023",
		strings.Repeat("~", 70), "",
	}
	for k, p := range panels {
		if k > 0 {
			body = append(body, "")
		}
		body = append(body, p...)
	}
	body = append(body, "", strings.Repeat("~", 70))
	if key != "" {
		body = append(body, key)
	}
	return append(body, "", "Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.", "")
}

func cpDraw(s cpStyle) [][]string {
	var out [][]string
	for k, in := range cpInds {
		out = append(out, cpPanel(k+1, in, s))
	}
	return out
}

// TestCampaignPages: each campaign is one capaian row whatever the page's
// words (a key or the words target/realisasi), the figures over two or
// three lines or one, in Indonesian or English.
func TestCampaignPages(t *testing.T) {
	twoLines := cpStyle{head: "#%02d  ", pct: " %", after: "tercapai"}
	twoLines.line = func(in cpInd) []string {
		return []string{"Terhimpun " + in.r + "  dari target " + in.t + "   (Satuan: " + in.unit + ")", cpBar(in, twoLines)}
	}
	english := cpStyle{head: "(%d) ", bracket: "[]", pct: "%", after: "funded"}
	english.line = func(in cpInd) []string {
		return []string{"Raised " + in.r + " of " + in.t + " goal  (Unit: " + in.unit + ")", cpBar(in, english)}
	}
	threeLines := cpStyle{head: "#%d ", pct: " %", after: "tercapai"}
	threeLines.line = func(in cpInd) []string {
		return []string{"(Satuan: " + in.unit + ")  Dana terkumpul " + in.r, "dari target " + in.t, cpBar(in, threeLines)}
	}
	oneLine := cpStyle{head: "#%02d  ", pct: "%", after: "tercapai"}
	oneLine.line = func(in cpInd) []string {
		return []string{"Realisasi " + in.r + " dari target " + in.t + " (Satuan: " + in.unit + ")  " + cpBar(in, oneLine)}
	}
	barFirst := cpStyle{head: "#%02d  ", pct: " %", after: "tercapai"}
	barFirst.line = func(in cpInd) []string {
		return []string{cpBar(in, barFirst), "Terkumpul " + in.r + "  dari target " + in.t + "   (Satuan: " + in.unit + ")"}
	}
	tests := []struct {
		name, key string
		s         cpStyle
	}{
		{"two lines, Terhimpun keyed", "Terhimpun = realisasi; target = target Perjanjian Kinerja; angka sebelum `% tercapai` = capaian.", twoLines},
		{"English: raised of goal, % funded, keyed", "Raised = realisasi; goal = target (performance agreement); the figure before % funded = capaian.", english},
		{"three lines, the unit first, Dana terkumpul keyed", "Dana terkumpul adalah realisasi, target ialah target PK.", threeLines},
		{"the bar on the figures' line, no key: Realisasi and target", "", oneLine},
		{"the bar before the labelled pair, keyed", "Terkumpul = realisasi; target = target PK; angka sebelum % tercapai = capaian.", barFirst},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, cpDoc(tc.key, cpDraw(tc.s)...)...)
			wantRows(t, "capaian", factRows["capaian"](d), cpWant)
			for _, c := range d.Capaian {
				if c.Indikator == "Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka" && c.Satuan != "orang" {
					t.Errorf("unit %q, want orang", c.Satuan)
				}
			}
		})
	}
}

// TestCampaignPageNone: look-alike pages give no capaian row: a real
// donation campaign in rupiah, `Terkumpul` with no key to make it the
// realisasi, campaigns that are no indicators under a key.
func TestCampaignPageNone(t *testing.T) {
	key := "Terkumpul = realisasi; target = target donasi; angka sebelum `% tercapai` = capaian."
	donation := []string{
		"#01  Bantuan Korban Banjir Adonara",
		"     Terkumpul Rp 12.500.000  dari target Rp 50.000.000",
		"     (|||||               ) 25,00 % tercapai",
		"     Status: MASIH BERJALAN",
	}
	donors := []string{
		"#01  Beasiswa Anak Nelayan Larantuka",
		"     Terkumpul 12.500  dari target 50.000   (Satuan: donatur)",
		"     (|||||               ) 25,00 % tercapai",
	}
	var nokey [][]string
	plain := cpStyle{head: "#%02d  ", pct: " %", after: "tercapai"}
	plain.line = func(in cpInd) []string {
		return []string{"Terkumpul " + in.r + "  dari target " + in.t + "   (Satuan: " + in.unit + ")", cpBar(in, plain)}
	}
	nokey = cpDraw(plain)
	cases := map[string][]string{
		"a donation campaign in rupiah":            cpDoc(key, donation),
		"a donation campaign in rupiah, no key":    cpDoc("", donation),
		"donors counted, no indicator name":        cpDoc(key, donors),
		"Terkumpul alone, no key, is no realisasi": cpDoc("", nokey...),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
