package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Budgets per program and kegiatan stated in prose, each named with its
// code in parentheses: "Program Dukungan Manajemen (076.01.WA) memperoleh
// pagu Rp 2.849.550.000,- dan terealisasi Rp 2.732.458.724,- (95,89%)",
// "kegiatan ... (3355) terealisasi Rp 1.907.221.333,- dari pagu Rp
// 1.987.400.000,-", "(6639) menyerap Rp 235.827.452,- dari Rp
// 246.800.000,-". Such amounts belong to the code, never to the year's
// total. A kegiatan's parent is the program named before it. Two
// different amounts for one code and measure load NULL with a finding.

type proseCoded struct {
	year, start, end int
	code, kodeTeks   string
	pagus, reals     []int64
	serapan          *float64
	led              bool   // named by a leading code: kept only when proven (prose_list_items.go)
	para             string // the paragraph told in, folded, when it names a program (prose_paragraph_program.go)
}

// codeBefore is the last budget code written in parentheses in s: "(3355)".
// A year in parentheses after a year's word ("Tahun anggaran sebelumnya
// (2022) pagu Rp …") has a kegiatan code's shape but names the year.
func codeBefore(s string) string {
	code := ""
	for _, m := range reParen.FindAllStringSubmatchIndex(s, -1) {
		if inner := strings.TrimSpace(s[m[2]:m[3]]); isCode(inner) && !parenYear(s[:m[0]], inner) {
			code = inner
		}
	}
	return code
}

// parenYear: inner, written in parentheses after before, is a year (19dd
// or 20dd) that a year's word within the last few words names: "tahun
// (2022)", "Tahun anggaran sebelumnya (2022)", "TA (2021)".
func parenYear(before, inner string) bool {
	if len(inner) != 4 || !hasYearDigits(inner) {
		return false
	}
	w := strings.Fields(strings.ToLower(before[max(0, len(before)-40):]))
	for k := len(w) - 1; k >= 0 && k >= len(w)-3; k-- {
		switch strings.Trim(w[k], ",:;") {
		case "tahun", "ta", "ta.", "t.a.", "anggaran", "sebelumnya", "lalu", "berikutnya":
			return true
		}
	}
	return false
}

// proseCodedAmount files one amount under its code; kind is "pagu" or
// "realisasi" ("" when the words say neither: "... Rp A dari Rp B" makes
// B the pagu of the realisation A).
func (p *parser) proseCodedAmount(year, start, end int, code, kind, win string, v int64, pct *float64) {
	var pc *proseCoded
	for _, c := range p.codedProse {
		if c.year == year && c.code == code {
			pc = c
		}
	}
	if pc == nil {
		pc = &proseCoded{year: year, start: start, end: end, code: code, kodeTeks: "(" + code + ")"}
		p.codedProse = append(p.codedProse, pc)
	}
	if kind == "" && strings.Trim(strings.ToLower(win), " ,-.") == "dari" && len(pc.reals) > 0 {
		kind = "pagu"
	}
	switch kind {
	case "pagu":
		pc.pagus = appendNew(pc.pagus, v)
		pc.serapan = shareOfPagu(pc, win, pct) // "realisasi Rp A dari pagu Rp B (p%)" (outline_slides.go)
	case "realisasi":
		pc.reals = appendNew(pc.reals, v)
		if pct != nil && pc.serapan == nil {
			pc.serapan = pct
		}
	}
}

// finishCodedProse adds the coded prose rows.
func (p *parser) finishCodedProse() {
	program, kegiatan := "", ""
	parents := p.paragraphParents() // "Program … (076.01.WA) terdiri atas kegiatan 3355 …" (prose_paragraph_program.go)
	for i, pc := range p.codedProse {
		a := facts.Anggaran{Span: facts.Span{Start: pc.start, End: pc.end}, SatkerID: p.doc.Meta.SatkerID, Tahun: pc.year,
			KodeTeks: pc.kodeTeks, Sumber: "teks"}
		prog := &program
		if pp, ok := parents[i]; ok {
			prog = &pp // the paragraph's own program, this row only: the carried one is not moved
		}
		if !p.budgetLevel(&a, pc.code, prog, &kegiatan) || a.Tingkat == facts.LevelOutput {
			continue
		}
		one := func(what string, xs []int64) *int64 {
			switch len(xs) {
			case 0:
				return nil
			case 1:
				v := xs[0]
				return &v
			}
			p.find("anggaran.konflik_sumber", facts.Warning, pc.start, pc.end, fmt.Sprint(xs),
				"prosa menyebut %s %s tahun %d: %v; tidak ada yang terbukti, dimuat NULL", what, a.Kode, pc.year, xs)
			return nil
		}
		a.Pagu, a.Realisasi = one("pagu", pc.pagus), one("realisasi", pc.reals)
		if p.ledUnproven(pc, &a) {
			continue
		}
		if a.Pagu == nil && a.Realisasi == nil {
			continue
		}
		a.SerapanLapor = pc.serapan
		if a.Pagu != nil && a.Realisasi != nil {
			d := *a.Pagu - *a.Realisasi // a breakdown without a stated sisa, as a table without a Sisa column
			a.Sisa = &d
		}
		p.doc.Anggaran = append(p.doc.Anggaran, a)
		p.angMeta = append(p.angMeta, angMeta{rank: rankAngProse, table: 1 << 30})
	}
}

// programNames are the official names of the KPU's two programs since
// 2021, folded, with their codes (anggaran_path.go programByName).
var programNames = [...]struct{ name, code string }{
	{"program dukungan manajemen", "WA"},
	{"program penyelenggaraan pemilu dalam proses konsolidasi demokrasi", "CQ"},
}

// programNamed is the code of the program a clause names by its whole
// official name alone, the last named before the amount: "Program
// Dukungan Manajemen memperoleh pagu Rp …". Two programs named with no
// figure between them ("Program Dukungan Manajemen dan Program
// Penyelenggaraan … seluruhnya Rp …") prove no one's amount. The older
// "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya" had
// another code and names none. An amount of the whole named after the
// program ("dari total anggaran satker Rp …") is not the program's.
func programNamed(sentence string) string {
	if !containsFoldASCII(sentence, "program") {
		return ""
	}
	low := strings.ToLower(sentence)
	type hit struct {
		at, end int
		code    string
	}
	var last, before hit
	last.at, before.at = -1, -1
	for _, pn := range programNames {
		for from := 0; ; {
			i := strings.Index(low[from:], pn.name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(pn.name)
			h := hit{i, from, pn.code}
			if strings.HasPrefix(strings.TrimLeft(low[from:], " "), "dan pelaksanaan") {
				h.code = "" // the older program: a name, but no code
			}
			switch {
			case h.at > last.at:
				last, before = h, last
			case h.at > before.at:
				before = h
			}
		}
	}
	if last.at < 0 || before.at >= 0 && !strings.ContainsAny(low[before.end:last.at], "0123456789") {
		return ""
	}
	if containsAny(low[last.end:], "total", "seluruh", "keseluruhan", "satker") {
		return "" // "… menyerap 75% dari total anggaran Rp …": the whole's amount, not the program's
	}
	return last.code
}

// pctAfter is the percentage written right after an amount: "(95,89%)",
// "atau 96,56%".
func pctAfter(after string) *float64 {
	pm := rePercent.FindStringSubmatchIndex(after)
	if pm == nil || pm[0] > 12 {
		return nil
	}
	n := normalize.ParseNumber(after[pm[2]:pm[3]], normalize.Unknown)
	if n.Status != normalize.OK {
		return nil
	}
	v := n.Value
	return &v
}
