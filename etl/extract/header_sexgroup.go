package extract

import "strings"

// sexGroupRow: a header line holding the voter columns by sex side by side
// (L | P | Jumlah) beside columns that break the same voters down another
// way: age bands ("<= 20", "21-30", "> 60"), disability types, first-time
// or elderly voters. Those titles are no header vocabulary and the bands'
// numbers read as unknown words, so the line would fall short of a
// header's share of known words and the table would lose its column
// titles. The trio by itself names the row a header; isHeaderRow has
// already refused any row holding a value, so a body row never passes.
func sexGroupRow(cells []string) bool {
	k := 0 // how many of L, P, total the cells just read have matched in order
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		switch {
		case k == 2 && sexTotalTitle(c):
			return true
		case k == 1 && sexTitle(c, "p", "pr", "perempuan", "wanita"):
			k = 2
		case sexTitle(c, "l", "lk", "laki-laki", "laki laki", "pria"):
			k = 1
		default:
			k = 0
		}
	}
	return false
}

func sexTitle(c string, titles ...string) bool {
	for _, t := range titles {
		if strings.EqualFold(c, t) {
			return true
		}
	}
	return false
}

// sexTotalTitle: the total beside the two sexes ("Jumlah", "Jml", "L+P",
// "Total", "Jumlah (L+P)").
func sexTotalTitle(c string) bool {
	c = strings.ReplaceAll(c, " ", "")
	return sexTitle(c, "jumlah", "jml", "l+p", "(l+p)", "total", "jumlah(l+p)", "jml(l+p)", "total(l+p)")
}

// groupAboveSexRow: line i is the group line over a sexGroupRow header
// ("Pemilih | Ragam Disabilitas" over "L | P | Jumlah | Fisik | …"). Its
// group titles need not be header words either; what makes it a header is
// standing right above the trio's line, its first column blank (the titles
// stand over the measures, not over the row numbers or names), each title
// over several columns and no title holding a figure: a record's
// "JUMLAH TPS | : 98" over its own "L | P | JML" is no group line.
func groupAboveSexRow(lines []rawLine, i int) bool {
	if i+1 >= len(lines) || len(lines[i].cells) == 0 || lines[i].cells[0] != "" ||
		!sexGroupRow(lines[i+1].cells) || !isHeaderRow(lines[i+1].cells) {
		return false
	}
	n := 0
	for _, c := range lines[i].cells {
		if c == "" {
			continue
		}
		if len(c) > 40 || strings.IndexByte(c, ':') >= 0 || figureBesideYear(c) {
			return false
		}
		n++
	}
	return n > 0 && n*2 <= nonEmpty(lines[i+1].cells)
}

// figureBesideYear: c holds a run of digits that is not a year ("Pemilu
// 2024" is a title; "98", "1.250" are figures).
func figureBesideYear(c string) bool {
	for i := 0; i < len(c); {
		if c[i] < '0' || c[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(c) && c[j] >= '0' && c[j] <= '9' {
			j++
		}
		if !isYear(c[i:j]) {
			return true
		}
		i = j
	}
	return false
}
