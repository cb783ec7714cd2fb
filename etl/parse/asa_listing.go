package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A print file: a host's line-printer listing kept (or typed again) with
// its ASA / FORTRAN carriage control in column 1 — `1` new page, `0`
// double space, `-` triple space, ` ` single space, `+` print over the
// line above (an underline of `_`, a bold line printed twice):
//
//	1NGADA - DAFTAR REALISASI ANGGARAN PER PROGRAM/KEGIATAN            HAL    1
//	0KODE       URAIAN                           PAGU      REALISASI        SISA      %
//	+____       ______                           ____      _________        ____      _
//	0076.01.WA  Program Dukungan Manajemen  3.154.660.000  3.073.430.592  81.229.408  97,43
//	 3355       Pengelolaan Keuangan ...    1.013.345.000    996.697.127  16.647.873  98,36
//	0           JUMLAH                      9.422.362.000  9.141.324.435 281.037.565  97,02
//
// The control column shifts every line one place (and puts a `0` before
// a code), the overprints double the header, a page head (`… HAL n`,
// `PAGE n`, `HALAMAN n`) and the column titles come again on every page:
// no ordinary reader sees a table there. asaListings rewrites a listing
// into the text a person reads off the paper: the control column
// dropped, an overprint merged into its line (its own letters where the
// line is blank; underscores and a bold line's doubled letters add
// nothing), a form feed dropped, the page heads, the repeated column
// titles, page-number footers and `BERSAMBUNG`/`CONTINUED` markers
// blanked (line numbers never change). The first page head's title stays
// as a line of prose. Its rows then reach the ordinary readers, which
// prove them as any table's (for a budget: pagu − realisasi = sisa, the
// percent, kegiatan summing to their program, programs to the total).
//
// What it trusts, so that an ordinary text is never touched:
//   - a listing opens with a page head: a line `1` + title ending in a
//     page word and number (`HAL 1`, `HALAMAN : 2`, `PAGE 3 OF 4`);
//   - every line of it, up to a blank line that no further page head
//     follows, starts with a control character (`1` only on a page head);
//     a run of ` ` lines alone is an indented paragraph, so it needs a
//     `0`, `-` or `+` line or a second page head as well;
//   - the cleaned lines make a space-aligned table alignSpaced proves, else
//     nothing changes. In a text with TAB tables the proven rows are
//     written as TAB rows (alignSpaced reads TAB-free texts only); in a
//     TAB-free text they stay padded, for alignSpaced to read in its turn.
//
// A PDF's text of the listing (its cells parted by TABs, a single-space
// line's blank lost) is read the same way when its page head holds a TAB:
// a `-` or `+` is the control (no code or name opens with one), a `0`
// only where it cannot be the text's own first digit (before a letter, a
// blank, a TAB or a second `0`); a `0` before another digit could be
// either, and the listing is left alone.
//
// Gate: a page word in the text (docHasAny), then lines opening with `1`.
func asaListings(doc *facts.Document, text []byte) []byte {
	if !docHasAny(doc, text, "HAL", "PAGE", "Hal", "Page", "HLM") || !someLine(text, asaHeadMay) {
		return text
	}
	lines := strings.Split(string(text), "\n")
	tabs := strings.IndexByte(string(text), '\t') >= 0
	changed := false
	for i := 0; i < len(lines); i++ {
		if !asaHead(lines[i]) {
			continue
		}
		if end, ok := asaListing(lines, i, tabs); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// asaHeadRe: a page head's title after its `1`, ending in a page word
// and number.
var asaHeadRe = regexp.MustCompile(`(?i)^(.*\S)[\s\t]+(?:HAL(?:AMAN)?|HLM|PAGE)\s*[.:]?\s*\d{1,4}(?:\s*(?:/|DARI|OF)\s*\d{1,4})?\s*$`)

// asaPageMarkRe: a footer that is only a page number or a continuation
// marker.
var asaPageMarkRe = regexp.MustCompile(`(?i)^[\s*=.(\[-]*(?:(?:HAL(?:AMAN)?|HLM|PAGE)\s*[.:]?\s*\d{1,4}(?:\s*(?:/|DARI|OF)\s*\d{1,4})?|-\s*\d{1,4}\s*-|(?:BERSAMBUNG|CONTINUED|LANJUTAN|SAMBUNGAN)\b[^0-9]*)[\s*=.)\]-]*$`)

// asaAmountRe: a grouped figure, what makes a line a row rather than page
// furniture.
var asaAmountRe = regexp.MustCompile(`\d{1,3}(?:[.,]\d{3})+`)

// asaHeadMay: line l may be a page head (asaHead's title test, on the
// bytes): "Hal" and "Page" are in most reports, and splitting every one
// of them into lines cost real reports 3.7 bytes per byte read.
func asaHeadMay(l []byte) bool {
	l = bytes.TrimLeft(bytes.TrimRight(l, "\r"), "\f")
	return len(l) >= 8 && l[0] == '1' && asaHeadRe.Match(l[1:])
}

// asaHead: line l is a listing's page head, `1` + title + page number.
func asaHead(l string) bool {
	l = strings.TrimLeft(strings.TrimRight(l, "\r"), "\f")
	if len(l) < 8 || l[0] != '1' {
		return false
	}
	m := asaHeadRe.FindStringSubmatch(l[1:])
	if m == nil {
		return false
	}
	title := strings.TrimSpace(m[1])
	letters := 0
	for k := 0; k < len(title); k++ {
		if isLetterByte(title[k]) {
			letters++
		}
	}
	return letters >= 4 // a title of words, not `1 … 1`
}

// asaListing reads the listing whose first page head is line h and
// rewrites it in lines; it returns the last line it took.
func asaListing(lines []string, h int, tabs bool) (int, bool) {
	cells := strings.IndexByte(lines[h], '\t') >= 0 // a PDF's text of the listing
	out := make([]string, 0, 32)                    // the cleaned lines, from h
	kept := make([]bool, 0, 32)                     // out[k] is a line of the table
	seen := map[string]bool{}                       // the column titles, for their repeats
	marked, heads, rows := false, 0, 0
	last := 0 // out's last line that was a line of the listing
	for j := h; j < len(lines); j++ {
		l := strings.TrimLeft(strings.TrimRight(lines[j], "\r"), "\f")
		if strings.TrimSpace(l) == "" {
			if !asaHeadSoon(lines, j) {
				break
			}
			out, kept = append(out, ""), append(kept, false)
			continue
		}
		c, body := l[0], l[1:]
		switch {
		case asaHead(l):
			if heads++; heads == 1 {
				m := asaHeadRe.FindStringSubmatch(body)
				out, kept = append(out, strings.TrimSpace(strings.ReplaceAll(m[1], "\t", " "))), append(kept, false)
			} else {
				out, kept = append(out, ""), append(kept, false)
			}
		case c == '+':
			marked = true
			p := len(out) - 1
			for p >= 0 && out[p] == "" {
				p--
			}
			if p < 0 || !asaOverprint(&out[p], body) {
				return 0, false
			}
			out, kept = append(out, ""), append(kept, false)
		case c == '0' || c == '-' || c == ' ':
			if cells && c == '0' && len(body) > 0 && !asaZeroControl(body[0]) {
				return 0, false // `0123`: a control or the code's own digit
			}
			marked = marked || c != ' '
			out, kept = append(out, body), append(kept, true)
		case cells && c != '1':
			out, kept = append(out, l), append(kept, true) // a single-space line whose blank the PDF lost
		default:
			j = len(lines) // any other line ends the listing
			continue
		}
		last = len(out) - 1
		// the `\r`-overprints of a line, merged
		if k := len(out) - 1; kept[k] && strings.IndexByte(out[k], '\r') >= 0 {
			parts := strings.Split(out[k], "\r")
			out[k] = parts[0]
			for _, o := range parts[1:] {
				if !asaOverprint(&out[k], o) {
					return 0, false
				}
			}
			marked = true
		}
	}
	out, kept = out[:last+1], kept[:last+1] // not the blank lines after the last page
	end := h + last
	if !marked && heads < 2 {
		return 0, false // ` ` lines under a `1` line: an indented paragraph
	}
	// page furniture: footers, continuation markers, the titles again
	for k := range out {
		if !kept[k] {
			continue
		}
		t := strings.Join(strings.Fields(out[k]), " ")
		switch {
		case asaPageMarkRe.MatchString(t):
			out[k], kept[k] = "", false
		case !asaAmountRe.MatchString(t) && seen[t]:
			out[k], kept[k] = "", false
		case !asaAmountRe.MatchString(t):
			seen[t] = true
		default:
			rows++
		}
	}
	if rows < 2 {
		return 0, false
	}
	if cells {
		copy(lines[h:], out) // the TAB rows as they are, the furniture blank
		return end, true
	}
	// the table's lines together, for alignSpaced to prove
	var sub []string
	var at []int
	for k := range out {
		if kept[k] {
			sub = append(sub, strings.TrimRight(out[k], " "))
			at = append(at, k)
		}
	}
	got, _ := alignSpaced([]byte(strings.Join(sub, "\n")))
	proven := strings.Split(string(got), "\n")
	if len(proven) != len(sub) {
		return 0, false
	}
	any := false
	for s, r := range proven {
		if strings.IndexByte(r, '\t') >= 0 {
			any = true
			if tabs {
				out[at[s]] = r
			}
		}
	}
	if !any {
		return 0, false
	}
	if tabs {
		copy(lines[h:], out) // TAB rows: the blanks between them are no matter
		return end, true
	}
	// padded, for alignSpaced: a blank line would part the table, so the
	// table's lines close up under the title, the blanks after them (a row
	// on a later page cited a few lines early)
	at0 := 0
	if len(out) >= len(sub)+2 {
		lines[h], lines[h+1] = out[0], ""
		at0 = 2
	}
	for k := at0; k < len(out); k++ {
		lines[h+k] = ""
		if k-at0 < len(sub) {
			lines[h+k] = sub[k-at0]
		}
	}
	return end, true
}

// asaHeadSoon: a blank line j lies between two pages of a listing, a page
// head following within three lines.
func asaHeadSoon(lines []string, j int) bool {
	for k := j + 1; k < len(lines) && k <= j+3; k++ {
		l := strings.TrimLeft(strings.TrimRight(lines[k], "\r"), "\f")
		if strings.TrimSpace(l) == "" {
			continue
		}
		return asaHead(l)
	}
	return false
}

// asaZeroControl: in a PDF's text, a `0` before the byte b is surely
// the control, not the text's own first digit (no code opens with `00`).
func asaZeroControl(b byte) bool {
	return b == ' ' || b == '\t' || b == '0' || isLetterByte(b)
}

// asaOverprint merges an overprint o into the line *l: o's characters
// where *l is blank, *l's where both print (a bold line's doubled
// letters); underscores underline only. It refuses a TAB line an
// overprint other than an underline or the line again.
func asaOverprint(l *string, o string) bool {
	bare := strings.Trim(o, "_ \t")
	if bare == "" {
		return true // an underline
	}
	if strings.IndexByte(*l, '\t') >= 0 || strings.IndexByte(o, '\t') >= 0 {
		return strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(*l), " ")
	}
	b := []byte(*l)
	for k := 0; k < len(o); k++ {
		if o[k] == ' ' || o[k] == '_' {
			continue
		}
		if k >= len(b) {
			b = append(b, []byte(strings.Repeat(" ", k-len(b)+1))...)
		}
		if b[k] == ' ' {
			b[k] = o[k]
		}
	}
	*l = string(b)
	return true
}
