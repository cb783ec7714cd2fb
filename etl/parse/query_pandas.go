package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A pandas DataFrame printed in a Python session:
//
//	>>> df
//	  kecamatan  jml_tps  pemilih_l  pemilih_p
//	0    WEWEWA       81      12034      12410
//	1      KODI      NaN       9876      10021
//
// Every column is right-aligned under its name (a left-aligned one starts
// under it), two spaces at least part the columns, and the index, left of
// them with no name, is left-aligned. A cell is the text whose edge is its
// column's: nothing is guessed, a line whose text belongs to no column
// ends the frame, and a frame followed by anything but a blank line or its
// footer stays as written. A frame too wide for the screen is printed in
// parts, each header but the last ending in '\', the parts' rows under
// the same index; "[2 rows x 4 columns]" counts them. A named index
// (set_index) prints its name on a line of its own under the header and
// is read as the first column; rows or columns left out as "..." are not
// read.

// qtok is a token of a printed line: a run of text with no two spaces in
// it, at rune places [from, to).
type qtok struct {
	text     string
	from, to int
}

// queryTokens cuts l at its runs of two spaces or more.
func queryTokens(l string) []qtok {
	rs := []rune(strings.TrimRight(l, "\r"))
	var out []qtok
	for k := 0; k < len(rs); {
		if rs[k] == ' ' {
			k++
			continue
		}
		s := k
		for k < len(rs) && !(rs[k] == ' ' && (k+1 == len(rs) || rs[k+1] == ' ')) {
			k++
		}
		out = append(out, qtok{string(rs[s:k]), s, k})
	}
	return out
}

// pandasLikely: the text shows a Python session or a frame's footer.
func pandasLikely(data []byte, g *textMarks) bool {
	// ">>>", "Out[", "print(", or " columns]" (spacedColumns, which needs "columns]")
	return g.has(data, mkPrompt|mkOut|mkPrint) || g.has(data, mkColumns) && spacedColumns(data)
}

// spacedColumns: data holds " columns]", found from "columns]" (a search
// led by a space stops at every word).
func spacedColumns(data []byte) bool {
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("columns]"))
		if k < 0 {
			return false
		}
		if i+k > 0 && data[i+k-1] == ' ' {
			return true
		}
		i += k + 1
	}
}

// pframe is a frame being read: its columns and, per row, its index label,
// cells and first line.
type pframe struct {
	header []string
	index  string // the index's name, "" when it has none
	labels []string
	rows   [][]string
	at     []int
	cut    bool // rows or columns left out as "..."
}

// pandasTables rewrites the frames of lines in place; whether it did.
func pandasTables(doc *facts.Document, lines []string) bool {
	changed := false
	for i := 0; i < len(lines); i++ {
		f, end, ok := pandasFrame(lines, i)
		if !ok {
			continue
		}
		header, rows := f.header, f.rows
		if f.index != "" || !f.counted() && strings.Join(f.labels, "") != "" {
			header = append([]string{f.indexName()}, header...)
			for r := range rows {
				rows[r] = append([]string{f.labels[r]}, rows[r]...)
			}
		}
		queryRows(doc, rows, f.at, header)
		if !exportPlace(lines, i, end, i, "", header, rows) {
			continue
		}
		blankPrompts(lines, i)
		changed = true
		i = end - 1
	}
	return changed
}

// pandasFrame reads the frame whose first header line is lines[i]; the
// line after it (its footer included) and whether it is one.
func pandasFrame(lines []string, i int) (pframe, int, bool) {
	var f pframe
	k := i
	for part := 0; ; part++ {
		head := queryTokens(lines[k])
		wrapped := len(head) > 0 && head[len(head)-1].text == `\`
		if wrapped {
			head = head[:len(head)-1]
		}
		if len(head) < 1 || len(head)+len(f.header) < 2 || strings.IndexByte(lines[k], '\t') >= 0 {
			return f, 0, false
		}
		k++
		if part == 0 && k < len(lines) {
			// a named index: its name alone at the line's start
			if t := queryTokens(lines[k]); len(t) == 1 && t[0].from == 0 && t[0].to <= head[0].from-2 {
				f.index = t[0].text
				k++
			}
		}
		n := 0
		for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
			label, cells, ok := pandasRow(queryTokens(lines[k]), head)
			if !ok {
				return f, 0, false
			}
			if label == "..." {
				f.cut = true
				continue
			}
			if part == 0 {
				f.labels = append(f.labels, label)
				f.rows = append(f.rows, cells)
				f.at = append(f.at, k)
			} else if n >= len(f.rows) || f.labels[n] != label {
				return f, 0, false // a part's rows under other labels: not one frame
			} else {
				f.rows[n] = append(f.rows[n], cells...)
			}
			n++
		}
		if n == 0 || part > 0 && n != len(f.rows) {
			return f, 0, false
		}
		for _, h := range head {
			f.header = append(f.header, h.text)
		}
		// the next part after a blank line, else the footer, else the end
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" && k+1 < len(lines) && strings.TrimSpace(lines[k+1]) == "" {
			k++
		}
		if !wrapped {
			break
		}
		if k+1 >= len(lines) {
			return f, 0, false
		}
		k++
	}
	f.dropCut()
	if len(f.header) < 2 && f.index == "" || !f.indexed() && !(i > 0 && queryPrompt(lines[i-1])) && !pandasFooterAt(lines, k) {
		return f, 0, false
	}
	if k < len(lines) && strings.TrimSpace(lines[k]) == "" && k+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[k+1]), "[") {
		k++ // the footer after a blank line
	}
	if k < len(lines) && strings.TrimSpace(lines[k]) != "" {
		n, m, ok := pandasFooter(lines[k])
		if !ok || !f.cut && (n != len(f.rows) || m != len(f.header)) || f.cut && (n < len(f.rows) || m < len(f.header)) {
			return f, 0, false
		}
		lines[k] = ""
		k++
	}
	return f, k, true
}

// pandasRow reads a row's tokens under a part's header: its index label
// (the token at the line's start under no column) and its cells, one per
// column, empty where the column holds no token.
func pandasRow(toks []qtok, head []qtok) (string, []string, bool) {
	cells := make([]string, len(head))
	label := ""
	j := 0
	for n, t := range toks {
		for j < len(head) && head[j].to != t.to && head[j].from != t.from {
			j++
		}
		if j == len(head) {
			if n == 0 && t.from == 0 {
				label, j = t.text, 0 // the index, under no column
				continue
			}
			return "", nil, false
		}
		if j > 0 && t.from < head[j-1].to+2 || j+1 < len(head) && t.to > head[j+1].from-2 {
			return "", nil, false // running into the column before or after
		}
		cells[j] = t.text
		j++
	}
	if len(toks) > 0 && strings.Trim(strings.Join(strings.Fields(strings.Join(append(cells, label), " ")), ""), ".") == "" {
		label = "..." // a row of "...": rows left out
	}
	return label, cells, len(toks) > 0
}

// dropCut drops the columns pandas left out ("..." under "...").
func (f *pframe) dropCut() {
	for j := len(f.header) - 1; j >= 0; j-- {
		if f.header[j] != "..." {
			continue
		}
		f.cut = true
		f.header = append(f.header[:j], f.header[j+1:]...)
		for r := range f.rows {
			if j < len(f.rows[r]) {
				f.rows[r] = append(f.rows[r][:j], f.rows[r][j+1:]...)
			}
		}
	}
}

// counted: the index is pandas' own row count, 0 to n-1 (the numbers of
// the rows shown when some were left out): it states nothing of the rows.
// Any other index (years, names) is a column.
func (f *pframe) counted() bool {
	for r, l := range f.labels {
		if l != itoa(r) && !(f.cut && allDigits(l)) {
			return false
		}
	}
	return len(f.labels) > 0
}

// indexName is the index column's title: its name, else "tahun" for an
// index of years (a frame indexed by year prints no name above them, and
// a year column under no title reads as no year), else none.
func (f *pframe) indexName() string {
	if f.index != "" {
		return f.index
	}
	for _, l := range f.labels {
		if yearWord(l) == 0 {
			return ""
		}
	}
	return "tahun"
}

// indexed: the rows carry pandas' own index, 0 to n-1 (n-1 and more when
// rows were left out), or the named index; a frame without either is told
// from an aligned table by its prompt or footer alone.
func (f *pframe) indexed() bool {
	return f.index != "" || f.counted()
}

// pandasFooterAt: a frame's footer at line k or after one blank line.
func pandasFooterAt(lines []string, k int) bool {
	for n := k; n < len(lines) && n <= k+1; n++ {
		if _, _, ok := pandasFooter(lines[n]); ok {
			return true
		}
	}
	return false
}

// pandasFooter reads "[7 rows x 5 columns]".
func pandasFooter(l string) (int, int, bool) {
	f := strings.Fields(strings.Trim(strings.TrimSpace(l), "[]"))
	if len(f) != 5 || f[1] != "rows" && f[1] != "row" || f[2] != "x" || f[4] != "columns" && f[4] != "column" || !allDigits(f[0]) || !allDigits(f[3]) {
		return 0, 0, false
	}
	return atoi(f[0]), atoi(f[3]), true
}
