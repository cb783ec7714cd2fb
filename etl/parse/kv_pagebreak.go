package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A record cut by a page break. A definition list printed as a PDF ends a
// page where the page ends, between two lines of one record if need be:
//
//	JUMLAH
//	Pagu : Rp 4.100.000.000
//	Realisasi : Rp 4.020.000.000
//	(form feed)
//	Serapan : 98,05%
//
// The lines after the break are a paragraph of their own, too short to be
// a record, and the record before it would lose its last figures. They are
// the same record's when only blank lines and a form feed stand between,
// every line of them is a "key : value" line, and each key is one the run
// of records uses but the cut record does not yet hold (a key it holds
// opens the next record).

// kvPageTail is the index of the paragraph after block j that finishes,
// past a page break, the record block j ends; keys are the keys of the
// run of records. It returns -1 when there is none.
func (p *parser) kvPageTail(j int, keys []string) int {
	if j+1 >= len(p.blocks) {
		return -1
	}
	last, n := &p.blocks[j], &p.blocks[j+1]
	if n.Kind != extract.Paragraph || n.IsCaption || !strings.Contains(n.Text, ":") || !p.formFeedBetween(last.End, n.Start) {
		return -1 // the cheap tests first: most records end at a blank line
	}
	held, ok := p.kvOnly(last, 1)
	if !ok {
		return -1
	}
	tail, ok := p.kvOnly(n, 1)
	if !ok || len(tail) != n.End-n.Start+1 {
		return -1 // a title line: the next record, not this one's tail
	}
	// the keys the cut record holds: the last run of keys that repeats
	// none, as a paragraph of several records repeats every key
	s := len(held)
	for s > 0 && !hasKey(held[s:], held[s-1]) {
		s--
	}
	for _, k := range tail {
		if !hasKey(keys, k) || hasKey(held[s:], k) {
			return -1
		}
	}
	return j + 1
}

// formFeedBetween: the lines strictly between from and to are blank, and
// one of them holds a form feed (a page break). It reads the raw text in
// place: it is asked after every record.
func (p *parser) formFeedBetween(from, to int) bool {
	if to-from < 2 || to-from > 6 {
		return false
	}
	p.lines(from, from-1) // builds the line offsets, returns nothing
	if to-1 >= len(p.lineOff) {
		return false
	}
	gap := p.rawStr[p.lineOff[from]:p.lineOff[to-1]]
	return strings.IndexByte(gap, '\f') >= 0 && strings.TrimSpace(gap) == ""
}
