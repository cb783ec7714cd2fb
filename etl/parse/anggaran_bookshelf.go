package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as a bookshelf of the budget infographic typed again: one
// book a budget line lying flat (a framed box: its spine `kode · name`,
// the name perhaps wrapped, over `Pagu … · Real. … · Sisa … · n %`), the
// books of a program stacked on one shelf (a board of block characters
// under them, perhaps labelled `rak n: program 076.01.xx`), the program's
// thick book at the bottom of its stack and its kegiatan on it, the
// total's book alone on a shelf of its own:
//
//	  ╭────────────────────────────────────────────────╮
//	  │ 3360 · Operasional Perkantoran                 │
//	  │ Pagu 862.150.000 · Real. 825.237.391 · 95,72 % │
//	  ╰────────────────────────────────────────────────╯
//	┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
//	┃ 076.01.WA · Program Dukungan Manajemen           ┃
//	┃ Pagu 2.849.550.000 · Real. 2.732.458.724 · …     ┃
//	┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
//	▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀  rak 2: program 076.01.WA
//
// bookshelves rewrites the shelves as one TAB table (Kode, Uraian, Pagu,
// Realisasi, Sisa, Serapan), each program's row followed by its kegiatan,
// the total last, for the budget table reader to key and prove. What it
// trusts:
//   - a book is a frame (any of ┌╭┏╔ … ┘╯┛╝) with a side rule opening and
//     closing every line between; a shelf is a line opening with a run of
//     one board character (▀ ▄ ▔ ▁ ▬ █, or ═ ━ when the label says `rak`)
//     right under a stack of books;
//   - only labelled amounts (`Pagu`, `Realisasi` / `Real.`, `Sisa`, a
//     percent, read as in the treemap) and a code (with a digit) opening
//     the spine; a book headed `TOTAL` / `Jumlah` is the total's;
//   - the program of a shelf is the book its label names, else the book at
//     the bottom of the stack; the others are its kegiatan;
//   - arithmetic: sisa = pagu − realisasi and the percent =
//     realisasi/pagu on every book (hierProve), the kegiatan summing to
//     their program's pagu and realisasi, the programs to the total's.
//
// A shelf failing a proof leaves the whole drawing as written, reported.
// The books' offsets, frames and the shelf numbers are no facts.

var (
	bsLabel   = regexp.MustCompile(`(?i)^(?:rak|shelf|papan)\b`)
	bsLabCode = regexp.MustCompile(`\b([0-9]{3}\.[0-9A-Z]{2}(?:\.[0-9A-Z]{1,4})*|[0-9]{4})\b`)
	bsSpine   = regexp.MustCompile(`^(\S+)\s*[·•|:–—-]\s+(.*)$`)
)

// bookshelfGate: a shelf board of block characters, or a shelf label.
func bookshelfGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "▀▀▀") || docHas(doc, data, "▄▄▄") ||
		docHas(doc, data, "▔▔▔") || docHas(doc, data, "▬▬▬") ||
		docHas(doc, data, "rak 1") || docHas(doc, data, "Rak 1") || docHas(doc, data, "RAK 1")
}

const (
	bsTopL = "┌╭┏╔"
	bsTopR = "┐╮┓╗"
	bsBotL = "└╰┗╚"
	bsBotR = "┘╯┛╝"
	bsSide = "│┃║"
)

// bsShelf: whether line l is a shelf board, and its label after the board.
func bsShelf(l string) (string, bool) {
	t := strings.TrimSpace(l)
	r := []rune(t)
	if len(r) < 10 {
		return "", false
	}
	c := r[0]
	n := 0
	for n < len(r) && r[n] == c {
		n++
	}
	if n < 10 {
		return "", false
	}
	label := strings.TrimSpace(string(r[n:]))
	switch {
	case strings.ContainsRune("▀▄▔▁▬█", c):
	case strings.ContainsRune("═━", c) && bsLabel.MatchString(label):
	default:
		return "", false
	}
	return label, true
}

// bsBook reads the book whose top is line i: its inner lines and its last
// line, ok false when line i opens no closed frame.
func bsBook(lines []string, i int) ([]string, int, bool) {
	t := []rune(strings.TrimSpace(lines[i]))
	if len(t) < 6 || !strings.ContainsRune(bsTopL, t[0]) || !strings.ContainsRune(bsTopR, t[len(t)-1]) {
		return nil, i, false
	}
	for _, c := range t[1 : len(t)-1] {
		if !strings.ContainsRune("─━═", c) {
			return nil, i, false
		}
	}
	var inner []string
	for j := i + 1; j < len(lines) && j < i+12; j++ {
		r := []rune(strings.TrimSpace(lines[j]))
		if len(r) < 2 {
			return nil, i, false
		}
		if strings.ContainsRune(bsBotL, r[0]) && strings.ContainsRune(bsBotR, r[len(r)-1]) {
			return inner, j, true
		}
		if !strings.ContainsRune(bsSide, r[0]) || !strings.ContainsRune(bsSide, r[len(r)-1]) {
			return nil, i, false
		}
		if s := strings.TrimSpace(string(r[1 : len(r)-1])); s != "" {
			inner = append(inner, s)
		}
	}
	return nil, i, false
}

type bsShelfRow struct {
	books []*tmBox
	label string
}

func bookshelves(doc *facts.Document, data []byte) []byte {
	if !bookshelfGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if _, _, ok := bsBook(lines, i); !ok {
			continue
		}
		if end, ok := bookshelfAt(doc, lines, i); ok {
			changed = true
			i = end
		} else if end > i {
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// bookshelfAt reads the shelves from the book opening on line i: the
// drawing's last line and whether it was rewritten.
func bookshelfAt(doc *facts.Document, lines []string, i int) (int, bool) {
	var shelves []bsShelfRow
	var stack []*tmBox
	last := i
	j := i
	for j < len(lines) {
		if inner, end, ok := bsBook(lines, j); ok {
			stack = append(stack, &tmBox{own: inner})
			last, j = end, end+1
			continue
		}
		if label, ok := bsShelf(lines[j]); ok && len(stack) > 0 {
			shelves = append(shelves, bsShelfRow{books: stack, label: label})
			stack = nil
			last, j = j, j+1
			continue
		}
		if strings.TrimSpace(lines[j]) == "" && j+1 < len(lines) {
			// a blank line between shelves, or between a stack and its board
			if _, _, ok := bsBook(lines, j+1); ok {
				j++
				continue
			}
			if _, ok := bsShelf(lines[j+1]); ok && len(stack) > 0 {
				j++
				continue
			}
		}
		break
	}
	if len(shelves) == 0 {
		return last, false
	}
	if len(stack) > 0 {
		// books after the last shelf: no bookshelf of this kind
		return last, false
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "rak buku anggaran: " + why + "; tidak dimuat"})
		return last, false
	}
	var total *tmBox
	var progs []*tmBox
	for _, sh := range shelves {
		for _, b := range sh.books {
			bsSpineSplit(b)
			if why := tmFill(b); why != "" {
				return fail(why)
			}
			if why := hierProve(&b.hb); why != "" {
				return fail(b.hb.code + " " + why)
			}
		}
		// the total's book is alone on its shelf
		if len(sh.books) == 1 && sh.books[0].hb.total {
			if total != nil {
				return fail("dua buku jumlah")
			}
			total = sh.books[0]
			continue
		}
		// the program: the book the shelf's label names, else the bottom one
		prog := sh.books[len(sh.books)-1]
		if m := bsLabCode.FindStringSubmatch(sh.label); m != nil {
			prog = nil
			for _, b := range sh.books {
				if b.hb.code == m[1] {
					prog = b
				}
			}
			if prog == nil {
				return fail("rak " + m[1] + " tanpa bukunya")
			}
		}
		for _, b := range sh.books {
			if b.hb.total {
				return fail("buku jumlah di rak program")
			}
			if b != prog {
				prog.kids = append(prog.kids, b)
			}
		}
		if len(prog.kids) > 0 && !tmSums(&prog.hb, prog.kids) {
			return fail("buku di rak " + prog.hb.code + " tidak berjumlah pagu dan realisasinya")
		}
		progs = append(progs, prog)
	}
	if len(progs) == 0 {
		return last, false
	}
	if total != nil && !tmSums(&total.hb, progs) {
		return fail("program tidak berjumlah buku jumlah")
	}
	var rows [][]string
	for _, p := range progs {
		for _, b := range append([]*tmBox{p}, p.kids...) {
			h := b.hb
			rows = append(rows, []string{h.code, h.name, h.pagu, h.real, h.sisa, h.sera})
		}
	}
	if total != nil {
		h := total.hb
		rows = append(rows, []string{"", "TOTAL", h.pagu, h.real, h.sisa, h.sera})
	}
	if !budgetExport(lines, i, last+1, i, rows) {
		return last, false
	}
	return last, true
}

// bsSpineSplit takes the separator out of a spine `kode · name`, so the
// first word is the code as tmFill reads it.
func bsSpineSplit(b *tmBox) {
	if len(b.own) == 0 {
		return
	}
	if m := bsSpine.FindStringSubmatch(b.own[0]); m != nil && strings.ContainsAny(m[1], "0123456789") {
		b.own[0] = m[1] + " " + m[2]
	}
}

// budgetExport writes budget rows (Kode, Uraian, Pagu, Realisasi, Sisa,
// Serapan) into lines[from:to] as one TAB table (exportPlace); a sisa or a
// percent on some rows only drops its column, for the table reader to
// compute (the rows were proven before). Shared by the bookshelf and the
// whiteboard (anggaran_whiteboard.go).
func budgetExport(lines []string, from, to, head int, rows [][]string) bool {
	header := []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"}
	header, rows = budgetColumns(header, rows)
	return exportPlace(lines, from, to, head, "", header, rows)
}

// budgetColumns drops the sisa or the percent column of a budget table's
// rows (Kode, Uraian, Pagu, Realisasi, Sisa, Serapan) when some row does not
// state it: the table reader then takes pagu − realisasi (a sisa proven
// where stated) and computes the serapan, as for a table without them.
func budgetColumns(header []string, rows [][]string) ([]string, [][]string) {
	allSisa, allSera := true, true
	for _, row := range rows {
		allSisa = allSisa && row[4] != ""
		allSera = allSera && row[5] != ""
	}
	if !allSera {
		header = header[:5]
		for r, row := range rows {
			rows[r] = row[:5]
		}
	}
	if !allSisa {
		header = append(header[:4:4], header[5:]...)
		for r, row := range rows {
			rows[r] = append(row[:4:4], row[5:]...)
		}
	}
	return header, rows
}
