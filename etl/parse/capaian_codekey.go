package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// The key of a capaian table that names its indicators by code only
// (capaian_rowcodes.go): the lines or rows anywhere in the document that
// give a code its statement, under the table, before it or in an
// appendix:
//
//	Keterangan kode indikator:
//	IK.01 : Persentase kesesuaian Kompetensi Pegawai terhadap standar
//	        kompetensi penugasannya
//	IKU 2 = Nilai Keterbukaan Informasi Publik
//	SS1-IK3. Opini BPK atas Laporan Keuangan
//
//	Kode	Indikator                       (a key table: two cells a row,
//	I.4	Indeks Kepuasan Layanan ...      a No cell before them allowed)
//
// What it trusts:
//   - an entry opens a line: the code exactly as the table writes it
//     (after whitespace folding), then ':', '=', '.', '-' or a dash; a
//     one-letter code only with ':' or '=' ("A." opens an outline item);
//   - the statement runs on over the paragraph's next lines as the
//     document wraps prose (joined by a space) while the wrap is plain: the
//     line starts lower case or is indented under the entry, or the
//     statement so far stops on a word that cannot end one (dangling).
//     Another line is prose after the key or a wrapped statement: the
//     indicator catalogue decides when only one of the two reads as a
//     known indicator; else both are kept as the code's names, and the
//     code (given two names) does not resolve. A label line (`Sumber:`)
//     or the next entry ends it;
//   - a statement is an indicator's: the catalogue knows it, or it opens
//     with an indicator's word (Persentase, Nilai, Opini …) and has three
//     words or more, and it does not stop on a word no statement ends
//     with (`… yang`: a name cut short). An entry of anything else (a
//     unit, a figure, a sasaran) names nothing;
//   - a code resolves when the document gives it exactly one statement;
//     an entry for a code the table does not use is no matter.

// codeKeys reads the document's key entries for codes and returns each
// code's statement (codes the key names once) and the codes named twice
// differently.
func (p *parser) codeKeys(codes []string) (map[string]string, map[string]bool) {
	want := make(map[string]bool, len(codes))
	for _, c := range codes {
		want[c] = true
	}
	found := map[string]map[string]bool{}
	add := func(code, name string) {
		name = strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(name), ";,.")), " ")
		if !want[code] || !keyStatement(name) {
			return
		}
		if found[code] == nil {
			found[code] = map[string]bool{}
		}
		found[code][name] = true
	}
	for i := range p.blocks {
		if i == p.cur {
			continue
		}
		b := &p.blocks[i]
		switch b.Kind {
		case extract.Table:
			for _, rs := range [][]extract.Row{b.Header, b.Rows} {
				for _, r := range rs {
					cells := nonEmptyCells(r.Cells)
					if len(cells) == 3 && rowNumberCell(cells[0]) {
						cells = cells[1:] // No | Kode | Indikator
					}
					if len(cells) == 2 {
						add(strings.Join(strings.Fields(cells[0]), " "), cells[1])
					}
				}
			}
		case extract.Paragraph:
			if mentionsAny(b.Text, codes) { // line-first: no line of a paragraph naming no code is split
				p.keyLines(b, want, add)
			}
		}
	}
	names := map[string]string{}
	twice := map[string]bool{}
	for code, ns := range found {
		if len(ns) > 1 {
			twice[code] = true
			continue
		}
		for n := range ns {
			names[code] = n
		}
	}
	return names, twice
}

func mentionsAny(text string, codes []string) bool {
	for _, c := range codes {
		if c != "" && strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// keyStatement: a key entry's text names an indicator.
func keyStatement(s string) bool {
	return !dangling(s) && (indicatorStatement(s) || startsIndicator(s) && len(strings.Fields(s)) >= 3)
}

// keyLines reads the key entries of paragraph b, giving add each wanted
// code's statement (two when the wrap is not plain and the catalogue
// cannot tell; see above).
func (p *parser) keyLines(b *extract.Block, want map[string]bool, add func(code, name string)) {
	lines := p.lines(b.Start, b.End)
	code, name, alt, open := "", "", "", false // the entry being read; alt its other reading
	at := 0                                    // the entry line's indentation
	flush := func() {
		if open && want[code] {
			add(code, name)
			if alt != "" {
				add(code, alt)
			}
		}
		open, alt = false, ""
	}
	for _, l := range lines {
		l = strings.TrimLeft(l, "\f")
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		if c, rest, opens := keyEntry(t); opens {
			flush()
			code, name, open, at = c, rest, c != "", indentOf(l)
			continue
		}
		if !open {
			continue
		}
		if f := strings.Fields(t); strings.HasSuffix(f[0], ":") {
			flush() // "Sumber: …", "Catatan: …" under the key
			continue
		}
		if alt != "" {
			continue // two readings already: the code does not resolve whatever follows
		}
		joined := strings.TrimSpace(name + " " + t)
		if name == "" || isLowerStart(t) || indentOf(l) > at || dangling(name) {
			name = joined // a plain wrap
			continue
		}
		switch alone, both := indicatorStatement(name), indicatorStatement(joined); {
		case alone && !both:
			flush() // prose after the key
		case both && !alone:
			name = joined
		default:
			alt, name = name, joined // two readings: the code does not resolve
		}
	}
	flush()
}

// isLowerStart: t opens with a lower-case letter.
func isLowerStart(t string) bool {
	return t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// keyEntry reads a line opening a key entry: its code and the text after
// the separator. opens is true for a line opening any item (also "A. …",
// an outline item, whose code is then ""), so that it ends the entry
// before it.
func keyEntry(t string) (code, rest string, opens bool) {
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") {
		t = strings.TrimSpace(t[strings.IndexByte(t, ' '):])
	}
	i := 0 // the code: capitals, digits and inner marks; a space only before a digit ("IKU 1")
	for i < len(t) {
		ch := t[i]
		if ch >= 'A' && ch <= 'Z' || isDigitByte(ch) || ch == '.' || ch == '-' || ch == '_' || ch == '/' {
			i++
			continue
		}
		if ch == ' ' && i > 0 && i+1 < len(t) && isDigitByte(t[i+1]) && t[i-1] >= 'A' && t[i-1] <= 'Z' {
			i++
			continue
		}
		break
	}
	code, r := t[:i], strings.TrimLeft(t[i:], " ")
	sep := ""
	if n := len(code); n > 1 && (code[n-1] == '.' || code[n-1] == '-') {
		code, sep = code[:n-1], code[n-1:]
	} else {
		for _, s := range []string{":", "=", ".", "- ", "– ", "— ", "\t"} {
			if strings.HasPrefix(r, s) {
				sep, r = s, r[len(s):]
				break
			}
		}
		if strings.HasPrefix(t[i:], "\t") {
			sep = "\t"
		}
	}
	if sep == "" || code == "" || sep == "-" && r != "" && r[0] != ' ' {
		return "", "", false
	}
	if !indicatorCode(code) {
		return "", "", strings.IndexAny(code, "0123456789") == 0 // "1. …", "2) …": a list item ends the entry too
	}
	if len(code) == 1 && sep != ":" && sep != "=" && sep != "\t" {
		return "", "", true // "A. …": an outline item, no key entry
	}
	return code, strings.TrimSpace(r), true
}
