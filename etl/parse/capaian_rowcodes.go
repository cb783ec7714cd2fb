package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// Indicators named by code in the rows of a measurement table:
//
//	Kode     Indikator                                   (the legend, a table or text)
//	IKU-01   Persentase kesesuaian Kompetensi Pegawai ...
//	...
//	No  Kode IK  Satuan  Target  Realisasi  Capaian (%)  (the measurement)
//	1   IK.01    %       85,00   82,61      97,19
//
//	Keterangan kode:                                     (or a key under it, or in an appendix)
//	IK.01 : Persentase kesesuaian Kompetensi Pegawai ...
//
// A table whose name column is headed "Kode" (Kode IK, Kode Indikator; a
// No column may come before it) and holds only indicator codes has no
// indicator column for the capaian reader. Each code is replaced by the
// statement a key of the document gives it and the table is read as a
// capaian table: the legend next to the table that legend() reads, else a
// table of code | statement rows before it, else a key anywhere in the
// document (codeKeys, capaian_codekey.go). Codes match exactly after
// whitespace folding. A row whose code no key explains, or two keys
// explain differently, loads nothing (a finding). A table the classifier
// already took for a capaian table (its code column titled "Kode
// Indikator") is read here whole, named rows or none: its codes are no
// indicator's names. Another table is read here only when a key names
// one of its codes at least (else it is left as it was, reported like any
// table not understood). A table holding the statements beside its codes
// is an ordinary capaian table: its codes are no names, and it is not
// read here.

// capaianByRowCodes reads t when its rows are indicator codes; false when
// t is not such a table (or, unclassified, one no key explains).
func (p *parser) capaianByRowCodes(t *tableInfo) bool {
	b := t.b
	k, ok := rowCodeColumn(b)
	if !ok {
		return false
	}
	codes := make([]string, len(b.Rows))
	for i := range b.Rows {
		codes[i] = strings.Join(strings.Fields(b.Rows[i].Cell(k)), " ")
	}
	names, twice := p.codeKeys(codes)
	if !allNamed(codes, names) { // entries inline in a paragraph by the table ("Keterangan: IKU-01 = …; IKU-02 = …")
		near := p.legend(codes)
		for _, c := range codes {
			if names[c] == "" && !twice[c] && keyStatement(near[c]) {
				names[c] = near[c]
			}
		}
	}
	named := 0
	for _, c := range codes {
		if names[c] != "" {
			named++
		}
	}
	if named == 0 {
		if t.fam != famCapaian {
			return false
		}
		all := make([]int, len(codes))
		for i := range all {
			all[i] = i
		}
		p.codesUnnamed(t, codes, twice, all)
		return true
	}
	nb := *b
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		cells := append([]string(nil), h.Cells...)
		if i == len(b.Header)-1 {
			cells[k] = "Indikator Kinerja"
		}
		nb.Header[i] = extract.Row{Start: h.Start, End: h.End, Cells: cells}
	}
	nb.Rows = make([]extract.Row, 0, len(b.Rows))
	var lost []int // rows whose code no key names, told once the table reads as capaian
	for i, r := range b.Rows {
		if names[codes[i]] == "" {
			lost = append(lost, i)
			continue
		}
		cells := append([]string(nil), r.Cells...)
		cells[k] = names[codes[i]]
		nb.Rows = append(nb.Rows, extract.Row{Start: r.Start, End: r.End, Cells: cells})
	}
	if !p.readRebuilt(t, &nb) {
		return false
	}
	p.codesUnnamed(t, codes, twice, lost)
	return true
}

// codesUnnamed tells the rows lost of t, whose codes no key names.
func (p *parser) codesUnnamed(t *tableInfo, codes []string, twice map[string]bool, lost []int) {
	for _, i := range lost {
		why := "tidak dijelaskan keterangan kode mana pun"
		if twice[codes[i]] {
			why = "dijelaskan dua keterangan secara berbeda"
		}
		r := &t.b.Rows[i]
		p.find("capaian.kode_tanpa_keterangan", facts.Warning, r.Start, r.End, codes[i],
			"%s: kode indikator %s %s; baris tidak dimuat", t.label, codes[i], why)
	}
}

func allNamed(codes []string, names map[string]string) bool {
	for _, c := range codes {
		if names[c] == "" {
			return false
		}
	}
	return true
}

// rowCodeColumn finds the column of b that names its rows by indicator
// code: headed by a code's title (rowCodeTitle), every row's cell a code,
// only a No column before it, no second code column, and no cell of
// another column an indicator's statement (then the table names its
// indicators itself and the code is no name).
func rowCodeColumn(b *extract.Block) (int, bool) {
	if len(b.Header) == 0 || len(b.Rows) == 0 {
		return 0, false
	}
	h := b.Header[len(b.Header)-1].Cells
	k := -1
	for j, c := range h {
		if rowCodeTitle(c) {
			k = j
			break
		}
		if !rowNumberTitle(c) {
			return 0, false
		}
	}
	if k < 0 {
		return 0, false
	}
	for _, c := range h[k+1:] {
		if rowCodeTitle(c) {
			return 0, false // two code columns: which names the row is not said
		}
	}
	for i := range b.Rows {
		cells := b.Rows[i].Cells
		if !indicatorCode(strings.Join(strings.Fields(cellOf(cells, k)), " ")) {
			return 0, false
		}
		for j, c := range cells {
			if j < k && !rowNumberCell(c) || j > k && keyStatement(c) {
				return 0, false
			}
		}
	}
	return k, true
}

// rowCodeTitle: a column title naming indicator codes: Kode, Kode IK,
// Kode IKU, Kode Indikator (Kinerja), Kd. IK. A code of anything else
// (Kode Sasaran, Kode Akun) is not the indicator's.
func rowCodeTitle(c string) bool {
	c = strings.TrimSpace(c)
	if len(c) < 2 || c[0]|0x20 != 'k' || c[1]|0x20 != 'o' && c[1]|0x20 != 'd' {
		return false // byte-first: every table's header cells pass here
	}
	f := strings.FieldsFunc(strings.ToLower(c), func(r rune) bool { return r == ' ' || r == '.' || r == ':' })
	if len(f) == 0 || f[0] != "kode" && f[0] != "kd" {
		return false
	}
	for _, w := range f[1:] {
		switch w {
		case "ik", "iku", "ikk", "iks", "ikss", "indikator", "kinerja", "utama":
		default:
			return false
		}
	}
	return true
}

// rowNumberTitle: the title of a No column (or none).
func rowNumberTitle(c string) bool {
	c = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(c), "."))
	return c == "" || strings.EqualFold(c, "no") || strings.EqualFold(c, "nomor") || strings.EqualFold(c, "no urut")
}

// indicatorCode: a row label that is an indicator's code: capitals and digits
// with inner marks ('.', '-', '_', '/', a space), opening with a capital
// and holding a digit ("IKU-01", "IK.1.2", "IKU 3", "SS1-IK2", "I.3"), or a
// capital alone ("A"). Budget codes (3355, 076.01.WA) open with a digit.
func indicatorCode(c string) bool {
	if c == "" || len(c) > 15 || c[0] < 'A' || c[0] > 'Z' {
		return false
	}
	if len(c) == 1 {
		return true
	}
	digits := 0
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case isDigitByte(ch):
			digits++
		case ch >= 'A' && ch <= 'Z':
		case ch == '-' || ch == '.' || ch == ' ' || ch == '_' || ch == '/':
			if i+1 == len(c) || !isDigitByte(c[i+1]) && (c[i+1] < 'A' || c[i+1] > 'Z') {
				return false
			}
		default:
			return false
		}
	}
	return digits > 0
}
