package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget kept as control cards (Kartu Pengawasan), one card per
// kegiatan: a head of "Label : value" lines naming the line and its pagu,
// the payments made against it, then the card's stated totals:
//
//	KARTU PENGAWASAN NO. 02/5310/2021
//	Program   : 076.01.CQ Program Penyelenggaraan Pemilu …
//	Kegiatan  : 6640 Penyelenggaraan Pemutakhiran Data Pemilih
//	Pagu      : Rp 842.100.000
//	No. SP2D  Tanggal     Nilai (Rp)    Kumulatif (Rp)
//	…         …           …             …
//	          Jumlah Realisasi  811.250.000
//	          Sisa Pagu         30.850.000
//
// Read block by block, the head is a two-column table of labels and the
// payments a table of its own: no budget line comes out. controlCards
// reads a run of cards as the one budget table they stand for, a row per
// card (Kode, Uraian, Pagu, Realisasi, Sisa), each row spanning its card's
// lines, and hands it to the table readers. A card's figures are its
// stated ones only, and only when they prove each other: pagu − realisasi
// = sisa, or, without a sisa, the payments' amounts summing to the stated
// realisasi. A payment or a running total is never the realisasi. A card
// that does not prove keeps its line with NULL figures and a finding.

// cardWindow bounds how far below its head a card's totals are looked for.
const cardWindow = 80

// card is one control card read from the text.
type card struct {
	start, end                int // its lines
	program, code, name       string
	pagu, realisasi, sisa     string // as written, "" when not stated
	rupiah, proven, ambiguous bool
}

// controlCards reads the run of control cards whose first head starts in
// block i; it returns the last block read, ok false when block i opens no
// card.
func (p *parser) controlCards(i int) (int, bool) {
	if !cardOpens(&p.blocks[i]) {
		return i, false // the cheap look: most blocks start with no head label
	}
	var cards []card
	j := i
	for k := i; k < len(p.blocks); k++ {
		c, ok := p.readCard(p.blocks[k].Start)
		if !ok {
			if len(cards) > 0 && cardTitle(&p.blocks[k]) {
				continue // "KARTU PENGAWASAN NO. 03/…" between two cards
			}
			break
		}
		cards = append(cards, c)
		for j = k; j+1 < len(p.blocks) && p.blocks[j+1].Start <= c.end; j++ {
		}
		k = j
	}
	if len(cards) == 0 {
		return i, false
	}
	p.cardTable(i, j, cards)
	return j, true
}

// cardOpens: the block's first words are a card head's label.
func cardOpens(b *extract.Block) bool {
	t := b.Text
	if b.Kind == extract.Table {
		if len(b.Rows) == 0 || len(b.Rows[0].Cells) < 2 || !strings.HasPrefix(b.Rows[0].Cells[1], ":") {
			return false // "Program<TAB>: …": a label, then its value after a colon
		}
		t = b.Rows[0].Cells[0]
	} else if k := strings.IndexByte(t, ':'); k < 0 || k > 20 {
		return false // "Kode Kegiatan : …": the colon right after the label
	}
	if len(t) < 7 {
		return false
	}
	switch t[0] | 0x20 {
	case 'p', 'k', 'n':
	default:
		return false
	}
	for _, w := range [...]string{"program", "kegiata", "kode ke", "kode pr", "nama ke", "nama pr"} {
		if strings.EqualFold(t[:7], w) {
			return true
		}
	}
	return false
}

// cardTitle: a short title line between cards, not a sentence.
func cardTitle(b *extract.Block) bool {
	return b.Kind == extract.Paragraph && b.Start == b.End && len(b.Text) <= 70 && !strings.HasSuffix(b.Text, ".")
}

// readCard reads the card whose head starts at line from: its head of
// labelled lines, then its body (payment rows, its totals) up to its sisa,
// the next head, or a line that is neither a row nor a labelled line.
func (p *parser) readCard(from int) (card, bool) {
	c := card{start: from, end: from}
	ls := p.lines(from, from+cardWindow)
	head := true
	for k, l := range ls {
		n := from + k
		label, vals := cardSplit(l)
		role := cardRole(label)
		if head {
			switch role {
			case "program":
				if c.program != "" || c.code != "" {
					return c.finish(ls[:c.end-from+1])
				}
				c.program, _ = cardCode(strings.Join(vals, " "), false)
				c.end = n
				continue
			case "kegiatan":
				if c.code != "" {
					return c.finish(ls[:c.end-from+1])
				}
				if c.code, c.name = cardCode(strings.Join(vals, " "), true); c.code == "" {
					return c, false
				}
				c.end = n
				continue
			case "nama kegiatan":
				c.name = strings.Join(vals, " ")
				c.end = n
				continue
			case "nama program":
				c.end = n
				continue
			case "pagu":
				if c.pagu != "" {
					c.ambiguous = true // two pagu (awal, revisi): which one the totals answer is not stated
				}
				c.pagu, c.rupiah = cardAmountCell(vals)
				c.end = n
				continue
			}
			if role == "" && label != "" && len(vals) > 0 && strings.Contains(l, ":") {
				c.end = n // "Satuan Kerja : …", "Tahun Anggaran : 2023": the head goes on
				continue
			}
			if c.code == "" {
				return c, false
			}
			head = false
		}
		t := strings.TrimSpace(l)
		switch {
		case role == "program" || role == "kegiatan":
			return c.finish(ls[:c.end-from+1])
		case role == "realisasi":
			if c.realisasi != "" {
				c.ambiguous = true
			}
			c.realisasi, _ = cardAmountCell(vals)
			c.end = n
		case role == "sisa":
			if c.sisa != "" {
				c.ambiguous = true
			}
			c.sisa, _ = cardAmountCell(vals)
			c.end = n
			return c.finish(ls[:c.end-from+1])
		case t != "" && !strings.Contains(l, "\t") && !strings.Contains(t, ":"):
			return c.finish(ls[:c.end-from+1]) // prose or a title: the card has ended
		}
	}
	return c.finish(ls[:c.end-from+1])
}

// finish proves the card's figures; ok only for a card with its code, pagu
// and stated realisasi.
func (c card) finish(ls []string) (card, bool) {
	if c.code == "" || c.pagu == "" || c.realisasi == "" {
		return c, false
	}
	pg, ok1 := cardAmount(c.pagu)
	re, ok2 := cardAmount(c.realisasi)
	if c.ambiguous || !ok1 || !ok2 {
		return c, true
	}
	if c.sisa != "" {
		s, ok := cardAmount(c.sisa)
		c.proven = ok && pg-re == s
		return c, true
	}
	sum, ok := cardPayments(ls)
	c.proven = ok && sum == re && re <= pg
	return c, true
}

// cardPayments sums the amount column of the payments listed on a card
// (the column headed "Nilai …" or "Jumlah …", never "Kumulatif"), up to
// its stated realisasi; ok false when a payment's amount does not read.
func cardPayments(ls []string) (int64, bool) {
	col, n := -1, 0
	var sum int64
	for _, l := range ls {
		cells := strings.Split(l, "\t")
		if col < 0 {
			for k, h := range cells {
				h = strings.ToLower(h)
				if (strings.HasPrefix(h, "nilai") || strings.HasPrefix(h, "jumlah")) && !strings.Contains(h, "kumulatif") {
					col = k
				}
			}
			continue
		}
		label, _ := cardSplit(l)
		if cardRole(label) != "" {
			break
		}
		if col >= len(cells) {
			return 0, false
		}
		v, ok := cardAmount(cells[col])
		if !ok {
			return 0, false
		}
		sum += v
		n++
	}
	return sum, col >= 0 && n > 0
}

// cardTable hands the cards to the table readers as one budget table.
func (p *parser) cardTable(i, j int, cards []card) {
	rp := ""
	if cards[0].rupiah {
		rp = " (Rp)" // the stated pagu is in rupiah; realisasi and sisa prove in its unit
	}
	blk := extract.Block{Kind: extract.Table, Start: cards[0].start, End: cards[len(cards)-1].end, Width: 5,
		Caption: p.blocks[i].Caption, CaptionParts: p.blocks[i].CaptionParts}
	if r := p.recent; blk.Caption == "" && len(r) > 0 && len(r[len(r)-1].text) <= 90 && !strings.HasSuffix(r[len(r)-1].text, ".") {
		// the heading paragraph just before the cards, as for key:value records (kv.go)
		blk.Caption = r[len(r)-1].text
		blk.CaptionParts = []string{blk.Caption}
	}
	blk.Header = []extract.Row{{Start: blk.Start, End: blk.Start, Cells: []string{"Kode", "Uraian", "Pagu" + rp, "Realisasi" + rp, "Sisa" + rp}}}
	for _, c := range cards {
		code := c.code
		if c.program != "" && !strings.Contains(code, ".") {
			code = c.program + "." + code // the card's program is the line's parent (anggaran_path.go)
		}
		name := c.name
		if name == "" {
			name = "Kegiatan " + c.code
		}
		row := []string{code, name, c.pagu, c.realisasi, c.sisa}
		if !c.proven || c.rupiah != cards[0].rupiah {
			row[2], row[3], row[4] = "", "", ""
			p.find("anggaran.kartu_tidak_terbukti", facts.Warning, c.start, c.end, c.code,
				"kartu pengawasan kegiatan %s: pagu %q, realisasi %q, sisa %q tidak saling membuktikan (pagu − realisasi = sisa, atau jumlah SP2D = realisasi); angka tidak dimuat",
				c.code, c.pagu, c.realisasi, c.sisa)
		}
		blk.Rows = append(blk.Rows, extract.Row{Start: c.start, End: c.end, Cells: row})
	}
	p.tableNo++
	p.cur = j
	p.table(&blk)
}

// cardSplit reads a card line as its label and value cells: "Pagu : Rp
// 1.000", "Pagu<TAB>: Rp 1.000", "<TAB>Sisa Pagu<TAB>25.000".
func cardSplit(l string) (string, []string) {
	var cells []string
	for _, c := range strings.Split(l, "\t") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return "", nil
	}
	if k := strings.IndexByte(cells[0], ':'); k > 0 {
		rest := strings.TrimSpace(cells[0][k+1:])
		vals := cells[1:]
		if rest != "" {
			vals = append([]string{rest}, vals...)
		}
		return strings.TrimSpace(cells[0][:k]), vals
	}
	vals := cells[1:]
	if len(vals) > 0 && strings.HasPrefix(vals[0], ":") {
		if v := strings.TrimSpace(vals[0][1:]); v != "" {
			vals[0] = v
		} else {
			vals = vals[1:]
		}
	}
	return cells[0], vals
}

// cardRole names what a card line's label states: "program", "kegiatan",
// "nama program", "nama kegiatan", "pagu", "realisasi" (the stated total only), "sisa", or "".
func cardRole(label string) string {
	w := strings.Fields(strings.ToLower(label))
	if len(w) == 0 || len(w) > 4 {
		return ""
	}
	only := func(ws []string, allowed ...string) bool {
		for _, x := range ws {
			if x == "(rp)" || x == "rp" || x == "(rp.)" {
				continue
			}
			found := false
			for _, a := range allowed {
				found = found || x == a
			}
			if !found {
				return false
			}
		}
		return true
	}
	switch {
	case w[0] == "kode" && len(w) == 2 && (w[1] == "program" || w[1] == "kegiatan"):
		return w[1]
	case w[0] == "nama" && len(w) == 2 && (w[1] == "program" || w[1] == "kegiatan"):
		return "nama " + w[1] // the line's name under its code's own label
	case len(w) == 1 && (w[0] == "program" || w[0] == "kegiatan"):
		return w[0]
	case w[0] == "pagu" && only(w[1:], "anggaran", "dipa", "kegiatan"):
		return "pagu"
	case w[0] == "sisa" && only(w[1:], "pagu", "anggaran", "dana"):
		return "sisa"
	case (w[0] == "jumlah" || w[0] == "total") && len(w) > 1 && only(w[1:], "realisasi", "sp2d", "anggaran", "belanja"):
		return "realisasi"
	case w[0] == "realisasi" && only(w[1:], "anggaran", "belanja"):
		return "realisasi"
	}
	return ""
}

// cardCode splits a head value into its code and name: "076.01.WA Program
// …" for a program, "3355 Pengelolaan …" or "WA.3355 …" for a kegiatan.
func cardCode(v string, kegiatan bool) (string, string) {
	f := strings.Fields(v)
	if len(f) == 0 {
		return "", ""
	}
	c := strings.TrimRight(f[0], ".:-")
	name := strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(v, f[0]), " -:"))
	if kegiatan {
		if _, ok := parseBudgetPath(c); ok {
			return c, name
		}
		if budgetCodeShape(c) && (len(c) == 4 || len(c) == 7) {
			if _, ok := kegiatanCode(c); ok {
				return c, name
			}
		}
		return "", ""
	}
	if budgetCodeShape(c) && (len(c) == 2 || len(c) == 9) {
		if _, ok := programCode(c); ok {
			return c, name
		}
	}
	return "", name
}

// cardAmountCell is the one amount a line states (two cells with the same
// figure are one), without its "Rp"; "" when none or two differ.
func cardAmountCell(vals []string) (string, bool) {
	out, rupiah := "", false
	for _, v := range vals {
		s := strings.TrimSpace(v)
		r := false
		for _, pre := range []string{"Rp.", "Rp", "RP.", "RP"} {
			if strings.HasPrefix(s, pre) {
				s, r = strings.TrimSpace(s[len(pre):]), true
				break
			}
		}
		if _, ok := cardAmount(s); !ok {
			continue
		}
		if out != "" && out != s {
			return "", false
		}
		out, rupiah = s, rupiah || r
	}
	return out, rupiah
}

// cardAmount reads a whole-rupiah amount written with thousands points
// ("1.217.487.000", "1.217.487.000,00") or bare digits; ok false for any
// other notation, whose reading would not be proven.
func cardAmount(s string) (int64, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ",00")
	if s == "" || len(s) > 23 {
		return 0, false
	}
	g := strings.Split(s, ".")
	for k, x := range g {
		if x == "" || len(x) > 3 && len(g) > 1 || k > 0 && len(x) != 3 {
			return 0, false
		}
		for _, r := range x {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
	}
	v, err := strconv.ParseInt(strings.Join(g, ""), 10, 64)
	return v, err == nil
}
