package parse

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Two typed-again budget forms, one budget line a box, rewritten in place
// (line for line) as the TAB budget table they stand for, which the table
// readers then read under the caption above them:
//
// The PPK's control cards framed in characters (framedBudgetCards):
//
//	+--------------------------------------------------------+
//	| KARTU KENDALI ANGGARAN TA 2022           Kartu No. 02  |
//	| Kode     : 3355                                        |
//	| Uraian   : Pengelolaan Keuangan dan Barang Milik       |
//	|            Negara                                      |
//	| Induk    : 076.01.WA                                   |
//	+--------------------------+-----------------------------+
//	| Pagu setelah revisi      |              Rp 970.935.000 |
//	| Realisasi s.d. 31 Des.   |              Rp 924.036.000 |
//	| Sisa pagu                |               Rp 46.899.000 |
//	| Persentase realisasi     |                     95,17 % |
//	+--------------------------+-----------------------------+
//
// A card is a run of lines each opening and closing with the same frame
// character; its fields are "Label : value" lines and two-cell lines split
// by the frame character. A card with no Kode whose Uraian is JUMLAH or
// TOTAL is the total row. (The Kartu Pengawasan of control_cards.go, with
// their payments listed, are another class: no frame.)
//
// A ledger summary's T accounts (tAccounts, anggaran_taccount.go): the line's code and name over
// a bar whose junction is the T's stem; the stem splits the debit side,
// the pagu, from the credit side, realisasi, sisa and serapan:
//
//	  3355  Pengelolaan Keuangan …  (akun induk 076.01.WA)
//	  ══════════════════╤══════════════════
//	  Pagu (D)          │ Realisasi (K)     918.184.075
//	  976.836.000       │ Sisa               58.651.925
//	                    │ Serapan               94,00 %
//
// Either way a row is written only when the box's figures prove each
// other: sisa = pagu − realisasi, the percent realisasi / pagu; a box
// that does not prove, or states no pagu and realisasi, gives no row. A T
// whose sides are not pagu and realisasi (Kas, Pendapatan) is no budget.

// fixedBudget is one box's budget line.
type fixedBudget struct {
	code, induk, name      string
	pagu, real, sisa, pct  string // as written, without "Rp" and "%"
	total, ambiguous, ribu bool
}

// fixedBudgetBoxes rewrites framed control cards and T accounts of data.
func fixedBudgetBoxes(doc *facts.Document, data []byte) []byte {
	cards := framedCardMark(data)
	ts := tAccountMark(doc, data)
	if !cards && !ts {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	if cards {
		changed = framedBudgetCards(lines) || changed
	}
	if ts {
		changed = tAccounts(lines) || changed
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// framedCardMark: some line opens with a frame character and states a
// "Kode :" field, the cheap look for a framed card.
func framedCardMark(data []byte) bool {
	for k := 0; ; {
		i := bytes.Index(data[k:], []byte("Kode"))
		if i < 0 {
			return false
		}
		i += k
		s := bytes.LastIndexByte(data[:i], '\n') + 1
		pre := bytes.TrimSpace(data[s:i])
		e := bytes.IndexByte(data[i:], '\n')
		if e < 0 {
			e = len(data) - i
		}
		r, _ := utf8.DecodeRune(pre)
		if len(pre) > 0 && len(pre) <= 4 && !unicode.IsLetter(r) && !unicode.IsDigit(r) &&
			bytes.IndexByte(data[i:i+e], ':') >= 0 {
			return true
		}
		k = i + 4
	}
}

// tAccountMark: a T's bar (a rule with one junction) and the two sides' labels.
func tAccountMark(doc *facts.Document, data []byte) bool {
	if !docHas(doc, data, "Pagu") || !docHas(doc, data, "Realisasi") {
		return false
	}
	return docHasAny(doc, data, "═╤═", "─┬─", "━┳━", "═╦═", "=+=", "-+-", "=|=", "-|-", "=T=")
}

// framedLine: the text inside a line's frame and its frame character; ok
// false for a line not framed.
func framedLine(l string) (string, rune, bool) {
	t := strings.TrimSpace(l)
	f, n := utf8.DecodeRuneInString(t)
	g, m := utf8.DecodeLastRuneInString(t)
	if len(t) < n+m+1 || f != g || unicode.IsLetter(f) || unicode.IsDigit(f) || f == '(' || f == '[' {
		return "", 0, false
	}
	return strings.TrimSpace(t[n : len(t)-m]), f, true
}

// frameRule: a frame's border, no letter or digit in it.
func frameRule(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 3 {
		return false
	}
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
			return false
		}
	}
	return true
}

// framedBudgetCards rewrites each run of framed budget cards.
func framedBudgetCards(lines []string) bool {
	changed := false
	for i := 0; i < len(lines); i++ {
		if !frameRule(lines[i]) && !framedOpen(lines[i]) {
			continue
		}
		from, to := -1, -1
		var rows []fixedBudget
		k := i
		for k < len(lines) {
			// one card: the run of framed or border lines from k
			e := k
			for e < len(lines) && (frameRule(lines[e]) || framedOpen(lines[e]) || cardPageBreak(lines[e])) {
				e++
			}
			if e == k {
				break
			}
			b, ok := readFramedCard(lines[k:e])
			if ok {
				rows = append(rows, b)
				if from < 0 {
					from = k
				}
				to = e - 1
			} else if b.code != "" || b.total {
				break // a card not read ends the run: never a row across it
			}
			k = e
			for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
				k++
			}
		}
		if len(rows) == 0 {
			i = max(i, k-1) // the run read: no card of it starts another
			continue
		}
		if tRibu(lines, from) {
			for k := range rows {
				rows[k].ribu = true
			}
		}
		writeFixedBudget(lines, from, to, rows)
		changed = true
		i = to
	}
	return changed
}

// cardPageBreak: a form feed alone, a page turning inside a card.
func cardPageBreak(l string) bool {
	return strings.IndexByte(l, '\f') >= 0 && strings.TrimSpace(l) == ""
}

// framedOpen: a framed line (card content).
func framedOpen(l string) bool {
	_, _, ok := framedLine(l)
	return ok
}

// readFramedCard reads one card's lines; ok only for a card stating its
// code (or the total) and the figures that prove each other.
func readFramedCard(ls []string) (fixedBudget, bool) {
	var b fixedBudget
	inName := false
	for _, l := range ls {
		if frameRule(l) {
			inName = false
			continue
		}
		t, f, ok := framedLine(l)
		if !ok {
			continue
		}
		var label, val string
		if cells := splitFrame(t, f); len(cells) == 2 {
			label, val = cells[0], cells[1]
		} else if c := strings.IndexByte(t, ':'); c > 0 && c < 40 {
			label, val = strings.TrimSpace(t[:c]), strings.TrimSpace(t[c+1:])
		} else {
			if inName && t != "" {
				b.name += " " + t // the Uraian wrapped inside the card
			}
			continue
		}
		inName = false
		lw := strings.ToLower(label)
		if strings.Contains(lw, "ribu") {
			b.ribu = true
		}
		switch {
		case lw == "kode" || lw == "kode akun" || lw == "kode anggaran":
			b.code = val
		case lw == "uraian" || lw == "nama" || lw == "uraian kegiatan":
			b.name, inName = val, true
			if u := strings.ToUpper(val); u == "JUMLAH" || u == "TOTAL" || u == "JUMLAH TOTAL" {
				b.total = true
			}
		case lw == "induk" || lw == "kode induk" || lw == "program induk" || lw == "akun induk":
			b.induk = val
		default:
			b.figure(lw, val)
		}
	}
	return b.finish()
}

// splitFrame splits a card's content at inner frame characters.
func splitFrame(t string, f rune) []string {
	var out []string
	for _, c := range strings.Split(t, string(f)) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// figure sets the figure a labelled amount states.
func (b *fixedBudget) figure(label, val string) {
	set := func(p *string, v string) {
		if *p != "" && *p != v {
			b.ambiguous = true // two figures of one role: which one is the line's is not stated
		}
		*p = v
	}
	if strings.Contains(label, "ribu") {
		b.ribu = true
	}
	v := strings.TrimSpace(val)
	for _, pre := range [...]string{"Rp.", "Rp", "RP.", "RP"} {
		if strings.HasPrefix(v, pre) {
			v = strings.TrimSpace(v[len(pre):])
			break
		}
	}
	w := strings.Fields(label)
	if len(w) == 0 {
		return
	}
	switch {
	case w[0] == "persentase" || w[0] == "serapan" || w[0] == "%" || strings.HasPrefix(w[0], "daya"):
		set(&b.pct, strings.TrimSpace(strings.TrimSuffix(v, "%")))
	case w[0] == "pagu" || w[0] == "alokasi" || w[0] == "anggaran":
		if strings.Contains(label, "awal") || strings.Contains(label, "semula") {
			return // the pagu before revision: not the line's pagu
		}
		set(&b.pagu, v)
	case w[0] == "realisasi":
		set(&b.real, v)
	case w[0] == "sisa":
		set(&b.sisa, v)
	}
}

// finish proves the box's figures; ok only when they prove.
func (b fixedBudget) finish() (fixedBudget, bool) {
	if b.ambiguous || b.pagu == "" || b.real == "" || b.sisa == "" && b.pct == "" {
		return b, false
	}
	if !b.total {
		c := strings.Fields(b.code)
		if len(c) != 1 || !budgetCodeShape(c[0]) {
			if _, ok := parseBudgetPath(b.code); !ok {
				return b, false
			}
		}
		if b.induk != "" {
			if _, ok := programCode(b.induk); ok {
				if _, ok := parseBudgetPath(b.induk + "." + b.code); ok {
					b.code = b.induk + "." + b.code // the line's parent stated with it (anggaran_path.go)
				}
			}
		}
	}
	pg, ok1 := cardAmount(b.pagu)
	re, ok2 := cardAmount(b.real)
	if !ok1 || !ok2 || pg <= 0 {
		return b, false
	}
	if b.sisa != "" {
		s, ok := cardAmount(b.sisa)
		if !ok || pg-re != s {
			return b, false
		}
	}
	if b.pct != "" {
		p, err := strconv.ParseFloat(strings.Replace(b.pct, ",", ".", 1), 64)
		if err != nil || math.Abs(p-float64(re)*100/float64(pg)) > 0.01 {
			return b, false
		}
	}
	return b, true
}

// writeFixedBudget writes the rows as a TAB budget table over lines
// from..to: the header on the first line, the rows under it (a table's
// rows stand together), the rest blanked.
func writeFixedBudget(lines []string, from, to int, rows []fixedBudget) {
	unit := " (Rp)"
	if rows[0].ribu {
		unit = " (Rp ribu)"
	}
	for k := from; k <= to; k++ {
		lines[k] = ""
	}
	lines[from] = "Kode\tUraian\tPagu" + unit + "\tRealisasi" + unit + "\tSisa" + unit + "\tSerapan (%)"
	at := from + 1
	for _, r := range rows {
		if r.ribu != rows[0].ribu {
			continue // a box in another unit: its figures would be read in the header's
		}
		code, name := r.code, r.name
		if r.total {
			code, name = "", "JUMLAH"
		}
		lines[at] = code + "\t" + name + "\t" + r.pagu + "\t" + r.real + "\t" + r.sisa + "\t" + r.pct
		at++
	}
}
