package eval_test

import (
	"os"
	"path/filepath"
	"testing"
)

// pdfdevBar holds the ratchets of the PDF development corpora. pdfdev
// (testdata/blind/pdfdev): the 24 documents of dev and dev2 rendered by
// pdfdev/render.py as Word-like PDFs (full grid, horizontal rules only and
// borderless tables, shaded headers, wrapped cells, running headers and
// footers), scored against the same truth as their text twins. The goal is
// the text twins' share (413/413 + 466/499) and 0 silent-wrong; raise the
// bar when etl/pdftext improves.
//
//   - pdftext-1 (before this corpus): 368/899 exact (40.9 %).
//   - 2026-12-03, stacks of horizontal rules, finer rivers, prose pitch,
//     forms: 788/899 (87.7 %), 0 silent-wrong.
//   - 2026-12-03, borderless wrapped/centred cells and heading rows,
//     numbered rows, carried columns: 829/899 (92.2 %), 0 silent-wrong
//     (text twins: 413/413 and 488/499); 837/899 (93.1 %) after merging
//     main (parser): text twins 413/413 and 497/499.
//   - 2026-12-03 (pdftext-3): monospaced plain-text tables, running
//     headers, header tables joined by their unnumbered body tables:
//     861/899 (95.8 %), 0 silent-wrong; with parse-15 865/899 (96.2 %).
//   - 2026-12-03 (pdftext-4, parse-16): two-level borderless headers,
//     two-column prose, tables ruled under header and above total:
//     869/899 (96.7 %), 0 silent-wrong; pdftext-10 stitches a record cut
//     by a page break where its structure proves it: 887/899 (98.7 %).
//   - 2026-12-04: a key-value record's last lines after a page break
//     finish it (parse/kv_pagebreak.go): 888/899 (98.8 %).
var pdfdevBar = map[string]struct {
	minExact  float64
	maxSilent int
	documents int
}{
	"pdfdev": {minExact: 0.987, maxSilent: 0, documents: 24},
	// dev4/pdf: PDF twins (ReportLab, ruled tables) of 4 dev4 documents,
	// written by dev4's blind author and scored against their own truth.
	// Measured while dev4 was the holdout: pdftext-1 78/175 (44.6 %),
	// pdftext-2 113/175 (64.6 %), 0 silent-wrong; development data since:
	// pdftext-3 133/175 (76.0 %), 0 silent-wrong; with parse-15 175/175.
	"dev4/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev5/pdf: PDF twins (borderless, shaded headers, landscape pages) of 4
	// dev5 documents by its blind author. As the holdout unseen3/pdf at
	// parse-15: 76/129, then 87/129 (67.4 %), 0 silent-wrong; development
	// data since: 129/129 at parse-16 with pdftext-4.
	"dev5/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev6/pdf: PDF twins (Word look: running header, dark header rows,
	// zebra rows, merged cells) of 4 dev6 documents by its blind author. As
	// the holdout unseen4/pdf at parse-16: 139/160 (86.9 %) twice,
	// 0 silent-wrong; development data since 2026-12-03: 160/160 at
	// parse-17 with pdftext-5.
	"dev6/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev7/pdf: PDF twins (typed like a government form) of 4 dev7
	// documents by its blind author. As the holdout unseen5/pdf at parse-17
	// with pdftext-5: 80/143 (55.9 %) twice, 0 silent-wrong; development
	// data since 2026-12-03: 143/143 at parse-18 with pdftext-6.
	"dev7/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev8/pdf: PDF twins (a spreadsheet print: gridlines, column letters,
	// row numbers, Page n of N) of 4 dev8 documents by its blind author. As
	// the holdout unseen6/pdf at parse-18 with pdftext-6: 4/148, 0
	// silent-wrong; development data since 2026-12-03: 104/148 an hour later,
	// 140/148 with pdftext-7, 148/148 at parse-22.
	"dev8/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev9/pdf: PDF twins (a scanned-look typewritten report: Courier,
	// space-aligned tables without rules) of 4 dev9 documents by its blind
	// author. As the holdout
	// unseen7/pdf at parse-18 and parse-19 with pdftext-7: 115/156, 0
	// silent-wrong; development data since 2026-12-03: 156/156 at parse-20
	// (dev8/pdf 146/148 then).
	"dev9/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev10/pdf: PDF twins (a two-up booklet: two A5 pages on one landscape
	// sheet) of 4 dev10 documents by its blind author. As the holdout
	// unseen8/pdf at parse-20 and parse-21 with pdftext-8: 8/161, 0
	// silent-wrong; development data since 2026-12-03: 161/161 an hour later
	// (pdftext-9 cuts a two-up sheet into its pages).
	"dev10/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev11/pdf: PDF twins (a big header band on every page, tables in a
	// small font with dotted row rules) of 4 dev11 documents by its blind
	// author. As the holdout unseen9/pdf at parse-22 with pdftext-9: 93/128,
	// 0 silent-wrong, both times; 94/128 once its truth gained the DIPA
	// revision count (2026-12-03); 128/128 at parse-23 with pdftext-10.
	"dev11/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev12/pdf: PDF twins of 4 dev12 documents by its blind author. As the
	// holdout unseen10/pdf at parse-23 and parse-24: 105/131, 0 silent-wrong;
	// 119/145 once its truth gained Ende 2021's series of 2020 (2026-12-04);
	// 128/145 with budget realisasi by month, 137 with the transposed DPT, 138 with DPT sexes first (h-accb);
	// the header row boxed alone read as the header (header_above.go, h-pdf); 145/145 all merged.
	"dev12/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev13/pdf: PDF twins of 4 dev13 documents by its blind author. As the
	// holdout unseen11/pdf: 32/169 at parse-25, 43/169 at parse-26; 153/169
	// (= its text twins) once pdftext-11 drops the slanted SALINAN watermark;
	// 58/169 before it with h-d13y's text classes; 169/169 all merged (parse-27).
	"dev13/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev14/pdf: PDF twins (a web page printed from the browser) of 4 dev14
	// documents by its blind author. As the holdout unseen12/pdf at parse-26
	// and parse-27: 128/154, 0 silent-wrong, 13 extra; development data since
	// 2026-12-04: 151/154 at parse-30 (round 5: bounds, ditto, formulas, joined tables).
	"dev14/pdf": {minExact: 1, maxSilent: 0, documents: 4}, // 154/154 with the RB sentence "tercatat N (bobot B; P%)" (h-trans27); 153/154 with SAKIP scores bound to the year beside them (h-sakip14)
	// dev15/pdf: PDF twins (a line-printer listing on green-bar paper) of 4
	// dev15 documents by its blind author. As the holdout unseen13/pdf at
	// parse-28: 6/140, 0 silent-wrong; 96/140 with pdftext-12 (h-pdf15: right-aligned
	// figures, dash rules and the listing header of monospaced pages);
	// 139/140 at parse-31 with the text classes of h-text15a.
	"dev15/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 140/140 with "nilai tahun kinerja Y adalah" scores (h-tail27)
	// dev16/pdf: PDF twins (a report received by fax) of 4 dev16 documents by
	// its blind author. As the holdout unseen14/pdf at parse-28: 9/169, 0
	// silent-wrong. Pages typed at two sizes (pdftext-13) and cells folded
	// in several columns, folded headers and mixed-aligned columns
	// (pdftext-14, h-pdf17): 137/169, 0 wrong-key, 0 extra; 149/169 with a
	// web table's pager set as cells read as text (h-pdf22); 160/169 with
	// sort controls in a header and parents proven by sums (h-budget14);
	// 167/169 with a period table's target labelled with its year (h-col16);
	// 169/169 with a total sentence wrapped at the print width read joined (h-pdfold).
	"dev16/pdf": {minExact: 1.000, maxSilent: 0, documents: 4},
	// dev17/pdf: PDF twins (an A5 pocket book with thumb-index chapter tabs)
	// of 4 dev17 documents by its blind author. As the holdout unseen15/pdf
	// at parse-29 and parse-32: 59/148, 1 wrong-key, 6 extra; 141/148 at
	// parse-34 and pdftext-14 (round 7: chapter tabs, subtotal lines, folded
	// cells, columns split under a merged header, unit cells, pair roles);
	// 148/148 at pdftext-18 (a header's second line set under the rule).
	"dev17/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev18/pdf: PDF twins (16:9 presentation slides) of 4 dev18 documents by
	// its blind author. As the holdout unseen16/pdf at parse-32 and parse-34:
	// 105/141, 6 wrong-key; 141/141 at parse-35 (cut names, derived DPT
	// columns, star fill; pdftext-15 reads a slide's "(lanjutan)" title away).
	"dev18/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev19/pdf: PDF twins (F4 folio, letterhead, Paraf box) of 4 dev19
	// documents by its blind author. As the holdout unseen17/pdf at parse-34
	// and parse-35: 75/139, 2 wrong-key; 139/139 at parse-36 / pdftext-16
	// (a word over a cell's rule stays whole, the Paraf box and letterhead
	// blocks are page furniture, and round 9's text classes).
	"dev19/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev20/pdf and dev21/pdf: PDF twins of 4 documents each (two ordinary
	// A4 Word exports each; landscape with a title band, and a double-rule
	// border with monospaced figures). As the holdouts unseen18/pdf and
	// unseen19/pdf at parse-35 and parse-36: 116/162 and 134/159, none
	// wrong; 153/162 and 159/159 at parse-37 / pdftext-17 (a sub-heading
	// over figures heads them, typed rules across monospaced figures).
	"dev20/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 162/162 at parse-38 (Rincian | Jumlah columns, an RB record keyed after a colon)
	"dev21/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev22/pdf: PDF twins of 4 dev22 documents (two ordinary A4 Word
	// exports in Cambria with blue banded rows; a US Letter application print
	// with a boxed banner). As the holdout unseen20/pdf at parse-36 and
	// parse-37: 111/132, none wrong; 132/132 at parse-38 / pdftext-18.
	"dev22/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev23/pdf: PDF twins of 4 dev23 documents (two ordinary A4 Word
	// exports; two text files printed from Notepad). As the holdout
	// unseen21/pdf at parse-37 and parse-38: 109/183, none wrong; 137/183 at
	// parse-39 / pdftext-19 (a printed text file read back as its TAB rows);
	// 148/183 at pdftext-20 (a header wider than the page joined again);
	// 162/183 with subtitle cues read on over a page break; 183/183 with
	// a printed row's one-space TAB told by its columns' kinds and a row
	// over three printed lines (plainprint_kinds.go).
	"dev23/pdf": {minExact: 1.0, maxSilent: 0, documents: 4},
	// dev24/pdf: PDF twins of 4 dev24 documents (two ordinary A4 Word
	// exports in Light List tables; two saved from a phone's document app in
	// dark theme on a narrow page). As the holdout unseen22/pdf at parse-37
	// to parse-40: 103/140, 2 values differ but are flagged, none silent.
	"dev24/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 103/140 as the holdout; 140/140 at parse-41 with round 13 (emoji as lone Greek letters, a header repeated after a form feed, a header band's upper row, list items wrapped in one paragraph)
	// dev25/pdf: PDF twins of 4 dev25 documents (two ordinary A4 Word
	// exports with Table Grid tables; two large-print editions). As the
	// holdout unseen23/pdf at parse-40 and parse-41: 132/166, none wrong.
	"dev25/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 133/166 at parse-43; 166/166 at parse-45 with round 15 (a checklist reflowed by the print, budget sentences in an archive list's cells, DokuWiki and ordinal paragraphs)
	// dev26/pdf: PDF twins of 4 dev26 documents (two ordinary A4 Word
	// reports with mirror margins for two-sided printing; two reviewer's
	// marked-up copies with highlighter and margin notes). As the holdout
	// unseen24/pdf at parse-42 to parse-44: 68/143, none wrong.
	// 128/143 at pdftext-21 (the margin notes beside the marked-up copies' tables dropped).
	"dev26/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 68/143 as the holdout; 143/143 at parse-45 / pdftext-21 with round 15 (margin notes beside tables dropped, alternating running heads, board cards and a TOML file over page breaks)
	// dev27/pdf: PDF twins of 4 dev27 documents (two ordinary A4 Word
	// reports with Word's FILENAME field in the footer, two photocopies
	// of a report taken out of its ring binder).
	"dev27/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 123/141 as the holdout unseen25 (parse-44 to parse-46); 134/141 with the OCR'd ruled form read (h-ocr27); 141/141 with the cut spool kept as its grid (h-pdf27, pdftext/monogrid.go)
	// dev28/pdf: PDF twins of 4 dev28 documents (two Word review copies with
	// line numbering on; two printed on the back of used paper).
	"dev28/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 60/138 then 65/138 as the holdout unseen26 (parse-46, parse-47), 2 extra; 134/138, 0 extra with the margin line numbers and the show-through grid dropped (h-pdfln28); 138/138 with a typed row filling its columns (full_row.go)
	// dev29/pdf: PDF twins of 4 dev29 documents (written as unseen27/pdf).
	"dev29/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 143/157 as the holdout unseen27 (parse-47, parse-48), none wrong; 152/157 with the calculator rolls (h-calc29); 148/157 with the LKE summary sheet alone (h-lke29); 157/157 with both
	// dev30/pdf: PDF twins of 4 dev30 documents (written as unseen28/pdf).
	"dev30/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 107/130 as the holdout unseen28 (parse-48, parse-49), 3 wrong with a finding; 114/130 with the banded budget report (anggaran_banded.go); 117/130 with continued budget tables keeping their program (h-cont30); 130/130 with a monospaced run holding drawing marks kept as its grid: Malaka's DPT list under its ▾ filters (monogrid.go, h-pdf34)
	// dev31/pdf: PDF twins of 4 dev31 documents (written as unseen29/pdf).
	"dev31/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 135/149 as the holdout unseen29 (parse-49, parse-50), none wrong; 142/149 with the quoted e-mail's budget table (h-mail31, mail_table.go); 142/149 with the lamp-sheet reader (lamp_sheet.go); 149/149 with both (parse-51)
	// dev32/pdf: PDF twins of 4 dev32 documents (written as unseen30/pdf).
	"dev32/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 64/127 as the holdout unseen30 (parse-50), 1 wrong with a finding; 107/127, none wrong, with drawing sheets' frames dropped and columns cut (drawsheet.go, h-pdf32); 108/127 with the bracketed earlier year (parse-51); 126/127 with monospaced drawings kept as their grid: the box-drawn form, the pyramid (monogrid.go, h-pdf34); 127/127 with the kabupaten closing line read one paragraph under the chart's note (dpt_chart_items.go, h-pdfold)
	// dev33/pdf: PDF twins of 4 dev33 documents (written as unseen31/pdf).
	"dev33/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 97/141 as the holdout unseen31 (parse-51), 13 wrong with a finding; 102/141 with the truth settled at conversion; 109/141 at parse-52; 141/141 at parse-54 / pdftext-25
	// dev34/pdf: PDF twins of 4 dev34 documents (written as unseen32/pdf).
	"dev34/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 81/127 as the holdout unseen32 (parse-52), none wrong; 127/127 at parse-54 / pdftext-25 (the dashboard's navigation sidebar dropped, pdftext/sidebar.go; drawn grids kept; the heat map and label sheets)
	// dev35/pdf: PDF twins of 4 dev35 documents (written as unseen33/pdf).
	"dev35/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 117/143 as the holdout unseen33 (parse-53), none wrong; 143/143 at parse-54 / pdftext-25 (drawn monospaced grids kept; a stacked label cut by a page break joined; the icicle chart)
	// dev36/pdf: PDF twins of 4 dev36 documents (written as unseen34/pdf).
	"dev36/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 110/146 as the holdout unseen34 (parse-54 / pdftext-25), none wrong; 117/146 with the shortened capaian header read (Lembata); 117/146 with squared paper's ruling dropped and the hemicycle's monospaced drawing kept as its grid (pdftext/paper.go, h-pdf36) alone; 145/146 at parse-55 / pdftext-26 with the hexagon map (KABUPATEN ENDE's hexagon cut by a page break stays unread); 146/146 with the cut hexagon's rest kept on its grid after the page break and read through it (pdftext/monocarry.go, h-pdfold)
	// dev37/pdf: PDF twins of 4 dev37 documents (written as unseen35/pdf).
	"dev37/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 137/151 as the holdout unseen35 (parse-55 / pdftext-26), none wrong; 143/151 at parse-56 with the abacus and the ordinary fixes; 145/151 with the periodic table (periodic_table.go) alone; 151/151 with the periodic table too
	// dev38/pdf: PDF twins of 4 dev38 documents (written as unseen36/pdf).
	"dev38/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 99/163 as the holdout unseen36 (parse-56 / pdftext-26), none wrong; 104/163 with Belu's nutrition label read (gizi38); 112/163 with the postage stamps read (stamp_sheet.go) alone; 117/163 with the label and the stamps merged; 145/163 with a header row on a gold fill cut from the first body row (pdftext/fillband.go, h-pdf38); the rest are Belu's nutrition label and Manggarai Barat's stamps, unread in the text twins too; 163/163 with it and the label and the stamps merged
	// dev39/pdf: PDF twins of 4 dev39 documents (written as unseen37/pdf).
	"dev39/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 153/170 as the holdout unseen37 (parse-57 / pdftext-27), 5 wrong, all flagged; 154/170 at parse-58, still 5 wrong, all flagged; 156/170 at parse-60 (a lone percentage closes the sentence above: Sikka's serapan, Sumba Timur's RB persen); 161/170 with Flores Timur's KHS card kept a character grid (h-pdf42, pdftext-29), 3 flagged left; 170/170 with the lab sheet as a PDF gives it read (h-left42) and drifted cells put back (table_cell_drift.go)
	// dev40/pdf: PDF twins of 4 dev40 documents (written as unseen38/pdf).
	"dev40/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 156/169 as the holdout unseen38 (parse-58 / pdftext-27), none wrong; 169/169 with the fitness summary and golf scorecard read (parse-61)
	// dev41/pdf: PDF twins of 4 dev41 documents (written as unseen39/pdf).
	"dev41/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 122/141 as the holdout unseen39 (parse-60 / pdftext-27), 5 wrong: 4 flagged, 1 wrong-key; 124/141 with a name cut across a patterned ground's columns joined (the wrong key gone; parse-61); 141/141 with the guilloche ground's rules dropped (h-pdf41, pdftext-28) and the selection announcement and CAT slip read (parse-62)
	// dev42/pdf: PDF twins of 4 dev42 documents (written as unseen40/pdf).
	"dev42/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 171/185 as the holdout unseen40 (parse-61 / pdftext-27 and parse-62 / pdftext-28), none wrong; 176/185 with the jury sheet kept a character grid (h-pdf42, pdftext-29); 185/185 with the auction lots read (h-gloss42)
	// dev43/pdf: PDF twins of 4 dev43 documents (written as unseen41/pdf).
	"dev43/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 115/129 as the holdout unseen41 (parse-62 + dad5ad2 / pdftext-28), none wrong; 129/129 with the MT940 export and the calibration certificate read (parse-64)
	// dev44/pdf: PDF twins of 4 dev44 documents (written as unseen42/pdf).
	"dev44/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 146/153 as the holdout unseen42 (parse-63 and parse-64 / pdftext-29), none wrong; 153/153 with the Z-report read (parse-65)
	// dev45/pdf: PDF twins of 4 dev45 documents (written as unseen43/pdf).
	"dev45/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 124/151 as the holdout unseen43 (parse-64 / pdftext-29), none wrong; 151/151 with the cutting mat's scales dropped (pdftext-30) and keyed columns / log records as a PDF gives them (parse-65)
	// dev46/pdf: PDF twins of 4 dev46 documents (written as unseen44/pdf).
	"dev46/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 134/154 as the holdout unseen44 (parse-64 + 1171d58 and parse-65 / pdftext-30), none wrong; 154/154 with the Gherkin scenarios and the redis-cli session read (parse-66)
	// dev47/pdf: PDF twins of 4 dev47 documents (written as unseen45/pdf).
	"dev47/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 137/159 as the holdout unseen45 (parse-65 + d56b631 / pdftext-30), 2 wrong keys; 157/159 at parse-66 / pdftext-31 (the crease polylines no rules: 2 wrong keys gone), none wrong; 159/159 with page numbers in step dropped from a page smaller than its sheet (pdftext/folio.go) and a page break inside a textproto message read through (h-pdfold)
	// dev48/pdf: PDF twins of 4 dev48 documents (written as unseen46/pdf).
	"dev48/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 125/146 as the holdout unseen46 (parse-66 / pdftext-31), 1 flagged; 146/146 at parse-68
	// dev49/pdf: PDF twins of 4 dev49 documents (written as unseen47/pdf).
	"dev49/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 136/153 as the holdout unseen47 (parse-66 + round 34 / pdftext-31), none wrong; 153/153 at parse-68
	// dev50/pdf: PDF twins of 4 dev50 documents (written as unseen48/pdf).
	"dev50/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 136/155 as the holdout unseen48 (parse-67 + df96413 / pdftext-31), 1 wrong key; 137/155 with Jml. a total word; 143/155 at parse-68; 155/155 at parse-69 / pdftext-32 (bark streaks no rules)
	// dev51/pdf: PDF twins of 4 dev51 documents (written as unseen49/pdf).
	"dev51/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 168/181 as the holdout unseen49 (parse-67 .. parse-70 / pdftext-32), none wrong; 180/181 at parse-71; 181/181 with the Power Query literal read over its page break (tableLitOverBreak, h-pdfold)
	// dev52/pdf: PDF twins of 4 dev52 documents (written as unseen50/pdf).
	"dev52/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 154/166 as the holdout unseen50 (parse-70 / pdftext-32), none wrong; 162/166 at parse-71; 166/166 at parse-72 (FDF fields wrapped over lines)
	// dev53/pdf: PDF twins of 4 dev53 documents (written as unseen51/pdf).
	"dev53/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 136/153 as the holdout unseen51 (parse-70 and 109382bf / pdftext-32), 9 wrong values flagged; 153/153 at parse-71
	// dev54/pdf: PDF twins of 4 dev54 documents (written as unseen52/pdf).
	"dev54/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 123/165 as the holdout unseen52 (4e0e72a3 / pdftext-32), 1 wrong key; 161/165 at parse-71 / pdftext-33 (chips no rules); 165/165 at parse-72
	// dev55/pdf: PDF twins of 4 dev55 documents (written as unseen53/pdf).
	"dev55/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 115/142 as the holdout unseen53 (c7bfbb9d, parse-71 / pdftext-33), 15 wrong values flagged; 142/142 at parse-72
	// dev56/pdf: PDF twins of 4 dev56 documents (written as unseen54/pdf).
	"dev56/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 152/159 as the holdout unseen54 (b0d8f7b6, parse-72 / pdftext-33), none wrong; 159/159 at parse-73 (EDLIN session replayed)
	// dev57/pdf: PDF twins of 4 dev57 documents (written as unseen55/pdf).
	"dev57/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 61/143 as the holdout unseen55 (671fff15 and 5724b9f3, pdftext-33), none wrong; 129/143 at pdftext-34 (a map's grid under the panel hidden, its scale dropped); 143/143 with round 42
	// dev58/pdf: PDF twins of 4 dev58 documents (written as unseen56/pdf).
	"dev58/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 153/165 as the holdout unseen56 (aa75cd06, pdftext-34), none wrong; 165/165 at parse-74 (notification cards)
	// dev59/pdf: PDF twins of 4 dev59 documents (written as unseen57/pdf).
	// dev60/pdf: PDF twins of 4 dev60 documents (written as unseen58/pdf).
	"dev60/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 117/158 as the holdout unseen58 (02f73615, pdftext-34), 25 wrong values flagged; 142/158, none wrong, as its texts; 149/158 at parse-75 (a project plan's task table); 158/158 at pdftext-35 (a toolbar over a borderless table, short pages' paragraphs, notebook rulings)
	// dev61/pdf: PDF twins of 4 dev61 documents (written as unseen59/pdf).
	"dev61/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 135/157 as the holdout unseen59 (cedc04a9, pdftext-34), none wrong; 149/157 at pdftext-35; 157/157 at parse-75 (a task manager's budget, a ROLLUP row)
	// dev65/pdf: PDF twins of 4 dev65 documents (written as unseen63/pdf).
	"dev65/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 104/161 as the holdout unseen63 (872fd4fd, pdftext-37), 3 wrong keys; 161/161, none wrong, at pdftext-38 / parse-79 (the paper's marks repeated at one place on most pages, a margin label between a row and its wrapped line)
	// dev66/pdf: PDF twins of 4 dev66 documents (written as unseen64/pdf).
	"dev66/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 118/145 as the holdout unseen64 (a6873e5c, pdftext-38), 7 wrong keys, 10 wrong values flagged; 145/145 at pdftext-39 (a crooked scan's tilted lines levelled)
	// dev67/pdf: PDF twins of 4 dev67 documents (written as unseen65/pdf).
	"dev67/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 138/163 as the holdout unseen65 (579bfdcd, pdftext-39), 15 wrong values flagged; 163/163 at pdftext-40 / parse-85 (a pad's ruling on every page, a realisasi split into sub-columns)
	// dev68/pdf: PDF twins of 4 dev68 documents (written as unseen66/pdf).
	"dev68/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 156/156 as the holdout unseen66 (db6557e6, pdftext-39), none wrong
	// dev69/pdf: PDF twins of 4 dev69 documents (written as unseen67/pdf).
	"dev69/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 97/164 as the holdout unseen67 (95212f81, pdftext-40), 39 wrong values flagged; 164/164 at pdftext-41 / parse-87 (a letter-spaced print read as plain print)
	// dev70/pdf: PDF twins of 4 dev70 documents (written as unseen68/pdf).
	"dev70/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 31/151 as the holdout unseen68 (03da80dc, pdftext-41), 12 wrong values flagged; 151/151 at pdftext-42 / parse-88 (tables set at a character scale, tables aligned by typed spaces in a proportional font)
	// dev71/pdf: PDF twins of 4 dev71 documents (written as unseen69/pdf).
	"dev71/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 158/163 as the holdout unseen69 (c766c7c4, pdftext-41), 3 wrong values flagged, 2 wrong keys; 163/163 at parse-88 (a typesetter's hyphen in a wrapped name, TPS by kind beside their total)
	// dev72/pdf: PDF twins of 4 dev72 documents (written as unseen70/pdf).
	"dev72/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 138/153 as the holdout unseen70 (a095bb84, pdftext-42), none wrong; 153/153 at pdftext-43 (a figure column on a tab stop a long name runs up to, justified prose over a hairline table's header)
	// dev73/pdf: PDF twins of 4 dev73 documents (written as unseen71/pdf).
	"dev73/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 82/143 as the holdout unseen71 (3f187ceb, pdftext-42), 14 wrong values flagged; 143/143 at pdftext-43 / parse-91 (a margin column of side notes laid out apart from the body, and the text twins' fixes)
	// dev74/pdf: PDF twins of 4 dev74 documents (written as unseen72/pdf).
	"dev74/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 90/159 as the holdout unseen72 (acc41b37, pdftext-43), none wrong, 69 missing; 159/159 at pdftext-44 (a spreadsheet's header row turned to read upward, set upright over its columns)
	// dev75/pdf: PDF twins of 4 dev75 documents (written as unseen73/pdf).
	"dev75/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 139/153 as the holdout unseen73 (11b3c1dc, pdftext-44), 7 wrong values flagged; 153/153 at parse-93 (the text twins' fixes)
	// dev76/pdf: PDF twins of 4 dev76 documents (written as unseen74/pdf).
	"dev76/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 152/154 as the holdout unseen74 (ebbe32f1, pdftext-44), none wrong, 2 missing; 154/154 at pdftext-45 (paragraphs numbered in a hanging column read as prose)
	// dev77/pdf: PDF twins of 4 dev77 documents (written as unseen75/pdf).
	"dev77/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 120/133 as the holdout unseen75 (369b74b3, pdftext-45), 13 wrong values flagged; 133/133 with PPS and KPPS read by the note under the caption
	// dev78/pdf: PDF twins of 4 dev78 documents (written as unseen76/pdf).
	"dev78/pdf": {minExact: 1.0, maxSilent: 0, documents: 4}, // 139/145 as the holdout unseen76 (3405a098, pdftext-45), 1 wrong key, 5 missing; 143/145 at parse-95 (the text twin's fix); 144/145 at parse-96; 145/145 (rbrow: the RB row under the AKIP components)
	// dev79/pdf: PDF twins of 4 dev79 documents (written as unseen77/pdf).
	"dev79/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 140/144 as the holdout unseen77 (83361442, pdftext-45), none wrong, 4 missing; 144/144 at parse-96 (SAKIP sub-components joined into the name cell)
	// dev80/pdf: PDF twins of 4 dev80 documents (written as unseen78/pdf).
	"dev80/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 130/153 as the holdout unseen78 (acc2b781, pdftext-45), 12 wrong flagged, 11 missing, 1 extra; 153/153 at parse-96 / pdftext-46 (captions led by their number on a badge read as plain lines; SAKIP weights in a table apart)
	// dev81/pdf: PDF twins of 4 dev81 documents (written as unseen79/pdf).
	"dev81/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 143/145 as the holdout unseen79 (7afe38ec, pdftext-46), none wrong, 2 missing; 145/145 at parse-97 ("untuk kinerja tahun")
	// dev82/pdf: PDF twins of 4 dev82 documents (written as unseen80/pdf).
	"dev82/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 139/155 as the holdout unseen80 (5ebb51dc, pdftext-46), none wrong, 16 missing; 155/155 with the column-ruled and closing-header tables (closing_header.go)
	// dev86/pdf: PDF twins of 4 dev86 documents (written as unseen84/pdf).
	"dev86/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 150/150 as the holdout unseen84 (27f376ce, pdftext-48)
	// dev87/pdf: PDF twins of 4 dev87 documents (written as unseen85/pdf).
	"dev87/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 124/134 as the holdout unseen85 (fca650d5, pdftext-49), none wrong, 10 missing; 134/134 at pdftext-50 (bottom-aligned titles one word a line, header_above.go)
	// lo1: twelve ordinary texts of dev60-dev71 made Word documents
	// (python-docx) and exported to PDF by LibreOffice 7.4, as offices
	// make theirs, by a blind helper. Blind at f76f1260 (pdftext-50):
	// 467/497 (94.0 %), none wrong, 30 missing (one report whose banded
	// table style rules the columns of every other row only); 497/497 at
	// pdftext-51 (banded_rows.go).
	"lo1": {minExact: 1.000, maxSilent: 0, documents: 12},
	// lo2: twelve texts of dev72-dev88 (eight ordinary, four new) made
	// office documents three ways (HTML → Writer, pandoc Markdown → .docx,
	// python-docx) and exported by LibreOffice 7.4, by a blind helper.
	// Blind at 82b692c6 (pdftext-51): 490/490, none wrong.
	"lo2": {minExact: 1.000, maxSilent: 0, documents: 12},
	// fp1: twelve ordinary texts of dev45-dev58 printed by a Go program
	// with fpdf (Producer FPDF 1.7, the users' own test generator's way:
	// stroked or filled-rectangle grids, merged header cells, headers
	// repeated over page breaks, landscape pages), by a blind helper.
	// Blind at cf97c671 (pdftext-51): 482/482, none wrong.
	"fp1": {minExact: 1.000, maxSilent: 0, documents: 12},
	// lo3: twelve ordinary texts of dev5-dev44 made office documents with
	// Word's default equal-width tables and merged two-level titles,
	// exported by LibreOffice, by a blind helper. Blind at c5d62d1a
	// (pdftext-52): 410/442 (92.8 %), 12 wrong keys (names and indicators
	// broken inside a word by a narrow cell), 20 missing; 431/442 at
	// pdftext-53 / parse-105 (breaks proven by the cell and the document's
	// own words, "Jumlah (orang)"); 432/442 at pdftext-54 (a rest left
	// on its own line for the next line's break: "LANGKE" over "REMBON"
	// over "G"). The 3 wrong keys left are kecamatan names broken inside
	// ("MAUPON GGO") that nothing in their document proves one word.
	// 439/442 at pdftext-55: Alor 2021's caption centred over its table
	// between the paragraph and the table's first rule no longer joins the
	// table's columns (stackparts.go centredCaption).
	"lo3": {minExact: 0.993, maxSilent: 3, documents: 12},
	// dev112/pdf: PDF twins of 4 dev112 documents (written as unseen110/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev112/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 146/146 as the holdout unseen110 (9d7ba407, pdftext-62)
	// dev111/pdf: PDF twins of 4 dev111 documents (written as unseen109/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev111/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 152/156, 4 wrong (flagged) as the holdout unseen109 (7f717d63, pdftext-61); 156/156 at parse-128
	// dev110/pdf: PDF twins of 4 dev110 documents (written as unseen108/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev110/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 129/144, 15 wrong (flagged) as the holdout unseen108 (ece13deb, pdftext-61); 144/144 at pdftext-62 (titles set edge to edge, words.go caseBreak)
	// dev109/pdf: PDF twins of 4 dev109 documents (written as unseen107/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev109/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 130/147, 13 wrong (flagged), 4 missing as the holdout unseen107 (d611226c, pdftext-61); 147/147 at parse-125
	// dev108/pdf: PDF twins of 4 dev108 documents (written as unseen106/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev108/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 136/147, 2 wrong (flagged), 9 missing, 16 extra as the holdout unseen106 (c98467a6, pdftext-60); 147/147 at pdftext-61
	// dev107/pdf: PDF twins of 4 dev107 documents (written as unseen105/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev107/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 149/153, none wrong, 4 missing as the holdout unseen105 (d22b7ac1, pdftext-60); 153/153 at parse-126
	// dev106/pdf: PDF twins of 4 dev106 documents (written as unseen104/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev106/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 145/145 as the holdout unseen104 (9008cc81, pdftext-60)
	// dev105/pdf: PDF twins of 4 dev105 documents (written as unseen103/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev105/pdf": {minExact: 0.955, maxSilent: 0, documents: 4}, // 150/159, 2 wrong keys, 7 missing as the holdout unseen103 (abedd173, pdftext-60); 152/159, none wrong at parse-121 (Flores Timur 2020's capaian on a beige stub unread)
	// dev104/pdf: PDF twins of 4 dev104 documents (written as unseen102/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev104/pdf": {minExact: 0.855, maxSilent: 0, documents: 4}, // 126/152, 1 wrong key, 25 missing as the holdout unseen102 (d14342d6, pdftext-59); 130/152, none wrong at parse-120 (Kupang 2020's capaian under titles wider than its figures, beside a unit column, unread)
	// dev103/pdf: PDF twins of 4 dev103 documents (written as unseen101/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev103/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 153/166, none wrong, 13 missing as the holdout unseen101 (43dd32ec, pdftext-58); 166/166 at pdftext-59 (titles wider than their figure columns, pdftext/wide_titles.go)
	// dev102/pdf: PDF twins of 4 dev102 documents (written as unseen100/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev102/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 141/155, 7 wrong (flagged), 7 missing as the holdout unseen100 (1e75a600, pdftext-58); 155/155 at parse-117 (the texts' rules)
	// dev101/pdf: PDF twins of 4 dev101 documents (written as unseen99/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev101/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 97/154, 26 wrong (2 wrong keys), 31 missing as the holdout unseen99 (45e2fc90, pdftext-57); 154/154 at pdftext-58 (hairlines under the figure columns only, pdftext/stack_rowrules.go)
	// dev100/pdf: PDF twins of 4 dev100 documents (written as unseen98/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev100/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 151/155, 4 wrong (flagged) as the holdout unseen98 (7095d152, pdftext-57); 155/155 at parse-114 (a pair wrapped after its slash, extract/pair_columns.go)
	// dev99/pdf: PDF twins of 4 dev99 documents (written as unseen97/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev99/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 133/135, 2 wrong keys as the holdout unseen97 (91f54e98, pdftext-57); 135/135 at parse-113
	// dev98/pdf: PDF twins of 4 dev98 documents (written as unseen96/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev98/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 80/132, 6 wrong (flagged), 46 missing as the holdout unseen96 (f58a3070, pdftext-56); 132/132 at pdftext-57 (a table ruled inside only: its rules' ends are its edges, ruling.go openEdges)
	// dev97/pdf: PDF twins of 4 dev97 documents (written as unseen95/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev97/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 139/146, 7 wrong (flagged) as the holdout unseen95 (d5277ea2, pdftext-56); 146/146 at parse-111
	// dev96/pdf: PDF twins of 4 dev96 documents (written as unseen94/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev96/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 143/143, none wrong as the holdout unseen94 (e282037f, pdftext-56)
	// dev95/pdf: PDF twins of 4 dev95 documents (written as unseen93/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev95/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 159/159, none wrong as the holdout unseen93 (da8193e6, pdftext-56)
	// dev94/pdf: PDF twins of 4 dev94 documents (written as unseen92/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev94/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 158/159, none wrong as the holdout unseen92 (7b627268, pdftext-55); 159/159 at pdftext-56 (a smaller caption parted from the prose under it)
	// dev93/pdf: PDF twins of 4 dev93 documents (written as unseen91/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev93/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 143/153, 10 wrong (flagged) as the holdout unseen91 (a24b5941, pdftext-54); 153/153 at pdftext-55 (a caption centred over a table ruled between its rows)
	// dev92/pdf: PDF twins of 4 dev92 documents (written as unseen90/pdf),
	// two of them LibreOffice exports.
	"dev92/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 150/150 as the holdout unseen90 (2fb8994d, pdftext-54)
	// dev91/pdf: PDF twins of 4 dev91 documents (written as unseen89/pdf),
	// two of them LibreOffice exports.
	"dev91/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 137/138 as the holdout unseen89 (0698cba1, pdftext-53), 2 extra; 138/138 at parse-106
	// dev90/pdf: PDF twins of 4 dev90 documents (written as unseen88/pdf),
	// one look a python-docx document exported by LibreOffice.
	"dev90/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 156/156 as the holdout unseen88 (bf665e6c, pdftext-51)
	// dev89/pdf: PDF twins of 4 dev89 documents (written as unseen87/pdf).
	"dev89/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 147/147 as the holdout unseen87 (596536a3, pdftext-51)
	// dev88/pdf: PDF twins of 4 dev88 documents (written as unseen86/pdf).
	"dev88/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 145/145 as the holdout unseen86 (9e60bc7e, pdftext-50)
	// dev85/pdf: PDF twins of 4 dev85 documents (written as unseen83/pdf).
	"dev85/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 149/154 as the holdout unseen83 (a079e332, pdftext-48), none wrong, 5 missing; 154/154 with the text twin's fixes
	// dev84/pdf: PDF twins of 4 dev84 documents (written as unseen82/pdf).
	"dev84/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 133/166 as the holdout unseen82 (a8a307ce, pdftext-47), 33 wrong (all flagged), none missing; 146/166 with the crowded header (crowded.go) and the pairs refused; 166/166 with the run-together titles moved (dpt_merged.go shiftMergedTitle)
	// dev83/pdf: PDF twins of 4 dev83 documents (written as unseen81/pdf).
	"dev83/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 130/136 as the holdout unseen81 (c90c7b3b, pdftext-47), none wrong, 6 missing; 135/136 with the crowded header (crowded.go); 136/136 with the kabupaten totals in the titles (dpt_header_totals.go)
	// dev64/pdf: PDF twins of 4 dev64 documents (written as unseen62/pdf).
	"dev64/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 146/149 as the holdout unseen62 (13e98005, pdftext-37), none wrong; 149/149 at parse-78 (a table continued under its header band's top row alone)
	// dev63/pdf: PDF twins of 4 dev63 documents (written as unseen61/pdf).
	"dev63/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 153/153 as the holdout unseen61 (10007e18, pdftext-36), none wrong
	// dev62/pdf: PDF twins of 4 dev62 documents (written as unseen60/pdf).
	"dev62/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 15/127 as the holdout unseen60 (9b159f97, pdftext-35), 2 wrong values flagged; 113/127, none wrong, at pdftext-36 (stationery under the page: a columnar pad's line numbers, a wall calendar); 127/127 at pdftext-37 / parse-77 (a grid's header under a client's tab strip, control-break groups set as separate tables)
	"dev59/pdf": {minExact: 1.000, maxSilent: 0, documents: 4}, // 102/160 as the holdout unseen57 (dccfd3ff, pdftext-34), 9 wrong keys; 151/160, 0 wrong keys, with a lattice shared by the pages dropped (ghost_pages.go); 152/160, no extra row, at parse-74; 160/160 at parse-78 (the QuickBooks report's PDF table read as its account tree)
}

func TestPDFDevCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("converts every PDF twin")
	}
	for _, part := range []string{"pdfdev", "dev4/pdf", "dev5/pdf", "dev6/pdf", "dev7/pdf", "dev8/pdf", "dev9/pdf", "dev10/pdf", "dev11/pdf", "dev12/pdf", "dev13/pdf", "dev14/pdf", "dev15/pdf", "dev16/pdf", "dev17/pdf", "dev18/pdf", "dev19/pdf", "dev20/pdf", "dev21/pdf", "dev22/pdf", "dev23/pdf", "dev24/pdf", "dev25/pdf", "dev26/pdf", "dev27/pdf", "dev28/pdf", "dev29/pdf", "dev30/pdf", "dev31/pdf", "dev32/pdf", "dev33/pdf", "dev34/pdf", "dev35/pdf", "dev36/pdf", "dev37/pdf", "dev38/pdf", "dev39/pdf", "dev40/pdf", "dev41/pdf", "dev42/pdf", "dev43/pdf", "dev44/pdf", "dev45/pdf", "dev46/pdf", "dev47/pdf", "dev48/pdf", "dev49/pdf", "dev50/pdf", "dev51/pdf", "dev52/pdf", "dev53/pdf", "dev54/pdf", "dev55/pdf", "dev56/pdf", "dev57/pdf", "dev58/pdf", "dev59/pdf", "dev60/pdf", "dev61/pdf", "dev62/pdf", "dev63/pdf", "dev64/pdf", "dev65/pdf", "dev66/pdf", "dev67/pdf", "dev68/pdf", "dev69/pdf", "dev70/pdf", "dev71/pdf", "dev72/pdf", "dev73/pdf", "dev74/pdf", "dev75/pdf", "dev76/pdf", "dev77/pdf", "dev78/pdf", "dev79/pdf", "dev80/pdf", "dev81/pdf", "dev82/pdf", "dev83/pdf", "dev84/pdf", "dev85/pdf", "dev86/pdf", "dev87/pdf", "dev88/pdf", "dev89/pdf", "dev90/pdf", "dev91/pdf", "dev92/pdf", "dev93/pdf", "dev94/pdf", "dev95/pdf", "dev96/pdf", "dev97/pdf", "dev98/pdf", "dev99/pdf", "dev100/pdf", "dev101/pdf", "dev102/pdf", "dev103/pdf", "dev104/pdf", "dev105/pdf", "dev106/pdf", "dev107/pdf", "dev108/pdf", "dev109/pdf", "dev110/pdf", "dev111/pdf", "dev112/pdf", "lo1", "lo2", "fp1", "lo3"} {
		t.Run(part, func(t *testing.T) {
			dir := filepath.Join("testdata", "blind", filepath.FromSlash(part))
			if _, err := os.Stat(filepath.Join(dir, "truth")); err != nil {
				t.Skipf("no %s corpus: %v", part, err)
			}
			// the scripts and the truth sit beside the PDFs: only a PDF's rejection counts
			notPDF := func(path string) bool { return filepath.Ext(path) != ".pdf" }
			bar := pdfdevBar[part]
			rep := scoreCorpus(t, part, dir, bar.minExact, bar.maxSilent, notPDF)
			if rep.Documents != bar.documents {
				t.Errorf("%s: %d documents matched to their truth, want %d", part, rep.Documents, bar.documents)
			}
		})
	}
}
