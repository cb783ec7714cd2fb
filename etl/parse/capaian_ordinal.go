package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// Capaian told indicator by indicator in spoken prose — a speech at the
// report's launch, a briefing's minutes — each paragraph opened by an
// ordinal word rather than a list mark:
//
//	Pertama, persentase … tepat waktu. Target yang kita sepakati dalam
//	Perjanjian Kinerja adalah 80,00 persen, dan realisasinya 81,93 persen;
//	dengan demikian capaian 102,41 persen.
//
// The ordinal is the item's number, the first sentence the indicator, and
// a role word may stand apart from its figure by a relative clause ("Target
// yang kita sepakati … adalah 80,00"). Such an item is read as a list item
// (capaian_list.go), under its rules: only figures that prove each other
// (capaian = realisasi / target, or two grades of one kind). A run starts
// at "Pertama" and its ordinals follow in order; anything else is prose.

// ordinalWords are the ordinals in order: the item numbers 1 .. 12.
var ordinalWords = [...]string{"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
	"kesembilan", "kesepuluh", "kesebelas", "kedua belas"}

// reRoleClause: a role word, a relative clause that holds no figure, then
// the copula before the figure; the clause is dropped.
var reRoleClause = regexp.MustCompile(`(?i)\b(target(?:nya)?|realisasi(?:nya)?|capaian(?:nya)?)\s+(?:yang|sebagaimana|seperti)\b[^,;.\d]{0,100}?\b(adalah|sebesar|yaitu|ialah)\s`)

// ordinalItem is the list item paragraph t makes when it opens with the
// n-th ordinal word and a comma: "n. indicator: figures".
func ordinalItem(t string, n int) (string, bool) {
	if n < 1 || n > len(ordinalWords) {
		return "", false
	}
	w := ordinalWords[n-1]
	if len(t) < len(w)+30 || !strings.EqualFold(t[:len(w)], w) || t[len(w)] != ',' {
		return "", false
	}
	rest := strings.TrimLeft(t[len(w)+1:], " ")
	stop := strings.Index(rest, ". ")
	if stop < 0 || !containsFoldASCII(rest[stop:], "target") {
		return "", false
	}
	body := reRoleClause.ReplaceAllString(rest[stop+2:], "$1 $2 ")
	return strconv.Itoa(n) + ". " + rest[:stop] + ": " + body, true
}

// ordinalCapaian reads the run of ordinal paragraphs that starts at
// blocks[i] as a list of capaian items; it returns the last block read.
func (p *parser) ordinalCapaian(i int) (int, bool) {
	if t := p.blocks[i].Text; len(t) < 40 || t[0]|0x20 != 'p' || !containsFoldASCII(t, "target") {
		return i, false // the run opens with "Pertama," and names a target
	}
	return p.itemRun(i, ordinalItem)
}

// listTable reads rows of list items, the first from blocks[i], as one
// capaian table under the caption the paragraph before them gives; false
// when that caption leaves the year unproven.
func (p *parser) listTable(i int, rows []extract.Row) bool {
	caption, ok := p.listCaption(i)
	if !ok {
		return false
	}
	blk := extract.Block{Kind: extract.Table, Start: rows[0].Start, End: rows[len(rows)-1].End, Caption: caption}
	blk.CaptionParts = []string{caption}
	blk.Header = []extract.Row{{Start: blk.Start, End: blk.Start, Cells: []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}}}
	blk.Rows = rows
	blk.Width = 6
	p.table(&blk)
	return true
}
