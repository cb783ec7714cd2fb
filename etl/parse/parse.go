// Package parse reads the text of one LKj (Laporan Kinerja) into typed
// facts: capaian per indicator, capaian series, anggaran, SAKIP, RB and
// DPT. Tables are recognised by their caption and header roles, never by
// line numbers; prose totals and evaluation results are read from
// sentences. A per-document resolver marks one row per natural key as
// Utama and reports conflicts between the copies a report states.
package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Version is the parser version; bump it when the output changes so the
// warehouse re-reads documents.
const Version = "parse-77"

// ErrNotText is returned for input that is not text (binary data).
var ErrNotText = errors.New("bukan dokumen teks")

// Text parses the text of one LKj. name is used in messages. It fills
// doc.Meta.SatkerID, Tahun, Kind ("lkj"), Format ("txt"), Synthetic,
// ParserVersion and all facts + findings, with exactly one Utama row per
// natural key. It returns an error only when the document cannot be used
// at all (not text, no identifiable satker/year, limits exceeded).
func Text(name string, data []byte) (*facts.Document, error) {
	return TextWith(name, data, Options{})
}

// TextWith is Text with what the caller knows of the document's identity.
func TextWith(name string, data []byte, opt Options) (doc *facts.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("parse %s: internal error: %v", name, r)
		}
	}()
	lim := opt.Limits.OrDefault()
	if len(data) > lim.MaxBytes {
		return nil, fmt.Errorf("parse %s: %d bytes exceeds MaxBytes %d", name, len(data), lim.MaxBytes)
	}
	doc = &facts.Document{}
	doc.Meta.Kind = "lkj"
	doc.Meta.Format = "txt"
	doc.Meta.ParserVersion = Version
	doc.Meta.Bytes = int64(len(data))
	bindIndex(doc) // the gates' index of the text's byte triples, this parse's own (scan_index.go)
	defer releaseIndex(doc)
	data = extract.QuotedPrintable(data) // a report saved as an e-mail with a quoted-printable body (extract/quoted_printable.go)
	text, note, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if err := refuseLongLine(name, text, lim.MaxLineLen); err != nil {
		return nil, err // a line no reader should walk (long_line.go)
	}
	if note != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}, Aturan: "dokumen.encoding", Tingkat: facts.Info, Pesan: note})
	}
	g := new(textMarks) // the strings the readers below gate on, read once per text (scan_marks.go)
	// JSON on one line given room for its rows, facts cited back to that line at the end (pipes_json_line.go)
	text, spreadFrom := jsonLineSpread(text)
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
	text = mailTables(text)           // a table quoted (or forwarded) in a printed e-mail thread (mail_table.go)
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
	// an SQL*Plus spool with BREAK and COMPUTE sums, before the pipe tables take its colsep '|' (query_sqlplus.go)
	text = sqlplusSpools(doc, text)
	text = bandedReports(doc, text)          // a finance application's banded budget report: groups, SUB TOTAL, TOTAL (anggaran_banded.go)
	text = accountTrees(doc, text)           // an accounting tool's account tree, levels by indentation or ':' paths: GnuCash, hledger (anggaran_acctree.go)
	text = subtotalAfter(doc, text)          // a budget whose groups come only as subtotals after their members: SAP ALV '*' lines, Excel's "Total 076.01.WA" (anggaran_subtotal_after.go)
	text = msprojTables(doc, text)           // a budget as a planning tool's task table: MS Project Cost table, ProjectLibre, Smartsheet; summary task first (anggaran_msproj.go)
	text = tasklistTables(doc, text)         // a budget as a task manager's list view: Asana, Todoist, Planner, Wrike; sections, subtasks, the total a task (anggaran_tasklist.go)
	text = fullPathGrids(doc, text)          // a budget grid keyed by whole code paths, 076.01 the DIPA's total: DBeaver, pgAdmin, psql (anggaran_fullpath.go)
	text = psSessions(doc, text, g)          // a PowerShell session's Format-Table and Measure-Object sums (query_powershell.go)
	text = calcTapes(doc, text)              // a budget's printing-calculator rolls typed again, one roll a measure (calc_tape.go)
	text = batteries(doc, text)              // the capaian as a lobby screen's battery icons, a battery an indicator (capaian_battery.go)
	text = capaianTrain(doc, text)           // a train's carriages abreast, a boxed carriage an indicator (capaian_train.go)
	text = tripSummaries(doc, text)          // the capaian as a car navigation's trip summary, a route an indicator (capaian_trip.go)
	text = stockBoards(doc, text)            // the capaian as a stock exchange closing board, a ticker an indicator (capaian_bursa.go)
	text = labSheets(doc, text)              // the capaian as a laboratory result sheet, an examination an indicator (capaian_lab_sheet.go)
	text = fitnessSummaries(doc, text)       // the capaian as a fitness tracker's yearly summary, an activity an indicator (capaian_fitness.go)
	text = gherkinFeatures(doc, text)        // the capaian as a Gherkin feature file, a scenario an indicator (capaian_gherkin.go)
	text = textprotoBlocks(doc, text)        // the capaian as a protocol-buffer text file, a message an indicator (capaian_textproto.go)
	text = poCatalogue(doc, text)            // the capaian as a gettext translation catalogue, a message a row or a context-keyed cell (capaian_po.go)
	text = spokenTables(doc, text)           // the capaian read aloud: a screen reader's speech log, a teleprompter script, a cell an utterance (capaian_spoken.go)
	text = quickCounts(doc, text)            // the capaian as a quick-count screen, a panel of inline labelled figures an indicator (capaian_quickcount.go)
	text = bulletCharts(doc, text)           // the capaian as a chart typed as text, an indicator a line, its figures at the end: bullet graphs, progress bars, gauges (capaian_bullet.go)
	text = clipLines(doc, text)              // the capaian one labelled line an indicator in any wrapper: e-reader clippings, notes exports, annotation lists, log lines (capaian_clip.go)
	text = selections(doc, text)             // the capaian as a selection's results announcement, a peserta an indicator (capaian_selection.go)
	text = framedRecords(doc, text)          // an indicator framed in a diagram: a fishbone's head, a callout balloon (framed_records.go)
	text = leafletPanels(doc, text)          // a folded leaflet's panels side by side, a block an indicator (leaflet_panels.go)
	text = budgetHierarchy(doc, text)        // the budget as a hierarchy chart of boxes joined by connectors (budget_hierarchy.go)
	text = fuelPumps(doc, text)              // the budget as fuel pump displays, a pump a budget line (anggaran_pumps.go)
	text = abreastBudgets(doc, text)         // budget records several abreast by drawings: hourglasses, coin stacks (anggaran_abreast.go)
	text = cardStatements(doc, text)         // the budget as credit card statements: limit pagu, pemakaian realisasi (anggaran_cards.go)
	text = passbooks(doc, text)              // the budget as a treasurer's passbook print: credit pagu, debit realisasi, saldo sisa (anggaran_passbook.go)
	text = atmReceipts(doc, text)            // the budget as ATM balance receipts: saldo awal pagu, penarikan realisasi (anggaran_atm.go)
	text = solverReports(doc, text)          // the budget as a solver's answer report: realisasi a cell, pagu its "<=" bound, sisa the slack (anggaran_solver.go)
	text = mt940Budgets(doc, text)           // the budget as a bank's MT940 statement export, a message a budget line (anggaran_mt940.go)
	text = treemaps(doc, text)               // the budget as a dashboard's treemap, kegiatan boxes nested in their program's (anggaran_treemap.go)
	text = bookshelves(doc, text)            // the budget as a bookshelf, a book a budget line, a shelf a program (anggaran_bookshelf.go)
	text = whiteboards(doc, text)            // the budget as a meeting whiteboard in shorthand: pagu n -> real n | sisa n | n % (anggaran_whiteboard.go)
	text = quotaScreens(doc, text)           // the budget as a phone app's remaining-quota screen: Kuota / Terpakai / Sisa (anggaran_quota.go)
	text = monevForms(doc, text)             // the budget as an e-Monev realisation form's print, a record a budget line (anggaran_monev.go)
	text = teletextBudgets(doc, text)        // budget lines over two lines, code and name then labelled amounts: teletext pages, text screens (anggaran_teletext.go)
	text = bowlingBudgets(doc, text)         // the budget by month or quarter, plan against actual on paired lines or columns: a bowling chart of the RPD (anggaran_bowling.go)
	text = glossedRecords(doc, text)         // records whose labels a key explains: auction lots, weighbridge tickets (glossed_records.go)
	text = budgetBlocks(doc, text)           // budget lines as blocks of short lines: a Z-report's DEPT blocks, a console's [n/N] steps (anggaran_blocks.go)
	text = machineRecords(doc, text)         // budget lines as machine records: a DOT/mermaid graph's nodes, QR payload strings, a PlantUML WBS/mind map, form-urlencoded bodies (anggaran_records.go)
	text = uiautoRecords(doc, text)          // budget lines as a browser/test automation script filling the finance form: iMacros TAGs, Robot Framework test cases (anggaran_records_uiauto.go)
	text = quadrantCharts(doc, text)         // a quadrant chart's boxes, before the pipe tables take a '|' between two abreast (quadrant_chart.go)
	text = chartRecords(doc, text)           // a budget chart's lines as labelled records: a Pareto typed again, an S-curve's legend (anggaran_chart_records.go)
	text = fixedBudgetBoxes(text)            // budget control cards framed in characters, a ledger's T accounts (anggaran_fixed_cards.go)
	text = dumbbellCharts(text)              // a DPT dumbbell chart typed again, a kecamatan a line (dpt_dumbbell.go)
	text = dptScales(doc, text)              // a DPT drawn as balance scales, a kecamatan a scale (dpt_scales.go)
	text = dptDominoes(doc, text)            // a DPT drawn as domino tiles, an L half and a P half a kecamatan (dpt_domino.go)
	text = deliveryNotes(doc, text)          // a DPT typed again from the logistics' delivery notes (surat jalan), a note a kecamatan (dpt_delivery_notes.go)
	text = dptFlapBoards(doc, text)          // a DPT as an airport departure board, a flight a kecamatan (dpt_board.go)
	text = stockCards(doc, text)             // a DPT typed as the logistics warehouse's stock card (kartu stok), a line a kecamatan (dpt_stock_card.go)
	text = catalogueCards(doc, text)         // a DPT as the election library's catalogue cards, a card a kecamatan (dpt_catalogue_cards.go)
	text = devLabels(doc, text)              // a DPT as printed labels' code: ZPL, EPL, SVG, a label a kecamatan (dpt_device_labels.go)
	text = coordTables(doc, text)            // a table as texts placed at coordinates: HP-GL, SVG, a PDF content stream, gnuplot labels (coord_text.go)
	text = ocrWordPages(doc, text)           // a scanned page as OCR word records: Tesseract TSV, hOCR, ALTO, word box lists, rebuilt as text lines (ocr_words.go)
	text = letterRegisters(doc, text)        // a DPT typed again from the incoming-letter register (buku agenda), an entry a kecamatan (dpt_letter_register.go)
	text = logbookNotes(doc, text)           // a DPT written as short notes, a note a place: an operator's logbook, a chat, a notebook (dpt_logbook.go)
	text = dptDashboards(doc, text)          // a DPT as a progress dashboard, a `>`-named record a kecamatan, paired fields `L / P : a / b` (dpt_dashboard.go)
	text = dptForeignCols(doc, text)         // a DPT in a foreign column order: a Dapodik-style portal page, an awk one-liner's output (dpt_foreign_cols.go)
	text = kvReplies(doc, text)              // a DPT as a key-value store's session: HGETALL/HMGET replies, a hash a place (dpt_redis.go)
	text = promSamples(doc, text)            // a DPT as a Prometheus /metrics export, samples grouped by their place label (dpt_prom.go)
	text = exifDumps(doc, text)              // a DPT as a tool's per-file metadata dump (exiftool, mediainfo…), the figures in a free-text tag a block (dpt_exif_dump.go)
	text = sqlUpdates(doc, text)             // a DPT as SQL UPDATE/upsert statements, SET counts keyed by the WHERE place (sql_update.go)
	text = nodeDPT(doc, text)                // a DPT as node lines (KDL, XML empty elements, Graphviz): an area a line, counts as properties (dpt_nodes.go)
	text = influxSamples(doc, text)          // a DPT as Influx line protocol, Graphite or OpenTSDB lines, read as the Prometheus samples (dpt_influx.go)
	text = keyFormTables(doc, text)          // a DPT typed into a form by a macro: AutoHotkey SendInput, VBA SendKeys, xdotool, Playwright, expect (keystroke_form.go)
	text = schemaRows(doc, text)             // a DPT as a data file whose columns are declared apart: Weka ARFF, a CSV under CREATE TABLE (dpt_schema_rows.go)
	text = basicDataRows(doc, text)          // a DPT as a program's data statements under a comment declaring their order: BASIC DATA, db/.word, {…}, initialisers (dpt_basic_data.go)
	text = wpmMergeFiles(doc, text)          // a table's rows as a WordPerfect merge file, one field a line, names declared apart (wpmerge.go)
	text = recgenTables(doc, text)           // a table's rows as a language's record literals: Rust, Go, EDN, Lua, Nix, Kotlin... (recgen.go)
	text = tuplesTables(doc, text)           // a table's rows as positional tuples, the order declared in a comment or key: Erlang, Python, Lisp... (tuples.go)
	text = flatLists(doc, text)              // a table's rows as flat key-value lists in a session: Tcl dicts, Lisp plists and alists, Smalltalk records (flat_lists.go)
	text = maplitTables(doc, text)           // a table's rows as list-of-map literals: groovysh, Dart, Swift, Kotlin mapOf (records_maplit.go)
	text = pipeTables(text, g)               // Markdown pipe tables become TAB rows
	text = gridSummaryBars(doc, text)        // a grid view's summary bar (Sum n under each column) as its total row: Airtable, Notion, Sheets (grid_summary_bar.go)
	text = scenarioSummaries(doc, text)      // the evaluation as a scenario table (Excel Scenario Summary), only the evaluator's scenario read (sakip_scenario.go)
	text, lke := lkeSheets(text)             // the evaluators' LKE summary sheet, read and blanked (sakip_lke.go)
	text, cat := cbtSlips(text)              // the evaluation as a CAT result slip, before the score card reader takes its subtests without the final score (sakip_cat.go)
	text, cards := scoreCards(text)          // the evaluation's score card typed again, read and blanked (sakip_score_card.go)
	cards = append(cards, cat...)            // the CAT slips load as score cards too (sakip_cat.go)
	text = lollipops(text, &cards)           // the evaluation's lollipop chart typed again, read as a score card (sakip_lollipop.go)
	text = doughnuts(text, &cards)           // the evaluation's doughnut chart typed again, read as a score card (sakip_doughnut.go)
	text = abacuses(text, &cards)            // the evaluation's abacus (sempoa), a rod a component, read as a score card (sakip_abacus.go)
	text = giziLabels(text, &cards)          // the evaluation as a nutrition facts label, a nutrient a component, read as a score card (sakip_gizi.go)
	text = golfCards(text, &cards)           // the evaluation as a golf scorecard, a hole a component, par the bobot, read as a score card (sakip_golf.go)
	text = formFieldCards(doc, text, &cards) // the evaluation's components as a filled form's fields (FDF, XFDF, pdftk, a form post, INI), read as a score card (sakip_form.go)
	text = kompLineCards(doc, text, &cards)  // the evaluation's components one a line in any wrapper (file names, quiz items, log lines), read as a score card (sakip_komp_lines.go)
	text = formulaCards(doc, text, &cards)   // the evaluation's components as the evaluator's formula, its symbols defined after it (N = n₁ + … dengan:), read as a score card (sakip_formula.go)
	text = calcListCards(doc, text, &cards)  // the evaluation's components as a calculator's or stats tool's unlabelled lists named by a key (TI L1/L2, R c(...), Excel A|B), read as a score card (sakip_calc_lists.go)
	text = gradebookCards(doc, text, &cards) // the evaluation's components as a learning platform's gradebook (Moodle User or Grader report), an item a component, read as a score card (sakip_gradebook.go)
	text = combBoxes(text, g)                // a hand-filled form's figures, one digit a box (comb_boxes.go)
	text = ocrRuledTables(text, g)           // an OCR'd form's vertical rules read as | ! ] I l (ocr_rules.go)
	text = tsvQuotedCells(text)              // TSV cells with line breaks, in quotes (tsv_quoted.go)
	text = pivotTables(text, g)              // Excel PivotTables become the tables they summarize (pivot.go)
	text = stataTables(doc, text, g)         // a Stata log's tabstat tables and lists (query_stata.go)
	text = queryTablesGrid(doc, text, g)     // psql results and pandas frames printed in a session (query_tables.go), a ROLLUP's total among them (grid_summary_bar.go)
	text = tibbleTables(doc, text, g)        // R tibbles printed in the console (query_tibble.go)
	text = statHeaderTables(text, g)         // a statistics package's table, a statistic named over every column (stat_header.go)
	text = sqlInserts(doc, text)             // a table pasted as SQL INSERT statements (sql_insert.go)
	text = logTables(text)                   // a table exported as log lines of key="value" fields (log_lines.go)
	text = verticalRecords(doc, text)        // a query tool's records printed one field a line (vertical_records.go)
	text = ogrListings(doc, text)            // a GIS layer listed by ogrinfo, one OGRFeature block a feature, the next layer's one feature its proven total (records_ogr.go)
	text = adifRecords(doc, text)            // a ham-radio log's ADIF export, <NAME:len>value fields read by their length, records cut at <EOR> (records_adif.go)
	text = tlvRecords(doc, text)             // the same records as NAME:len:value lines, one a record (records_tlv.go)
	text = formScreens(doc, text)            // a spreadsheet's Data Form screens typed again, one record a screen (form_screens.go)
	text = indicatorSheets(doc, text)        // one record per indicator: IKU sheets, profile cards (indicator_sheets.go)
	text = endnoteTables(doc, text)          // a capaian table whose figures sit in its notes, joined by the marks (capaian_endnotes.go)
	text = boardCards(doc, text)             // a task board's cards, one indicator a card (board_cards.go)
	text = groupedLists(doc, text)           // a task tracker's list view grouped by status, its name title the indicator's (capaian_grouped_list.go)
	text = cardGrids(doc, text)              // a dashboard's KPI cards side by side, a card a row (card_grid.go)
	text = thermometers(doc, text)           // the capaian as thermometer charts abreast, an indicator a column (capaian_thermometer.go)
	text = labelSheets(doc, text)            // a DPT as ballot-box labels two to four abreast, a label a row (label_sheet.go)
	text = hexMaps(doc, text)                // a DPT as a hexagon tile map, a hexagon a row (hex_map.go)
	text = periodicTables(doc, text)         // a DPT as a periodic table, an element cell a row (periodic_table.go)
	text = stampSheets(doc, text)            // a DPT as a sheet of postage stamps, a stamp a row (stamp_sheet.go)
	text = heatMaps(doc, text)               // the capaian as a dashboard's heat map, figures inside shading (heat_map.go)
	text = boxMaps(doc, text)                // a strategy map's indicator boxes side by side, in bands (box_map.go)
	text = shapeRows(doc, text)              // a diagram's shapes typed again, a row of chevrons a indicator (shape_rows.go)
	text = sparkSummaries(doc, text)         // the SAKIP evaluation application's summary with a sparkline column (sakip_sparkline.go)
	text = icicleCharts(doc, text)           // the SAKIP evaluation as an icicle chart, a block a component (sakip_icicle.go)
	text = slopeCharts(doc, text)            // a slope chart typed again, target and realisasi dots joined by an arrow (slope_chart.go)
	text = scoreBoards(doc, text)            // a lobby screen's scoreboards printed, framed boards abreast (score_boards.go)
	text = formFields(doc, text)             // a PDF form's fields dumped one block a field (form_fields.go)
	text = mailMerge(doc, text)              // a mail merge printed one letter a record (mail_merge.go)
	text = blankForms(doc, text)             // Berita Acara forms, the figures typed into dotted blanks (blank_forms.go)
	text = nestedRecords(doc, text)          // a program's print_r or var_dump of its rows, a console's hashes one after another (nested_records.go, nested_hashes.go)
	text = tomlTables(text)                  // a site's TOML data file of the rows, arrays nested (toml_tables.go)
	text = smsRecords(doc, text, g)          // records sent as formatted messages under a format line (sms_records.go)
	text = treeViews(doc, text)              // an application's tree view printed as text (tree_view.go)
	text = accordionDPT(doc, text)           // a DPT recap page printed with its accordion sections open (dpt_accordion.go)
	text = devlineRecords(doc, text)         // a DPT as labelled one-line records in a device's output: a pager log, USSD screens, an SMS log (dpt_devline.go); place over figures in a notification list, an inbox (dpt_devline_card.go)
	text = twoLineRecords(text, g)           // every record printed over two lines (two_line_records.go)
	text = posterTables(text)                // a printed poster's rows: each figure over its label (poster.go)
	text = zeroPaddedColumns(text)           // an export's figures zero-padded to the field's width (zero_padded.go)
	text = twoColumnProse(text, g)           // prose set in two columns side by side, left column first (prose_columns.go)
	text = namedColumns(text, g)             // a headerless table whose columns a sentence names (named_columns.go)
	text = dbgridTables(doc, text)           // a DPT from a database tool's grid: rows keyed by region code, or control-break lines naming the level (dpt_dbgrid.go)
	text = csproTables(doc, text)            // a tabulation in fixed columns whose total row comes first: CSPro, SPSS CTABLES, a census table (dpt_total_first.go)
	text = statBilingualTables(text)         // a statistics yearbook's bilingual DPT table in fixed columns (dpt_stat_bilingual.go)
	text, padded := alignSpaced(text)        // pdftotext -layout tables become TAB rows when their columns are proven
	text = dashTables(text, g)               // a dashboard's table widget in fixed columns among TAB tables (dash_table.go)
	text = prnTables(doc, text, &padded)     // a DPT in fixed-width columns among TAB tables or parted by one space: Excel's .prn, column -t (dpt_prn.go)
	text = lampSheets(doc, text)             // a monitoring sheet's traffic-light report, a block an indicator (lamp_sheet.go)
	text = pivotTables(text, g)              // and -layout pivots, their rows now TAB rows (pivot.go)
	text = dittoCells(doc, text)             // a cell printed `"` or `s.d.a.` is the cell above it (ditto_cells.go)
	text = cellWords(doc, text, g)           // a figure with its amount in words beside it (cell_words.go)
	text = workedCells(doc, text)            // a derived cell showing its computation, "a : b × 100% = c" (worked_cells.go)
	text = rotatedHeaders(text)              // narrow columns' titles stacked one character a line (rotated_headers.go)
	text = budgetTotalSentences(text)        // a budget table's total stated in a sentence under it (anggaran_total_sentence.go)
	src, tb := lendText(text)                // the text as a pooled string; rehome gives the facts their own (scan_rehome.go)
	blocks, done, err := extract.TextLentIn(src, arenaOf(tb), lim)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if first := firstLine(text); strings.Contains(strings.ToUpper(first), "SINTETIS") || strings.Contains(strings.ToUpper(first), "SYNTHETIC") {
		doc.Meta.Synthetic = true
	}
	p := newParser(name, doc, blocks)
	p.spread = spreadFrom
	p.lendParserScratch() // readTitle's, heading's and afterTable's scratch, pooled (scan_scratch.go)
	p.raw = text
	p.rawStr = src
	if err := p.identify(opt); err != nil {
		done()
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	p.lkeFacts(lke)         // the LKE sheets read above, loaded under the satker identify found (sakip_lke.go)
	p.scoreCardFacts(cards) // the score cards read above, loaded likewise (sakip_score_card.go)
	p.alignedUnproven(padded, text)
	p.exportUnproven(text, g)
	sc := lendScratch(doc, &p.capMeta, &p.angMeta) // not returned on a panic: the collector takes it
	p.capSlab, p.capRows = sc.capSlab, sc.capRows
	p.run()
	sc.capSlab, sc.capRows = p.capSlab[:0], p.capRows[:0] // capaianTable cleared them
	returnScratch(doc, sc, p.capMeta, p.angMeta)
	p.returnParserScratch()
	done() // the facts hold strings, no block, row or cell slice (not on a panic: the collector takes them)
	// a spread JSON line's facts cite the line it was written on (pipes_json_line.go)
	jsonLineSpans(doc, spreadFrom)
	rehome(doc, tb)
	return doc, nil
}

func firstLine(b []byte) string {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		var ln []byte
		if i < 0 {
			ln, b = b, nil
		} else {
			ln, b = b[:i], b[i+1:]
		}
		if s := strings.TrimSpace(string(ln)); s != "" {
			return s
		}
	}
	return ""
}

// decode returns UTF-8 text: UTF-8 as is (BOM dropped), UTF-16 with a BOM
// or with the tell-tale zero bytes converted, other byte soup read as
// Latin-1 with a note. Binary input is refused.
func decode(data []byte) ([]byte, string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", fmt.Errorf("%w: dokumen kosong", ErrNotText)
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return utf16To8(data[2:], false), "dokumen UTF-16 diubah ke UTF-8", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return utf16To8(data[2:], true), "dokumen UTF-16 diubah ke UTF-8", nil
	}
	if zeros := bytes.Count(data, []byte{0}); zeros > 0 {
		if zeros*3 >= len(data) && len(data) >= 4 {
			// UTF-16 without BOM: ASCII text has a zero in every other byte
			be := data[0] == 0
			return utf16To8(data, be), "dokumen UTF-16 tanpa BOM diubah ke UTF-8", nil
		}
		return nil, "", fmt.Errorf("%w: berisi byte nol (biner)", ErrNotText)
	}
	if ctlCount(data)*50 > len(data) {
		return nil, "", fmt.Errorf("%w: terlalu banyak karakter kontrol", ErrNotText)
	}
	if utf8.Valid(data) {
		return data, "", nil
	}
	// Latin-1 (or Windows-1252): every byte is one character
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		b.WriteRune(rune(c))
	}
	return []byte(b.String()), "dokumen bukan UTF-8; dibaca sebagai Latin-1", nil
}

// ctlCount is the number of bytes of data that isCtl marks, eight bytes
// at a time: the high bit of each byte below 0x20, by a mask (most words
// of a table hold a TAB or a newline, so most words have one or two),
// and isCtl asked of those bytes alone. (Testing a word for any byte
// below 0x20 first sent most words of a table to a loop over all eight.)
func ctlCount(data []byte) int {
	const ones, lows, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	n := 0
	for len(data) >= 8 {
		w := binary.LittleEndian.Uint64(data)
		// bytes < 0x20: no carry, 0x7f + 0x60 < 0x100
		for below := ^(w&lows + (0x80-0x20)*ones) &^ w & highs; below != 0; below &= below - 1 {
			n += int(isCtl[byte(w>>(bits.TrailingZeros64(below)-7))])
		}
		data = data[8:]
	}
	for _, c := range data {
		n += int(isCtl[c])
	}
	return n
}

// isCtl is 1 for the control characters that do not occur in text.
var isCtl = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			t[c] = 1
		}
	}
	return t
}()

func utf16To8(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// parser holds the state of one document's parse.
type parser struct {
	words map[string]bool // isWord answers: they depend on the word and raw only

	errata []erratum // corrections the report prints of its own figures (errata.go)

	spread []int // the original line of each line of a text whose one-line JSON was spread (pipes_json_line.go)

	name   string
	doc    *facts.Document
	blocks []extract.Block
	prov   string // province of the reporting satker
	ref    normalize.Satker

	section string // depan, ikhtisar, bab, lampiran
	bab     int
	recent  []recentText // the last paragraphs, nearest last

	cur        int    // index of the block being read
	topic      string // the indicator the last heading announced
	raw        []byte // the decoded text, for word look-ups
	rawStr     string // raw as the string the blocks are cut from (its lines need no copy)
	tableNo    int
	capMeta    []capMeta
	spareInfo  *tableInfo // a tableInfo table() is done with, for the next classify (table.go)
	levelRows  [2][]int   // sameLevel's earlier rows by stated tingkat, reused from table to table
	capSlab    []capRow   // capaianTable's logical rows, reused from table to table (capaian.go)
	capRows    []*capRow  // and the list of them
	angMeta    []angMeta
	skMeta     []sakipMeta
	rbMeta     []rbMeta
	foot       []footnote
	rbCand     []rbCandidate
	proseRows  []*proseAng
	angCarry   budgetCarry      // the program and kegiatan of the last budget table (anggaran_carry.go)
	codedProse []*proseCoded    // prose amounts per program/kegiatan code (prose_coded.go)
	starred    map[float64]bool // values written with a footnote star
	low        []byte           // scratch: the paragraph being read, lower-cased
	upBuf      []byte           // scratch: readTitle's text being read, upper-cased (scan_title.go)
	titleJoin  []byte           // scratch: readTitle's rows of one block, joined (scan_title.go)
	cov        coverage
	famSeen    bool  // the paragraph being read names a family's words
	lineOff    []int // byte offset of each line of raw, built on first use (kv.go)
	readTo     int   // the last line already read with a block before (kv_inline.go, prose_break.go)
	chartTo    int   // the last line of a chart's data labels read (chart_labels.go): a table block within was read
	chartCap   int   // the line of the caption under the last chart read: no caption of the next one
	spanBuf    []facts.Span
	findBuf    []facts.Span
	// DPT rows read from prose, added after the tables'
	proseDPTRows []facts.DPT
}

type recentText struct {
	text    string
	line    int
	caption bool
}

func newParser(name string, doc *facts.Document, blocks []extract.Block) *parser {
	return &parser{name: name, doc: doc, blocks: blocks, section: "depan", starred: map[float64]bool{}}
}

func (p *parser) find(rule, sev string, start, end int, nilai, format string, args ...any) {
	if end < start {
		end = start
	}
	p.doc.Add(facts.Finding{Span: facts.Span{Start: start, End: end}, Aturan: rule, Tingkat: sev,
		Pesan: fmt.Sprintf(format, args...), Nilai: nilai})
}

// run walks the blocks in order, then resolves Utama rows.
func (p *parser) run() {
	for i := 0; i < len(p.blocks); i++ {
		b := &p.blocks[i]
		if j, ok := p.controlCards(i); ok { // a budget kept as control cards per kegiatan (control_cards.go)
			i = j
			continue
		}
		switch b.Kind {
		case extract.Paragraph:
			if j := p.dptRecordRun(i); j >= i {
				i = j // DPT records one a paragraph: photo captions, map placemarks (dpt_records.go)
				continue
			}
			if j := p.dptMapLabelRun(i); j >= i {
				i = j // a thematic map's labels typed again, grouped by the legend's classes (dpt_map_labels.go)
				continue
			}
			p.heading(b)
			if tp := topicOf(b.Text); tp != "" {
				p.topic = tp
			}
			if j, ok := p.capaianNarrative(i); ok {
				// an indicator heading and its narrative (prose_capaian.go), a list of indicators (capaian_list.go)
				p.recent = append(p.recent, recentText{text: b.Text, line: b.Start})
				i = j
				b = &p.blocks[i]
			} else if !b.IsCaption || captionIsProse(b.Text) || dptRouteGate(b.Text) {
				// (a short route map over its kabupaten's box is taken for the box's caption: dpt_route_map.go)
				if j := p.kvOrProseRun(i); j > i {
					// record paragraphs read as one block (kv_records.go)
					for k := i + 1; k <= j; k++ {
						p.recent = append(p.recent, recentText{text: p.blocks[k-1].Text, line: p.blocks[k-1].Start})
					}
					i = j
					b = &p.blocks[i]
				}
			}
			p.recent = append(p.recent, recentText{text: b.Text, line: b.Start, caption: b.IsCaption})
			if len(p.recent) > 12 {
				// the oldest dropped in place: re-slicing past it made
				// append grow a new array every few paragraphs
				p.recent = p.recent[:copy(p.recent, p.recent[1:])]
			}
		case extract.Table:
			if b.End <= p.chartTo {
				continue // a line of data labels the chart reader took (chart_labels.go)
			}
			if j := p.dptFormSheets(i); j > i {
				i = j // an area's form sheets, one per block pair (dpt_form_sheets.go)
				continue
			}
			p.tableNo++
			p.cur = i
			p.table(b)
		}
	}
	p.finishProse()
	p.statedSerapan() // a total's absorption stated in a sentence without amounts (anggaran_serapan.go)
	// a total stated in prose beside one table per program (anggaran_program_tables.go)
	p.programTablesTotal()
	p.finishCodedProse()
	p.finishRB()
	p.finishDPT()
	p.seriDashUnits()
	p.applyErrata()
	p.eofficeSakip() // SAKIP in an e-office letter page's summary field (sakip_eoffice.go)
	p.resolve()
	p.unjoinedDesa() // villages and TPS in an unread table of their own (dpt_unjoined.go)
	p.nullMeasures()
	p.coverageFinding()
}

// heading tracks the part of the report a block is in: the executive
// summary, a chapter (BAB), or the appendices.
func (p *parser) heading(b *extract.Block) {
	t := b.Text
	if len(t) > 90 {
		return
	}
	if !mayBeHeading(t) {
		return
	}
	up := upperASCIIIn(&p.upBuf, t) // strings.ToUpper(t) in the parser's scratch: nothing below keeps it
	switch {
	case strings.HasPrefix(up, "BAB "):
		rest := strings.Fields(up[4:])
		if len(rest) > 0 {
			if n := roman(strings.Trim(rest[0], ".:")); n > 0 {
				p.section, p.bab = "bab", n
			}
		}
	case strings.Contains(up, "EKSEKUTIF") && len(strings.Fields(up)) <= 3 || strings.HasPrefix(up, "RINGKASAN EKSEKUTIF"):
		p.section = "ikhtisar"
	case strings.HasPrefix(up, "LAMPIRAN"):
		p.section = "lampiran"
	case up == "KATA PENGANTAR" || up == "DAFTAR ISI" || strings.HasPrefix(up, "DAFTAR TABEL"):
		p.section = "depan"
	}
}

// mayBeHeading is false when heading's switch cannot match t: an ASCII
// text (upper-cased byte by byte) that starts with none of B, L, K, D and
// does not name EKSEKUTIF.
func mayBeHeading(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return true // upper-casing may turn other letters into these
		}
	}
	switch t[0] {
	case 'B', 'b', 'L', 'l', 'K', 'k', 'D', 'd':
		return true
	}
	const w = "eksekutif"
	for i := 0; i+len(w) <= len(t); i++ {
		j := 0
		for j < len(w) && t[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

func roman(s string) int {
	switch s {
	case "I", "1":
		return 1
	case "II", "2":
		return 2
	case "III", "3":
		return 3
	case "IV", "4":
		return 4
	case "V", "5":
		return 5
	case "VI", "6":
		return 6
	}
	return 0
}
