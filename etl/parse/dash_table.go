package parse

import (
	"strconv"
	"strings"
)

// A dashboard printed from the browser (Google Data Studio / Looker
// Studio, Power BI, Tableau, Metabase) sets its table widget in fixed
// columns inside a report whose other tables are TAB tables, so
// alignSpaced (which reads TAB-free texts only) never sees it:
//
//	Desa/Kelurahan    TPS     Laki-laki    Perempuan    Jumlah Pemilih
//	150               425     49,3 rb      51,6 rb      100,9 rb
//
//	      Kecamatan          Desa/Kel   TPS   Laki-laki   Perempuan   Jumlah Pemilih ▼
//	  1.  MALAKA TENGAH            10    54       6.503       6.997             13.500
//	  2.  ...
//	      Total keseluruhan       150   425      49.310      51.638            100.948
//	                                                               1 - 12 / 12   <   >
//
// dashTables rewrites such a widget as TAB lines (line numbers never
// change) so the DPT table reader proves each row by its header roles and
// L + P = total, as any other table; the widget's own summary row
// (`Total keseluruhan`, `Grand total`, `Total`) is the kabupaten row there.
// The widget is taken only when its structure holds:
//   - the header names a region column first and both sexes (L and P) among
//     the columns; a sort arrow (▼ ▲) on a header is dropped;
//   - every body row has the header's cell count: a name, then figures only
//     (Data Studio's row numbers `1.` … are dropped and must run 1, 2, 3);
//   - a pager under the widget (`1 - 12 / 12`) counts exactly the numbered
//     rows read, else the widget is left as written.
//
// The scorecards above the widget (a label over a compact figure such as
// `49,3 rb` or `149K`) are no figures and stay prose; when the widget has
// no summary row and the scorecards are exact figures, each under a label
// the header names, the scorecards become the summary row only when every
// one of them equals its column's sum over the rows (written on the
// pager's or the blank line right under the widget).

// dashLikely is the cheap gate: a dashboard's own words or a sort arrow.
func dashLikely(data []byte, g *textMarks) bool {
	return g.has(data, mkDash) // the strings are in scan_marks.go, read once with the other gates
}

// dashTables rewrites the dashboard table widgets of a text; data itself
// when it holds none.
func dashTables(data []byte, g *textMarks) []byte {
	if !dashLikely(data, g) || !g.has(data, mkThreeSpaces) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if strings.IndexByte(lines[i], '\t') >= 0 || !strings.Contains(lines[i], "  ") {
			continue
		}
		hdr := dashCells(dashUnarrow(lines[i]))
		if !dashHeader(hdr) {
			continue
		}
		if end, ok := dashWidget(lines, i, hdr); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// dashWidget reads the widget whose header hdr is line h and rewrites it
// in lines; it returns the last line it took.
func dashWidget(lines []string, h int, hdr []string) (int, bool) {
	n := len(hdr)
	out := []string{strings.Join(hdr, "\t")}
	numbered, summary := 0, false
	var sums []int64
	j := h + 1
	for ; j < len(lines); j++ {
		if strings.IndexByte(lines[j], '\t') >= 0 {
			return 0, false
		}
		c := dashCells(lines[j])
		if len(c) == n+1 {
			k, err := strconv.Atoi(strings.TrimRight(c[0], ".)"))
			if err != nil || k != numbered+1 {
				break
			}
			numbered++
			c = c[1:]
		} else if len(c) != n {
			break
		}
		if !dashRow(c) || summary {
			return 0, false // a row after the summary row, or a cell that is no figure
		}
		if dashTotalLabel(c[0]) {
			summary = true
		} else {
			if sums == nil {
				sums = make([]int64, n)
			}
			for k := 1; k < n; k++ {
				v, _ := dashInt(c[k])
				sums[k] += v
			}
		}
		out = append(out, strings.Join(c, "\t"))
	}
	rows := len(out) - 1
	if summary {
		rows--
	}
	if rows < 2 {
		return 0, false
	}
	if numbered > 0 && numbered != rows {
		return 0, false // row numbers on some rows only
	}
	// the pager right under the widget, or one blank line below it
	pager, free := -1, -1
	for k := j; k < len(lines) && k <= j+1; k++ {
		t := strings.TrimSpace(lines[k])
		if a, b, _, ok := dashPager(t); ok {
			if b-a+1 != rows {
				return 0, false // the pager counts other rows than were read
			}
			pager = k
			break
		}
		if t != "" {
			break
		}
		if free < 0 {
			free = k
		}
	}
	copy(lines[h:], out)
	if pager >= 0 {
		lines[pager] = "" // the pager is no fact
		free = pager
	}
	if !summary && free >= 0 {
		if tot, ok := dashScorecards(lines, h, hdr, sums); ok {
			lines[free] = tot
		}
	}
	return max(j-1, pager), true
}

// dashScorecards finds the exact scorecards above the widget's header h
// (a line of labels over a line of figures) and writes them as the summary
// row when each is a header's column and equals that column's sum.
func dashScorecards(lines []string, h int, hdr []string, sums []int64) (string, bool) {
	for k := h - 1; k >= 1 && k >= h-8; k-- {
		vals := dashCells(lines[k])
		labs := dashCells(lines[k-1])
		if len(vals) < 2 || len(vals) != len(labs) {
			continue
		}
		row := make([]string, len(hdr))
		row[0] = "Total"
		got := 0
		for x, l := range labs {
			v, ok := dashInt(vals[x])
			if !ok {
				return "", false // a compact figure (49,3 rb) is no figure
			}
			for y := 1; y < len(hdr); y++ {
				if strings.EqualFold(hdr[y], l) {
					if sums[y] != v {
						return "", false
					}
					row[y] = vals[x]
					got++
				}
			}
		}
		if got < 3 {
			return "", false
		}
		for y := 1; y < len(hdr); y++ {
			if row[y] == "" {
				return "", false // a column the scorecards do not state
			}
		}
		return strings.Join(row, "\t"), true
	}
	return "", false
}

// dashCells splits a padded line into its cells: runs parted by two or
// more spaces.
func dashCells(l string) []string {
	var out []string
	for _, f := range strings.Split(strings.TrimSpace(l), "  ") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// dashUnarrow drops the sort arrows a dashboard shows on a header.
func dashUnarrow(l string) string {
	for _, a := range []string{"▼", "▲", "↓", "↑"} {
		l = strings.ReplaceAll(l, a, "")
	}
	return l
}

// dashHeader: a region column first, then both sexes among the columns.
func dashHeader(c []string) bool {
	if len(c) < 4 {
		return false
	}
	first := strings.ToLower(c[0])
	region := false
	for _, w := range []string{"kecamatan", "wilayah", "desa", "kelurahan", "kabupaten", "kota", "daerah", "distrik"} {
		if strings.Contains(first, w) {
			region = true
		}
	}
	if !region {
		return false
	}
	l, p := false, false
	for _, x := range c[1:] {
		s := strings.ToLower(x)
		switch {
		case s == "l" || strings.Contains(s, "laki") || strings.Contains(s, "pria"):
			l = true
		case s == "p" || strings.Contains(s, "perempuan") || strings.Contains(s, "wanita"):
			p = true
		}
	}
	return l && p
}

// dashRow: a name with a letter, then figures only.
func dashRow(c []string) bool {
	if !strings.ContainsFunc(c[0], func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
		return false
	}
	for _, x := range c[1:] {
		if _, ok := dashInt(x); !ok {
			return false
		}
	}
	return true
}

// dashTotalLabel: the widget's summary row.
func dashTotalLabel(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "total") || strings.HasPrefix(s, "grand total") || strings.HasPrefix(s, "jumlah")
}

// dashInt reads a whole figure written with thousands dots or commas
// (100.948, 100,948, 425); anything else (49,3 rb, 149K, 52,1 %) is no
// figure.
func dashInt(s string) (int64, bool) {
	if s == "" || len(s) > 15 {
		return 0, false
	}
	var v int64
	group := -1 // digits since the last separator; -1 before the first
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			v = v*10 + int64(c-'0')
			if group >= 0 {
				group++
			}
		case c == '.' || c == ',':
			if i == 0 || group >= 0 && group != 3 || group < 0 && i > 3 {
				return 0, false
			}
			group = 0
		default:
			return 0, false
		}
	}
	return v, group < 0 || group == 3
}

// dashPager reads a pager `1 - 12 / 12` (arrows `<  >` may follow).
func dashPager(t string) (a, b, n int, ok bool) {
	t = strings.TrimSpace(strings.TrimRight(t, "<> ‹›"))
	dash := strings.IndexByte(t, '-')
	slash := strings.IndexByte(t, '/')
	if dash <= 0 || slash < dash {
		return 0, 0, 0, false
	}
	var e1, e2, e3 error
	a, e1 = strconv.Atoi(strings.TrimSpace(t[:dash]))
	b, e2 = strconv.Atoi(strings.TrimSpace(t[dash+1 : slash]))
	n, e3 = strconv.Atoi(strings.TrimSpace(t[slash+1:]))
	if e1 != nil || e2 != nil || e3 != nil || a < 1 || b < a || n < b {
		return 0, 0, 0, false
	}
	return a, b, n, true
}
