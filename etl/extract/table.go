package extract

import "strings"

type rawLine struct {
	n     int
	cells []string
	gap   bool    // blank lines (a page break) came before it
	arena *[]byte // where merge writes joined cells, or nil (cellArena)
	slab  *slab   // where merge carves a row's arrays, or nil (merge_slab.go)
}

type tableBuilder struct {
	flat     uint8
	lines    []rawLine
	notes    []Note
	hdrWords map[string]bool
	rows     *[]Row  // the document's row arena when its blocks are lent, else nil
	arena    *[]byte // the caller's text arena for joined cells, or nil
	slab     *slab   // the document's arrays of merged rows when lent, else nil
}

func (t *tableBuilder) add(ln *line, gap bool) {
	t.lines = append(t.lines, rawLine{n: ln.n, cells: ln.cells, gap: gap, arena: t.arena, slab: t.slab})
}

// startsNewTable decides, for a TAB line that follows blank lines, whether
// it opens another table rather than continuing this one after a page
// break: it does when it is a header row that this table's header does not
// already hold.
func (t *tableBuilder) startsNewTable(ln *line) bool {
	if nonEmpty(ln.cells) < 2 || !isHeaderRow(ln.cells) || isColNumbers(ln.cells) {
		return false
	}
	if t.hdrWords == nil || len(t.lines) <= 8 {
		t.hdrWords = t.headerWords()
	}
	words := t.hdrWords
	if len(words) == 0 {
		return true
	}
	return !allWordsIn(ln.cells, words)
}

// restatesKey decides, for a TAB line right under this table's rows, that
// it is the title row of a second block stacked under the first: a header
// row whose leading titles (the key: "Kode | Program / Kegiatan") repeat
// the table's own and whose other titles are new ("Realisasi (Rp) | Sisa
// (Rp)" after "Pagu (Rp)"). Read as a row, it ran on into the total above
// it and the second block's figures stood under the first block's titles.
// The block becomes a table of its own, for joinKeyed to join by its key.
func (t *tableBuilder) restatesKey(ln *line) bool {
	if len(t.lines) < 3 || len(ln.cells) < 3 {
		return false
	}
	first := t.lines[0].cells
	if len(first) < 3 || !strings.EqualFold(strings.TrimSpace(first[0]), strings.TrimSpace(ln.cells[0])) {
		return false // the cheap test first: it is asked of every row
	}
	if nonEmpty(ln.cells) < 3 || !isHeaderRow(ln.cells) || !isHeaderRow(first) {
		return false
	}
	same := 0
	for same < len(first) && same < len(ln.cells) && strings.EqualFold(strings.TrimSpace(first[same]), strings.TrimSpace(ln.cells[same])) {
		same++
	}
	if same < 2 || same == len(first) && same == len(ln.cells) {
		return false // no key repeated, or the whole header again (rows_repeat.go)
	}
	for _, c := range ln.cells[same:] {
		for _, h := range first[same:] {
			if strings.EqualFold(strings.TrimSpace(c), strings.TrimSpace(h)) {
				return false // a title of the first block again: not another block's
			}
		}
	}
	return true
}

// headerWords are the words of the header rows of the lines so far.
func (t *tableBuilder) headerWords() map[string]bool {
	words := map[string]bool{}
	var buf [64]byte
	for i, l := range t.lines {
		if i >= 8 {
			break
		}
		if isColNumbers(l.cells) {
			break
		}
		if !isHeaderRow(l.cells) && i > 0 {
			break
		}
		for _, c := range l.cells {
			for i := 0; ; {
				var w []byte
				if w, i = nextWord(c, i, buf[:0]); w == nil {
					break
				}
				words[string(w)] = true
			}
		}
	}
	return words
}

func (t *tableBuilder) finish() (Block, bool) {
	b := Block{Kind: Table, Notes: t.notes, Flat: t.flat != flatNone, Unproven: t.flat == flatUnproven}
	lines := t.lines
	if len(lines) == 0 {
		return b, false
	}
	b.Start, b.End = lineSpan(lines) // a header moved above its rows keeps its own number (header_below.go)
	if b.Unproven {
		for _, l := range lines {
			b.Rows = append(b.Rows, newRow(l))
		}
		b.Width = 1
		return b, true
	}
	// page numbers inside the table (filtered in place: the builder is
	// done with its lines)
	kept := lines[:0]
	for _, l := range lines {
		if l.gap && singleCell(l.cells) >= 0 && isPageNumber(l.cells[singleCell(l.cells)]) {
			b.Notes = append(b.Notes, Note{Line: l.n, Why: "halaman", Text: l.cells[singleCell(l.cells)]})
			continue
		}
		kept = append(kept, l)
	}
	lines = b.dropPrintFooters(kept) // a finance report's "Dicetak oleh ... Halaman 1 dari 1" (table_reporthead.go)

	lines = b.dropReportFooters(lines) // a running footer glued under the rows (furniture_footer.go)
	// "-----" under the header, over and under the total (rule_rows.go)
	lines = dropRuleRows(lines, &b.Notes)
	if len(lines) == 0 {
		return b, false
	}
	// a title written in the first cell of the first line
	if len(lines) > 1 && singleCell(lines[0].cells) == 0 && !isColNumbers(lines[0].cells) &&
		(len(strings.Fields(lines[0].cells[0])) >= 3 || isHeaderRow(lines[1].cells) && !isHeaderRow(lines[0].cells)) {
		b.Caption = lines[0].cells[0]
		b.CaptionParts = []string{b.Caption}
		b.CaptionStart, b.CaptionEnd = lines[0].n, lines[0].n
		lines = lines[1:]
	}
	lines = dropDefaultColsRow(lines, &b.Notes) // "Column1 | Column2" over the real header (header_defcols.go)
	// header: up to a column-number row, else the leading header-like rows
	hdr := 0
	for i := 0; i < len(lines) && i < 8; i++ {
		if isColNumbers(lines[i].cells) {
			hdr = i
			b.ColNums = true
			break
		}
	}
	if !b.ColNums {
		for hdr < len(lines) && hdr < 6 && (isHeaderRow(lines[hdr].cells) || hdr > 0 && isUnitRow(lines[hdr].cells) || groupAboveSexRow(lines, hdr)) &&
			!(hdr > 0 && unitHeadingRow(lines[hdr].cells)) { // "Satuan: persen (%)": the first group's unit (unit_heading.go)
			hdr++
		}
		if hdr == 0 && structuralHeader(lines) {
			hdr = 1 // titles in words no vocabulary holds (header_structure.go)
		}
		if hdr == 0 && sortedHeader(lines) {
			hdr = 1 // the header row sorted in among the data (header_defcols.go)
		}
		hdr = wrappedTextHeader(lines, hdr)
		hdr = statementHeader(lines, hdr)    // "| Persentase KPU" over "1 | dalam ... | 100%" (rows_middle.go)
		lines, hdr = groupHeader(lines, hdr) // the header typed again per group, its name in a cell (header_group_repeat.go)
		if hdr > 0 && hdr < len(lines) && unitCellRow(lines[hdr].cells) {
			hdr++ // "(%)" under "Capaian": the column's unit, part of the header
		}
	}
	englishHeader(lines[:hdr])                     // "Performance Indicator | Actual" read as "Indikator Kinerja | Realisasi" (header_english.go)
	lines = splitPairColumns(lines, hdr, &b.Notes) // "Target / Realisasi" over "100 / 98,50" (pair_columns.go)
	lines = foldUnitColumns(lines, hdr)            // "Rp | 4.280.535.000" under "Pagu": the unit in a cell of its own (unit_columns.go)
	if hdr > 0 {
		b.Header = carveRows(t.rows, hdr)
	}
	for _, l := range lines[:hdr] {
		b.Header = append(b.Header, newRow(l))
		b.Width = max(b.Width, len(l.cells))
	}
	// the header's words, built when a line after a gap may repeat the
	// header (most tables never ask)
	var headerWords map[string]bool
	hw := func() map[string]bool {
		if headerWords == nil {
			headerWords = map[string]bool{}
			var buf [64]byte
			for _, l := range lines[:hdr] {
				for _, c := range l.cells {
					for i := 0; ; {
						var w []byte
						if w, i = nextWord(c, i, buf[:0]); w == nil {
							break
						}
						headerWords[string(w)] = true
					}
				}
			}
		}
		return headerWords
	}
	body := lines[hdr:]
	if b.ColNums {
		b.Width = max(b.Width, len(body[0].cells))
		body = body[1:]
	}
	if len(body) > 0 {
		b.Rows = carveRows(t.rows, len(body))
	}
	var valued []bool // whether each row's first line carries a value
	droppedHeader := false
	for _, l := range body {
		switch {
		case isColNumbers(l.cells):
			b.Notes = append(b.Notes, Note{Line: l.n, Why: "nomor_kolom"})
			continue
		case exampleRow(l.cells): // the template's example row left in (rows_example.go)
			b.Notes = append(b.Notes, Note{Line: l.n, Why: NoteExample, Text: strings.Join(l.cells, " | ")})
			continue
		case (l.gap || droppedHeader) && len(hw()) > 0 && nonEmpty(l.cells) >= 2 && allWordsIn(l.cells, hw()) && isHeaderRow(l.cells),
			hdr > 0 && repeatsHeader(l.cells, lines[:hdr]): // repeated every few rows (rows_repeat.go)
			b.Notes = append(b.Notes, Note{Line: l.n, Why: "header_berulang", Text: strings.Join(l.cells, " | ")})
			droppedHeader = true
			continue
		}
		droppedHeader = false
		if t.flat == flatDelim {
			// a delimited line is a spreadsheet row: it wraps into the row
			// above only as a sentence goes on (flatten_delim.go)
			if n := len(b.Rows); n > 0 && delimContinues(l.cells) {
				b.Rows[n-1].merge(l)
			} else {
				b.Rows = append(b.Rows, newRow(l))
			}
			continue
		}
		hasValue := -1 // anyValue(l.cells), computed once: -1 unknown
		cont := false
		if n := len(b.Rows); n > 0 {
			var valued bool
			if cont, valued = isContinuation(l.cells); valued {
				hasValue = 1
			}
		}
		pairs := cont && labelThenFigures(b.Rows) // the next label of a table setting each label over its figures (label_rows.go)
		if n := len(b.Rows); n > 0 && !pairs && (cont ||
			valued[n-1] && !lineValued(l.cells, &hasValue) && !isGroupLabel(l.cells) && !startsStatement(l.cells)) {
			b.Rows[n-1].merge(l)
			continue
		}
		// a numbered row whose text wrapped and whose values sit on its
		// last line: "1 | Persentase partisipasi pemilih dalam | | |" then
		// " | Pemilu | 77,5% | 79,12%"
		if n := len(b.Rows); n > 0 && len(l.cells) > 1 && l.cells[0] == "" && lineValued(l.cells, &hasValue) &&
			isRowNo(b.Rows[n-1].Cells[0]) && numberedText(b.Rows[n-1].Cells) && !isGroupLabel(l.cells) {
			b.Rows[n-1].merge(l)
			valued[n-1] = true
			continue
		}
		b.Rows = append(b.Rows, newRow(l))
		valued = append(valued, lineValued(l.cells, &hasValue))
	}
	if t.flat != flatDelim { // a delimited table's lines are its rows
		if rows, ok := bottomRows(body, hw); ok {
			b.Rows = rows // wrapped rows with their number and values on the last line
		} else if rows, ok := codedRows(body, hw); ok {
			b.Rows = rows // budget rows opened by their code, amounts on any line (rows_coded.go)
		} else if rows, ok := middleRows(body, hw); ok {
			b.Rows = rows // wrapped rows with their number and values on the middle line (rows_middle.go)
		}
	}
	for _, r := range b.Rows {
		if len(r.Cells) > b.Width && len(b.Header) == 0 {
			b.Width = len(r.Cells)
		}
	}
	if len(b.Rows) == 0 && len(b.Header) == 0 {
		return b, false
	}
	return b, true
}

// newRow makes a row of one line. Its Cells are the line's own cells
// until merge first changes them, and it keeps nothing else until then:
// most rows never merge, and a copy per row, then an array of fragments
// per row, were the extractor's largest allocations.
func newRow(l rawLine) Row {
	n := len(l.cells)
	return Row{Start: l.n, End: l.n, Cells: l.cells[:n:n]}
}

// merge appends a continuation line to the row, cell by cell.
func (r *Row) merge(l rawLine) {
	if r.lines == nil {
		// the cells were the head line's: keep them as its line and copy
		// them before writing
		r.lines = append(l.slab.lines(4), r.Cells)
		r.Cells = append(l.slab.strings(max(len(r.Cells), len(l.cells))), r.Cells...)
	}
	r.lines = append(r.lines, l.cells)
	for len(r.Cells) < len(l.cells) {
		r.Cells = append(r.Cells, "")
	}
	for i, c := range l.cells {
		if c == "" {
			continue
		}
		if r.Cells[i] == "" {
			r.Cells[i] = c
		} else {
			r.Cells[i] = joinCell(l.arena, r.Cells[i], c)
		}
	}
	r.End = l.n
}
