// Package extract turns the text of an LKj (as pdftotext-like converters
// write it: one line per visual line, table cells separated by TAB) into an
// ordered list of blocks: paragraphs and tables, each with its 1-based line
// span so every fact can be traced back to the source.
//
// Extraction is about layout only: it merges wrapped table rows, attaches
// captions, drops repeated headers, column-number rows and page numbers.
// What the cells mean is decided by package parse.
package extract

import "strings"

// Limits protect the process from hostile input. The zero value of a
// field means its default; callers pass them (parse.Options.Limits), so
// two parses with different limits can run side by side.
type Limits struct {
	// MaxBytes is the largest document accepted, in bytes (checked by
	// package parse before decoding).
	MaxBytes int
	// MaxLineLen is the longest line accepted, in bytes.
	MaxLineLen int
	// MaxCells is the largest number of TAB-separated cells in one line.
	MaxCells int
	// MaxLines is the largest number of lines in one document.
	MaxLines int
}

// The defaults of Limits.
const (
	DefaultMaxBytes   = 64 << 20
	DefaultMaxLineLen = 1 << 16
	DefaultMaxCells   = 512
	DefaultMaxLines   = 1 << 21
)

// OrDefault returns l with every zero (or negative) field set to its
// default.
func (l Limits) OrDefault() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxLineLen <= 0 {
		l.MaxLineLen = DefaultMaxLineLen
	}
	if l.MaxCells <= 0 {
		l.MaxCells = DefaultMaxCells
	}
	if l.MaxLines <= 0 {
		l.MaxLines = DefaultMaxLines
	}
	return l
}

// Kind of a block.
type Kind uint8

const (
	// Paragraph is running text (one or more consecutive lines).
	Paragraph Kind = iota + 1
	// Table is a run of TAB-separated lines.
	Table
)

// Row is one logical table row: a head line and the continuation lines
// merged into it.
type Row struct {
	Start, End int      // line span
	Cells      []string // cleaned text per cell; fragments joined by a space

	// lines holds the cells of each line of a row of several lines, the
	// head line first; nil for a row of one line (most rows), whose head
	// and fragments are its cells. The first merge sets it.
	lines [][]string
}

// Head returns the cells of the row's first line alone.
func (r *Row) Head() []string {
	if r.lines != nil {
		return r.lines[0]
	}
	return r.Cells
}

// Fragments returns the non-empty fragment of each line that cell i was
// joined from (nil for an empty or missing cell). The answer may share the
// row's arrays: read it, never write it.
func (r *Row) Fragments(i int) []string {
	if r.lines == nil {
		if i >= 0 && i < len(r.Cells) && r.Cells[i] != "" {
			return r.Cells[i : i+1 : i+1]
		}
		return nil
	}
	// counted first: a cell of one line's fragment is that line's own
	// cell, capped like the single line's above (no array), and any other
	// gets one array of its size, not one per doubling
	n, one := 0, -1
	for k, l := range r.lines {
		if i >= 0 && i < len(l) && l[i] != "" {
			n, one = n+1, k
		}
	}
	switch n {
	case 0:
		return nil
	case 1:
		return r.lines[one][i : i+1 : i+1]
	}
	out := make([]string, 0, n)
	for _, l := range r.lines {
		if i >= 0 && i < len(l) && l[i] != "" {
			out = append(out, l[i])
		}
	}
	return out
}

// Lines returns the cells of each line the row was merged from, the head
// line first; a row of one line is its own one line.
func (r *Row) Lines() [][]string {
	if r.lines != nil {
		return r.lines
	}
	return [][]string{r.Cells}
}

// FragmentCount is len(r.Fragments(i)), without building them.
func (r *Row) FragmentCount(i int) int {
	if r.lines == nil {
		if i >= 0 && i < len(r.Cells) && r.Cells[i] != "" {
			return 1
		}
		return 0
	}
	n := 0
	for _, l := range r.lines {
		if i >= 0 && i < len(l) && l[i] != "" {
			n++
		}
	}
	return n
}

// NonEmpty is the number of non-empty cells.
func (r Row) NonEmpty() int {
	n := 0
	for _, c := range r.Cells {
		if c != "" {
			n++
		}
	}
	return n
}

// Cell returns cell i or "".
func (r Row) Cell(i int) string {
	if i >= 0 && i < len(r.Cells) {
		return r.Cells[i]
	}
	return ""
}

// Note records something extraction dropped, for lineage and findings.
type Note struct {
	Line int
	Why  string // "halaman", "header_berulang", "nomor_kolom", "foto"
	Text string
}

// Block is a paragraph or a table.
type Block struct {
	Kind Kind
	// The flags of both kinds come first, side by side: a document holds
	// many blocks, and five padded bools made each 40 bytes larger.
	IsCaption bool // paragraph: (part of) the caption of the next table
	ColNums   bool // table: a "(1) (2) (3)" row closed the header
	// Flat marks a table rebuilt from text written one cell per line;
	// Unproven, one whose rows could not be proven (its lines are its
	// rows, one cell each, for the parser to report).
	Flat, Unproven bool

	Start, End int

	// Paragraph
	Text string // cleaned; lines joined by a space

	// Table
	Caption                  string
	CaptionParts             []string // the caption's paragraphs, nearest the table last
	CaptionStart, CaptionEnd int
	Header                   []Row // header rows (column-number row excluded)
	Rows                     []Row // data rows after merging
	Width                    int   // number of columns
	Notes                    []Note
}

// line is one physical line, classified.
type line struct {
	n     int
	text  string   // cleaned, for text lines
	cells []string // cleaned, for tab lines (trailing empties trimmed)
	tab   bool
	blank bool
	skip  bool  // a cell line of a flattened table, moved into its rebuilt row
	flat  uint8 // flatProven, flatUnproven
	ff    bool  // a form feed: the page break a PDF reader writes (pageMarked)
}

// Text splits a document into blocks with the default limits.
func Text(data []byte) ([]Block, error) { return TextWith(data, Limits{}) }

// TextWith splits a document into blocks. It fails only when a limit is
// exceeded; any other input yields blocks (possibly none).
func TextWith(data []byte, lim Limits) ([]Block, error) {
	blocks, _, err := text(string(data), nil, lim, false)
	return blocks, err
}

// TextLent is TextWith with the blocks' arrays lent from pools: the blocks
// and the cells of their TAB rows. The caller calls done when it holds no
// block, row or cell slice any more (strings may be kept: they are not in
// those arrays); the arrays, cleared, serve the next document. A parse
// allocated both afresh for every document (about 1.5 bytes per input
// byte).
func TextLent(data []byte, lim Limits) (blocks []Block, done func(), err error) {
	return TextLentString(string(data), lim)
}

// TextLentString is TextLent over text the caller holds as a string: the
// blocks' strings are substrings of doc, with no copy of the whole text
// (one byte allocated per input byte). A caller that builds doc over
// memory of its own (unsafe.String over a pooled buffer) must keep that
// memory unchanged while any string taken from the blocks is used.
func TextLentString(doc string, lim Limits) (blocks []Block, done func(), err error) {
	return TextLentIn(doc, nil, lim)
}

// TextLentIn is TextLentString with an arena for the texts of cells merged
// from several lines: they are written in arena's spare capacity (past its
// length) while it has room, and arena's length grows over them; none is
// written again. The caller owns that memory as it owns doc's, and keeps
// both unchanged while any string taken from the blocks is used. A nil
// arena: the texts are allocated.
func TextLentIn(doc string, arena *[]byte, lim Limits) (blocks []Block, done func(), err error) {
	blocks, l, err := text(doc, arena, lim, true)
	if err != nil {
		return nil, nil, err
	}
	return blocks, func() {
		putBlocks(blocks)
		if l.rows != nil {
			putRows(l.rows)
		}
		if l.slab != nil {
			putSlab(l.slab)
		}
		if cells := l.cells; cap(cells) > 0 {
			cells = cells[:cap(cells)]
			clear(cells)
			cells = cells[:0]
			cellPool.Put(&cells)
		}
	}, nil
}

// lent is what TextLent lends besides the blocks.
type lent struct {
	cells []string // the TAB cells
	rows  *[]Row   // the tables' rows
	slab  *slab    // the arrays of the rows merged from several lines
}

func text(doc string, arena *[]byte, lim Limits, lend bool) ([]Block, lent, error) {
	lines, cellBuf, err := splitLines(doc, lim.OrDefault(), lend)
	if err != nil {
		return nil, lent{}, err
	}
	defer putLines(lines)
	blocks := getBlocks() // returned to the pool below (a panic leaves it to the collector)
	// tbl is the open table, nil when none; it always points at tblSpace,
	// which each new table overwrites whole (no field survives it): a
	// builder allocated per table was 1.4 % of the parser's bytes, and
	// nothing keeps a builder once finish has made its Block
	var tbl *tableBuilder
	var tblSpace tableBuilder
	var para Block         // the open paragraph when open
	open := false          // a paragraph is open
	var paraLines []string // the lines of para, joined when it closes
	closePara := func() {
		if open {
			if len(paraLines) > 1 {
				para.Text = strings.Join(paraLines, " ")
			}
			blocks = append(blocks, para)
			open = false
			paraLines = paraLines[:0]
		}
	}
	lineBuf := getRawLines() // the lines of the last table, reused: blocks keep no rawLine
	defer func() { putRawLines(lineBuf) }()
	var rows *[]Row // the rows of every table, lent with the blocks (arena.go)
	var sl *slab    // and the arrays of its merged rows (merge_slab.go)
	if lend {
		rows, sl = getRows(), getSlab()
	}
	closeTable := func() {
		if tbl != nil {
			if b, ok := tbl.finish(); ok {
				blocks = append(blocks, b)
			}
			lineBuf = tbl.lines[:0]
			tbl = nil
		}
	}
	gap := false
	for i := range lines {
		ln := &lines[i]
		if ln.skip {
			continue
		}
		if ln.tab && pagerCells(ln.cells) {
			ln.tab, ln.text = false, strings.Join(ln.cells, " ") // a web table's pager, set with gaps (pager.go)
		}
		switch {
		case ln.blank:
			closePara()
			gap = true
		case ln.tab:
			closePara()
			if tbl != nil && (gap && (tbl.startsNewTable(ln) || tbl.otherUnderTop(lines, i)) || tbl.flat != ln.flat || tbl.endsReportHead(ln) ||
				!gap && tbl.restatesKey(ln)) { // a second block under its own titles (table.go)
				closeTable()
			}
			if tbl == nil {
				tblSpace = tableBuilder{lines: lineBuf, flat: ln.flat, rows: rows, arena: arena, slab: sl}
				tbl = &tblSpace
			}
			if titles, totals, ok := titledTotals(ln.cells); ok && len(tbl.lines) == 0 {
				// totals in the column titles (header_totals.go)
				tbl.lines = append(tbl.lines, rawLine{n: ln.n, cells: titles, gap: gap, arena: tbl.arena, slab: tbl.slab},
					rawLine{n: ln.n, cells: totals, arena: tbl.arena, slab: tbl.slab})
			} else {
				tbl.add(ln, gap)
			}
			gap = false
		default:
			if isPageNumber(ln.text) {
				if tbl != nil {
					tbl.notes = append(tbl.notes, Note{Line: ln.n, Why: "halaman", Text: ln.text})
				}
				continue
			}
			if tbl != nil && !gap && tbl.isRowNote(lines, i) { // a reviewer's remark under a row (row_notes.go)
				tbl.notes = append(tbl.notes, Note{Line: ln.n, Why: "catatan_baris", Text: ln.text})
				continue
			}
			if tbl != nil && !gap && (isGroupHeading(ln.text) && (nextIsTab(lines, i) || headingGoesOn(lines, i)) ||
				groupTitleLine(lines, i)) {
				// "Sasaran Strategis 1: ..." written across the table as a
				// line of text: a group row of the table, not its end
				ln.cells = []string{ln.text}
				tbl.add(ln, false)
				continue
			}
			if tbl != nil && !gap && nextIsTab(lines, i) && (GradeHeading(ln.text) != "" || AchievementHeading(ln.text) || DistrictHeading(ln.text) || KecamatanHeading(ln.text) || sectionRowLine(lines, i)) {
				// "Predikat BB (Sangat Baik)" across a table of results, or
				// "DAPIL SUMBA TIMUR 2" across a voter roll: the group of
				// the rows under it (grade_heading.go)
				ln.cells = []string{ln.text}
				tbl.add(ln, false)
				continue
			}
			if tbl != nil && (isFurniture(lines, i) || footerBlock(lines, i)) {
				// a running header or footer of a page break inside a table
				tbl.notes = append(tbl.notes, Note{Line: ln.n, Why: "halaman", Text: ln.text})
				gap = true
				continue
			}
			if tbl != nil && isPhotoCaption(ln.text) && nextIsTab(lines, i) {
				tbl.notes = append(tbl.notes, Note{Line: ln.n, Why: "foto", Text: ln.text})
				gap = true
				continue
			}
			closeTable()
			if open && !gap && !isListItem(ln.text) && !notesAfterItem(paraLines[0], ln.text) && !bracketItemAfter(paraLines[len(paraLines)-1], ln.text) {
				paraLines = append(paraLines, ln.text)
				para.End = ln.n
			} else {
				closePara()
				para, open = Block{Kind: Paragraph, Start: ln.n, End: ln.n, Text: ln.text}, true
				paraLines = append(paraLines, ln.text)
			}
			gap = false
		}
	}
	closePara()
	closeTable()
	attachCaptions(blocks)
	joinLabelRows(blocks)       // a label line with its figures on the line under it (label_rows.go)
	mendSplitHeaders(blocks)    // a title cut into several header cells by a PDF (header_split.go)
	blocks = joinHalves(blocks) // a landscape table cut into a left and a right half (join_halves.go)
	blocks = joinKeyed(blocks)  // a table given in two, its second half keyed by No, Kode or name (join_keyed.go)
	if lend {
		return blocks, lent{cellBuf, rows, sl}, nil // back to the pools when the caller is done
	}
	// the scratch array goes back to the pool; the caller gets an exact
	// copy (the scratch was sized for the longest document seen)
	out := make([]Block, len(blocks))
	copy(out, blocks)
	putBlocks(blocks)
	return out, lent{}, nil
}
