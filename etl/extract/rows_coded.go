package extract

import (
	"regexp"
	"sync"
)

// codedRows rebuilds the rows of a budget table in which every entry opens
// with its budget code and a wrapped entry carries its amounts on a later
// line, the first, a middle or the last:
//
//	6709 Perencanaan Program dan            |               |
//	Anggaran, serta Penyusunan              |               |
//	Peraturan Pelaksanaan                   | 3.527.715.000 | ...
//	Penyelenggaraan Pemilu                  |               |
//	6709.QGE.001 Perencanaan dan Penganggaran | 1.442.792.000 | ...
//
// or with the code in a column of its own ("WA | Program Dukungan" over
// " | Manajemen dan Pelaksanaan | 2.013.200"). The layout is told by the
// whole body: the body opens with a code (or its total), at least three lines open with
// one, a total line ("JUMLAH") stands alone, and between two codes at most
// one line carries amounts. ok is false for any other table, which the
// line-by-line reading keeps.
func codedRows(body []rawLine, headerWords func() map[string]bool) (rows []Row, ok bool) {
	// cheap test first, before any allocation: most tables open otherwise
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		if !opensWithCode(l.cells) && !totalLabel(firstText(l.cells)) {
			return nil, false
		}
		break
	}
	// the lines kept are scratch, from a pool of their own (the rows keep
	// only the cells): allocated for each table that passes the test above,
	// they were 1.1 % of the parser's bytes
	lines := getCodedLines()
	defer func() { putCodedLines(lines) }()
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		if len(headerWords()) > 0 && nonEmpty(l.cells) >= 2 && allWordsIn(l.cells, headerWords()) && isHeaderRow(l.cells) {
			continue // the header repeated after a page break
		}
		lines = append(lines, l)
	}
	if len(lines) < 3 {
		return nil, false
	}
	codes, valued, wrapped := 0, 0, false
	opens := make([]bool, len(lines))
	for i, l := range lines {
		v := anyValue(l.cells[1:]) // the first cell holds the code or the label, never the amounts
		if code := opensWithCode(l.cells); code || totalLabel(firstText(l.cells)) {
			opens[i] = true
			if code {
				codes++
			}
			valued = 0
			if v {
				valued = 1
			}
			continue
		}
		if v {
			if valued++; valued > 1 {
				return nil, false // two lines with amounts under one code: not this layout
			}
			wrapped = true
		}
	}
	if codes < 3 || !wrapped {
		return nil, false
	}
	for i, l := range lines {
		if opens[i] {
			rows = append(rows, newRow(l))
			continue
		}
		rows[len(rows)-1].merge(l)
	}
	return rows, true
}

// codedLinePool holds codedRows' scratch lines. Every array in it is zero
// beyond its length and cleared up to it before it goes back, so it keeps
// no document's cells alive and clearing costs what the table used.
var codedLinePool sync.Pool

func getCodedLines() []rawLine {
	if p, ok := codedLinePool.Get().(*[]rawLine); ok {
		return (*p)[:0]
	}
	return nil
}

func putCodedLines(ls []rawLine) {
	clear(ls)
	ls = ls[:0]
	codedLinePool.Put(&ls)
}

// The shapes of codes; codeCell and codeLead (scan_code.go) test them
// without the regexp machine, and a test holds them to these patterns.
var (
	// a code alone in its cell: program "WA", "076.01.WA", kegiatan "3355", output "3355.EBA.994"
	reCodeCell = regexp.MustCompile(`^(?:[A-Z]{2,3}|\d{4}|\d{3}\.\d{2}\.[A-Z]{2,3}|[A-Z]{2,3}\.\d{4}|\d{4}\.[A-Z]{3}\.\d{3})$`)
	// a code opening a label: "6709 Perencanaan", "6709.QGE.001 Perencanaan",
	// "076.01.WA Program", "WA Program", "CQ.6709 Perencanaan", "(6709) Perencanaan".
	// A letter code is two letters: "KPU Kabupaten" is a label.
	reCodeLead = regexp.MustCompile(`^(?:\d{4}(?:\.[A-Z]{3}\.\d{3})?|\d{3}\.\d{2}\.[A-Z]{2,3}|[A-Z]{2}(?:\.\d{4})?|\((?:\d{4}|\d{3}\.\d{2}\.[A-Z]{2}|[A-Z]{2})\)) \S`)
)

// opensWithCode: the line's first cell is a budget code, or a label that
// starts with a numeric budget code.
func opensWithCode(cells []string) bool {
	if len(cells) == 0 || cells[0] == "" {
		return false
	}
	c := cells[0]
	if len(c) >= 4 && (c[:2] == "19" || c[:2] == "20") && (len(c) == 4 || c[4] == ' ') {
		return false // a year ("2024", "2024 Pagu"), not a kegiatan code
	}
	return codeCell(c) || codeLead(c) // reCodeCell, reCodeLead (scan_code.go)
}
