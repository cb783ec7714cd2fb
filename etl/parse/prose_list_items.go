package parse

import (
	"iter"
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Budget lines written as the items of a list in running text — a press
// release, a news clipping, a memo, a chat message — each item naming its
// code leading rather than in parentheses:
//
//	■ Program Dukungan Manajemen (076.01.WA): pagu Rp …, realisasi Rp … (96,50 persen)
//	   – Kegiatan 3355 Pengelolaan Keuangan …: pagu Rp …, realisasi Rp … (96,13 persen)
//	• 6640 Pemutakhiran Data Pemilih: pagu Rp …, realisasi Rp …
//
// Such amounts are the item's code's, never the year's total. A narrow
// print reflows the list into one paragraph, so the code named last before
// an amount (leading or in parentheses) is the one it belongs to. A code
// read from its leading position is a fact only when the item proves it:
// realisasi / pagu gives the percent it states, or the kegiatan under one
// program add up to the program's pagu and realisasi. Otherwise nothing
// of the item is loaded (anggaran.butir_tidak_terbukti).

// ledCode is the code the text s (a sentence up to an amount) names last
// as a list item or a label leads it ("Kegiatan 3355 …", "– 3355 …",
// "Program 076.01.WA …") when it stands after paren, the last code s
// writes in parentheses; otherwise paren, and led is false.
func ledCode(s, paren string) (code string, led bool) {
	at, code := -1, ""
	// "kegiatan 3355", "program 076.01.wa": the word, then the code
	for _, w := range [...]string{"kegiatan ", "program "} {
		for k := 0; k < len(s); {
			i := indexFoldASCII(s[k:], w)
			if i < 0 {
				break
			}
			i += k
			k = i + len(w)
			if i > 0 && isWordByte(s[i-1]) {
				continue
			}
			if c, j := leadToken(s, k, w[0] == 'p'); c != "" && j > at {
				at, code = j, c
			}
		}
	}
	// "– 3355 …", "• 076.01.CQ …": a list mark, then the code
	for k := range listItemStarts(s) {
		if c, j := leadToken(s, k, true); c != "" && j > at {
			at, code = j, c
		}
	}
	if code == "" {
		return paren, false
	}
	if paren != "" && strings.LastIndex(s, paren) > at { // "( 076.01.WA )" too
		return paren, false
	}
	return code, true
}

// listItemMarks open an item of a list written inside running text.
var listItemMarks = [...]string{"- ", "– ", "— ", "• ", "■ ", "▪ ", "◦ ", "* "}

// listItemStarts yields where the text of each item of s begins: after a
// list mark at the start of s or after a blank (a hyphen inside a word
// opens none), mark by mark.
func listItemStarts(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, mk := range listItemMarks {
			for k := 0; k < len(s); {
				i := strings.Index(s[k:], mk)
				if i < 0 {
					break
				}
				i += k
				k = i + len(mk)
				if (i == 0 || s[i-1] == ' ') && !yield(k) {
					return
				}
			}
		}
	}
}

// leadToken is the budget code written at s[k:] after blanks, closed by a
// blank, a colon or a comma, and where it starts; "" when the word there
// is no kegiatan code (a year is none) nor, when program is set, a
// program code in full ("076.01.WA").
func leadToken(s string, k int, program bool) (string, int) {
	for k < len(s) && s[k] == ' ' {
		k++
	}
	e := k
	for e < len(s) && s[e] != ' ' && s[e] != ':' && s[e] != ',' {
		e++
	}
	if e == k || e < len(s) && s[e] == ',' {
		return "", -1 // "kegiatan 3355, 3358 dan 3360": a list of codes names no one amount
	}
	c := s[k:e]
	switch {
	case len(c) == 4 && normalize.AllDigits(c):
		if c[:2] == "19" || c[:2] == "20" {
			return "", -1 // "kegiatan 2024 …": a year
		}
		return c, k
	case program && len(c) == 9 && budgetCodeShape(c):
		return c, k
	}
	return "", -1
}

// markLed notes that the coded amounts of code in year were named by a
// leading code: finishCodedProse keeps them only when proven.
func (p *parser) markLed(year int, code string) {
	for _, pc := range p.codedProse {
		if pc.year == year && pc.code == code {
			pc.led = true
			pc.kodeTeks = code
		}
	}
}

// ledUnproven reports (and files a finding) when the row a of pc, read
// from a leading code, proves neither by its own percent nor by its
// kegiatan's or siblings' sum.
func (p *parser) ledUnproven(pc *proseCoded, a *facts.Anggaran) bool {
	if !pc.led {
		return false
	}
	pcs, i := p.codedProse, 0
	for pcs[i] != pc {
		i++
	}
	if a.Pagu != nil && a.Realisasi != nil && *a.Pagu > 0 && pc.serapan != nil &&
		math.Abs(roundTo(float64(*a.Realisasi)/float64(*a.Pagu)*100, decimalsOf(*pc.serapan))-*pc.serapan) <= 0.011 {
		return false
	}
	if a.Pagu != nil && a.Realisasi != nil && codedSumProves(pcs, i) {
		return false
	}
	p.find("anggaran.butir_tidak_terbukti", facts.Warning, pc.start, pc.end, pc.code,
		"butir anggaran %s tahun %d: realisasi / pagu tidak sama dengan persen yang disebut dan rinciannya tidak menjumlah; tidak dimuat", pc.code, pc.year)
	return true
}

// codedSumProves: the coded row i is a program whose kegiatan listed after
// it add up to its pagu and realisasi, or a kegiatan whose program is
// proven so together with it.
func codedSumProves(pcs []*proseCoded, i int) bool {
	isProg := func(pc *proseCoded) bool { _, ok := programCode(pc.code); return ok }
	prog := i
	for prog >= 0 && !isProg(pcs[prog]) {
		prog--
	}
	if prog < 0 || pcs[prog].year != pcs[i].year || len(pcs[prog].pagus) != 1 || len(pcs[prog].reals) != 1 {
		return false
	}
	var pagu, real int64
	n := 0
	for j := prog + 1; j < len(pcs) && !isProg(pcs[j]); j++ {
		if pcs[j].year != pcs[prog].year || len(pcs[j].pagus) != 1 || len(pcs[j].reals) != 1 {
			return false
		}
		pagu += pcs[j].pagus[0]
		real += pcs[j].reals[0]
		n++
	}
	return n > 0 && pagu == pcs[prog].pagus[0] && real == pcs[prog].reals[0]
}

// budgetListParagraph: t runs at least two budget items of a list together
// ("… (96,50 persen) – Kegiatan 3355 …: pagu Rp …, realisasi Rp …"), as
// a narrow print reflows a list. Its colons close item names, not keys:
// it is read whole as prose, never as key:value records cut at its lines.
func budgetListParagraph(t string) bool {
	if strings.Count(t, "Rp") < 4 {
		return false // cheap: most paragraphs state no such list
	}
	n := 0
	for k := range listItemStarts(t) {
		item := t[k:min(len(t), k+400)]
		if c, _ := leadToken(item, 0, true); c == "" && !asciiPrefixFold(item, "kegiatan ") && !asciiPrefixFold(item, "program ") {
			continue
		}
		if containsFoldASCII(item, "pagu") && containsFoldASCII(item, "realisasi") {
			n++
		}
	}
	return n >= 2
}
