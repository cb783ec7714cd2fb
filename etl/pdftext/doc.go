// Package pdftext turns a PDF into the line/TAB text the LKj parser reads:
// one line per visual line and per table row, a TAB between table cells,
// reading order kept, and a line holding only "\f" between pages.
//
// PDFium (github.com/klippa-app/go-pdfium in WebAssembly mode, run by wazero:
// pure Go, no cgo) gives every character's box and font size and every path
// object of a page. The layout step built on those works per page:
//
//  1. Characters become words (a gap wider than a fraction of the font size,
//     or a space, ends a word) and words become lines (shared baseline band).
//  2. Ruling lines — stroked segments and the thin filled rectangles Word
//     draws as borders, including those inside form XObjects, each mapped
//     through its matrices — are clustered into ruled tables. Each table's
//     grid comes from the distinct x and y of its rules; a missing rule
//     between two grid cells merges them (colspan/rowspan). Every word goes
//     into the cell whose rules enclose it, and wrapped text inside a cell
//     is joined with a space, so a row is one output line whatever its
//     height or vertical alignment.
//  3. Lines outside ruled tables that line up into columns with whitespace
//     shared across several consecutive lines (borderless tables) are cut
//     at those gaps; other lines keep single spaces.
//  4. Lines that repeat at the top or bottom of most pages (running headers
//     and footers, page numbers) are dropped.
//
// PDFium reports coordinates in unrotated user space while the page size
// is rotated, so every box is mapped through the page's /Rotate first.
//
// A page with (almost) no characters but a large image is a scanned page: it
// is reported as a Finding, and with Options.OCR it is rendered at 300 dpi
// and read by tesseract (-l ind+eng), whose word boxes feed the same layout
// step; its lines are marked in Result.LineOCR so a reader can lower its
// confidence. A document whose pages mostly have no text layer is rejected
// (ErrScanned) unless OCR is on.
//
// One Converter owns one PDFium instance and must be used by one goroutine
// at a time; ingest keeps one per worker. WebAssembly memory never shrinks,
// so the instance is replaced after Config.MaxDocs documents. The compiled
// module is cached on disk (os.UserCacheDir()/lkj/wazero) so only the very
// first run pays the ~10 s compilation.
package pdftext

// Version names the layout step; bump it when the derived text changes so
// ingest re-reads PDFs it loaded before.
const Version = "pdftext-1"
