package template

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// table is one sheet or CSV file as cells: what the format readers (CSV,
// XLSX) hand to the family readers, so both formats share every rule.
type table struct {
	fam    *family
	where  string // "sheet anggaran" or "anggaran.csv", as named in the submission
	header []string
	hdrRow int
	rows   []tableRow // data rows; all-blank rows are already dropped
}

type tableRow struct {
	span  facts.Span
	cells []string // trimmed
}

// problem is one reason to reject a submission, located for the person who
// has to fix it.
type problem struct {
	where string
	row   int
	col   string
	msg   string
}

func (p problem) String() string {
	var b strings.Builder
	b.WriteString(p.where)
	if p.row > 0 {
		fmt.Fprintf(&b, " row %d", p.row)
	}
	if p.col != "" {
		fmt.Fprintf(&b, " column %s", p.col)
	}
	b.WriteString(": ")
	b.WriteString(p.msg)
	return b.String()
}

// maxListed bounds the problems spelled out in an error message; the rest
// are counted (and are all in the document's findings, up to maxKept).
const (
	maxListed = 20
	maxKept   = 1000
)

// rejectError lists everything wrong with a submission, one line each, so a
// satker can fix the whole file in one go instead of one cell per upload.
type rejectError struct {
	path  string
	probs []problem
	extra int // problems beyond maxKept
}

func (e *rejectError) Error() string {
	var lines []string
	for i, p := range e.probs {
		if i == maxListed {
			break
		}
		lines = append(lines, "template "+e.path+": "+p.String())
	}
	if more := len(e.probs) + e.extra - maxListed; more > 0 {
		lines = append(lines, fmt.Sprintf("template %s: and %d more problems", e.path, more))
	}
	return strings.Join(lines, "\n")
}

// reader turns tables into a Document, collecting problems and warnings.
type reader struct {
	path   string
	doc    *facts.Document
	probs  []problem
	extra  int
	satker string // identitas satker: the default subject of every row
	tahun  int    // identitas year: the default year of capaian and anggaran rows
	refs   map[string]satkerRef
	warned map[string]bool
}

func newReader(path, format string) (*reader, error) {
	refs, err := satkers()
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	return &reader{
		path:   path,
		refs:   refs,
		warned: map[string]bool{},
		doc: &facts.Document{Meta: facts.Meta{
			Path: path, Format: format, Kind: "lkj", ParserVersion: parserVersion,
		}},
	}, nil
}

// fail records a problem and the matching error finding.
func (r *reader) fail(p problem, aturan, nilai string) {
	if len(r.probs) >= maxKept {
		r.extra++
		return
	}
	r.probs = append(r.probs, p)
	r.doc.Add(facts.Finding{Span: facts.Span{Start: p.row, End: p.row}, Aturan: aturan,
		Tingkat: facts.Error, Pesan: p.String(), Nilai: nilai})
}

// warn records a warning once per distinct message.
func (r *reader) warn(p problem, aturan, nilai string) {
	msg := p.String()
	if r.warned[msg] {
		return
	}
	r.warned[msg] = true
	r.doc.Add(facts.Finding{Span: facts.Span{Start: p.row, End: p.row}, Aturan: aturan,
		Tingkat: facts.Warning, Pesan: msg, Nilai: nilai})
}

// read runs the family readers over the tables and decides: a document with
// any problem is returned without facts, with the error listing them.
func (r *reader) read(tables map[*family]*table, missingIdentitas string) (*facts.Document, error) {
	if t := tables[famIdentitas]; t != nil {
		r.identitas(t)
	} else {
		r.fail(problem{where: missingIdentitas, msg: "missing or empty; a submission names its satker and year in identitas"},
			"template.identitas", "")
	}
	r.capaian(tables[famCapaian])
	r.seri(tables[famSeri])
	r.anggaran(tables[famAnggaran])
	r.sakip(tables[famSakip])
	r.komponen(tables[famKomponen])
	r.rb(tables[famRB])
	r.dpt(tables[famDPT])

	r.doc.Meta.SatkerID, r.doc.Meta.Tahun = r.satker, r.tahun
	r.explainNulls()
	if len(r.probs) == 0 && r.doc.FactCount() == 0 {
		r.warn(problem{where: missingIdentitas, msg: "the submission states no facts (every sheet is empty)"},
			"template.tanpa_fakta", "")
	}
	return r.finish()
}

// explainNulls gives every row left with a NULL measure by an empty cell
// an info finding, so the warehouse never shows a silent NULL (the text
// parser does the same for its tables).
func (r *reader) explainNulls() {
	for _, n := range append(r.doc.Nulls(), r.doc.PartNulls()...) {
		r.doc.Add(facts.Finding{Span: n.Span, Aturan: "template.sel_kosong", Tingkat: facts.Info,
			Pesan: fmt.Sprintf("%s row %d: %s has no value in the template (empty cell or -)", n.Sumber, n.Span.Start, n.What)})
	}
}

// finish returns the document, or, when anything was wrong, the document
// stripped of its facts (its Meta and findings tell the caller what to
// record about the rejection) together with the error listing the problems.
func (r *reader) finish() (*facts.Document, error) {
	d := r.doc
	if len(r.probs) == 0 {
		return d, nil
	}
	d.Capaian, d.CapaianSeri, d.Anggaran, d.Sakip, d.SakipKomponen, d.RB, d.DPT =
		nil, nil, nil, nil, nil, nil, nil
	return d, &rejectError{path: r.path, probs: r.probs, extra: r.extra}
}

// bound is a table whose header has been matched to its family's columns.
type bound struct {
	r   *reader
	t   *table
	idx map[string]int
}

// bind checks a table's header. Unknown columns are warned about and
// ignored (a "No" column is common); a duplicated or missing required
// column is a problem, and the table's rows are then not read at all, as
// every row would fail the same way.
func (r *reader) bind(t *table) *bound {
	if t == nil {
		return nil
	}
	b := &bound{r: r, t: t, idx: map[string]int{}}
	ok := true
	for i, h := range t.header {
		n := headerName(h)
		switch {
		case n == "":
			if columnHasData(t, i) {
				r.warn(problem{where: t.where, row: t.hdrRow, col: columnLetter(i),
					msg: "column has data but no header; ignored"}, "template.kolom_tidak_dikenal", "")
			}
		case !known(t.fam, n):
			r.warn(problem{where: t.where, row: t.hdrRow, col: fold(h),
				msg: "unknown column; ignored (expected " + colNames(t.fam) + ")"}, "template.kolom_tidak_dikenal", h)
		default:
			if j, dup := b.idx[n]; dup {
				r.fail(problem{where: t.where, row: t.hdrRow, col: n,
					msg: fmt.Sprintf("appears twice (columns %s and %s)", columnLetter(j), columnLetter(i))},
					"template.kolom_ganda", h)
				ok = false
				continue
			}
			b.idx[n] = i
		}
	}
	if columnHasData(t, len(t.header)) {
		r.warn(problem{where: t.where, row: t.hdrRow, col: columnLetter(len(t.header)),
			msg: "cells beyond the last header column; ignored"}, "template.kolom_tidak_dikenal", "")
	}
	for _, c := range t.fam.cols {
		if _, have := b.idx[c.name]; c.required && !have {
			r.fail(problem{where: t.where, row: t.hdrRow, col: c.name, msg: "required column is missing"},
				"template.kolom_wajib", "")
			ok = false
		}
	}
	if !ok {
		return nil
	}
	return b
}

func known(f *family, n string) bool { _, ok := f.column(n); return ok }

func colNames(f *family) string {
	var s []string
	for _, c := range f.cols {
		s = append(s, c.name)
	}
	return strings.Join(s, ", ")
}

// columnHasData reports whether any row has a non-empty cell at index i or
// beyond (i == len(header) checks the overflow).
func columnHasData(t *table, i int) bool {
	overflow := i >= len(t.header)
	for _, row := range t.rows {
		for j := i; j < len(row.cells); j++ {
			if row.cells[j] != "" {
				return true
			}
			if !overflow {
				break
			}
		}
	}
	return false
}

// columnLetter is the spreadsheet name of a 0-based column (0 → A, 26 → AA).
func columnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// sortedKeys is used for stable accepted-value lists in messages.
func sortedKeys(m map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range m {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}
