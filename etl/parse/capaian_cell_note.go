package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The capaian stated inside its status phrase (cell_note.go):
//
//	Target   Realisasi   Status Capaian
//	75,00    79,84       Tercapai (106,45%)
//	100,00   91,67       Tidak tercapai (91,67%)
//
// and the same turned round: "104,27 (Tercapai)", "100% - Tercapai",
// "106,45% ✓", "Baik (85,00%)". The one figure in the cell is the capaian;
// the word beside it only annotates it, and must agree: "tercapai" (or a
// check mark) with a capaian of 100 or more, "tidak tercapai" with less.
// A phrase that contradicts its figure loads no capaian, with a finding:
// which of the two is wrong nothing tells.

// capaianNoted reads the capaian cell raw, already read as cv, when it
// holds a status word and one figure. Other cells come back as cv.
func (p *parser) capaianNoted(t *tableInfo, cr *capRow, raw string, cv normalize.Value) normalize.Value {
	if cv.Grade != "" || cv.Status == normalize.Empty || !digitAndWord(raw) {
		return cv // a grade ("B (65,12)"), a dash, a bare figure: as read
	}
	word, n, ok := statusAndFigure(raw)
	if !ok {
		return cv
	}
	if cv.Status == normalize.OK && cv.Num != nil && *cv.Num != n.Value {
		return cv // read otherwise already: not this cell's kind
	}
	if word == "tercapai" && n.Value < 100 && categoryBerhasil(raw) && provenCapaian(cr, n) {
		word = "kategori" // "97,37 (Berhasil)": a band of the report's own scale, the figure proven by its row (capaian_category_word.go)
	}
	if word == "tercapai" && n.Value < 100 || word == "tidak_tercapai" && n.Value >= 100 {
		p.find("capaian.status_berbeda", facts.Warning, cr.start, cr.end, raw,
			"%s: %q: kata status tidak sesuai dengan persentase capaian; capaian tidak dimuat", t.label, raw)
		cv.Num, cv.Status = nil, normalize.Word
		return cv
	}
	x := n.Value
	cv.Num, cv.Decimals, cv.Status = &x, n.Decimals, normalize.OK
	if n.Percent {
		cv.Unit = "persen"
	}
	return cv
}

// statusNoted: the cell is one figure with its status ("90% - Tidak
// Tercapai"), one value, not two indicators' values run together.
func statusNoted(c string) bool {
	if !digitAndWord(c) {
		return false
	}
	_, _, ok := statusAndFigure(c)
	return ok
}

// digitAndWord: s holds a digit and a letter or a non-ASCII mark (✓):
// the line-first gate, a bare figure or a word alone pays one pass.
func digitAndWord(s string) bool {
	digit, word := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80:
			word = true
		}
	}
	return digit && word
}

// statusAndFigure splits a cell into a status (tercapai, tidak_tercapai,
// or "kategori" for a grade of performance such as "Baik") and its one
// figure: "Status (figure)", "figure (Status)", "figure - Status",
// "figure ✓".
func statusAndFigure(raw string) (string, normalize.Number, bool) {
	if head, note, ok := notePair(raw); ok {
		if w := statusWord(head); w != "" {
			if n := bareFigure(note); n.Status == normalize.OK && !n.Money {
				return w, n, true
			}
		}
		if w := statusWord(note); w != "" {
			if n := bareFigure(head); n.Status == normalize.OK && !n.Money {
				return w, n, true
			}
		}
		return "", normalize.Number{}, false
	}
	n := normalize.ParseNumber(raw, normalize.Unknown)
	if n.Status != normalize.OK || n.Money || n.Rest == "" {
		return "", normalize.Number{}, false
	}
	rest := strings.TrimSpace(strings.TrimLeft(n.Rest, " -–—:/|"))
	if w := statusWord(rest); w != "" {
		n.Rest = ""
		return w, n, true
	}
	return "", normalize.Number{}, false
}

// performanceWords grade a capaian by bands a report sets itself ("baik:
// 85% sampai 100%"): they annotate the figure but prove nothing of it.
var performanceWords = map[string]bool{
	"sangat baik": true, "baik": true, "cukup": true, "cukup baik": true, "kurang": true,
	"sangat kurang": true, "memuaskan": true, "sangat memuaskan": true, "kurang baik": true,
}

// statusWord is the status a word (or mark) states, "" if none.
func statusWord(s string) string {
	s = strings.TrimSpace(s)
	switch s {
	case "✓", "✔", "☑", "√":
		return "tercapai"
	case "✗", "✘", "×", "☒":
		return "tidak_tercapai"
	}
	low := strings.ToLower(normalize.Space(s))
	if performanceWords[low] {
		return "kategori"
	}
	if v := normalize.ParseValue(s, normalize.Unknown); v.Status == normalize.Word && (v.Word == "tercapai" || v.Word == "tidak_tercapai") {
		return v.Word
	}
	return ""
}
