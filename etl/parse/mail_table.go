package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget table quoted in a printed e-mail thread. The treasurer's rekap
// stands in an earlier message, quoted under `Pada … menulis:` (`On …
// wrote:`) with every line prefixed by the quote marks, as a plain-text
// table in fixed columns under a dashed rule:
//
//	> Kode       Uraian                          Pagu (Rp)   Realisasi (Rp)   Sisa (Rp)      %
//	> ----------------------------------------------------------------------------------------
//	> 076.01.WA  Program Dukungan Manajemen  3.248.766.000    3.199.688.288   49.077.712  98,49
//	> 3355       Pengelolaan Keuangan dan    2.114.500.000    2.078.995.909   35.504.091  98,32
//	>            Barang Milik Negara
//	>            TOTAL                       3.787.316.000    3.726.461.555   60.854.445  98,39
//	> ----------------------------------------------------------------------------------------
//
// extract.Unquote strips the marks, but in a report whose other tables
// are TAB tables alignSpaced never reads fixed columns, and even in a
// TAB-free one the dashed rule parts the header from its rows. mailTables
// runs before Unquote and reads such a table where its structure holds:
//   - the block is a run of lines quoted at one depth with one margin (`>`,
//     `> >`, `>>`; a FidoNet reply's initials ` BN> `, the same on every
//     line; an old newsreader's `| `, `: `: extract.QuoteMarks); a line of
//     another depth or initials ends the run, and a table that touches such
//     a line (no blank line between) is left as written, not joined across
//     the change;
//   - the run's lines, the marks stripped and the rules left out, are handed
//     to alignSpaced, which proves the columns by their alignment (a wrapped
//     name falls in its column, a two-line header is joined); the budget
//     reader then proves each row by its header roles and the arithmetic
//     (sisa = pagu − realisasi, rows summing to the TOTAL);
//   - the rules inside or right around a proven table are no facts: they are
//     blanked, and the header lines above a rule are moved down onto it so
//     the header stands on the rows (the rows keep their line numbers);
//   - a PDF layer that already set the quoted table as TAB rows may glue a
//     wrapped line's quote mark to the row's code (`3355 >`): inside the run
//     a first cell that ends in the run's own marks loses them.
//
// The forwarded copy without quote marks (under `Forwarded message`,
// `Original Message`, `Pesan yang diteruskan`) is read the same way, from the
// mark to the first quoted, TAB or page-break line, taking only a table whose
// header stands right over a dashed rule. In a TAB-free text the proven table
// is written back padded (alignSpaced reads it again with the rest of the
// text); else as TAB rows.

// mailForwardMarks name a forwarded message's head in the webmail clients.
var mailForwardMarks = [][]byte{[]byte("Forwarded message"), []byte("Original Message"), []byte("Pesan yang diteruskan"), []byte("Pesan Asli")}

// mailForwardWords: mailForwardMarks as the text index's gate asks them.
var mailForwardWords = []string{"Forwarded message", "Original Message", "Pesan yang diteruskan", "Pesan Asli"}

// mailTables rewrites the tables of a text's quoted and forwarded mail
// blocks; data itself when it holds none. The gate: a line opening with
// '>' (after at most 8 spaces), or a forward mark, and three spaces.
func mailTables(doc *facts.Document, data []byte) []byte {
	quoted := extract.QuotedLine(data)
	fwd := false
	if !quoted {
		fwd = docHasAny(doc, data, mailForwardWords...)
	}
	if !quoted && !fwd || !docHasAny(doc, data, "   ", ">\t", "> \t") {
		return data
	}
	tabs := bytes.IndexByte(data, '\t') >= 0
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); {
		q := mailMarks(lines[i])
		if q.n == 0 {
			if mailForwardLine(lines[i]) {
				if j, ok := mailForwarded(lines, i+1, tabs); ok {
					changed = true
					i = j
					continue
				}
			}
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && mailSameRun(lines[j], q) {
			j++
		}
		if j-i >= 3 && mailRun(lines, i, j, q, tabs) {
			changed = true
		}
		i = j
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// mailQuote is a line's quote prefix: its margin, the length of margin and
// marks together, the marks' depth, the quoted writer's initials (FidoNet).
type mailQuote struct {
	margin, n, depth int
	tag              string
}

// mailMarks reads the quote marks a line opens with (extract.QuoteMarks):
// at most 8 spaces, the initials a FidoNet reply quotes with (" BN> "), then
// each '>' with the one space after it.
func mailMarks(l string) mailQuote {
	q := extract.QuoteMarks(l)
	return mailQuote{margin: q.Margin, n: q.N, depth: q.Depth, tag: q.Tag}
}

// mailSameRun: line l is quoted at q's depth with q's margin and initials;
// a blank quoted line (marks alone) may lack the last space.
func mailSameRun(l string, q mailQuote) bool {
	r := mailMarks(l)
	return r.n != 0 && r.depth == q.depth && r.margin == q.margin && r.tag == q.tag
}

// mailRun reads the tables of the quoted run [from, to); true when it
// rewrote the run (every line then loses its marks). A run without a line
// of prose is no quote (bands such as "> 90 - 100  AA" stay as written).
func mailRun(lines []string, from, to int, q mailQuote, tabs bool) bool {
	// one strip length for the padded lines keeps their columns: the marks
	// alone, without the space a line of ">" marks may lack (">>" over
	// ">>   Milik Negara", a wrapped name); a TAB row loses its own marks
	strip := -1
	for k := from; k < to; k++ {
		r := mailMarks(lines[k])
		if strings.IndexByte(lines[k], '\t') < 0 && strings.TrimSpace(lines[k][r.n:]) != "" && (strip < 0 || r.n < strip) {
			strip = r.n
		}
	}
	body := make([]string, to-from)
	hasTab, prose := false, false
	for k := from; k < to; k++ {
		r := mailMarks(lines[k])
		if n := r.n; strings.IndexByte(lines[k], '\t') >= 0 || strip < 0 || strip > n {
			body[k-from] = lines[k][n:]
		} else {
			body[k-from] = lines[k][strip:]
		}
		prose = prose || mailProse(body[k-from])
		hasTab = hasTab || strings.IndexByte(body[k-from], '\t') >= 0
	}
	if !prose {
		return false
	}
	marks := strings.TrimSpace(lines[from][q.margin:q.n])
	var out []string
	var ok bool
	if hasTab {
		out, ok = mailTabRun(body, marks)
	} else {
		out, ok = mailPadded(body, tabs, false)
	}
	if !ok {
		return false
	}
	// a table touching a line of another depth, or an unquoted one, is not joined across it
	if mailProven(out[0]) && from > 0 && strings.TrimSpace(lines[from-1]) != "" {
		return false
	}
	if mailProven(out[len(out)-1]) && to < len(lines) && strings.TrimSpace(lines[to]) != "" {
		return false
	}
	for k := from; k < to; k++ {
		lines[k] = strings.TrimSuffix(out[k-from], "\x00")
	}
	return true
}

// mailProse: text of four words or more opening with a letter.
func mailProse(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !(s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z') {
		return false
	}
	return len(strings.Fields(s)) >= 4
}

// mailTabRun: a quoted run the PDF layer already set as TAB rows. A first
// cell ending in the run's marks (a wrapped line's mark glued to the code)
// loses them; the rules among the rows are packed away. It is rewritten
// only when some TAB block is a table of at least a header and two rows.
func mailTabRun(body []string, marks string) ([]string, bool) {
	out := make([]string, len(body))
	copy(out, body)
	for k, l := range out {
		c := strings.IndexByte(l, '\t')
		if c < 0 {
			continue
		}
		if cell := strings.TrimRight(l[:c], " "); cell != "" && strings.HasSuffix(cell, " "+marks) {
			out[k] = strings.TrimRight(strings.TrimSuffix(cell, marks), " ") + l[c:]
		}
	}
	rows := 0
	for _, l := range out {
		if strings.IndexByte(l, '\t') >= 0 {
			rows++
		}
	}
	if rows < 3 {
		return nil, false
	}
	mailPack(out)
	for k := range out {
		if out[k] != body[k] {
			return out, true
		}
	}
	return nil, false // nothing to mend: extract.Unquote strips the marks as ever
}

// mailPadded hands the run's lines, the rules left out, to alignSpaced.
// The proven lines come back as TAB rows when the text has TAB tables, else
// padded as they were (the header moved onto the rule either way). With
// ruled, only a table whose header stands over a dashed rule is taken.
func mailPadded(body []string, tabs, ruled bool) ([]string, bool) {
	var sub []string
	var at []int // sub line → body line
	for k, l := range body {
		if mailRule(l) {
			continue
		}
		sub = append(sub, l)
		at = append(at, k)
	}
	if len(sub) < 3 {
		return nil, false
	}
	got, _ := alignSpaced([]byte(strings.Join(sub, "\n")))
	rows := strings.Split(string(got), "\n")
	if len(rows) != len(sub) {
		return nil, false
	}
	out := make([]string, len(body))
	copy(out, body)
	proven := false
	for s, r := range rows {
		if strings.IndexByte(r, '\t') < 0 {
			continue
		}
		if ruled && !mailRuledTable(body, rows, at, s) {
			continue
		}
		proven = true
		if tabs {
			out[at[s]] = r
		} else {
			out[at[s]] = strings.TrimRight(body[at[s]], " ") + "\x00" // marked: a proven padded line
		}
	}
	if !proven {
		return nil, false
	}
	mailPack(out)
	return out, true // the padded proven lines still marked "\x00" (mailProven)
}

// mailRuledTable: the proven line s belongs to a table whose header (its
// first proven line) stands right over a dashed rule.
func mailRuledTable(body, rows []string, at []int, s int) bool {
	for s > 0 && strings.IndexByte(rows[s-1], '\t') >= 0 {
		s--
	}
	h := at[s]
	return h+1 < len(body) && mailRule(body[h+1]) && s+1 < len(rows) && at[s+1] == h+2
}

// mailProven: a line mailPadded or mailTabRun took as a table line.
func mailProven(l string) bool {
	return strings.IndexByte(l, '\t') >= 0 || strings.HasSuffix(l, "\x00")
}

// mailPack blanks the rules inside or right around a proven table and moves
// the table lines above a rule down onto it, so the header stands on the
// rows; the lines freed at the top are blank.
func mailPack(out []string) {
	for k := 0; k < len(out); k++ {
		if !mailRule(out[k]) {
			continue
		}
		above := k > 0 && mailProven(out[k-1])
		below := k+1 < len(out) && mailProven(out[k+1])
		switch {
		case above && below: // the rule under the header (or over a total): shift the lines above down
			top := k - 1
			for top > 0 && mailProven(out[top-1]) {
				top--
			}
			copy(out[top+1:k+1], out[top:k])
			out[top] = ""
		case above || below: // the rule over the header or under the last row
			out[k] = ""
		}
	}
}

// mailRule: a dashed (or ruled) line of at least 8 marks and nothing else.
func mailRule(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 8 {
		return false
	}
	for _, r := range t {
		switch r {
		case '-', '=', '_', '─', '━', '+', ' ':
		default:
			return false
		}
	}
	return true
}

// mailForwardLine: a forwarded message's head line (`---------- Forwarded
// message ---------`).
func mailForwardLine(l string) bool {
	for _, m := range mailForwardMarks {
		if strings.Contains(l, string(m)) {
			return true
		}
	}
	return false
}

// mailForwarded reads the ruled tables of an unquoted forwarded message
// from line from: up to the first quoted, TAB or page-break line (at most
// 200 lines). It returns the line to go on from.
func mailForwarded(lines []string, from int, tabs bool) (int, bool) {
	to := from
	for to < len(lines) && to-from < 200 {
		l := lines[to]
		if strings.IndexByte(l, '\t') >= 0 || strings.IndexByte(l, '\f') >= 0 || mailMarks(l).n > 0 {
			break
		}
		to++
	}
	if to-from < 3 {
		return from, false
	}
	out, ok := mailPadded(lines[from:to], tabs, true)
	if !ok {
		return from, false
	}
	for k, l := range out {
		lines[from+k] = strings.TrimSuffix(l, "\x00")
	}
	return to, true
}
