package parse

import (
	"strconv"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// table dispatches one table to the parser of its family.
func (p *parser) table(b *extract.Block) {
	p.rowNotes(b) // odd pair cells, template example rows (row_notes.go)
	if b.Unproven {
		p.flatUnproven(b)
		return
	}
	if p.pivotLeft(b) {
		return // a pivot its sums did not prove (pivot_write.go)
	}
	if tb, ok := tabStops(b); ok {
		b = tb // a table typed against tab stops: its cells by position (table_tabstops.go)
	}
	if p.sideBySide(b) {
		return // two tables side by side, read apart (table_sidebyside.go)
	}
	if p.sideBySideNo(b) {
		return // two halves with titles of their own under one caption (table_sidebyside.go)
	}
	if tb, ok := twoUp(b); ok {
		b = tb // a list printed in two halves side by side (table_twoup.go)
	} else if tb, ok := p.levelBlocks(b); ok {
		b = tb // a budget's parent block beside its children's (anggaran_levelblocks.go)
	}
	spilledNames(b)           // a name split word by word over cells, its row wider than the header (table_spilled_names.go)
	nameRunOn(b)              // a name cut across empty-headed columns by a patterned ground's rules (table_name_runon.go)
	cellDrift(b)              // a cell drifted into an empty-headed column, a unit header cut off its column (table_cell_drift.go)
	snakeHeader(b)            // column names as identifiers ("jml_desa") in words (header_snake.go)
	gisHeader(b)              // a GIS layer's region-name field ("WADMKC") as the name column (dpt_gis.go)
	b, done := p.longTable(b) // one row per measure: the wide table it stands for (long_format.go)
	if done {
		return
	}
	// a figure broken inside a narrow cell, its tail on the next line (figure_breaks.go)
	p.joinBrokenFigures(b)
	p.stitchCarried(b)    // its part on the next page after a carried sum (anggaran_carried.go)
	p.stitchTransposed(b) // a table on its side, its further columns in the next blocks (transposed_parts.go)
	m := p.mark()
	t := p.classify(b)
	defer p.spareTable(t)
	defer p.afterTable(b, t, m)
	switch t.fam {
	case famCapaian:
		if !p.capaianByRowCodes(t) && // its name column holds codes a key names (capaian_rowcodes.go)
			!p.capaianBySubRows(t) { // an indicator's measures on sub-rows, a target line and a realisation line (capaian_subrows.go)
			p.capaianTable(t)
		}
	case famSeri:
		p.seriTable(t)
	case famAnggaran, famAnggaranTahun:
		p.anggaranTable(t)
	case famSakipKomponen:
		p.sakipKomponenTable(t)
		p.rbBesideAKIP(t, true) // an RB row under the components (rb_akip_mixed.go)
	case famSakipSatker:
		p.sakipSatkerTable(t)
	case famSakipRiwayat:
		p.sakipRiwayatTable(t)
	case famSakipKomponenKolom:
		p.sakipKomponenKolom(t)
	case famRB:
		p.rbTable(t)
	case famDPT:
		p.dptTable(t)
	default:
		if p.sakipKomponenHasil(t) || // components scored under Hasil / Perolehan, proven by the sums (sakip_komponen_hasil.go)
			p.sakipBandScore(t) || // the final score written into its band's row of the predikat table (sakip_band_score.go)
			p.budgetByYearColumns(t) || p.dptTransposed(t) || p.indicatorOwnTable(t) || p.seriByCaption(t) ||
			p.seriByIndicatorColumns(t) || // years as rows, an indicator a column (seri_columns.go)
			p.capaianByMeasureRows(t) || p.capaianByRows(t) ||
			p.capaianByRowCodes(t) || p.dptVillageOnly(t) || p.dptShortHeads(t) ||
			p.dptAttendance(t) || // a list of people, each area named in a cell ("Ketua PPK Kecamatan X") (dpt_attendance.go)
			p.budgetCells(t) ||
			p.turnedRecords(t) { // a budget, components or RB table on its side (turned_records.go)
			return
		}
		p.footnoteRows(b)
		return
	}
	if t.fam != famCapaian && t.fam != famSeri && p.readNothingSince(m) {
		p.capaianByMeasureRows(t) // "Nilai Keterbukaan ..." heading a column made the table look like another family's
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// spareTable keeps t, cleared, for the next classify: no reader keeps a
// table's tableInfo past table() (they copy it, nt := *t, or make their
// own), so one per document serves every table (issue 13: a tableInfo per
// table was 3 % of the parser's bytes on the national sample). A nested
// table() (a part read on its own) finds none spare and allocates.
func (p *parser) spareTable(t *tableInfo) {
	*t = tableInfo{}
	p.spareInfo = t
}
