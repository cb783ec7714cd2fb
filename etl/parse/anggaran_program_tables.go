package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget set out as one table per program, the program named by the
// caption and nowhere in the rows:
//
//	Tabel 3.4.2 Program Penyelenggaraan Pemilu … (076.01.CQ)
//	Kode   Kegiatan   Pagu   Realisasi   Sisa
//	6639   …
//	6709   …
//	       Jumlah Program 076.01.CQ   …
//
// Read as any budget table, its kegiatan have no program above them and
// its total line is taken for the document's TOTAL: two tables, two
// different TOTALs, the first one kept. The caption's program is the
// kegiatan's parent and the total line is that program's own row; the
// document's total is left to what states it (a sentence, a recapitulation).

// tableProgram is the program a budget table stands for: its caption names
// one program (by its code, or by the program's whole name) and no row of
// the table is a program row. Without a caption's program, the paragraph
// that introduces the table (intro, ending in ':') may name it: "Program
// Penyelenggaraan Pemilu … (076.01.CQ): pagu …, sisa …. Rincian per
// kegiatan:". It becomes the current program; "" when the table is no
// program's own.
func tableProgram(t *tableInfo, roles []int, rows [][]string, program, kegiatan *string, intro string) string {
	if t.fam == famAnggaranTahun {
		return ""
	}
	prog := captionProgram(t.b.Caption)
	if prog == "" {
		prog = captionProgram(intro)
	}
	if prog == "" {
		return ""
	}
	for _, cells := range rows {
		code := rowCode(roles, cells)
		if c, _ := budgetCode(code); c != "" {
			code = c
		} else if code == "" {
			uraian := firstOfRole(roles, cells, roleUraian)
			if code, _ = budgetCode(uraian); code == "" {
				code = programByName(uraian)
			}
		}
		if _, ok := programCode(code); ok && (len(code) == 2 || len(code) == 9) {
			return "" // the table writes its program rows itself
		}
	}
	*program, *kegiatan = prog, ""
	return prog
}

// introParagraph is the paragraph right above the table starting at line
// start when it introduces it: its last sentence ends in ':', or, over a
// table without a caption, it is a program's heading stating its figures,
// at most a blank line above the table's titles ("Program Dukungan
// Manajemen (kode 076.01.WA): pagu Rp…, serapan 97,37%."); else "".
func (p *parser) introParagraph(start int, captioned bool) string {
	n := len(p.recent)
	if n == 0 || p.recent[n-1].caption {
		return ""
	}
	r := p.recent[n-1]
	s := strings.TrimSpace(r.text)
	if strings.HasSuffix(s, ":") {
		return s
	}
	if !captioned && r.end > 0 && start-r.end <= 2 && len(s) > 8 && strings.EqualFold(s[:8], "program ") &&
		strings.Contains(s, "Rp") {
		return s
	}
	return ""
}

// captionProgram is the one program a caption names: "(076.01.WA)", or
// "Program Dukungan Manajemen" in full; "" for none or two.
func captionProgram(caption string) string {
	if caption == "" {
		return ""
	}
	found := ""
	for f := range strings.FieldsSeq(caption) { // no slice: every budget table's caption comes here
		f = strings.Trim(f, "()[],.:;")
		if len(f) != 9 || !budgetCodeShape(f) {
			continue
		}
		if _, ok := programCode(f); !ok {
			continue
		}
		if found != "" && found != f {
			return ""
		}
		found = f
	}
	if found != "" {
		return found
	}
	k := -1
	for _, w := range [...]string{"Program ", "PROGRAM ", "program "} {
		if i := strings.Index(caption, w); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 {
		return ""
	}
	name := caption[k:]
	if i := strings.IndexByte(name, '('); i > 0 {
		name = name[:i]
	}
	for _, cut := range []string{" Tahun ", " TAHUN ", " TA ", " T.A. "} {
		if i := strings.Index(name+" ", cut); i > 0 {
			name = name[:i]
		}
	}
	if c := programByName(name); c != "" {
		return "076.01." + c
	}
	return ""
}

// programTotal makes a program table's total line that program's row; false
// when the line names another program, whose figures these are not proven to be.
func (p *parser) programTotal(a *facts.Anggaran, prog string) bool {
	for f := range strings.FieldsSeq(a.KodeTeks) {
		f = strings.Trim(f, "()[],.:;")
		if len(f) == 9 && budgetCodeShape(f) && f != prog {
			if _, ok := programCode(f); ok {
				p.find("anggaran.program_tidak_cocok", facts.Warning, a.Start, a.End, a.KodeTeks,
					"baris jumlah %q dalam tabel program %s; angkanya tidak terbukti milik program mana, tidak dimuat", a.KodeTeks, prog)
				return false
			}
		}
	}
	a.Kode, a.Tingkat, a.KodeInduk = prog, facts.LevelProgram, ""
	return true
}

// programTablesTotal: a budget set out as one table per program states the
// document's total elsewhere, in a sentence; that total stands only when
// the program tables' own totals sum to it, else its amounts are NULL.
func (p *parser) programTablesTotal() {
	var years map[int]bool // made only for a document holding such tables
	for _, a := range p.doc.Anggaran {
		if a.Tingkat == facts.LevelProgram && a.Sumber != "teks" && (a.KodeTeks == "" || totalText(a.KodeTeks)) {
			if years == nil {
				years = map[int]bool{}
			}
			years[a.Tahun] = true // a program row read from its table's total line (programTotal)
		}
	}
	if years == nil {
		return
	}
	for i := range p.doc.Anggaran {
		t := &p.doc.Anggaran[i]
		if t.Tingkat != facts.LevelTotal || t.Sumber != "teks" || !years[t.Tahun] {
			continue
		}
		var pagu, real int64
		ok, seen := true, map[string]bool{}
		for _, a := range p.doc.Anggaran {
			if a.Tingkat != facts.LevelProgram || a.Sumber == "teks" || a.Tahun != t.Tahun || seen[a.Kode] {
				continue
			}
			seen[a.Kode] = true
			if a.Pagu == nil || a.Realisasi == nil {
				ok = false
				break
			}
			pagu, real = pagu+*a.Pagu, real+*a.Realisasi
		}
		if ok && (t.Pagu == nil || *t.Pagu == pagu) && (t.Realisasi == nil || *t.Realisasi == real) {
			continue
		}
		p.find("anggaran.total_tidak_cocok", facts.Warning, t.Start, t.End, "",
			"jumlah tahun %d dalam teks tidak sama dengan jumlah program (pagu %d, realisasi %d); pagu dan realisasi dimuat NULL", t.Tahun, pagu, real)
		t.Pagu, t.Realisasi, t.Sisa = nil, nil, nil
	}
}

// totalOfAll: a program table's total line is the program's row only when
// the table's kegiatan sum to it. One whose pagu they do not make is the
// document's total written under the last program's table ("JUMLAH
// 4.012.965.000" under two kegiatan of 1.058.857.000): it is put back as
// the TOTAL.
func (p *parser) totalOfAll(a *facts.Anggaran, start int, prog string) {
	if a.Tingkat != facts.LevelProgram || a.Kode != prog || a.Pagu == nil || !totalText(a.KodeTeks) {
		return
	}
	var sum int64
	n := 0
	for _, k := range p.doc.Anggaran[start:] {
		if k.Tingkat != facts.LevelKegiatan || k.KodeInduk != prog {
			continue
		}
		if k.Pagu == nil {
			return
		}
		sum += *k.Pagu
		n++
	}
	if n == 0 || sum == *a.Pagu {
		return
	}
	a.Kode, a.Tingkat = "TOTAL", facts.LevelTotal
	p.find("anggaran.jumlah_semua_program", facts.Info, a.Start, a.End, a.KodeTeks,
		"baris %q dalam tabel program %s bukan jumlah kegiatannya (%d); dimuat sebagai jumlah seluruhnya", a.KodeTeks, prog, sum)
}
