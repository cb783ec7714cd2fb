package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget drawn as a tree in PlantUML, a machine record of its own kind
// (anggaran_records.go reads the graph sources): a work-breakdown structure
// (`@startwbs … @endwbs`) or a mind map (`@startmindmap … @endmindmap`),
// one node a budget line, the depth of its node its level:
//
//	@startwbs
//	*:JUMLAH
//	Pagu: 2.784.615.000
//	Realisasi: 2.701.239.874
//	Sisa: 83.375.126;
//	**[#Orange] 076.01.WA Program Dukungan Manajemen\nPagu 2.012.861.000\nRealisasi …
//	***:3355 Pengelolaan Keuangan
//	Pagu: 683.795.000 <<kegiatan>>
//	…;
//	@endwbs
//
// A node is a run of one marker (`*`, or a mind map's `+`/`-` sides), its
// depth the run's length, maybe a colour `[#…]` and a boxless `_`; its label
// the rest of the line (fields parted by `\n`, `<br>`, `|` or `;`) or a
// multi-line label from `:` to the line ending in `;`. A mind map in the
// markdown syntax marks every node with one `*` or `-` and gives the depth by
// indentation. The label reads as a DOT node's (graphLabel): the code and the
// name first, then role words and values. A node's parent is the nearest node
// above it that is shallower; a node under the total (or under a node that is
// no budget line) is a top line. An output under its kegiatan (its code the
// kegiatan's and more, `3355.BAB.001`) is passed over: the table the machine
// records write has no level for it. Settings, titles, legends, comments and
// the key printed under the diagram are no facts.
//
// What proves it: every record as blkExport proves a machine record's (sisa =
// pagu − realisasi, the percent) and recsWrite the tree (the kegiatan summing
// to their program, the programs to the total); a node that looks like a
// budget line and fails, or a tree that does not sum, loads nothing.

var (
	wbsNode   = regexp.MustCompile(`^(\s*)(\*+|\++|-+)(?:\[#[^\]]*\])?(_?)(?:\s+|:|$)(.*)$`)
	wbsStereo = regexp.MustCompile(`<<[^<>]*>>`)
	wbsEnd    = regexp.MustCompile(`^\s*@end(?:wbs|mindmap)\b`)
	wbsStart  = regexp.MustCompile(`^\s*@start(?:wbs|mindmap)\b`)
)

// wbsItem is one node of the tree being read.
type wbsItem struct {
	indent, run, depth int
	label              string
	line               int
}

// wbsParent is an open node above the one being read: its depth, its
// record (nil for a node of no figures or an output).
type wbsParent struct {
	depth int
	rec   *abreastRec
}

// wbsStartLine: the line opens a PlantUML WBS or mind map.
func wbsStartLine(l string) bool {
	return strings.Contains(l, "@start") && wbsStart.MatchString(l)
}

// wbsRead reads the diagram whose first line is i; the last line read, true
// when rewritten as a budget table.
func wbsRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var items []*wbsItem
	var open *wbsItem // a multi-line label not yet closed by ';'
	end := -1
	skip := "" // the closing word of a block of settings: endlegend, </style>
	for j := i + 1; j < len(lines) && j < i+2000; j++ {
		t := strings.TrimSpace(lines[j])
		if wbsEnd.MatchString(t) {
			end = j
			break
		}
		if open != nil {
			if t == "" {
				continue // a page break inside a label
			}
			l, closed := strings.CutSuffix(t, ";")
			open.label += "\n" + l
			if closed {
				open = nil
			}
			continue
		}
		if skip != "" {
			if strings.HasPrefix(strings.ToLower(t), skip) {
				skip = ""
			}
			continue
		}
		low := strings.ToLower(t)
		switch {
		case strings.HasPrefix(low, "legend"):
			skip = "endlegend"
			continue
		case strings.HasPrefix(low, "<style>"):
			skip = "</style>"
			continue
		case t == "" || strings.HasPrefix(t, "'") || strings.HasPrefix(low, "skinparam"):
			continue
		}
		m := wbsNode.FindStringSubmatch(lines[j])
		if m == nil {
			continue // title, caption, header, footer, left side, a note
		}
		it := &wbsItem{indent: len(strings.ReplaceAll(m[1], "\t", "    ")), run: len(m[2]), line: j}
		rest := m[4]
		if strings.HasPrefix(rest, ":") || strings.HasSuffix(strings.TrimSpace(lines[j][:len(lines[j])-len(rest)]), ":") {
			// a multi-line label: from ':' to the line ending in ';'
			l, closed := strings.CutSuffix(strings.TrimSpace(strings.TrimPrefix(rest, ":")), ";")
			it.label = l
			if !closed {
				open = it
			}
		} else {
			it.label = rest
		}
		items = append(items, it)
	}
	if end < 0 || open != nil {
		return i, false
	}
	wbsDepths(items)
	var stack []wbsParent
	var recs []*abreastRec
	for _, it := range items {
		label := wbsStereo.ReplaceAllString(it.label, "")
		label = strings.ReplaceAll(label, ";", "|")
		for len(stack) > 0 && stack[len(stack)-1].depth >= it.depth {
			stack = stack[:len(stack)-1]
		}
		if wbsOutput(stack, label) {
			// an output (keluaran) under its kegiatan: no level the machine
			// records write; the kegiatan above it stays proven by its own
			// figures
			stack = append(stack, wbsParent{it.depth, nil})
			continue
		}
		c, why := graphLabel(strings.ReplaceAll(label, "\n", `\n`))
		if why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: it.line + 1, End: end + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "diagram anggaran PlantUML: " + why + "; tidak dimuat sebagai anggaran"})
			return end, false
		}
		if c != nil {
			if len(stack) > 0 {
				if p := stack[len(stack)-1].rec; p != nil && !p.total {
					if _, ok := programCode(p.code); ok && c.induk == "" {
						c.induk = p.code
					}
				}
			}
			recs = append(recs, c)
		}
		stack = append(stack, wbsParent{it.depth, c})
	}
	if len(recs) == 0 {
		return end, false // a diagram of something else
	}
	return blkExport(doc, lines, i, end+1, recs, "diagram anggaran PlantUML")
}

// wbsOutput: the node under a kegiatan is one of its outputs, its code the
// kegiatan's own and more ("3355.BAB.001" under 3355).
func wbsOutput(stack []wbsParent, label string) bool {
	if len(stack) == 0 || stack[len(stack)-1].rec == nil {
		return false
	}
	p := stack[len(stack)-1].rec
	if _, ok := kegiatanCode(p.code); !ok || p.total {
		return false
	}
	head := strings.Fields(strings.TrimLeft(label, " \t:"))
	return len(head) > 0 && strings.HasPrefix(head[0], p.code+".")
}

// wbsDepths sets each node's depth: its marker run's length, or, in a mind
// map's markdown syntax (every node one marker), its indentation's rank.
func wbsDepths(items []*wbsItem) {
	markdown := len(items) > 1
	for _, it := range items {
		if it.run != 1 {
			markdown = false
		}
	}
	var indents []int // the open indentations, shallowest first
	for _, it := range items {
		if !markdown {
			it.depth = it.run
			continue
		}
		for len(indents) > 0 && indents[len(indents)-1] > it.indent {
			indents = indents[:len(indents)-1]
		}
		if len(indents) == 0 || indents[len(indents)-1] < it.indent {
			indents = append(indents, it.indent)
		}
		it.depth = len(indents)
	}
}
