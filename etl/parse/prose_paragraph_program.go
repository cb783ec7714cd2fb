package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Kegiatan told in sentences under a table that lists only the programs:
//
//	Kode  Program                      Pagu  Realisasi  Sisa  %
//	076.01.WA  Program Dukungan Manajemen  …
//	076.01.CQ  Program Penyelenggaraan …   …
//
//	Program Dukungan Manajemen (076.01.WA) terdiri atas kegiatan 3355 …
//	dengan pagu Rp…, realisasi Rp… (93,86%); kegiatan 3358 … .
//
// The kegiatan amounts are read as coded prose (prose_coded.go); their
// parent is the one program the paragraph names — by its code, or by a
// program row's name of that year's table — and no amount of the
// program's own need stand in the paragraph. A paragraph naming no
// program of the table, or two, proves no parent: kode_induk stays NULL
// with anggaran.induk_tidak_diketahui, as before. The kegiatan of one
// paragraph whose pagu together exceed their program's pagu in the table
// cannot be its children: refused, with anggaran.induk_tidak_cocok.

// noteParagraph remembers, on the coded kegiatan amounts of code in year,
// the paragraph (folded) they were told in, when it names a program at
// all: finishCodedProse may take their parent from it.
func (p *parser) noteParagraph(year int, code, t string, para *string) {
	if len(code) != 4 || !containsFoldASCII(t, "program") {
		return // a program's own amount, or a paragraph naming no program
	}
	for _, pc := range p.codedProse {
		if pc.year == year && pc.code == code && pc.para == "" {
			if *para == "" {
				*para = strings.ToLower(t) // a copy: never keep the document's text
			}
			pc.para = *para
		}
	}
}

// paragraphParents gives, per coded row index, the program its paragraph
// names when that names exactly one program row of the year's table and
// the paragraph's kegiatan fit under its pagu.
func (p *parser) paragraphParents() map[int]string {
	var out map[int]string
	sums := map[string]int64{} // paragraph+program: the kegiatan pagu told there
	for i, pc := range p.codedProse {
		if pc.para == "" {
			continue
		}
		prog, ok := p.programOfParagraph(pc.para, pc.year)
		if !ok {
			continue
		}
		if own := officialProgram(pc.code); own != "" && own != prog {
			// an official kegiatan code of the other program: the paragraph
			// does not tell this one's parent
			p.find("anggaran.induk_tidak_cocok", facts.Warning, pc.start, pc.end, pc.code,
				"kegiatan %s: paragraf menyebut program %s, tetapi kegiatan ini milik program %s; kode_induk dibiarkan kosong", pc.code, prog, own)
			continue
		}
		if out == nil {
			out = map[int]string{}
		}
		out[i] = prog
		if len(pc.pagus) == 1 {
			sums[pc.para+"\x00"+prog] += pc.pagus[0]
		}
	}
	for i, prog := range out {
		pc := p.codedProse[i]
		pagu, ok := p.tableProgramPagu(prog, pc.year)
		if s := sums[pc.para+"\x00"+prog]; ok && s > pagu {
			delete(out, i)
			p.find("anggaran.induk_tidak_cocok", facts.Warning, pc.start, pc.end, pc.code,
				"kegiatan %s: paragraf menyebut program %s, tetapi pagu kegiatannya (%d) melebihi pagu program (%d); kode_induk dibiarkan kosong", pc.code, prog, s, pagu)
		}
	}
	return out
}

// programOfParagraph is the code of the one program row of year's table
// that para (folded) names, by its code or by its name. Named programs
// outside the table count: two named programs prove no parent.
func (p *parser) programOfParagraph(para string, year int) (string, bool) {
	named := map[string]bool{}
	for _, f := range strings.FieldsFunc(para, func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == ',' || r == ';' || r == ':' || r == '\n'
	}) {
		f = strings.TrimRight(f, ".")
		if len(f) == 9 && budgetCodeShape(strings.ToUpper(f)) {
			named[strings.ToUpper(f)] = true
		}
	}
	inTable := map[string]bool{}
	for _, a := range p.doc.Anggaran {
		if a.Tingkat != facts.LevelProgram || a.Tahun != year || a.Sumber == "teks" {
			continue
		}
		inTable[a.Kode] = true
		if u := strings.ToLower(strings.TrimSpace(a.Uraian)); len(u) >= 12 && strings.Contains(para, u) {
			named[a.Kode] = true
		}
	}
	if len(named) != 1 {
		return "", false
	}
	for code := range named {
		return code, inTable[code]
	}
	return "", false
}

// tableProgramPagu is the pagu of program code's table row in year.
func (p *parser) tableProgramPagu(code string, year int) (int64, bool) {
	for _, a := range p.doc.Anggaran {
		if a.Tingkat == facts.LevelProgram && a.Tahun == year && a.Kode == code && a.Sumber != "teks" && a.Pagu != nil {
			return *a.Pagu, true
		}
	}
	return 0, false
}

// officialProgram is the program an official kegiatan code belongs to
// (kegiatanNames), "" for any other code.
func officialProgram(code string) string {
	for _, kg := range kegiatanNames {
		if kg.code == code {
			return kg.program
		}
	}
	return ""
}
