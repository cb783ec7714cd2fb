package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// nullMeasures gives every loaded row whose measures are NULL a finding
// that says why, unless a finding on its lines already does: an analyst
// must never meet a silent NULL.
func (p *parser) nullMeasures() {
	var spans []facts.Span
	for _, f := range p.doc.Findings {
		if f.Aturan != "dokumen.cakupan" {
			spans = append(spans, f.Span)
		}
	}
	for _, n := range p.doc.Nulls() {
		if overlaps(spans, n.Span.Start, n.Span.End) {
			continue
		}
		p.find("fakta.nilai_kosong", facts.Info, n.Span.Start, n.Span.End, n.Sumber, "%s: %s kosong: %s", n.Sumber, n.What, n.Why)
		spans = append(spans, n.Span)
	}
	p.partNulls(spans)
}

// partNulls explains the rows whose main measures are stated but another
// measure is NULL. Such rows mostly come from a table without that column,
// so a run of them (one source, the same NULL columns, each row within a
// few lines of the one before) gets one finding over the run's lines, not
// one per row.
func (p *parser) partNulls(spans []facts.Span) {
	type partNull struct {
		span              facts.Span
		sumber, key, cols string
	}
	var run []partNull
	flush := func() {
		if len(run) == 0 {
			return
		}
		first, last := run[0], run[len(run)-1]
		// the key as facts.Null's What after its Cols, trimmed
		p.find("fakta.nilai_kosong", facts.Info, first.span.Start, last.span.End, first.sumber,
			"%s: %s kosong pada %d baris (%s): %s", first.sumber, first.cols, len(run),
			strings.TrimSpace(first.key), facts.PartNullWhy)
		run = run[:0]
	}
	p.doc.EachPartNull(func(s facts.Span, sumber, key, cols string) {
		if overlaps(spans, s.Start, s.End) {
			return
		}
		if len(run) > 0 {
			prev := run[len(run)-1]
			if cols != prev.cols || sumber != prev.sumber ||
				s.Start < prev.span.Start || s.Start > prev.span.End+3 {
				flush()
			}
		}
		run = append(run, partNull{s, sumber, key, cols})
	})
	flush()
}
