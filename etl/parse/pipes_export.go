package parse

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Tables serialized by an export tool: a reporting application's JSON
// export (pipes_json.go), a screen reader's spoken table
// (pipes_reader.go), an INI-like configuration dump (pipes_ini.go). Each
// names every cell by its column, so the table is proven cell by cell; its
// reader rebuilds the caption, header and rows and exportPlace writes them
// back as TAB lines inside the lines the serialization took, the rest of
// those lines left blank: line numbers never change. A serialization whose
// rows do not share their columns stays as written, read or reported as any
// unread table text.

// exportTables rewrites the export tools' tables of a text; data itself
// when it holds none.
func exportTables(data []byte, g *textMarks) []byte {
	return iniTables(readerTables(jsonTables(xmlTables(chartTables(data, nil, g), nil), nil), nil), nil)
}

// exportUnproven reports the serialized tables exportTables left in the
// text (rows of other columns, a size that is not the run's): their cells
// are named, so they are tables, but nothing of them is guessed. g are
// the text's marks: the chart reader's gate looks them up, not the text.
func (p *parser) exportUnproven(text []byte, g *textMarks) {
	var miss [][2]int
	iniTables(readerTables(jsonTables(xmlTables(chartTables(text, &miss, g), &miss), &miss), &miss), &miss)
	if len(miss) == 0 {
		return
	}
	lines := strings.Split(string(text), "\n")
	for _, sp := range miss {
		var body []string
		digits := false
		for k := sp[0] - 1; k < sp[1] && k < len(lines); k++ {
			if t := strings.Join(strings.Fields(lines[k]), " "); t != "" {
				body = append(body, t)
				digits = digits || strings.ContainsAny(t, "0123456789")
			}
		}
		if !digits {
			continue
		}
		p.cov.tables++
		p.find("tabel.tidak_dikenali", facts.Warning, sp[0], sp[1], shorten(strings.Join(body, " / "), 200),
			"tabel baris %d-%d diekspor sebagai JSON, XML, baris pembaca layar atau blok INI, tetapi baris-barisnya tidak menamai kolom yang sama; tidak dibaca sebagai tabel: isi %q",
			p.origLine(sp[0]), p.origLine(sp[1]), shorten(strings.Join(body, " / "), 240))
	}
}

// lineOpens: some line's first character other than a space or TAB is c,
// found without splitting the text.
func lineOpens(data []byte, c byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], c)
		if k < 0 {
			return false
		}
		k += i
		j := k
		for j > 0 && (data[j-1] == ' ' || data[j-1] == '\t') {
			j--
		}
		if j == 0 || data[j-1] == '\n' {
			return true
		}
		i = k + 1
	}
	return false
}

// exportPlace writes a table into lines[from:to]: the caption (if any) on
// line from, the header on line head (moved down past the caption, or up
// so the rows fit) and the rows on the lines right after it, every other
// line of the span blank. False, with lines untouched, when the span is too
// short to hold them.
func exportPlace(lines []string, from, to, head int, caption string, header []string, rows [][]string) bool {
	first := from
	if caption != "" {
		first = from + 1
	}
	if head < first {
		head = first
	}
	if head+len(rows) >= to {
		head = to - 1 - len(rows)
	}
	if head < first || from < 0 || to > len(lines) {
		return false
	}
	for i := from; i < to; i++ {
		lines[i] = ""
	}
	if caption != "" {
		lines[from] = caption
	}
	lines[head] = exportRow(header)
	for r, row := range rows {
		lines[head+1+r] = exportRow(row)
	}
	return true
}

// exportRow joins a row's cells with TABs; a TAB or line break inside a
// cell would part it, so it becomes a space.
func exportRow(cells []string) string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.Join(strings.Fields(c), " ")
	}
	return strings.Join(out, "\t")
}

// exportHeader turns a field name into a header cell: "indikator_kinerja"
// and "indikatorKinerja" → "indikator kinerja", "capaian_persen" →
// "capaian (%)"; a name already written as a header ("Capaian (%)") is
// kept.
func exportHeader(k string) string {
	k = strings.TrimSpace(k)
	if strings.ContainsAny(k, " ()%/") {
		return k
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range k {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return yamlHeader(strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(b.String(), "-", "_"), " ", "_")))
}

// exportSameKeys: every record names columns of the fullest one, in any
// order, each once; the records' cells in its column order, a column a
// record leaves out an empty cell (an exporter omits empty fields).
func exportSameKeys(keys [][]string, vals [][]string) ([]string, [][]string, bool) {
	if len(keys) == 0 {
		return nil, nil, false
	}
	head := keys[0]
	for _, ks := range keys[1:] {
		if len(ks) > len(head) {
			head = ks
		}
	}
	if len(head) < 2 {
		return nil, nil, false
	}
	at := make(map[string]int, len(head))
	for i, k := range head {
		if _, dup := at[k]; dup {
			return nil, nil, false
		}
		at[k] = i
	}
	rows := make([][]string, len(keys))
	for r, ks := range keys {
		if len(ks) > len(head) {
			return nil, nil, false
		}
		row := make([]string, len(head))
		seen := make([]bool, len(head))
		for c, k := range ks {
			i, ok := at[k]
			if !ok || seen[i] {
				return nil, nil, false
			}
			seen[i] = true
			row[i] = vals[r][c]
		}
		rows[r] = row
	}
	return head, rows, true
}
