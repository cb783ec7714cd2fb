package parse

import (
	"fmt"
	"strings"
	"testing"
)

// carriedLine is one budget line: code, name, pagu, realisasi.
type carriedLine struct {
	code, name string
	pagu, real int64
}

func (l carriedLine) cells() []string {
	pct := strings.Replace(fmt.Sprintf("%.2f", float64(l.real)*100/float64(l.pagu)), ".", ",", 1)
	return []string{l.code, l.name, rupiah(l.pagu), rupiah(l.real), rupiah(l.pagu - l.real), pct}
}

// carriedKegiatan are the kegiatan of the made-up tables, in order.
var carriedKegiatan = []carriedLine{
	{"3357", "Layanan Umum", 874_250_000, 851_003_400},
	{"3358", "Pengelolaan Sumber Daya Manusia", 1_096_400_000, 1_040_127_650},
	{"3359", "Pengelolaan Keuangan dan BMN", 512_800_000, 499_612_000},
	{"3360", "Dukungan Operasional Perkantoran", 2_305_150_000, 2_231_448_275},
	{"6639", "Fasilitasi Penyelenggaraan Tahapan", 2_940_000_000, 2_811_370_125},
}

func sumLines(code, name string, ls ...carriedLine) carriedLine {
	s := carriedLine{code: code, name: name}
	for _, l := range ls {
		s.pagu, s.real = s.pagu+l.pagu, s.real+l.real
	}
	return s
}

// carriedStyle is how a made-up table words and lays out its page breaks:
// the labels of the carried and brought sums, what opens the next page
// (a repeated header, a caption of the continuation, or nothing), the page
// footer, the total's label, off added to every carried pagu, and TABs or
// padding.
type carriedStyle struct {
	foot, bring string
	head        []string
	footer      string
	total       string
	off         int64
	aligned     bool
}

// carriedDoc writes a budget table over pages: pages holds each page's
// lines; every page but the last ends with the carried sum of level's rows
// so far and every page but the first opens with it, brought forward.
func carriedDoc(pages [][]carriedLine, level func(carriedLine) bool, st carriedStyle) []string {
	foot, bring, head, off, aligned := st.foot, st.bring, st.head, st.off, st.aligned
	hdr := []string{"Kode", "Program/Kegiatan/Output", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"}
	var rows [][]string
	var run, all carriedLine
	out := []string{"Tabel 3.6 Realisasi Anggaran Tahun 2024", ""}
	table := func() {
		out = append(out, carriedRows(rows, aligned)...)
		rows = nil
	}
	rows = append(rows, hdr)
	for p, page := range pages {
		if p > 0 {
			if st.footer != "" {
				rows = append(rows, []string{st.footer, fmt.Sprint(40 + p)})
				table()
				out = append(out, "\f")
			} else {
				out = append(out, "", "- "+fmt.Sprint(40+p)+" -", "\f")
			}
			if len(head) > 0 && head[0] == "header" {
				rows = append(rows, hdr)
			} else {
				out = append(out, head...)
			}
			c := run.cells()
			c[0], c[1] = "", bring
			rows = append(rows, c)
		}
		for _, l := range page {
			rows = append(rows, l.cells())
			if level(l) {
				run = sumLines("", "", run, l)
			}
			if !strings.HasPrefix(l.code, "076") {
				all = sumLines("", "", all, l)
			}
		}
		if p < len(pages)-1 {
			c := sumLines("", "", run, carriedLine{pagu: off}).cells()
			c[0], c[1] = "", foot
			rows = append(rows, c)
			if st.footer == "" {
				table()
			}
		}
	}
	if st.total != "" {
		c := all.cells()
		c[0], c[1] = "", st.total
		rows = append(rows, c)
	}
	table()
	return append(out, "", "Sumber: Subbagian Keuangan dan Logistik", "", "Realisasi tersebut dicapai berkat perencanaan kas yang tertib.")
}

// carriedRows writes rows with TABs, or padded as pdftotext -layout does.
func carriedRows(rows [][]string, aligned bool) []string {
	var out []string
	if !aligned {
		for _, r := range rows {
			out = append(out, strings.Join(r, "\t"))
		}
		return out
	}
	w := []int{10, 36, 15, 15, 13, 6}
	for _, r := range rows {
		out = append(out, paddedLine(w, r))
	}
	return out
}

// TestBudgetCarriedOverPages: the sums carried at the foot of a page and
// brought to the head of the next are no facts, and the rows of every page
// are one table: the kegiatan after the break keep their program, the
// total is the table's.
func TestBudgetCarriedOverPages(t *testing.T) {
	k := carriedKegiatan
	wa := sumLines("076.01.WA", "Program Dukungan Manajemen", k[0], k[1], k[2], k[3])
	cq := sumLines("076.01.CQ", "Program Penyelenggaraan Pemilu", k[4])
	program := func(l carriedLine) bool { return strings.HasPrefix(l.code, "076") }
	leaf := func(l carriedLine) bool { return !program(l) }
	row := func(l carriedLine, lvl, parent string) string {
		return fmt.Sprintf("%s|%s|%s|2024|%d|%d|%d", l.code, lvl, parent, l.pagu, l.real, l.pagu-l.real)
	}
	total := sumLines("TOTAL", "", k...)
	tree := []string{row(wa, "program", ""), row(k[0], "kegiatan", wa.code), row(k[1], "kegiatan", wa.code), row(k[2], "kegiatan", wa.code),
		row(k[3], "kegiatan", wa.code), row(cq, "program", ""), row(k[4], "kegiatan", cq.code), row(total, "total", "")}
	treePages := [][]carriedLine{{wa, k[0], k[1], k[2]}, {k[3], cq, k[4]}}
	var flat []string
	for _, l := range k {
		flat = append(flat, row(l, "kegiatan", ""))
	}
	flat = append(flat, row(total, "total", ""))
	flatPages := [][]carriedLine{{k[0], k[1]}, {k[2], k[3]}, {k[4]}}
	lanjutan := []string{"Lanjutan Tabel 3.6", ""}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "repeated header", body: carriedDoc(treePages, program, carriedStyle{foot: "Jumlah dipindahkan", bring: "Pindahan", head: []string{"header"}, total: "JUMLAH"}),
			want: map[string][]string{"anggaran": tree}},
		{name: "continuation caption, no header", body: carriedDoc(treePages, program, carriedStyle{foot: "Jumlah yang dipindahkan", bring: "Jumlah pindahan", head: lanjutan, total: "JUMLAH"}),
			want: map[string][]string{"anggaran": tree}},
		{name: "English, headerless", body: carriedDoc(treePages, program, carriedStyle{foot: "Carried forward", bring: "Brought forward", total: "Total"}),
			want: map[string][]string{"anggaran": tree}},
		{name: "three pages of kegiatan", body: carriedDoc(flatPages, leaf, carriedStyle{foot: "Jumlah dipindahkan ke halaman berikutnya", bring: "Pindahan dari halaman sebelumnya", head: lanjutan, total: "Jumlah"}),
			want: map[string][]string{"anggaran": flat}},
		{name: "space-aligned", body: carriedDoc(treePages, program, carriedStyle{foot: "Jumlah dipindahkan", bring: "Jumlah pindahan", head: lanjutan, total: "JUMLAH", aligned: true}),
			want: map[string][]string{"anggaran": tree}},
		{name: "the total named for the satker", body: carriedDoc(treePages, program, carriedStyle{foot: "Jumlah dipindahkan", bring: "Jumlah pindahan", head: []string{"header"}, total: "Total Anggaran KPU Kabupaten Sikka"}),
			want: map[string][]string{"anggaran": tree}},
		{name: "a page footer row between the parts", body: carriedDoc(treePages, program, carriedStyle{foot: "Jumlah dipindahkan", bring: "Pindahan", head: lanjutan, footer: "LKj KPU Kabupaten Sikka Tahun 2024", total: "JUMLAH"}),
			want: map[string][]string{"anggaran": tree}},
	})
}

// TestBudgetCarriedUnproven: a carried sum no level of the rows above
// makes is reported; it is never a total, even when the table states none
// of its own.
func TestBudgetCarriedUnproven(t *testing.T) {
	k := carriedKegiatan
	leaf := func(carriedLine) bool { return true }
	lanjutan := []string{"Lanjutan Tabel 3.6", ""}
	d := parseDoc(t, "carried off", carriedDoc([][]carriedLine{{k[0], k[1]}, {k[2]}}, leaf, carriedStyle{foot: "Jumlah dipindahkan", bring: "Jumlah pindahan", head: lanjutan, total: "JUMLAH", off: 1_000})...)
	if !hasRule(d, "anggaran.pindahan_tidak_cocok") {
		t.Errorf("carried off: no anggaran.pindahan_tidak_cocok")
	}
	body := carriedDoc([][]carriedLine{{k[0], k[1]}, {k[2]}}, leaf, carriedStyle{foot: "Jumlah dipindahkan", bring: "Jumlah pindahan", head: lanjutan})
	d = parseDoc(t, "no total", body...)
	for _, a := range d.Anggaran {
		if a.Kode == "TOTAL" {
			t.Errorf("no total: a carried sum loaded as TOTAL %s", nv(a.Pagu))
		}
	}
	if len(d.Anggaran) != 3 {
		t.Errorf("no total: %d rows, want the 3 kegiatan", len(d.Anggaran))
	}
}
