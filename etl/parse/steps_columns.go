package parse

import "github.com/kpu-ntt/lkj/etl/facts"

// readColumns reads tables in fixed or space-aligned columns, then the
// cell conventions every TAB table may carry (ditto marks, amounts in
// words, worked cells, rotated titles). padded holds the aligned tables
// left unproven, reported later.
func readColumns(doc *facts.Document, text []byte, g *textMarks) (_ []byte, padded [][2]int) {
	text = dbgridTables(doc, text)        // a DPT from a database tool's grid: rows keyed by region code, or control-break lines naming the level (dpt_dbgrid.go)
	text = csproTables(doc, text)         // a tabulation in fixed columns whose total row comes first: CSPro, SPSS CTABLES, a census table (dpt_total_first.go)
	text = statBilingualTables(doc, text) // a statistics yearbook's bilingual DPT table in fixed columns (dpt_stat_bilingual.go)
	text, padded = alignSpaced(text)      // pdftotext -layout tables become TAB rows when their columns are proven
	text = dashTables(text, g)            // a dashboard's table widget in fixed columns among TAB tables (dash_table.go)
	text = prnTables(doc, text, &padded)  // a DPT in fixed-width columns among TAB tables or parted by one space: Excel's .prn, column -t (dpt_prn.go)
	text = lampSheets(doc, text)          // a monitoring sheet's traffic-light report, a block an indicator (lamp_sheet.go)
	text = pivotTables(text, g)           // and -layout pivots, their rows now TAB rows (pivot.go)
	text = dittoCells(doc, text)          // a cell printed `"` or `s.d.a.` is the cell above it (ditto_cells.go)
	text = cellWords(doc, text, g)        // a figure with its amount in words beside it (cell_words.go)
	text = workedCells(doc, text)         // a derived cell showing its computation, "a : b × 100% = c" (worked_cells.go)
	text = rotatedHeaders(text)           // narrow columns' titles stacked one character a line (rotated_headers.go)
	text = dptProseTotals(doc, text)      // a DPT table's kabupaten row stated in words beside it (dpt_sentence_total.go)
	text = dptHeaderTotals(doc, text)     // or written into its column titles, "L (Kab.: 28.237)" (dpt_header_totals.go)
	text = budgetTotalSentences(text)     // a budget table's total stated in a sentence under it (anggaran_total_sentence.go)
	text = budgetTwoTables(doc, text)     // one budget typed as two tables keyed by the same codes, the pagu in one, the realisasi in the other: joined when the rows prove it (anggaran_twotables.go)
	return text, padded
}
