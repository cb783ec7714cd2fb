package parse

import (
	"bytes"
	"regexp"
	"strings"
)

// Texinfo tables: a report (or its appendix) kept as Texinfo source:
//
//	@float Tabel,tab:capaian
//	@multitable @columnfractions .05 .45 .15 .15
//	@headitem No @tab Indikator Kinerja @tab Target @tab Realisasi
//	@item 1 @tab Persentase ... @tab 80,00 @tab 83,41
//	@end multitable
//	@caption{Tabel 3.1 Pengukuran Kinerja Tahun 2022}
//	@end float
//
// The markup delimits every cell by a command, not a character: a row
// starts at @item or @headitem, its cells are split at @tab, and a row may
// run over several lines (a long indicator wrapped by the typist) until the
// next @item or @end multitable, so nothing is guessed. Each row becomes
// one TAB line on the line where it starts (its continuation lines blank),
// the @multitable line and the float's own lines blank, and a @caption —
// Texinfo writes it after the rows, inside the @float — a text line on the
// @multitable's line, above the table as every caption stands. Inline
// commands in cells (@code{x}, @b{x}, @@) keep their text. Which table it
// is and what its columns mean is left to the ordinary readers: a manual's
// option table (@item -v @tab verbose) becomes a TAB table nobody loads.
// Line numbers never change.

// texinfoTables rewrites the Texinfo @multitable tables of a text; data
// itself when it holds none.
func texinfoTables(data []byte) []byte {
	if !bytes.Contains(data, []byte("@multitable")) || !bytes.Contains(data, []byte("@end multitable")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	float := -1 // the line of the open @float
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case texinfoCmd(t, "@float"):
			float = i
			continue
		case texinfoCmd(t, "@end") && strings.TrimSpace(strings.TrimPrefix(t, "@end")) == "float":
			float = -1
			continue
		case !texinfoCmd(t, "@multitable"):
			continue
		}
		end := i + 1
		for end < len(lines) && strings.TrimSpace(lines[end]) != "@end multitable" {
			end++
		}
		if end == len(lines) {
			break
		}
		if !texinfoRewrite(lines[i : end+1]) {
			i = end
			continue
		}
		changed = true
		if float >= 0 {
			texinfoFloat(lines, float, i, end)
			float = -1
		}
		i = end
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// texinfoCmd: line t is the command cmd (alone or followed by a space).
func texinfoCmd(t, cmd string) bool {
	return t == cmd || strings.HasPrefix(t, cmd+" ")
}

// texinfoRewrite rewrites one @multitable … @end multitable block in
// place; false (and nothing touched) when it holds no row of two cells or
// a line outside any row that is not a comment.
func texinfoRewrite(block []string) bool {
	type row struct {
		at    int
		cells string
	}
	var rows []row
	for k := 1; k < len(block)-1; k++ {
		t := strings.TrimSpace(block[k])
		switch {
		case texinfoCmd(t, "@item"), texinfoCmd(t, "@headitem"):
			rows = append(rows, row{k, strings.TrimSpace(t[strings.IndexByte(t, 'm')+1:])})
		case t == "", texinfoCmd(t, "@c"), texinfoCmd(t, "@comment"):
		case len(rows) == 0:
			return false // text before the first row: not a table we know
		default:
			rows[len(rows)-1].cells += " " + t // a cell wrapped onto the next line
		}
	}
	wide := false
	for _, r := range rows {
		if strings.Contains(r.cells, "@tab") {
			wide = true
		}
	}
	if !wide {
		return false
	}
	for k := range block {
		block[k] = ""
	}
	for _, r := range rows {
		cells := strings.Split(r.cells, "@tab")
		for c := range cells {
			cells[c] = texinfoText(cells[c])
		}
		block[r.at] = strings.Join(cells, "\t")
	}
	return true
}

// texinfoFloat blanks the lines of the float around a rewritten table
// (begin … end) and sets its @caption, before or after the rows, as a
// text line on the @multitable's line.
func texinfoFloat(lines []string, float, begin, end int) {
	lines[float] = ""
	for k := float + 1; k < len(lines) && k < end+8; k++ {
		if k >= begin && k <= end {
			continue
		}
		t := strings.TrimSpace(lines[k])
		if texinfoCmd(t, "@end") && strings.TrimSpace(t[len("@end"):]) == "float" {
			lines[k] = ""
			return
		}
		if strings.HasPrefix(t, "@caption{") || strings.HasPrefix(t, "@shortcaption{") {
			lines[begin] = texinfoText(t)
			lines[k] = ""
		}
	}
}

// texinfoBraced is an inline command with its braced argument.
var texinfoBraced = regexp.MustCompile(`@[A-Za-z]+\{([^{}]*)\}`)

// texinfoText is a cell's or caption's text without its commands.
func texinfoText(s string) string {
	s = strings.NewReplacer("@@", "\x00", "@{", "\x01", "@}", "\x02", "@comma{}", ",", "@dots{}", "...", "@tie{}", " ").Replace(s)
	for {
		n := texinfoBraced.ReplaceAllString(s, "$1")
		if n == s {
			break
		}
		s = n
	}
	s = strings.NewReplacer("\x00", "@", "\x01", "{", "\x02", "}").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
