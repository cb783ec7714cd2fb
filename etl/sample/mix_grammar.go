package sample

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"
)

// Style "campuran" (--styles mixed) draws every document's and every table's
// layout from independent dimensions instead of copying one house style:
// column order and optional columns, header wording and casing, units and
// number convention, caption style, wrapped rows, page breaks inside tables,
// prose instead of a table. The three classic styles share the parser's
// assumptions (one hand wrote both); the grammar's point is that a parser
// tuned to some combinations is measured on others.
//
// Every table's combination of choices has a key. Keys split, by hash, into
// a development part (--styles mixed) and a held-out part (--styles
// mixed-holdout), so a test can score the parser on combinations that no
// one tuned it on.

// Style sets accepted by Options.Styles.
const (
	StylesClassic      = "classic"
	StylesMixed        = "mixed"
	StylesMixedHoldout = "mixed-holdout"
)

// holdoutShare is one in holdoutMod combinations.
const holdoutMod = 4

// isHoldout reports whether a combination key belongs to the held-out part.
func isHoldout(key string) bool {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()%holdoutMod == 0
}

// mixDraw draws a table layout with draw until its key falls in the part the
// corpus asks for. Draws are independent per table; the rejection keeps
// every dimension's marginal close to uniform within the part.
func mixDraw[T interface{ key() string }](d *doc, draw func(r *rand.Rand) T) T {
	var v T
	for i := 0; i < 64; i++ {
		v = draw(d.r)
		if isHoldout(v.key()) == d.w.holdout {
			return v
		}
	}
	return v // a family whose every combination falls on one side
}

// pick returns one element of xs.
func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

// casing writes a header cell in one of the casings seen in real reports.
type casing int

const (
	caseAsIs casing = iota
	caseUpper
)

func (c casing) apply(s string) string {
	if c == caseUpper {
		return strings.ToUpper(s)
	}
	return s
}

func (c casing) all(cells []string) []string {
	out := make([]string, len(cells))
	for i, s := range cells {
		out[i] = c.apply(s)
	}
	return out
}

// caption styles: "Tabel 3.1 Title", "Tabel III.1 Title", "TABEL 3.1 TITLE",
// "Tabel 3.1" alone with the title on the next line.
type capStyleKind int

const (
	capArabic capStyleKind = iota
	capRoman
	capUpper
	capTwoLine
	nCapStyles
)

var roman = []string{"", "I", "II", "III", "IV", "V"}

// mixDoc holds a document's own draws: one number convention and caption
// style for the whole document, a table counter, and the satker's money
// unit (stable across years; see moneyUnit).
type mixDoc struct {
	*doc
	conv  conv
	caps  capStyleKind
	chap  int // BAB number of the current chapter
	tab   int // table number within the chapter
	money moneyUnit
}

// caption writes the caption of the next table and returns its label.
func (m *mixDoc) caption(title string) string {
	m.tab++
	var label string
	switch m.caps {
	case capRoman:
		label = "Tabel " + roman[m.chap] + "." + itoa(m.tab)
	case capUpper:
		label = "TABEL " + itoa(m.chap) + "." + itoa(m.tab)
		title = strings.ToUpper(title)
	default:
		label = "Tabel " + itoa(m.chap) + "." + itoa(m.tab)
	}
	if m.caps == capTwoLine {
		m.ln(label)
		m.para(title)
		return label
	}
	m.para(label + " " + title)
	return label
}

// chapter starts BAB n.
func (m *mixDoc) chapter(n int, title string) {
	m.chap, m.tab = n, 0
	m.para("BAB " + roman[n])
	m.para(title)
}

// moneyUnit is how a satker's budget tables write amounts. It is drawn per
// satker, not per document: the contract keeps one row per satker, year and
// code across documents, and a later report's multi-year table must state
// the same rounded totals as the year's own report.
type moneyUnit struct {
	div    int64  // 1 (rupiah) or 1000 (ribuan rupiah)
	dec    bool   // rupiah written with ",00" decimals
	rp     bool   // "Rp" before amounts
	header string // unit note: in the caption, the header, or nowhere
	inHdr  bool
}

func (u moneyUnit) key() string {
	return "u" + itoa(int(u.div)) + boolKey(u.dec) + boolKey(u.rp) + boolKey(u.inHdr)
}

func boolKey(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (w *world) moneyUnit(s *satker) moneyUnit {
	r := w.rng("mix-money", s.ID)
	switch r.IntN(4) {
	case 0:
		return moneyUnit{div: 1000, header: pick(r, "(dalam ribuan rupiah)", "(Rp 000)", "(dalam Rp ribu)"), inHdr: r.IntN(2) == 0}
	case 1:
		return moneyUnit{div: 1, dec: true, rp: r.IntN(2) == 0}
	default:
		return moneyUnit{div: 1, rp: r.IntN(2) == 0}
	}
}

// amount writes a rupiah amount in the unit and convention.
func (m *mixDoc) amount(v int64) string {
	s := fmtInt(v/m.money.div, m.conv)
	if m.money.dec {
		s += string(m.conv.decimal()) + "00"
	}
	if m.money.rp {
		s = "Rp " + s
	}
	return s
}

// rounded returns a copy of a budget tree whose leaves are rounded to the
// unit and whose parents are the sums of their children again, so a table
// "dalam ribuan rupiah" states exact values.
func rounded(l *line, div int64) *line {
	c := *l
	c.Children = nil
	if len(l.Children) == 0 {
		c.Pagu = (l.Pagu + div/2) / div * div
		c.Real = (l.Real + div/2) / div * div
		if c.Real > c.Pagu {
			c.Real = c.Pagu
		}
		return &c
	}
	c.Pagu, c.Real = 0, 0
	for _, ch := range l.Children {
		rc := rounded(ch, div)
		c.Pagu += rc.Pagu
		c.Real += rc.Real
		c.Children = append(c.Children, rc)
	}
	return &c
}

// budget is the satker's budget of year y in the satker's money unit.
func (m *mixDoc) budget(y int) *budget {
	b := *m.w.budget(m.s, y)
	if m.money.div > 1 {
		b.Total = rounded(b.Total, m.money.div)
		b.PaguAwal = (b.PaguAwal + m.money.div/2) / m.money.div * m.money.div
	}
	return &b
}
