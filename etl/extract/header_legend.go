package extract

import (
	"strings"
)

// Column codes explained by a legend: a header row "K1 | K2 | K3" (or "A |
// B | C") whose meaning is a line of text next to the table, "Keterangan
// kolom: K1 = Nomor; K2 = Indikator Kinerja; K3 = Target (%)", above it or
// under it, one line or one code per line, "=" or ":" between code and
// name. No reader knows a header of codes, so the codes are replaced by the
// names the legend gives before the table is cut into header and rows, and
// every family reader sees the plain words. The legend is read only for the
// codes the row holds, and only when it names every one of them, once (or
// twice alike); its lines are then dropped from the text, as they are part
// of the table. A code row without a legend, or with a partial one, is left
// as it is.

// legendWindow is how many lines of text next to a table may hold its
// legend (a caption, a lead line "Keterangan:", one line per code).
const legendWindow = 10

// legendCode: a header cell that is a column code: one to three ASCII
// letters then up to two digits ("K1", "A", "KOL12").
func legendCode(c string) bool {
	if c == "" || len(c) > 5 {
		return false
	}
	i := 0
	for i < len(c) && (c[i] >= 'A' && c[i] <= 'Z' || c[i] >= 'a' && c[i] <= 'z') {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	j := i
	for j < len(c) && c[j] >= '0' && c[j] <= '9' {
		j++
	}
	return j == len(c) && j-i <= 2
}

// codeRow reports whether every non-empty cell is a column code, two or
// more of them, all different.
func codeRow(cells []string) bool {
	n := 0
	for k, c := range cells {
		if c == "" {
			continue
		}
		if !legendCode(c) {
			return false
		}
		for _, d := range cells[:k] {
			if d == c {
				return false
			}
		}
		n++
	}
	return n >= 2
}

// legends replaces the codes of every code row of lines by the names its
// legend gives, and marks the legend's lines skipped. The gate is cheap
// (codeRow fails on the first long or numeric cell), so it runs on every
// TAB line.
func legends(lines []line) {
	var last map[string]string // the legend of the last code row, for a repeated header
	for i := range lines {
		ln := &lines[i]
		if !ln.tab || !codeRow(ln.cells) {
			continue
		}
		var names map[string]string
		switch {
		case !tableAbove(lines, i):
			// a header opens its table: a row of codes inside one (grades
			// "BB | A" under a legend of grades) is no header
			if names = legendAbove(lines, i, ln.cells); names == nil {
				names = legendBelow(lines, i, ln.cells)
			}
		case last != nil:
			names = last // "K1 | K2 | K3" repeated after a page break
		}
		if names == nil || !definesAll(names, ln.cells) {
			continue
		}
		cells := make([]string, len(ln.cells))
		for k, c := range ln.cells {
			cells[k] = c
			if c != "" {
				cells[k] = names[c]
			}
		}
		ln.cells = cells
		last = names
	}
}

// tableAbove: line i goes on a table above it: the nearest line above
// that is not blank is a TAB line, or a short line of page furniture (a
// page number, a running footer) with a TAB line above it.
func tableAbove(lines []line, i int) bool {
	j := i - 1
	for j >= 0 && i-j <= legendWindow && (lines[j].blank || lines[j].skip) {
		j--
	}
	if j < 0 || i-j > legendWindow {
		return false
	}
	if lines[j].tab {
		return true
	}
	if len(lines[j].text) > 60 || isTabelLabel(lines[j].text) {
		return false // text, or the next table's caption
	}
	for k := j - 1; k >= 0 && j-k <= pageBreakLines; k-- {
		if lines[k].tab {
			return true
		}
		if !lines[k].blank {
			return false
		}
	}
	return false
}

func definesAll(names map[string]string, cells []string) bool {
	for _, c := range cells {
		if c != "" && names[c] == "" {
			return false
		}
	}
	return true
}

// legendAbove reads the legend in the text lines right above the table
// that line i belongs to (blank lines may part them).
func legendAbove(lines []line, i int, codes []string) map[string]string {
	j := i - 1
	for j >= 0 && (lines[j].blank || lines[j].skip) && i-j <= 3 {
		j--
	}
	end := j
	for j >= 0 && end-j < legendWindow && !lines[j].blank && !lines[j].tab && !lines[j].skip {
		j--
	}
	if end-j < 1 || end < 0 || lines[end].tab {
		return nil
	}
	return readLegend(lines, j+1, end+1, codes)
}

// legendBelow reads the legend in the text lines after the table that line
// i opens: past its TAB lines and page breaks, then past blank lines.
func legendBelow(lines []line, i int, codes []string) map[string]string {
	j := i + 1
	for j < len(lines) && (lines[j].tab || lines[j].blank || lines[j].skip) {
		j++
	}
	start := j
	for j < len(lines) && j-start < legendWindow && !lines[j].blank && !lines[j].tab {
		j++
	}
	if j == start {
		return nil
	}
	return readLegend(lines, start, j, codes)
}

// readLegend reads the definitions of codes in lines[from:to] (text lines)
// and, when they name every code, marks the lines that hold them (and a
// short lead such as "Keterangan kolom:") skipped.
func readLegend(lines []line, from, to int, codes []string) map[string]string {
	type def struct {
		code     string
		line, at int // line index, byte where the code starts
		nameAt   int // byte after the "=" or ":"
	}
	var defs []def
	for li := from; li < to; li++ {
		t := lines[li].text
		for _, c := range codes {
			if c == "" {
				continue
			}
			for off := 0; ; {
				k := strings.Index(t[off:], c)
				if k < 0 {
					break
				}
				at := off + k
				off = at + len(c)
				if at > 0 && wordByte(t[at-1]) {
					continue
				}
				p := off
				for p < len(t) && t[p] == ' ' {
					p++
				}
				sep := legendSep(t, off, p)
				if sep == 0 {
					continue
				}
				defs = append(defs, def{code: c, line: li, at: at, nameAt: p + sep})
			}
		}
	}
	if len(defs) == 0 {
		return nil
	}
	// in reading order: a name runs to the next definition (across a line
	// end when the legend wraps), the last one to the end of its line
	for a := 1; a < len(defs); a++ {
		for b := a; b > 0 && (defs[b].line < defs[b-1].line || defs[b].line == defs[b-1].line && defs[b].at < defs[b-1].at); b-- {
			defs[b], defs[b-1] = defs[b-1], defs[b]
		}
	}
	names := map[string]string{}
	for k, d := range defs {
		t := lines[d.line].text
		var name string
		if k+1 < len(defs) && defs[k+1].line == d.line {
			name = t[d.nameAt:defs[k+1].at]
		} else {
			name = t[d.nameAt:]
			if k+1 < len(defs) {
				for li := d.line + 1; li < defs[k+1].line; li++ {
					name += " " + lines[li].text
				}
				name += " " + lines[defs[k+1].line].text[:defs[k+1].at]
			}
		}
		name = strings.TrimRight(strings.TrimSpace(name), " ;,.")
		name = strings.TrimSpace(name)
		if name == "" || len(name) > 80 || !hasLetter(name) && name != "%" { // "K6 = %": the percentage column
			return nil
		}
		if prev, ok := names[d.code]; ok && prev != name {
			return nil // two meanings for one code: not a legend to trust
		}
		names[d.code] = name
	}
	if !definesAll(names, codes) {
		return nil
	}
	first, lastLine := defs[0].line, defs[len(defs)-1].line
	if lead := lines[first].text[:defs[0].at]; len(lead) > 40 {
		first++ // a sentence before the legend keeps its line
	} else if first > from && legendLead(lines[first-1].text) {
		first-- // "Keterangan kolom:" alone above the codes
	}
	for li := first; li <= lastLine; li++ {
		lines[li].skip = true
	}
	return names
}

// legendSep is the length of the separator between a code ending at end
// and its name, at p past the spaces: "=" or ":" ("K1 = Nomor", "K1:
// Nomor"), or a dash between spaces ("K1 - Nomor", "K1 – Nomor"); 0 when
// there is none.
func legendSep(t string, end, p int) int {
	switch {
	case p >= len(t):
		return 0
	case t[p] == '=' || t[p] == ':':
		return 1
	case p == end:
		return 0 // a dash right after the code: "K1-2", a range
	case t[p] == '-' && p+1 < len(t) && t[p+1] == ' ':
		return 1
	case strings.HasPrefix(t[p:], "– "):
		return len("–")
	}
	return 0
}

// legendLead: a short line that announces a legend, "Keterangan:",
// "Keterangan kolom :", "Ket.".
func legendLead(t string) bool {
	return len(t) <= 40 && strings.HasSuffix(strings.TrimSpace(t), ":")
}

func wordByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}
