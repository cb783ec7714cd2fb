package parse

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// statedUnit is the money unit a text (caption, header, the sentence
// introducing a table) states: "ribu", "juta", "miliar", "" for none, or
// "?" when it states two different ones. A unit is a unit word tied to
// money ("dalam ribuan rupiah", "(Rp juta)", "in thousands of rupiah",
// "(ribuan)") or a number of zero groups standing for one ("Rp 000",
// "(Rp'000)", "x Rp1.000", "(000)"). An amount is not a unit statement:
// "sebesar 4,38 miliar rupiah", "Rp 1.000.500.000", "16 482 350 000" are
// passed over. The raw text is read, not its folded key, because only
// the punctuation tells "2022 (000)" from "2022 000".
func statedUnit(raw string) string {
	if !mayStateUnit(raw) {
		return ""
	}
	var buf [unitTokensOnStack]unitToken
	toks, pooled := unitTokensLong(buf[:0], raw)
	defer putUnitTokens(pooled, len(toks))
	unit := ""
	for i, tk := range toks {
		u := ""
		switch {
		case tk.num:
			if i > 0 && toks[i-1].num && toks[i-1].space {
				continue // a group of a number written with spaces
			}
			if i+1 < len(toks) && toks[i+1].num && toks[i+1].space {
				continue
			}
			lead := ""
			if i > 0 && !toks[i-1].num {
				lead = toks[i-1].text
			}
			// "Rp 1.000" states a unit only framed as one: "(Rp 1.000)",
			// "x Rp 1.000", "dalam Rp 1.000"; in a sentence it is an amount
			framed := i+1 < len(toks) && toks[i+1].text == ")"
			for j := i - 1; j >= max(i-3, 0); j-- {
				switch toks[j].text {
				case "x", "dalam", "satuan":
					framed = true
				}
			}
			u = zeroRun(tk.text, lead, framed)
		case unitWord(tk.text) != "":
			if i > 0 && (toks[i-1].num || numberWord(toks[i-1].text)) {
				continue // "4,38 miliar rupiah", "dua ribu rupiah": an amount
			}
			if moneyNear(toks, i) {
				u = unitWord(tk.text)
			}
		}
		switch {
		case u == "":
		case unit == "" || unit == u:
			unit = u
		default:
			unit = "?"
		}
	}
	return unit
}

// numberWord: w is a word of an amount spelled out ("sembilan miliar
// empat ratus dua puluh dua ribu rupiah", "two thousand rupiah"), which
// ends in a unit word as an amount, not as a table's unit.
func numberWord(w string) bool {
	switch len(w) {
	case 0, 1, 2:
		return false
	}
	for _, n := range numberWords {
		if strings.EqualFold(w, n) {
			return true
		}
	}
	return false
}

// numberWords are listed whole: a suffix rule ("-ty", "-teen") would also
// take ordinary words, and a unit statement passed over as an amount
// leaves the table's amounts a thousand times too small.
var numberWords = [...]string{"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
	"sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "seribu", "sejuta", "ribu", "juta", "miliar", "milyar",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million"}

// unitToken is a word (lower-cased letters), a number (digits with the
// separators between them) or one mark of punctuation; space says
// whether only white space separates it from the token before.
type unitToken struct {
	text  string
	num   bool
	space bool
}

// unitTokensOnStack is the size of the callers' array for unitTokens: room
// for a text of up to 124 bytes (most captions and header cells).
const unitTokensOnStack = 32

// unitTokens cuts raw into unitTokens. They are appended to dst when it has room for the most a text of
// raw's length is taken to hold (len(raw)/4+1, as before), else to an
// array of that size: the two callers read the tokens and drop them, so a
// short text (a caption, a header cell) is read into an array on the
// caller's stack and allocates nothing.
func unitTokens(dst []unitToken, raw string) []unitToken {
	out := dst[:0]
	if cap(out) < len(raw)/4+1 {
		out = make([]unitToken, 0, len(raw)/4+1)
	}
	return unitTokensTo(out, raw)
}

// unitTokensLong is unitTokens for the two callers: a text too long for
// their array (a sentence, a long caption) is read into an array from a
// pool (issue 13: those arrays were a fortieth of the parser's bytes);
// putUnitTokens(a, len(toks)) hands it back once the tokens are read (a is nil
// when the tokens are in dst or an array of their own).
func unitTokensLong(dst []unitToken, raw string) (toks []unitToken, a *[]unitToken) {
	need := len(raw)/4 + 1
	if cap(dst) >= need || need > unitTokensPooledMost {
		return unitTokens(dst, raw), nil
	}
	a = unitTokenPool.Get().(*[]unitToken)
	if cap(*a) < need {
		*a = make([]unitToken, 0, need)
	}
	return unitTokensTo((*a)[:0], raw), a
}

// putUnitTokens hands unitTokensLong's pooled array back, its first n
// tokens cleared so that the pool keeps no document's text alive (more
// tokens than it holds were appended to a new array, filling it first).
func putUnitTokens(a *[]unitToken, n int) {
	if a == nil {
		return
	}
	clear((*a)[:min(n, cap(*a))])
	unitTokenPool.Put(a)
}

// unitTokensPooledMost is the longest array kept in the pool.
const unitTokensPooledMost = 4096

var unitTokenPool = sync.Pool{New: func() any { return new([]unitToken) }}

// unitTokensTo appends raw's tokens to out, which has room for them.
func unitTokensTo(out []unitToken, raw string) []unitToken {
	space := false
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRuneInString(raw[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case unicode.IsLetter(r):
			j := i + n
			for j < len(raw) {
				r2, n2 := utf8.DecodeRuneInString(raw[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			out = append(out, unitToken{text: lowerWord(raw[i:j]), space: space})
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(raw) && (isDigitByte(raw[j]) || (raw[j] == '.' || raw[j] == ',') && j+1 < len(raw) && isDigitByte(raw[j+1])) {
				j++
			}
			out = append(out, unitToken{text: raw[i:j], num: true, space: space})
			i = j
		default:
			out = append(out, unitToken{text: raw[i : i+n], space: space})
			i += n
		}
		space = false
	}
	return out
}

// lowerWord lower-cases the few words statedUnit compares (ASCII words of
// up to nine letters); any other word is kept as written, which no
// comparison matches.
func lowerWord(w string) string {
	if len(w) > 9 {
		return w
	}
	var buf [9]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			return w
		}
		buf[k] = c | 0x20
	}
	for _, known := range unitVocab {
		if known == string(buf[:len(w)]) {
			return known
		}
	}
	return w
}

// unitVocab: the words statedUnit, moneyNear and statesRupiah compare.
var unitVocab = [...]string{"ribu", "ribuan", "thousand", "thousands", "juta", "jutaan", "million", "millions",
	"miliar", "milyar", "miliaran", "milyaran", "billion", "billions", "dalam", "in", "satuan", "rp", "rupiah", "idr", "x"}

// mayStateUnit: raw holds a zero group or a unit word; statedUnit needs
// neither tokens nor allocations for the many texts that hold none.
func mayStateUnit(raw string) bool {
	return strings.Contains(raw, "000") || containsFoldASCII(raw, "ribu") || containsFoldASCII(raw, "juta") ||
		containsFoldASCII(raw, "mili") || containsFoldASCII(raw, "milyar") || containsFoldASCII(raw, "million") || containsFoldASCII(raw, "thousand") || containsFoldASCII(raw, "billion")
}

// unitWord: the unit a word names, Indonesian or English.
func unitWord(w string) string {
	switch w {
	case "ribu", "ribuan", "thousand", "thousands":
		return "ribu"
	case "juta", "jutaan", "million", "millions":
		return "juta"
	case "miliar", "milyar", "miliaran", "milyaran", "billion", "billions":
		return "miliar"
	}
	return ""
}

// moneyNear: the unit word at i speaks of money — a currency word within
// three words of it, "dalam"/"in"/"satuan" just before it ("dalam
// ribuan", "in thousands"), or it stands alone in parentheses
// ("(ribuan)").
func moneyNear(toks []unitToken, i int) bool {
	if i > 0 {
		switch toks[i-1].text {
		case "dalam", "in", "satuan":
			return true
		case "(":
			if i+1 < len(toks) && toks[i+1].text == ")" {
				return true
			}
		}
	}
	for j := max(i-3, 0); j <= min(i+3, len(toks)-1); j++ {
		switch toks[j].text {
		case "rp", "rupiah", "idr":
			return true
		}
	}
	return false
}

// zeroRun: the unit a number of zero groups stands for: "000" → ribu,
// "000.000" → juta (no amount starts with zeros); "1.000" after Rp, IDR
// or x, framed as a unit, → ribu; any other number is an amount.
func zeroRun(n, lead string, framed bool) string {
	if len(n) > 1 && n[0] == '1' && (n[1] == '.' || n[1] == ',') {
		switch lead {
		case "rp", "idr", "x":
		default:
			return "" // "1.000 pemilih"
		}
		if !framed {
			return "" // "sebesar Rp 1.000.000.000"
		}
		n = n[2:]
	}
	// groups of "000" with one separator between them
	groups := 0
	for i := 0; i < len(n); {
		if i+3 > len(n) || n[i:i+3] != "000" {
			return ""
		}
		groups++
		i += 3
		if i < len(n) {
			if n[i] != '.' && n[i] != ',' {
				return ""
			}
			i++
			if i == len(n) {
				return ""
			}
		}
	}
	switch groups {
	case 1:
		return "ribu"
	case 2:
		return "juta"
	case 3:
		return "miliar"
	}
	return ""
}

// budgetUnit is the unit of a budget table's amounts: stated by its
// caption or header, else by a paragraph between the previous table and
// this one that introduces it ("Angka dalam tabel berikut disajikan dalam
// ribuan rupiah."), not one that speaks of the table above. whole says the
// texts state whole rupiah ("Pagu (Rp)", "dalam rupiah"). ok is false
// when they state two different units: which column is in which is then
// unproven.
func (p *parser) budgetUnit(t *tableInfo) (unit string, whole, ok bool) {
	unit, whole, ok = p.budgetUnitAbove(t)
	if !ok || t.unit != "" {
		return unit, whole, ok
	}
	below := p.unitBelow(t)
	switch {
	case below == "" || below == unit:
		return unit, whole, ok
	case below == "?" || unit != "" || whole:
		// "(Rp)" or "dalam ribuan" above, "dalam jutaan" below: which
		// holds is unproven
		return "", false, false
	}
	return below, false, true
}

// unitBelow is the unit a note right under a budget table states for it
// ("*) angka dalam ribuan rupiah", "Keterangan: dalam jutaan rupiah",
// "Angka pada tabel di atas dalam ribuan rupiah"): a paragraph that
// follows the table at once and reads as its note (a mark, Keterangan,
// Catatan, Sumber, Note) or speaks of the table above. A plain sentence
// under a table may introduce the next one and is not read here.
func (p *parser) unitBelow(t *tableInfo) string {
	if p.cur+1 >= len(p.blocks) {
		return ""
	}
	nb := &p.blocks[p.cur+1]
	if nb.Kind != extract.Paragraph || nb.IsCaption || nb.Start-t.b.End > 3 || !mayStateUnit(nb.Text) {
		return ""
	}
	if m := leadingMark(nb.Text); m != "" {
		// "³⁾ dalam ribuan rupiah": the note of the columns carrying its
		// mark (anggaran_notemark.go)
		if !noteFitsAmounts(m, amountMarks(t.b, t.roles)) {
			return ""
		}
		return statedUnit(nb.Text)
	}
	if !tableNote(nb.Text) {
		return ""
	}
	return statedUnit(nb.Text)
}

// tableNote: a paragraph reads as the note of the table above it: it opens
// with a mark or a note's word (Keterangan, Ket., Catatan, Sumber, Note)
// or speaks of the table above.
func tableNote(text string) bool {
	txt := strings.TrimSpace(text)
	if strings.HasPrefix(txt, "*") || strings.HasPrefix(txt, "(*") {
		return true
	}
	k := normalize.SpacedKey(txt)
	return strings.HasPrefix(k, " ket ") || hasPrefix(k[:min(len(k), 14)], "keterangan", "catatan", "sumber", "note") ||
		has(k, "di atas", "tabel tersebut", "tabel diatas")
}

// budgetUnitAbove: the unit stated by the table itself (caption, header)
// or the paragraph introducing it.
func (p *parser) budgetUnitAbove(t *tableInfo) (unit string, whole, ok bool) {
	switch t.unit { // stated by the table this one was turned from
	case "":
	case unitWhole:
		return "", true, true
	default:
		return t.unit, false, true
	}
	own := t.b.Caption + " | " + headerRaw(t.b)
	if u := statedUnit(own); u != "" {
		return u, false, u != "?"
	}
	whole = statesRupiah(own)
	ownWhole := whole
	prevEnd := -1
	for i := p.cur - 1; i >= 0; i-- {
		if p.blocks[i].Kind == extract.Table {
			prevEnd = p.blocks[i].End
			break
		}
	}
	for k, n := len(p.recent)-1, 0; k >= 0 && n < 2; k-- {
		r := p.recent[k]
		if r.line <= prevEnd {
			break
		}
		if r.caption || r.line >= t.b.Start {
			continue
		}
		n++
		u := statedUnit(r.text)
		if u == "" && (whole || !statesRupiah(r.text)) {
			continue
		}
		if prevEnd >= 0 && r.line-prevEnd <= 3 && tableNote(r.text) {
			continue // the note of the table above (unitBelow)
		}
		if has(" "+normalize.Key(r.text)+" ", "di atas") {
			continue // the table above's unit
		}
		if u != "" {
			// the table's own "(Rp)" against a sentence's "ribuan rupiah":
			// which one holds is unproven, and a wrong scale multiplies
			// every amount of the table
			return u, false, u != "?" && !ownWhole
		}
		whole = true
	}
	return "", whole, true
}

// statesRupiah: the text names whole rupiah as the unit, "(Rp)",
// "(Rupiah)", "dalam rupiah", "dalam Rp".
func statesRupiah(raw string) bool {
	if !containsFoldASCII(raw, "rp") && !containsFoldASCII(raw, "rupiah") && !containsFoldASCII(raw, "idr") {
		return false
	}
	var buf [unitTokensOnStack]unitToken
	toks, pooled := unitTokensLong(buf[:0], raw)
	defer putUnitTokens(pooled, len(toks))
	for i, tk := range toks {
		if tk.text != "rp" && tk.text != "rupiah" && tk.text != "idr" {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].text == "." {
			j++
		}
		if i > 0 && toks[i-1].text == "(" && j < len(toks) && toks[j].text == ")" || i > 0 && toks[i-1].text == "dalam" {
			return true
		}
	}
	return false
}

// unitWhole marks a tableInfo.unit set in advance to whole rupiah.
const unitWhole = "rupiah"

// minRupiahTotal: no DIPA program or total of a KPU satker is below Rp 10
// juta. A table that states no unit and whose program or total lines are
// all below it writes its amounts in a unit it does not name (thousands,
// millions); read as rupiah they would be wrong by that factor.
// A table that says its amounts are whole rupiah is taken at its word.
const minRupiahTotal = 10_000_000

// minRupiahYear: no KPU satker's whole DIPA for a year is below Rp 500
// juta (the staff's pay alone is more). A year's total line below it is a
// total written in thousands: 12.476.530 for Rp 12,5 miliar, which the
// program bound above lets through once the budget passes Rp 10 miliar.
const minRupiahYear = 500_000_000

// implausibleRupiah: the table at p.doc.Anggaran[start:] gave total lines,
// and every one of them has a pagu below minRupiahYear; or it gave program
// lines and no total, and every one has a pagu below minRupiahTotal (one
// small line beside large ones proves no unit).
func (p *parser) implausibleRupiah(start int) bool {
	totals, small := 0, 0
	for _, a := range p.doc.Anggaran[start:] {
		if a.Tingkat == facts.LevelTotal && a.Pagu != nil {
			totals++
			if *a.Pagu < minRupiahYear {
				small++
			}
		}
	}
	if totals > 0 {
		return small == totals
	}
	n := 0
	for _, a := range p.doc.Anggaran[start:] {
		if a.Tingkat != facts.LevelProgram || a.Pagu == nil {
			continue
		}
		if *a.Pagu >= minRupiahTotal {
			return false
		}
		n++
	}
	return n > 0
}

var reFiscalYear = regexp.MustCompile(`(?i)\b(?:t\.?\s?a\.?|fiscal\s+year|fy)\s*((?:19|20)\d\d)\b`)

// budgetCaptionYear is the fiscal year a budget table's caption names:
// "Tahun 2022", "Tahun Anggaran 2022", "TA 2022", "T.A. 2022", "Fiscal
// Year 2022", or the one year it names at all ("Realisasi Anggaran
// 2022") unless it is an election's ("Anggaran Tahapan Pemilu 2024" in a
// 2023 report); 0 when it names none, a range, or several.
func budgetCaptionYear(c string) int {
	if y := captionYear(c); y > 0 {
		return y
	}
	if m := reFiscalYear.FindAllStringSubmatch(c, -1); len(m) == 1 {
		return atoi(m[0][1])
	}
	if distinct := distinctYears(c); len(distinct) == 1 && electionYear(c) == 0 && !strings.Contains(c, "-20") && !strings.Contains(c, "–20") {
		return distinct[0]
	}
	return 0
}

// headerRaw: a table's header cells as written, " | " between them.
func headerRaw(b *extract.Block) string {
	var sb strings.Builder
	for _, h := range b.Header {
		for _, c := range h.Cells {
			sb.WriteString(c)
			sb.WriteString(" | ")
		}
	}
	return sb.String()
}
