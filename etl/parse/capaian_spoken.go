package parse

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian table serialised as speech: one cell an utterance, the
// column title spoken with its value, a row cut by the reader. Two house
// styles of the family, read by one reader:
//
// a screen reader's speech log (NVDA's Speech Viewer), the table walked
// cell by cell, each cell its column title, the column and the value:
//
//	tabel dengan 6 kolom dan 8 baris
//	baris 1  kolom 1  No
//	kolom 2  Indikator Kinerja
//	...
//	baris 2  No  kolom 1  1
//	Indikator Kinerja  kolom 2  Persentase Partisipasi Pemilih
//	Target  kolom 4  77,50
//	...
//	keluar dari tabel
//
// and a teleprompter script, a block an indicator between cue marks:
//
//	>> INDIKATOR 1.
//	>> Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan
//	>> TARGET: 77,50
//	>> CAPAIAN: 109,24 PERSEN.
//	///
//
// What spokenTables trusts:
//   - a row opens on the reader's row announcement (`baris n`, `row n`) or
//     the script's cue (`INDIKATOR n`, `IKU n`, a `>>` line after a pause)
//     and ends at the next one, at a pause mark (`///`), or when the
//     utterances stop (`keluar dari tabel`, prose);
//   - a cell is a title and a value: `Title  kolom k  value` (the title
//     missing, the header row's title of column k), or `TITLE: value`; an
//     untitled line of a script's block is the indicator's name. The role
//     comes from the title's words (pxRole), never from the position;
//   - figures as written, a trailing `persen`/`%` (and the sentence's full
//     stop) cut; no figure spoken in words is read;
//   - every row names an indicator (startsIndicator), so a speech log of a
//     web page's menu or a news bulletin's script gives nothing;
//   - arithmetic: tkEmit proves realisasi/target against the capaian (a
//     grade or an opinion by rank) and writes the proven rows as one TAB
//     table; a row failing is reported and not loaded.

var (
	// spkTable: the reader's announcement of a table.
	spkTable = regexp.MustCompile(`(?i)^(?:tabel|table)\s+(?:dengan|with)\s+\d+\s+\pL+\s+(?:dan|and)\s+\d+\s+\pL+$`)
	// spkLeave: the reader leaving the table.
	spkLeave = regexp.MustCompile(`(?i)^(?:keluar dari tabel|meninggalkan tabel|out of table|leaving table)$`)
	// spkOpen: a row's announcement or an indicator's cue, and its number.
	spkOpen = regexp.MustCompile(`(?i)^(?:baris|row|indikator|indicator|ikk|iku)\s+(\d{1,3})(?:\s*[.:]|\s+|$)\s*`)
	// spkCol: a cell's column, `kolom k`, between its title and its value.
	spkCol = regexp.MustCompile(`(?i)(?:^|\s)(?:kolom|column)\s+(\d{1,2})(?:\s+|$)`)
	// spkPair: a titled value, `TITLE: value`.
	spkPair = regexp.MustCompile(`^([\pL][\pL\d ()%/.]{0,40}?)\s*:\s*(.+)$`)
	// spkPause: a script's pause or cut mark.
	spkPause = regexp.MustCompile(`(?i)^(?:/{2,}|\\{2,}|[\[(]\s*(?:jeda|pause)\s*[\])])$`)
)

// spkCell is one utterance of a row: its title (may be empty), value and
// column (0 when not spoken).
type spkCell struct {
	title, val string
	col        int
}

// spkRow is one row as spoken: its cells and the line it opened on.
type spkRow struct {
	line  int
	cells []spkCell
	cue   bool // a script's block: its lines carry the cue mark
}

// spkGate: a script's cue or pause mark (the cue may be gone: the quote
// reader takes `>>` for a reply's), or a reader's rows and columns.
func spkGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, ">>", "///") ||
		(docHas(doc, data, "kolom ") && docHas(doc, data, "baris ")) ||
		(docHas(doc, data, "column ") && docHas(doc, data, "row "))
}

// spkUtter: a line's utterance, its cue mark cut, and whether it had one.
func spkUtter(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if strings.HasPrefix(t, ">>") {
		return strings.TrimSpace(strings.TrimLeft(t, ">")), true
	}
	return t, false
}

// spkOpens: a cheap test before the opener's pattern.
func spkOpens(t string) bool {
	if len(t) < 4 {
		return false
	}
	switch unicode.ToLower(rune(t[0])) {
	case 'b', 'r', 'i':
		return spkOpen.MatchString(t)
	}
	return false
}

// spkFirst: t starts with one of words (any case), a cheap test before
// a pattern.
func spkFirst(t string, words ...string) bool {
	for _, w := range words {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// spkCellOf reads one utterance as a cell.
func spkCellOf(t string) spkCell {
	if m := spkCol.FindStringSubmatchIndex(t); m != nil {
		k := 0
		for _, d := range t[m[2]:m[3]] {
			k = k*10 + int(d-'0')
		}
		return spkCell{title: strings.TrimSpace(t[:m[0]]), val: strings.TrimSpace(t[m[1]:]), col: k}
	}
	if m := spkPair.FindStringSubmatch(t); m != nil && spkRole(m[1]) != 0 {
		return spkCell{title: strings.TrimSpace(m[1]), val: strings.TrimSpace(m[2])}
	}
	return spkCell{val: t}
}

// spkRole: a spoken title's role by its words (pxRole's vocabulary).
func spkRole(title string) byte {
	ws := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(ws) == 0 {
		return 0
	}
	return pxRole(strings.Join(ws, "_"))
}

// spkValue: a spoken figure as written, the sentence's full stop and a
// trailing percent word or sign cut; pct when one was.
func spkValue(v string) (string, bool) {
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "."))
	low := strings.ToLower(v)
	for _, w := range [...]string{"persen", "percent", "%"} {
		if strings.HasSuffix(low, w) && len(v) > len(w) {
			return strings.TrimSpace(v[:len(v)-len(w)]), true
		}
	}
	return v, false
}

// spkHeader: the titles of the columns when row is the header row (its
// cells untitled, spoken by column, their values naming target,
// realisasi and capaian).
func spkHeader(row spkRow) (map[int]string, bool) {
	cols := map[int]string{}
	roles := map[byte]bool{}
	for _, c := range row.cells {
		if c.title != "" || c.col == 0 {
			return nil, false
		}
		cols[c.col] = c.val
		roles[spkRole(c.val)] = true
	}
	return cols, roles['t'] && roles['r'] && roles['c']
}

// spkRecord fills a record from a row's cells; why when they do not fit.
func spkRecord(row spkRow, cols map[int]string, n int) tkRead {
	rec := &frRecord{n: n, line: row.line}
	why := ""
	pct := false
	for _, c := range row.cells {
		title := c.title
		if title == "" && c.col > 0 {
			title = cols[c.col]
		}
		if title == "" {
			if strings.HasPrefix(c.val, "[") || strings.HasPrefix(c.val, "(") {
				continue // a stage direction
			}
			if rec.name != "" {
				why = "dua nama indikator"
			}
			rec.name = strings.Join(strings.Fields(c.val), " ")
			continue
		}
		v, p := spkValue(c.val)
		switch spkRole(title) {
		case 'n':
			if rec.name != "" {
				why = "dua nama indikator"
			}
			rec.name = strings.Join(strings.Fields(c.val), " ")
		case 'u':
			rec.unit = c.val
		case 't':
			if rec.hasT {
				why = "target dua kali"
			}
			rec.t, rec.hasT, pct = v, true, pct || p
		case 'r':
			if rec.hasR {
				why = "realisasi dua kali"
			}
			rec.r, rec.hasR, pct = v, true, pct || p
		case 'c':
			if rec.hasC {
				why = "capaian dua kali"
			}
			rec.c, rec.hasC = v, true
		}
	}
	if rec.unit == "" && pct {
		rec.unit = "%"
	}
	switch {
	case why != "":
	case !rec.hasT || !rec.hasR || !rec.hasC:
		why = "baris tanpa target, realisasi atau capaian"
	case !startsIndicator(rec.name):
		why = "baris bukan indikator"
	}
	return tkRead{rec, why, row.line}
}

// spkEmit proves a run of rows spoken over lines [from, to) and writes
// it as one TAB table; false when no row names an indicator.
func spkEmit(doc *facts.Document, lines []string, from, to int, rows []spkRow) bool {
	var cols map[int]string
	var recs []tkRead
	named := 0
	for _, row := range rows {
		if h, ok := spkHeader(row); ok {
			cols = h
			continue
		}
		e := spkRecord(row, cols, len(recs)+1)
		if e.why == "" {
			named++
		}
		recs = append(recs, e)
	}
	if named == 0 {
		return false // a menu read aloud, a bulletin's script
	}
	return tkEmit(doc, lines, from, to, recs, "tabel ucapan")
}

// spokenTables rewrites each capaian table spoken in a text (a screen
// reader's log, a teleprompter script) as one TAB table; data itself when
// it holds none. Findings go to doc.
func spokenTables(doc *facts.Document, data []byte) []byte {
	if !spkGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	var rows []spkRow
	var cur *spkRow
	from, to := -1, -1
	closeRow := func() {
		if cur != nil && len(cur.cells) > 0 {
			rows = append(rows, *cur)
		}
		cur = nil
	}
	flush := func() {
		closeRow()
		if len(rows) > 0 && spkEmit(doc, lines, from, to, rows) {
			changed = true
		}
		rows, from, to = nil, -1, -1
	}
	for i := 0; i < len(lines); i++ {
		t, cue := spkUtter(lines[i])
		open := from >= 0
		switch {
		case t == "":
			if cur != nil && !cur.cue {
				closeRow()
			}
		case spkFirst(t, "tabel", "table") && spkTable.MatchString(t):
			flush()
			from, to = i, i+1
		case open && spkFirst(t, "keluar", "meninggalkan", "out", "leaving") && spkLeave.MatchString(t):
			closeRow()
			to = i + 1
			flush()
		case spkPause.MatchString(t):
			if open {
				closeRow()
				to = i + 1
			}
		case spkOpens(t):
			closeRow()
			if !open {
				from = i
			}
			cur = &spkRow{line: i + 1, cue: cue}
			if rest := t[len(spkOpen.FindString(t)):]; rest != "" {
				cur.cells = append(cur.cells, spkCellOf(rest))
			}
			to = i + 1
		case cur != nil && (cue || !cur.cue):
			c := spkCellOf(t)
			if !cue && c.col == 0 && c.title == "" && len(cur.cells) > 0 && cur.cells[0].col > 0 {
				flush() // a reader's row ends where its cells stop
				continue
			}
			cur.cells = append(cur.cells, c)
			to = i + 1
		case cue:
			// a script's block after a pause, not numbered
			closeRow()
			if !open {
				from = i
			}
			cur = &spkRow{line: i + 1, cue: true, cells: []spkCell{spkCellOf(t)}}
			to = i + 1
		case open:
			flush()
		}
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
