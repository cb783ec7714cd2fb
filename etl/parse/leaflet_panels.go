package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// An office's folded leaflet (leaflet lipat tiga, a trifold; or folded
// once or thrice) typed again: its panels side by side on one printed
// line, parted by fold marks standing in one column on every line of the
// block (`┆`, `┊`, `│`, `|`), each inside panel holding indicator blocks
// read down the first panel, then the second, then the third:
//
//	IKU 1                         ┆ IKU 4                         ┆ IKU 6
//	Persentase kesesuaian         ┆ Persentase KPU Kabupaten      ┆ Opini BPK atas Laporan
//	Kompetensi Pegawai            ┆ dalam Mengelola Arsip         ┆ Satuan     : Opini
//	Satuan     : %                ┆ Satuan     : %                ┆ Target     : WTP
//	Target     : 75,00            ┆ Target     : 70,00            ┆ Realisasi  : WTP
//	Realisasi  : 79,84            ┆ Realisasi  : 72,95            ┆ Capaian    : 100,00 %
//	Capaian    : 106,45 %         ┆ Capaian    : 104,21 %         ┆
//
// Read as it stands every line mixes three indicators and no row is seen.
// leafletPanels cuts every line of such a block at the fold columns (a
// column is a fold only when the same mark stands in it on every line of
// the block), lays the panels one after another (a panel's blank foot
// dropped, so a block cut at a panel's foot goes on at the next panel's
// top), then reads the indicator records as framed_records.go reads a
// frame's inside: an `IKU n` (`Indikator n`) line opens a record, the
// name's lines follow, then labelled figures (`Satuan`, `Target`,
// `Realisasi`, `Capaian`, with or without a colon). A run of records is
// rewritten over the block's lines as one TAB table (No, indicator, unit,
// target, realisasi, capaian) so the capaian table reader proves each row
// by its header as any other. What it trusts:
//   - the folds: the same mark in the same column on every line of the
//     block (at least three lines), at least two panels holding text;
//   - the labels: target, realisasi and capaian each once after the name;
//     a label without a colon is one only when the figure stands apart
//     (two spaces) or holds a digit, so a name's line opening with
//     "Target …" stays a name;
//   - arithmetic: numeric target and realisasi must give the capaian
//     (capaianQuotient: R/T×100 or a lower-is-better form) within its last
//     written decimal; grades and opinions need a numeric capaian; a record
//     failing that, or a record missing a figure, is not loaded (finding).
// The outside panels' prose, and any panel of prose, hold no record and
// are left as written.

// lfMarks are the fold marks a typist draws between panels.
const lfMarks = "┆┊╎┋│┃|¦"

// lfNoColon: a label with no colon, its figure set apart by two spaces
// or a TAB.
var lfNoColon = regexp.MustCompile(`(?i)^(?:satuan|unit|target|realisasi|real\.|capaian)(?:\s*\(%\))?(?:\t|  )\s*\S`)

// leafletPanels rewrites the folded leaflets of a text; data itself when
// it holds none. The gate: a line holding "realisasi" holds a fold mark
// too (every line of a leaflet's block does); only such lines are looked
// at further, and the text is split into lines only when a block gave rows.
func leafletPanels(doc *facts.Document, data []byte) []byte {
	type place struct {
		from, to int // byte offsets of the block's first line and its end
		rows     [][]string
	}
	var places []place
	taken := func(at int) bool {
		for _, p := range places {
			if at >= p.from && at < p.to {
				return true
			}
		}
		return false
	}
	for _, word := range [...]string{"ealisasi", "EALISASI"} {
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], []byte(word))
			if k < 0 {
				break
			}
			k += i
			from, to := lineSpan(data, k)
			i = to + 1
			if taken(from) || !bytes.ContainsAny(data[from:to], lfMarks) {
				continue
			}
			bf, bt, panels, ok := lfBlock(data, from, to)
			if !ok {
				continue
			}
			places = append(places, place{bf, bt, lfRecords(doc, panels)}) // rows nil: looked at, no record
			i = max(i, bt)
		}
	}
	rowsIn := false
	for _, p := range places {
		rowsIn = rowsIn || len(p.rows) > 0
	}
	if !rowsIn {
		return data
	}
	lines := strings.Split(string(data), "\n")
	header := []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}
	changed := false
	for _, p := range places {
		first := bytes.Count(data[:p.from], []byte("\n"))
		last := first + bytes.Count(data[p.from:p.to], []byte("\n")) + 1
		if len(p.rows) > 0 && exportPlace(lines, first, last, first, "", header, p.rows) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// lfCell is one panel's piece of a printed line: its text and the line
// (1-based) it stands on.
type lfCell struct {
	s    string
	line int
}

// lfBlock finds the block of lines around the line data[from:to] whose
// fold marks stand in the same columns: the block's byte span and its
// panels (each a list of cells, top to bottom); ok false when there is no
// such block of at least three lines and two panels with text.
func lfBlock(data []byte, from, to int) (int, int, [][]lfCell, bool) {
	hit := []rune(string(data[from:to]))
	prev, next := lfLineBefore(data, from), lfLineAfter(data, to)
	for _, m := range lfMarks {
		var folds []int
		for c, r := range hit {
			if r == m && (lfMarkAt(prev, c, m) || lfMarkAt(next, c, m)) {
				folds = append(folds, c)
			}
		}
		if len(folds) == 0 {
			continue
		}
		bf, bt := from, to
		for bf > 0 {
			pf := bytes.LastIndexByte(data[:bf-1], '\n') + 1
			if !lfHolds([]rune(string(data[pf:bf-1])), folds, m) {
				break
			}
			bf = pf
		}
		for bt < len(data) {
			nt := bytes.IndexByte(data[bt+1:], '\n')
			if nt < 0 {
				nt = len(data)
			} else {
				nt += bt + 1
			}
			if !lfHolds([]rune(string(data[bt+1:nt])), folds, m) {
				break
			}
			bt = nt
		}
		lines := strings.Split(string(data[bf:bt]), "\n")
		if len(lines) < 3 {
			continue
		}
		line0 := bytes.Count(data[:bf], []byte("\n")) + 1
		panels := make([][]lfCell, len(folds)+1)
		for j, l := range lines {
			r := []rune(strings.TrimRight(l, "\r"))
			start := 0
			for p := 0; p <= len(folds); p++ {
				end := len(r)
				if p < len(folds) {
					end = folds[p]
				}
				panels[p] = append(panels[p], lfCell{strings.TrimSpace(string(r[start:end])), line0 + j})
				start = end + 1
			}
		}
		var kept [][]lfCell
		for _, p := range panels {
			k, n := 0, len(p)
			for k < n && p[k].s == "" {
				k++
			}
			for n > k && p[n-1].s == "" {
				n--
			}
			if n > k {
				kept = append(kept, p[k:n]) // a panel's blank head and foot dropped
			}
		}
		if len(kept) < 2 {
			continue
		}
		return bf, bt, kept, true
	}
	return 0, 0, nil, false
}

// lfLineBefore and lfLineAfter are the lines around the one at [from,
// to), as runes; nil at the text's ends.
func lfLineBefore(data []byte, from int) []rune {
	if from == 0 {
		return nil
	}
	pf := bytes.LastIndexByte(data[:from-1], '\n') + 1
	return []rune(string(data[pf : from-1]))
}

func lfLineAfter(data []byte, to int) []rune {
	if to >= len(data) {
		return nil
	}
	nt := bytes.IndexByte(data[to+1:], '\n')
	if nt < 0 {
		return []rune(string(data[to+1:]))
	}
	return []rune(string(data[to+1 : to+1+nt]))
}

func lfMarkAt(r []rune, c int, m rune) bool { return c < len(r) && r[c] == m }

// lfHolds: the line has mark m in every fold column.
func lfHolds(r []rune, folds []int, m rune) bool {
	for _, c := range folds {
		if !lfMarkAt(r, c, m) {
			return false
		}
	}
	return true
}

// lfField: a line of labelled figures (frFields), a colonless label only
// with its figure set apart or holding a digit.
func lfField(rec *frRecord, s string) bool {
	if m := frLabel.FindStringSubmatch(s); m != nil && !strings.ContainsAny(m[2], ":=") &&
		!lfNoColon.MatchString(s) && !strings.ContainsAny(s[len(m[0]):], "0123456789") {
		return false
	}
	return frFields(rec, s)
}

// lfRecords reads the indicator records of a block's panels laid one
// after another; the proven rows (No, name, unit, target, realisasi,
// capaian). Records missing a figure, figures outside a record and
// capaian that the figures do not give are reported, not loaded.
func lfRecords(doc *facts.Document, panels [][]lfCell) [][]string {
	var recs []*frRecord
	var cur *frRecord
	state := 0 // 0 outside a record, 1 its name, 2 its figures
	var bad []string
	badAt := 0
	report := func(line int, why string) {
		if badAt == 0 {
			badAt = line
		}
		bad = append(bad, why)
	}
	closeRec := func() {
		if cur == nil {
			return
		}
		cur.name = strings.Join(strings.Fields(cur.name), " ")
		switch {
		case state == 2 && cur.name != "" && cur.hasT && cur.hasR && cur.hasC:
			recs = append(recs, cur)
		case state == 2:
			report(cur.line, fmt.Sprintf("IKU %d tanpa nama, target, realisasi atau capaian", cur.n))
		}
		cur, state = nil, 0
	}
	for _, p := range panels {
		for _, c := range p {
			s := c.s
			if s == "" {
				if state == 2 {
					closeRec()
				}
				continue
			}
			if m := frId.FindStringSubmatch(s); m != nil && (state != 1 || strings.TrimSpace(m[3]) == "") {
				closeRec()
				n, _ := strconv.Atoi(m[1] + m[2])
				cur, state = &frRecord{n: n, line: c.line, name: m[3]}, 1
				continue
			}
			if cur != nil && lfField(cur, s) {
				state = 2
				continue
			}
			switch state {
			case 1:
				cur.name += " " + s
			case 2:
				closeRec() // text after the figures: the record ended
				if lfField(&frRecord{}, s) {
					report(c.line, "isian di luar blok indikator")
				}
			default:
				if lfField(&frRecord{}, s) {
					report(c.line, "isian di luar blok indikator")
				}
			}
		}
	}
	closeRec()
	if len(recs) == 0 {
		return nil // no record: prose panels, or figures of no indicator
	}
	if len(bad) > 0 {
		doc.Add(facts.Finding{Span: facts.Span{Start: badAt, End: badAt + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "leaflet baris " + strconv.Itoa(badAt) + ": " + strings.Join(bad, "; ") + "; tidak dimuat"})
	}
	var rows [][]string
	for _, e := range recs {
		if why := frProve(e); why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: e.line, End: e.line + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "leaflet IKU " + strconv.Itoa(e.n) + ": " + why + "; tidak dimuat"})
			continue
		}
		rows = append(rows, []string{strconv.Itoa(e.n), e.name, e.unit, e.t, e.r, e.c})
	}
	return rows
}
