package parse

import (
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
}
