package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// The reader steps TextWith runs, in order, each a text-to-text rewrite
// that recognises one house style and turns it into the plain TAB tables
// and sentences the table readers understand (or loads its facts itself
// and blanks them). The order matters: a step may need another's output,
// or must run before another takes its marks; the files keep the steps in
// the order they run, by stage.

// repairText undoes what the way a text was saved did to it (mojibake,
// styled letters, formatting marks, margins, quoting, wrappers of a whole
// export) and reads the formats whose lines are not yet table rows.
// spreadFrom maps a JSON line spread over many back to its line.
func repairText(doc *facts.Document, text []byte, g *textMarks) (_ []byte, spreadFrom []int) {
	// JSON on one line given room for its rows, facts cited back to that line at the end (pipes_json_line.go)
	text, spreadFrom = jsonLineSpread(text)
	// UTF-8 once read as Windows-1252, "â€“" for "–" (mojibake.go)
	text = undoMojibake(doc, text)
	// a post's bold and italic letters written as styled Unicode (styled_letters.go)
	text = foldStyledLetters(text)
	text = rtfText(text) // a report pasted as its RTF source (rtf.go)
	// a Word text copied with its formatting marks shown (extract/format_marks.go)
	text = extract.FormatMarks(text)
	text = revealCodes(doc, text) // a table typed with a word processor's inline codes: WordPerfect [Tab]/[HRt], WordStar ^I, a run with Word's marks (reveal_codes.go)
	// a diagonal watermark's letters, one a line (extract/watermark_letters.go)
	text = extract.WatermarkLetters(text)
	text = asaListings(doc, text) // a line-printer listing with ASA carriage control in column 1, before the margin readers (asa_listing.go)
	// Two margin readers: Unnumber cuts a margin out (every k-th line, '|'), dropLineNumbers blanks
	// one in place, keeping the columns a space-aligned table needs (dev12 -layout 368 → 376/401 with it).
	text = groupTops(doc, text)       // a grouped table whose group rows, first, carry their members' sums: Notes views, ERP lists; before the arrows go (grouptop.go)
	text = filterPrint(text, g)       // a sheet printed with AutoFilter arrows and its status bar (filter_arrows.go)
	text = sheetGrids(text)           // a spreadsheet printed with its letters and row numbers (sheet_grid.go)
	text = cellSheets(doc, text)      // a spreadsheet saved as SYLK, DIF or a cell listing, rebuilt as a TAB table (sheet_cells.go)
	text = extract.Unnumber(text)     // a draft's line-number margin (extract/line_numbers.go)
	text = diffTables(doc, text)      // a table kept in a patch: a unified, context or normal diff's new side (gitdiff.go)
	text = chatTables(doc, text)      // a table sent as chat messages, a row a message (gitdiff.go)
	text = lineNumbered(doc, text)    // a table behind a tool's line numbers: an EDLIN session replayed, grep -n, cat -n, nl, less -N (lineno.go)
	text = mailTables(doc, text)      // a table quoted (or forwarded) in a printed e-mail thread (mail_table.go)
	text = extract.Unquote(text)      // a reply quoting the report with "> " (extract/quoted.go)
	text = captionCues(text, g)       // a subtitle file's cues, read as what was said (caption_cues.go)
	text = dialogueTurns(text)        // a script's or transcript's speaker turns, one exchange a paragraph (dialogue_turns.go)
	text = postBlocks(text)           // a page post's blocks, one area each, emoji as labels (post_blocks.go)
	text = calendarEvents(doc, text)  // an iCalendar export's events, one area each (calendar_events.go)
	text = checklistItems(doc, text)  // a checklist's ticked items; unticked ones are to-dos (checklist_items.go)
	text = outlineSlides(text)        // a presentation's outline: a slide a line, bullets by TABs (outline_slides.go)
	text = acceptEdits(doc, text)     // suggested edits left in an export (edit_marks.go)
	text = auditMarksIn(doc, text, g) // a reviewer's ticks after the figures (audit_marks.go)
	text = figureIcons(text)          // an icon set's arrow, a light, a Harvey ball beside a figure (figure_icons.go)
	text = dropLineNumbers(text)      // a review draft's numbered lines (margin_numbers.go)
	text = ocrRepair(doc, text)       // a scan's letters read as digits (prose_ocr.go)
	text = formBoxes(text)            // a web form's input boxes around values (form_boxes.go)
	text = keyedHeaders(text)         // header cells in letters a column key above the table writes out (header_key.go)
	text = keyedBoxes(text)           // a boxed table whose foreign column titles a key in words explains: a calibration certificate (header_key.go)
	text = keyedColumns(doc, text)    // a space-aligned budget table whose foreign column titles a key explains: a df-style usage table (header_key_fixed.go)
	text = keyedCapaianColumns(text)  // the same for capaian in fixed columns under rules: a fingerprint machine's recap (capaian_keyed_cols.go)
	return text, spreadFrom
}
