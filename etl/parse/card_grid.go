package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A dashboard's KPI cards copied as text set two to four cards side by
// side, the columns parted by runs of spaces; each card is its title (a
// number or code, then the name, wrapped over lines), a rule of dashes,
// then a `Field: value` line per figure:
//
//	1 Persentase Partisipasi     2 Persentase Partisipasi
//	Pemilih                      Pemilih Perempuan
//	------------------------     ------------------------
//	Target: 80,00                Target: 80,00
//	Realisasi: 82,10             Realisasi: 79,40
//
// Read as prose, the cards' lines interleave and no row is seen. cardGrids
// cuts each band of cards (lines between blank lines) at the starts of its
// rules (a rule may sit lower in one card whose title wraps further), each
// cut proven a gutter on every line of the band, and writes a run of bands
// whose cards name the same fields in the same order as one TAB table
// through vertWrite (line numbers never change): the title's number or
// code its first cell, the name the next, the fields the header. The name
// column is named by the fields' kind (a budget's Pagu, a DPT's L and P, a
// component's Bobot, an indicator's Target), so the table readers prove
// each row as any other. A run whose cards differ in their fields, or a
// card with a line that is no field, is left as written, reported.

// cardGrids rewrites the card grids of a text; data itself when it holds
// none. Findings go to doc.
func cardGrids(doc *facts.Document, data []byte) []byte {
	if !cardLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if cardRuleStarts(lines[i]) == nil {
			continue
		}
		from := i
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
			from--
		}
		t, end, ok := cardRun(doc, lines, from)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// cardLikely: a cheap look for a card's rule beside another card's
// line: a line holding a rule that stands apart and text besides it. Only
// lines with six dashes running are looked at.
func cardLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte("------"))
		if k < 0 {
			return false
		}
		from, to := lineSpan(data, i+k)
		l := string(bytes.TrimSpace(data[from:to]))
		if len(cardRuleStarts(l)) > 0 && !cardRule(l) {
			return true
		}
		i = to + 1
	}
	return false
}

// cardRuleStarts are the rune offsets where a card's rule opens on l: a
// run of at least six dashes standing apart (spaces or the line's ends on
// both sides); a card whose title wraps further has its rule beside the
// other cards' titles or fields.
func cardRuleStarts(l string) []int {
	if !strings.Contains(l, "------") {
		return nil
	}
	r := []rune(strings.TrimRight(l, "\r"))
	var starts []int
	for i := 0; i < len(r); i++ {
		if r[i] != '-' || i > 0 && r[i-1] != ' ' {
			continue
		}
		j := i
		for j < len(r) && r[j] == '-' {
			j++
		}
		if j-i >= 6 && (j == len(r) || r[j] == ' ') {
			starts = append(starts, i)
		}
		i = j
	}
	return starts
}

// cardRule: a cell that is a card's rule and nothing else.
func cardRule(cell string) bool {
	return len(cell) >= 6 && strings.Trim(cell, "-") == ""
}

// cardBand is one band's cards: title lines and fields of each.
type cardBand struct {
	titles [][]string
	fields [][]ikuField
}

// cardReadBand reads the band of lines[from:to] (no blank line inside):
// ok false when it holds no rule, a cut is no gutter or a card line under
// its rule is no field.
func cardReadBand(lines []string, from, to int) (cardBand, string, bool) {
	var cuts []int
	for i := from; i < to; i++ {
		for _, s := range cardRuleStarts(lines[i]) {
			seen := false
			for _, c := range cuts {
				seen = seen || c == s
			}
			if !seen {
				cuts = append(cuts, s)
			}
		}
	}
	if len(cuts) == 0 {
		return cardBand{}, "", false
	}
	quiet := len(cuts) < 2 // a lone title over a rule: a heading, maybe
	for a := 1; a < len(cuts); a++ {
		for b := a; b > 0 && cuts[b] < cuts[b-1]; b-- {
			cuts[b], cuts[b-1] = cuts[b-1], cuts[b]
		}
	}
	n := len(cuts)
	b := cardBand{titles: make([][]string, n), fields: make([][]ikuField, n)}
	ruled := make([]bool, n)
	for i := from; i < to; i++ {
		r := []rune(strings.TrimRight(lines[i], "\r"))
		for c, s := range cuts {
			if s > 0 && s <= len(r) && r[s-1] != ' ' || c == 0 && s > 0 && strings.TrimSpace(string(r[:min(s, len(r))])) != "" {
				return b, cardWhy(quiet, fmt.Sprintf("baris %d: kolom kartu tidak terpisah spasi", i+1)), false
			}
			e := len(r)
			if c+1 < n {
				e = min(cuts[c+1], len(r))
			}
			if s >= e {
				continue
			}
			cell := strings.TrimSpace(string(r[s:e]))
			switch {
			case cell == "":
			case cardRule(cell):
				if ruled[c] {
					return b, cardWhy(quiet, fmt.Sprintf("baris %d: kartu dengan dua garis", i+1)), false
				}
				ruled[c] = true
			case !ruled[c]:
				b.titles[c] = append(b.titles[c], cell)
			default:
				f, _, ok := ikuLine(cell, ':')
				if !ok {
					return b, cardWhy(quiet, fmt.Sprintf("baris %d: isi kartu bukan isian", i+1)), false
				}
				b.fields[c] = append(b.fields[c], f)
			}
		}
	}
	for c := range cuts {
		if !ruled[c] || len(b.titles[c]) == 0 || len(b.fields[c]) == 0 {
			return b, cardWhy(quiet, "kartu tanpa judul, garis atau isian"), false
		}
	}
	return b, "", true
}

// cardWhy is why a band is no cards, said only of a band of cards side
// by side.
func cardWhy(quiet bool, why string) string {
	if quiet {
		return ""
	}
	return why
}

// cardRun reads the bands of cards from lines[from]: the table, the line
// after the run, and whether it is one.
func cardRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from}
	var names []string
	var titles []string
	bad := ""
	abreast := 0
	k := from
	for k < len(lines) {
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		end := k
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		if end == k {
			break
		}
		b, why, ok := cardReadBand(lines, k, end)
		if !ok {
			if why != "" && bad == "" && len(titles) == 0 && cardNameHead(cardNames(b)) != "" {
				bad = why // said only of cards of a known kind: two signatures over rules are none
			}
			break
		}
		abreast = max(abreast, len(b.titles))
		for c := range b.titles {
			var fn []string
			row := make([]string, len(b.fields[c]))
			for f, fl := range b.fields[c] {
				fn = append(fn, fl.name)
				row[f] = fl.val
			}
			if names == nil {
				names = fn
			} else if strings.Join(fn, "\x00") != strings.Join(names, "\x00") && bad == "" {
				bad = fmt.Sprintf("kartu baris %d-%d memuat isian lain", k+1, end)
			}
			titles = append(titles, strings.Join(b.titles[c], " "))
			t.rows = append(t.rows, row)
			t.at = append(t.at, k)
		}
		t.to = end
		k = end
	}
	if len(t.rows) < 2 || abreast < 2 && bad == "" {
		if bad != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: max(k, from+1)}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("kartu berjajar baris %d: %s; tidak dibaca", from+1, bad)})
		}
		return t, max(k, from+1), false
	}
	head := cardNameHead(names)
	if head == "" {
		return t, t.to, false // fields of no known kind: no cards of a table, maybe
	}
	if bad != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: t.to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("kartu berjajar baris %d-%d: %s; tidak dibaca", from+1, t.to, bad)})
		return t, t.to, false
	}
	lead := "No"
	if head == "Program/Kegiatan" {
		lead = "Kode"
	}
	t.header = append([]string{lead, head}, names...)
	for r, title := range titles {
		no, name := gridTitle(title)
		t.rows[r] = append([]string{no, name}, t.rows[r]...)
	}
	return t, t.to, true
}

// cardNames are the field names a band's cards hold, read before it
// ended.
func cardNames(b cardBand) []string {
	var out []string
	for _, fs := range b.fields {
		for _, f := range fs {
			out = append(out, f.name)
		}
	}
	return out
}

// cardNameHead names the column of the cards' titles by the kind their
// fields are of; "" for fields of no known kind.
func cardNameHead(names []string) string {
	has := map[string]bool{}
	for _, n := range names {
		if strings.TrimSpace(n) == "" {
			continue
		}
		has[strings.ToLower(strings.Fields(n)[0])] = true
	}
	switch {
	case has["pagu"]:
		return "Program/Kegiatan"
	case has["l"] && has["p"]:
		return "Kecamatan"
	case has["target"] && has["realisasi"]:
		return "Indikator Kinerja"
	case has["bobot"] && has["nilai"]:
		return "Komponen"
	}
	return ""
}

// gridTitle parts a card's title into its number or code ("3.", "24",
// "076.01.WA", "3355") and its name; no number when the first word holds
// no digit.
func gridTitle(s string) (string, string) {
	f := strings.Fields(s)
	if len(f) < 2 || !strings.ContainsFunc(f[0], unicode.IsDigit) || strings.ContainsFunc(f[0], unicode.IsLower) {
		return "", strings.TrimSpace(s)
	}
	return strings.TrimSuffix(f[0], "."), strings.Join(f[1:], " ")
}
