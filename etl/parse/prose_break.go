package parse

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A sentence cut by a page break. Text converters end a page where the
// page ends, in the middle of a sentence if need be, and put the page's
// footer, its number and the next page's running header between the two
// halves:
//
//	… Daftar Pemilih Tetap Kabupaten Sikka berjumlah
//	                                    (blank lines, "LKj KPU Kab. Sikka 2023 | 17")
//	233.337 pemilih, terdiri atas 112.406 laki-laki dan 120.931 perempuan.
//
// Neither half states the fact alone: the first lacks the count, the
// second the election. A paragraph that ends without closing its sentence
// is read together with the next one when that one goes on with it (it
// opens with a lower-case word or a figure, as no new paragraph, heading
// or list item does) and only blank lines and page furniture (short lines
// that close no sentence) stand between.

// reSentenceEnd: the marks that close a sentence or introduce a list.
var reSentenceEnd = regexp.MustCompile(`[.!?:;]["')\]]?$`)

// pageJoined returns paragraph b joined with its continuation after a page
// break; ok is false when b closes its sentence or nothing goes on with it.
func (p *parser) pageJoined(b *extract.Block) (extract.Block, bool) {
	t := strings.TrimSpace(b.Text)
	if len(t) < 40 || sentenceEnded(t) || inlineBullet(t) > 0 { // sentenceEnded: reSentenceEnd
		return extract.Block{}, false
	}
	i := p.blockIndex(b)
	if i < 0 {
		return extract.Block{}, false
	}
	for k := i + 1; k < len(p.blocks) && k <= i+4; k++ {
		n := &p.blocks[k]
		if n.Kind != extract.Paragraph {
			return extract.Block{}, false
		}
		nt := n.Text
		if pageFurniture(nt) || p.runningLine(k) {
			continue
		}
		if n.Start <= p.blocks[k-1].End+1 || n.IsCaption || (len(nt) < 12 || !continues(nt)) && !lonePercent(nt) {
			return extract.Block{}, false
		}
		if _, ok, named := p.dptRecordOf(k); ok || named {
			return extract.Block{}, false // a placemark's "name:" field opens a record, no sentence going on (dpt_records.go)
		}
		j := *b
		j.End, j.Text = n.End, t+" "+strings.TrimSpace(nt)
		return j, true
	}
	return extract.Block{}, false
}

// continues: a paragraph that opens in the middle of a sentence: a lower-case
// word or a figure, and no list item ("a. menjabarkan …", "1. …") or
// numbered heading ("3.3 Lembar Isian …").
func continues(t string) bool {
	if t == "" || inlineBullet(t) > 0 || reNumberedHeading.MatchString(t) {
		return false
	}
	c := t[0]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// lonePercent: a paragraph that is only a percentage closing the sentence
// above, bracketed or not ("(95,39%).", "95,59%."), as a double-spaced
// print leaves a wrapped sentence's last line; no page number has a % sign.
func lonePercent(t string) bool {
	return reLonePercent.MatchString(strings.TrimSpace(t))
}

var reLonePercent = regexp.MustCompile(`^\(?\d{1,3}(?:[.,]\d{1,2})?\s?%\)?[.,;]?$`)

// pageFurniture: a short paragraph of the kind a page break leaves between
// two halves of a sentence: a running header or footer with a page number
// or mark ("LKj KPU Kab. Sikka 2023 | hal. 17", "Halaman 4 dari 30").
func pageFurniture(t string) bool {
	return len(t) <= 80 && !sentenceEnded(t) && mayPageFoot(t) && rePageFoot.MatchString(t)
}

var reNumberedHeading = regexp.MustCompile(`^\d+(?:\.\d+)*\.?\s+[A-Z]`)

var rePageFoot = regexp.MustCompile(`(?i)\bhal(?:aman|\.)?\s*\d|\|\s*\d{1,3}\s*$|[-–]\s*\d{1,3}\s*[-–]?\s*$|\b(?:19|20)\d\d\s+\d{1,3}$`)

// blockIndex is the index of b in p.blocks, or -1.
func (p *parser) blockIndex(b *extract.Block) int {
	i := sort.Search(len(p.blocks), func(k int) bool { return p.blocks[k].Start >= b.Start })
	if i >= len(p.blocks) || &p.blocks[i] != b {
		return -1
	}
	return i
}

// runningLine: paragraph k is a short line that stands elsewhere in the
// document word for word: a page's running header or footer.
func (p *parser) runningLine(k int) bool {
	t := p.blocks[k].Text
	if len(t) > 80 || p.blocks[k].End != p.blocks[k].Start {
		return false
	}
	for j := range p.blocks {
		if j != k && p.blocks[j].Kind == extract.Paragraph && p.blocks[j].Text == t {
			return true
		}
	}
	return false
}
