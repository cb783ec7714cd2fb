// Package pdftext turns a PDF into the line/TAB text the LKj parser reads:
// one line per visual line and per table row, a TAB between table cells,
// reading order kept, and a line holding only "\f" between pages.
//
// PDFium (github.com/klippa-app/go-pdfium in WebAssembly mode, run by wazero:
// pure Go, no cgo) gives every character's box and font size and every path
// object of a page. The layout step built on those works per page:
//
//  1. Characters set at a slant (a pale "SALINAN" or "DRAFT" watermark
//     drawn across the page, whose big letters would land on many lines
//     of prose and table rows) or a quarter turn round (a label up the
//     margin) are dropped: they belong to no line, unless they form a
//     spreadsheet's header row turned to read up or down over upright
//     rows: then each heading is set again upright over its column, one
//     header line at the foot of the row (rotated_head.go). A page whose text is
//     mostly set a quarter or half turn round (a wide table set sideways
//     on an upright page) is read turned, as a /Rotate would turn it.
//     So is a word set upright in a type several times the page's that
//     crosses two or more lines of its text (the same watermark set
//     level); a cover's title or a big figure over its label stays.
//     A cutting mat's or ruler's numbered scale round the sheet (bare
//     numbers counting by one step at one pitch in a margin clear of
//     all other text, edge_scale.go) is dropped too, and so is a map's
//     scale round a page printed on a map sheet: three or more small
//     labels of one shape with a degree or minute sign (9°30' LS), at one
//     pitch, clear of the body (margin_scale.go).
//     A crooked scan's text layer, whose lines all run uphill or downhill
//     by one slope read from neighbouring words, is levelled first; lines
//     printed level on it (the scanner's imprint) stay (deskew.go).
//     Characters become words (a space,
//     a gap wider than a fifth of the font size as drawn (narrowed by a
//     horizontal scale, Tz: hscale.go), a superscript, or a
//     label drawn apart from a touching
//     amount such as "Rp." before "42.394.032.000,-" ends a word) and words
//     become lines (characters whose boxes share a middle).
//  2. Ruling lines — stroked segments and the thin filled rectangles Word
//     draws as borders, including those inside form XObjects, each mapped
//     through its matrices — are clustered into ruled tables. Lines an
//     opaque panel painted later covers (a map's grid under the white box
//     the body is set in) are hidden and give no rules (occlude.go), and a
//     lattice drawn the same on several pages and run across by their text
//     (a screen's graticule) is dropped from all of them (ghost_pages.go).
//     A writing pad's ruling (a lab notebook's page: sixteen rules or
//     more of one length at one pitch inside the margins, over three
//     fifths of the page, a quarter of their bands empty under the text,
//     and its margin line) is no table either: it made the page one
//     table of one column whose paragraphs were never parted (pad.go).
//     Drawn the very same on three pages or more and proven so on two
//     (a quarter at least), it goes from the pages the text fills too (a
//     memo pad's sheets): kept there, its bands cut a borderless table's
//     names wrapped over several lines into stray lines under their rows.
//     A curve
//     drawn as short straight segments (security paper's guilloche behind
//     the text: many segments in one subpath, most of them oblique) gives
//     no rules: its flat crests, no longer than a few of its steps, would
//     cut a table over it into empty columns (guilloche.go). Each table's
//     grid comes from the distinct x and y of its rules, and from the ends
//     of its rules where most of them run past its outermost rule across
//     them (a table ruled only inside, no frame: ruling.go openEdges); a missing rule
//     between two grid cells merges them (colspan/rowspan). Every word goes
//     into the cell whose rules enclose it (a word set wider than its
//     column, running over a rule, whole into the cell holding most of
//     its width), and wrapped text inside a cell
//     is joined with a space, so a row is one output line whatever its
//     height or vertical alignment. A body ruled between columns but not
//     between rows is cut into rows at its row numbers. A table typed as
//     several ruled tables of one frame with group headings between them
//     (a header table, "Sasaran Strategis 1", rows 1-4, "Sasaran ... 2",
//     rows 5-7) is kept as one table when its row numbers run on (or its
//     rows hold numbers under a table that is only a header), a heading
//     wrapped onto two lines there becoming one. A table printed from a
//     spreadsheet with its headings loses the bar of column letters over
//     it ("", "A", "B" …) and the column of row numbers at its left.
//  3. Tables ruled between rows only (stacks of horizontal rules of one
//     width) take their rows from the rules and their columns from the
//     whitespace shared by the rows; hairlines under the figure columns
//     only, flush with the wide rules around them, are that table's row
//     rules (stack_rowrules.go). Header rows right above the first
//     rule and a total row right under the last belong to the stack (a
//     table ruled only under its header and above its total); a rule
//     typed in dashes or equals signs across the monospaced figures of
//     such a table set in a proportional face (over its total, under
//     it) stays a line of the table but is left out when its columns
//     are found: it would cover their rivers. A
//     caption between two such tables of one width parts them, as does
//     a line over the next table's header inside one band that is set in
//     the prose's larger type or stands apart from the rule over it, and
//     a caption centred over the table under the paragraph before it
//     (stackparts.go centredCaption). A band whose text stands clearly further below its
//     rule than the rows' padding opens another table with columns of its
//     own (a total set as a one-row table under the last one), and such a
//     row alone is cut at its own wide gaps. A band
//     that holds another table's box (a narrow boxed table under a
//     running header's rule) is no row: the stack is cut there; a band
//     boxing several rows without rules between them is read as a
//     borderless table. Lines outside ruled tables that line
//     up into columns with whitespace shared across several consecutive
//     lines (borderless tables) are cut at those gaps, keeping wrapped and
//     vertically centred cells and merged heading rows in the table;
//     other lines keep single spaces. A line of a screen's controls set
//     close over such a table (a dashboard's toolbar, a grid's record
//     count) in a smaller type, with gaps of its own that close a river
//     of the rows, is no row of it and stays plain (overTable); so is a
//     caption led by its table's number on a badge, set larger than the
//     rows, whose badge-wide gap opened the table (badge_caption.go).
//     Titles wider than their narrow figure columns, closing rivers only
//     the title lines close, leave the rows' columns standing
//     (wide_titles.go), in a ruled stack as in a borderless table; the
//     header rows a stack takes from above its first rule are bounded by
//     their text, so their bounds are no padding: the first row under a
//     double rule's wider room stays with its header (stackparts.go
//     minPad). A
//     word that overflowed its column
//     to within a point of the next column's text ("Penyelenggaraan"
//     before "-" in a shrunk "Uraian" column) narrows a gap the other
//     lines prove to a hairline, which still parts the columns when the
//     word starts at its column's edge and the text after it at the next
//     one's. Two borderless tables parted by a gap too wide for a row
//     get a blank line between them. A justified line (its spaces all
//     stretched alike) seeds no borderless table, and a justified
//     paragraph set between two tables ruled under their rows, over the
//     second one's header in one band, stays prose (justified_head.go);
//     a row whose name the prose's leftover word spacing ran into the gap
//     before its figures stays a row (overrun_row.go). A figure column
//     on a right or decimal tab that one long name runs up to is parted
//     from the text at the figures' shared edge (figure_edge.go). A row taken under a
//     table's last rule keeps the wrapped lines of its cells. In a cell
//     set in small capitals (each word's first letter a size larger), a
//     line opening with a small capital carries on the word cut at the
//     end of the line above ("PERENC" over "ANAAN"), and an opening
//     bracket stays with the number after it whatever their sizes. An
//     amount too wide for its column that the typesetter broke inside
//     ("1.462.341.00" over "0"), in a borderless or a ruled cell or a
//     band of a stack (which it does not cut into two rows), is
//     joined back when only the joined pieces make a well-formed number;
//     so is a code broken inside ("076.01.W" over "A") whose pieces
//     would not fit in the column and only joined make a dotted code; so
//     is a word broken inside ("Kecamata" over "n") when the next line's
//     first letter would not have fitted after it, as the column's widest
//     line shows, and the rest is a short piece alone on the cell's last
//     line. A
//     group heading of a two-level header ("DPT Pemilu 2024" over "TPS L
//     P L+P") does not merge the
//     columns it spans: it goes into the first of them. A sub-heading
//     set flush left in a cell widened by such a heading ("Laki-laki"
//     under "Jumlah Pemilih"), a river left of the figures set flush
//     right under it, heads those figures when they have no header of
//     their own, not the column before it. A row over
//     several lines is followed by a blank line only when the gap under
//     its last line is wide. In a monospaced block a river must
//     be wider than one space unless the header has words on both sides
//     and so has some line under it (a typed table pads its columns to
//     the widest cell, so "Perencanaan (30)" over "17,35" is one column).
//     On a typed page (every word in one monospaced font, whatever its
//     size: a fax machine stamps its header line smaller than the report's
//     type, a wide table is sent reduced) a table typed
//     in pieces, each padded to its own widest cells (a header alone,
//     the rows of each group under a heading line), is cut where a
//     line's words run over the cell starts of the piece above, and a
//     row typed alone is cut at its runs of two spaces or more. A
//     line-printer listing sets its figures and codes flush right, so a
//     cell of figures (or one ending where the cell above ends) starts
//     wherever its width puts it and parts no piece unless a word runs
//     over its end as well; a rule typed of dashes, equals signs or
//     underscores (under a header, above a total, in one run or column
//     by column) is no line of the text.
//     A label that a table set at one pitch wrapped inside its column
//     (a line of its own, the first column empty, its first word too
//     long to have fitted on the line above) joins its row. So does
//     a line that folds several cells of a typed row at once (a responses
//     sheet folds the timestamp, the address and the indicator's name):
//     its words sit only in columns the row fills, none a figure or code
//     under one, the row's figures are left empty under it, and each
//     column's first word would not have fitted above; a code in the
//     code column ("3355" under "076.01.WA") starts the next row. A
//     header folded over two or three lines above its typed rule is one
//     row, and a word broken to fill a typed line ("Pe" over
//     "milu/Pemilihan", both pieces to the column's edge) is joined whole.
//     A typed column of text set flush left and figures set flush right
//     under one header of two words keeps no one-space river between
//     them when no row has words on both sides of it. A line holding a
//     figure under a figure of the line above is a row of its own (an
//     unnumbered subtotal typed at the rows' pitch under a drawn header
//     rule, which row numbers alone would fold into the row above).
//     A single-spaced table row, a row with dot leaders between its
//     cells, or a row with ";" or "|" between them (with its end, as many
//     as the row above holds), that the page's width wrapped (its values
//     on the next line) is joined back into one line.
//     A page of prose set in two columns (a gutter at one x in the middle
//     of the page, both sides set with word spaces only, the left lines
//     filling their column) is read column by column, the right column's
//     lines moved under the left column's.
//     A book's thumb-index tab (a chapter numeral, at most four roman or
//     arabic digits on one line in the page's outermost twentieth, clear
//     of all other text) is dropped before all this. A reviewer's note
//     written in a side margin beside a ruled table (a free line without
//     a digit, an em or more outside the table's columns, in the page's
//     outer two fifths and further out than every body line) is dropped
//     too: it would part the table's header from its rows.
//  4. Lines that repeat at the top or bottom of most pages (running headers
//     and footers, page numbers) are dropped, the alternating heads of a
//     two-sided layout (the title on odd pages, the chapter on even ones:
//     a page's topmost line apart from the body, proven by its text heading
//     half the pages of one parity, or by its height and size) too, a
//     listing's header typed
//     with wide spaces between its parts (cut like a row of a table on
//     a page of text, kept plain on a sparse cover) too, and a ruled box
//     closing most pages row for row alike (a paraf box). A block of such
//     lines runs on past the zone at its own pitch (a letterhead's address
//     under its name, a footer's first line over the rest) and its lines
//     there count as running lines as well. So are the
//     lines opening a page (a slide's title "D. Data Pemilih (lanjutan)")
//     that each say the table goes on ("lanjutan", "lanj.", "sambungan",
//     "continued") when under them the page repeats, cell for cell, the
//     header of the table the page before ended with: the break and the
//     repeated header then read as one table; an unmarked title stays.
//     Before any of this, a dashboard export's navigation sidebar goes: a
//     filled strip down the left or right edge of two pages or more at one
//     x-range, its text clear of the body and mostly the same on those
//     pages (the title, the office, the chapter list, a page number), is
//     furniture however many lines it holds (sidebar.go). A head or foot
//     line cut into cells (`hal. 7 | TEMBUSAN Lembar ke-2`) outside every
//     ruled table goes too when, its digits masked, it stands on half the
//     pages and its digits differ on each (a page counter); one holding an
//     amount (a subtotal carried over) stays (running_cells.go).
//  5. A vertical gap visibly wider than the line pitch becomes a blank line
//     (the parser ends sentences and tables there): the page's pitch, or,
//     when the next line is of the same or a larger font, the pitch of
//     the upper line's font size in the document (all a page of a line
//     or two, which has no pitch of its own, is measured by); an upper line
//     of a size with no pitch of its own (a caption in a smaller type)
//     over the page's prose is measured by the prose's pitch. A line that ends a
//     sentence or clause short of its column's right edge, under which
//     the next capitalised line would have fitted, ends its paragraph
//     too (a note under a table, a list's last item, set without space),
//     and so does a short line in a larger font over a paragraph of
//     several lines (a bold heading set without space under it).
//
// A text file printed as it is (Notepad, enscript, a2ps: no rule, one
// monospaced face at one size, every character on one grid of columns,
// the runs of spaces ending on stops of eight) skips steps 1-3: each line
// is its characters at their columns, the running file name and page
// number go as furniture, a run of spaces ending on a stop is the TAB
// that made it, and a TAB row the printer wrapped at a space joins its
// next line (over a page break too) or takes a single space on a stop as
// a TAB only when exactly one reading gives the cells of the table's
// header line; any other row stays as printed (plainprint.go).
//
// A run of lines in a monospaced face inside a report set in a
// proportional one is kept as its character grid (a line a line, its
// spaces restored) when it is a listing cut at the print width, or a
// drawing made of characters: a form or a chart drawn with box-drawing
// characters, bars of block elements, geometric marks or labels framed
// in dots on two of its lines or more, or edges typed in slashes,
// backslashes and underscores (a hexagon map) on three and half of them,
// its wide lines perhaps each shrunk to fit the column (every line then
// on its own advance from the drawing's left edge). Any other such run goes the borderless route
// (monogrid.go). Lines of one spaced mark repeated (`o o o o`: a stamp
// sheet's perforation) count as a drawing's edges there. So is a sheet
// typed in such a face (a jury's score sheet, a study-result card): a
// head of fields padded to one colon column ("Nama Peserta   : ...") over
// a table between rules typed in one character ("~~~~", "----") that no
// line between them outruns, a figure among its rows; the borderless
// route would take the fields' values for rows covering the table's
// rivers and cut each row at its last gap only (typedsheet.go).
//
// A table whose header row sits on a filled band with no rule under it
// (white on dark gold, a gold rule over the table, hairlines between the
// body rows) has the band's lower edge as the rule under its header, so the
// header and the first row stay two rows; only when a rule of the same ends
// runs along the band's top and two or more below it (fillband.go).
//
// A sheet printed n-up (a booklet's two A5 pages side by side on a
// landscape A4 sheet, a three-up leaflet) is cut into its pages before
// all this when its geometry proves them: a page number alone under each
// page on the sheet's last line (or over it on its first), between each
// two a gutter at least two ems wide that no glyph and no horizontal rule
// crosses over the full height and that holds the edge of equal pages,
// and a line of text on every page. The
// pages are read left to right, or by their numbers when the imposition
// sets them otherwise; a line of the text keeps its sheet's page number.
//
// A report plotted on drawing sheets (an A3 sheet with a drafting frame:
// an outer border and an inner frame along the page's outer tenth, zone
// marks "1" … "8" and "A" … "F" counting on between them, a title block
// ruled in a corner of the frame) loses the frame, its marks and the
// title block before all this, and its inside is cut at the gutters
// between its columns (a run of x a tenth of the lines or fewer cover,
// with lines of words on both sides): each column is read as a page, a
// band a table or line runs across the gutter in staying whole between
// the columns' bands (drawsheet.go).
//
// PDFium reports coordinates in unrotated user space while the page size
// is rotated, so every box is mapped through the page's /Rotate first.
//
// A page with (almost) no characters but a large image is a scanned page: it
// is reported as a Finding, and with Options.OCR it is rendered at 300 dpi
// and read by tesseract (-l ind+eng), whose word boxes, with the ruling
// lines found in the bitmap, feed the same layout step; its lines are marked in Result.LineOCR so a reader can lower its
// confidence. A document whose pages mostly have no text layer is rejected
// (ErrScanned) unless OCR is on.
//
// Two column titles set edge to edge in one text object ("Realisasi" +
// "Target" in narrow centred columns) are two words: a lower-case letter
// and a capital more than a tenth of an em apart never lie inside one
// word (words.go caseBreak).
//
// One Converter owns one PDFium instance and must be used by one goroutine
// at a time; ingest keeps one per worker. WebAssembly memory never shrinks,
// so the instance is replaced after Config.MaxDocs documents, and a document
// running past its context's deadline has its instance killed. The compiled
// module is cached on disk (os.UserCacheDir()/lkj/wazero) so only the very
// first run pays the compilation (several CPU-seconds).
package pdftext

// Version names the layout step; bump it when the derived text changes so
// ingest re-reads PDFs it loaded before.
const Version = "pdftext-62"
