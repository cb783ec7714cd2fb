package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A printed table whose ground carries a pattern (security paper's
// guilloche, a watermark's strokes) gives the PDF converter rules that are
// no column's: the header's named columns stand apart with empty ones
// between, and a short name can fall across them ("Opini BPK atas" |
// "Laporan" | "Keuangan"). Read by position, the name column keeps only
// its first piece and the row is keyed by a name that was never written.
// The words in the empty-headed cells right of a name column, up to the
// next named column, are the name's run-on: they join it, in order. Only
// letters move; a cell with a figure stays where it is, and so does a unit
// word when no Satuan column is named.

// nameRunOn joins each row's run-on words to its name cell. It does
// nothing unless the header names a text column (indicator, program,
// kecamatan, komponen) followed by at least one column with an empty
// header in every header row.
func nameRunOn(b *extract.Block) {
	if len(b.Header) == 0 {
		return
	}
	// blank and rowNumber read the header cells in place: this runs on
	// every table, and nearly every one stops at the first test
	blank := func(i int) bool {
		for _, h := range b.Header {
			if i < len(h.Cells) && strings.TrimSpace(h.Cells[i]) != "" {
				return false
			}
		}
		return true
	}
	rowNumber := func(i int) bool { // "No", "No.", "Nomor", "Kode"
		for _, h := range b.Header {
			if i >= len(h.Cells) {
				continue
			}
			switch c := strings.Trim(h.Cells[i], " ."); {
			case c == "", strings.EqualFold(c, "no"), strings.EqualFold(c, "nomor"), strings.EqualFold(c, "kode"):
			default:
				return false
			}
		}
		return true
	}
	head := func(i int) string {
		var parts []string
		for _, h := range b.Header {
			if i < len(h.Cells) {
				if c := strings.TrimSpace(h.Cells[i]); c != "" {
					parts = append(parts, c)
				}
			}
		}
		return strings.Join(parts, " ")
	}
	width := 0
	for _, h := range b.Header {
		width = max(width, len(h.Cells))
	}
	// the first named column past the row number (or code) decides
	name := 0
	for name < width && (blank(name) || rowNumber(name)) {
		name++
	}
	if name+1 >= width || !blank(name+1) ||
		!has(normalize.SpacedKey(head(name)), "indikator", "sasaran", "uraian", "program", "kegiatan", "kecamatan", "komponen") {
		return
	}
	next := name + 1
	for next < width && blank(next) {
		next++
	}
	if next >= width {
		return // no named column after the run: not a name's run-on
	}
	// a unit word in the run is the row's unit unless the header gives the
	// units a column of their own
	unitCol := false
	for i := next; i < width; i++ {
		if k := strings.TrimSpace(normalize.SpacedKey(head(i))); k == "satuan" || k == "unit" {
			unitCol = true
		}
	}
	for r := range b.Rows {
		cells := b.Rows[r].Cells
		if len(cells) <= name+1 || strings.TrimSpace(cells[name]) == "" {
			continue
		}
		var words []string
		ok := true
		for k := name + 1; k < next && k < len(cells); k++ {
			c := strings.TrimSpace(cells[k])
			if c == "" {
				continue
			}
			if hasDigitStr(c) || !unitCol && normalize.UnitOf(c) != "" || !hasLetter(c) {
				ok = false
				break
			}
			words = append(words, c)
		}
		if !ok || len(words) == 0 {
			continue
		}
		cells[name] = strings.TrimSpace(cells[name]) + " " + strings.Join(words, " ")
		for k := name + 1; k < next && k < len(cells); k++ {
			cells[k] = ""
		}
	}
}
