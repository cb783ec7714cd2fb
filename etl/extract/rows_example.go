package extract

import "strings"

// NoteExample is the Why of a Note on a table's example row: the row a
// reporting template prints to show how to fill it in ("Contoh", a code
// "XX.9999", a name "KECAMATAN …"), left in by the office that filled the
// template. Its figures are the template's, no office's, so the row is no
// fact; the parser says it left it (parse/row_notes.go).
const NoteExample = "baris_contoh"

// exampleRow: the row's key is a placeholder. The key is its first two
// filled cells (the No or Kode cell and the name, or the name alone):
// a cell that says it is an example (Contoh, Misal, Example), a code of
// the template's letters X and nines (XX.9999, 999), or a name that is a
// blank to fill ("«NAMA KECAMATAN»", "<nama kegiatan>", "[isi …]",
// "Persentase … (isi sesuai PK)", a word and an ellipsis "KECAMATAN …").
// A real name that runs on past its column ("Persentase pemilih yang …
// dalam DPT") has words on both sides of its ellipsis and stays a row.
func exampleRow(cells []string) bool {
	seen := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if exampleWord(c) || placeholderCode(c, seen == 0) || placeholderName(c) {
			return true
		}
		if seen++; seen == 2 {
			return false
		}
	}
	return false
}

// exampleWord: the cell opens with a word naming an example ("Contoh",
// "Contoh:", "Contoh 1", "Misal", "Example"), alone or before the name.
func exampleWord(c string) bool {
	switch c[0] {
	case 'C', 'c', 'M', 'm', 'E', 'e':
	default:
		return false
	}
	w := c
	if i := strings.IndexAny(c, " :.\t"); i >= 0 {
		w = c[:i]
	}
	for _, e := range [...]string{"contoh", "contohnya", "misal", "misalnya", "example"} {
		if strings.EqualFold(w, e) {
			return true
		}
	}
	return false
}

// placeholderCode: a code of the letters X and nines only, with the dots
// or dashes of a code (XX.9999, XXX.XX.XX), three such characters at
// least; nines alone (9999) only in the key's first cell, where no figure
// stands. Every real code holds another digit.
func placeholderCode(c string, first bool) bool {
	n := 0
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case 'X', 'x', '9':
			n++
		case '.', '-', '/':
		default:
			return false
		}
	}
	return n >= 3 && strings.ContainsAny(c, "Xx") || first && n >= 4 && strings.Trim(c, "9") == ""
}

// placeholderName: a name cell that is a blank to fill.
func placeholderName(c string) bool {
	if strings.Contains(c, "[isi") || strings.Contains(c, "(isi") || bracketed(c, "«", "»") || bracketed(c, "<", ">") {
		return true
	}
	// a word or none beside an ellipsis ("KECAMATAN …", "…", "Kegiatan ..."),
	// or an ellipsis between a word and nothing but a bracketed hint
	el := strings.Index(c, "…")
	size := len("…")
	if el < 0 {
		if el = strings.Index(c, "..."); el < 0 {
			return false
		}
		size = 3
	}
	if el > 0 && c[el-1] != ' ' {
		return false // "PERSENTASE…": a word cut short by its column, not a blank
	}
	before, after := strings.TrimSpace(c[:el]), strings.TrimSpace(c[el+size:])
	return len(strings.Fields(before)) <= 1 && after == ""
}

// bracketed: the cell is a blank between open and close ("«NAMA
// KECAMATAN»", "<nama kegiatan>"): words inside, no other bracket (an HTML
// tag pair "<u> </u>" is markup, not a blank).
func bracketed(c, open, close string) bool {
	in, ok := strings.CutPrefix(c, open)
	if !ok {
		return false
	}
	if in, ok = strings.CutSuffix(in, close); !ok {
		return false
	}
	letters := 0
	for i := 0; i < len(in); i++ {
		switch ch := in[i]; {
		case ch == '<' || ch == '>' || ch == '/':
			return false
		case ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z':
			letters++
		}
	}
	return letters >= 3 && !strings.Contains(in, open) && !strings.Contains(in, close)
}
