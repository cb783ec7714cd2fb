package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// DPT items one a line: a press release (siaran pers) or a circular lists
// the roll as list items, one item an area, each item's counts in words
// around its figures, the sexes often in parentheses after the area's
// total:
//
//	• Kecamatan A: 19 TPS, 4.256 pemilih (laki-laki 2.049, perempuan 2.207)
//	2. Kec. B: 52 TPS, 11.336 pemilih (2.049 laki-laki dan 2.207 perempuan)
//	- PPK C: 42 TPS, L 4.694, P 5.008,
//	  jumlah 9.702
//
// The labelled rows' reader (kv_inline.go) takes a list whose every line is
// one item of single named cells; a count with its parts in parentheses, or
// an item wrapped over two lines, it leaves. Those lists are read here as
// the items of dpt_items.go (dptItemAt: the label words name the roles,
// every item proven by L + P = total, a wrong one reported and dropped, the
// kabupaten's item the one naming the whole or the sum of all others).

// dptItemLines parts the lines of a paragraph into list items, one a line
// opening with a list mark ("• ", "1. ", "a) ", "- "); a line without a
// mark goes on with the item above it (an item wrapped), lines above the
// first mark are the list's heading and no item. nil when fewer than two
// items, or when every item is one line the labelled rows' reader reads as
// it stands (the list is its own).
func dptItemLines(lines []string, start int) (pieces []string, lineOf []int) {
	wrapped := false
	for k, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		n := inlineBullet(l)
		if n == 0 {
			if len(pieces) > 0 {
				pieces[len(pieces)-1] += " " + l
				wrapped = true
			}
			continue
		}
		pieces = append(pieces, strings.TrimSpace(l[n:]))
		lineOf = append(lineOf, start+k)
	}
	if len(pieces) < dptItemMin {
		return nil, nil
	}
	if !wrapped {
		own := true
		for _, s := range pieces {
			if _, ok := inlineItem("• "+s, 0, 0, true); !ok {
				own = false
				break
			}
		}
		if own {
			return nil, nil
		}
	}
	return pieces, lineOf
}

// dptItemUnwrap writes the parts stated in parentheses after a count as
// cells of their own: "4.256 pemilih (laki-laki 2.049, perempuan 2.207)",
// "(2.049 laki-laki dan 2.207 perempuan)". Each cell must still be named
// and the item proven by L + P = total, so nothing is read that the words
// do not name.
func dptItemUnwrap(rest string) string {
	o := strings.IndexByte(rest, '(')
	if o < 0 {
		return rest
	}
	c := strings.IndexByte(rest[o:], ')')
	if c < 0 {
		return rest
	}
	in := strings.TrimSpace(rest[o+1 : o+c])
	in = strings.NewReplacer(" dan ", ", ", " serta ", ", ", "; ", ", ").Replace(in)
	before := strings.TrimRight(strings.TrimSpace(rest[:o]), ",")
	after := strings.TrimLeft(strings.TrimSpace(rest[o+c+1:]), ",")
	out := before + ", " + in
	if strings.TrimSpace(after) != "" {
		out += ", " + strings.TrimSpace(after)
	}
	return dptItemUnwrap(out)
}

// dptItemList gathers the list items opening at paragraph b, one a
// paragraph (a list mark opening each; a paragraph's further lines are its
// item wrapped): the pieces, the line each opens on and the last line
// taken. Nothing when the first item names no proven or wrong counts, or
// when every item is one line the labelled rows' reader reads as it stands.
func (p *parser) dptItemList(b *extract.Block) (pieces []string, lineOf []int, end int) {
	i := p.blockIndex(b)
	if i < 0 {
		return nil, nil, 0
	}
	own := true
	for k := i; k < len(p.blocks); k++ {
		nb := &p.blocks[k]
		n := inlineBullet(nb.Text)
		if nb.Kind != extract.Paragraph || n == 0 || nb.End-nb.Start > 3 {
			break
		}
		var s strings.Builder
		for j, l := range p.lines(nb.Start, nb.End) {
			l = strings.TrimSpace(l)
			if j == 0 {
				l = strings.TrimSpace(l[inlineBullet(l):])
			} else if inlineBullet(l) > 0 {
				return nil, nil, 0 // two items in one paragraph: not this shape
			}
			if s.Len() > 0 {
				s.WriteByte(' ')
			}
			s.WriteString(l)
		}
		piece := s.String()
		if k == i {
			if _, ok, named := dptItemOf(piece); !ok && !named {
				return nil, nil, 0 // cheap refusal: the first item is none
			}
		}
		if own && (nb.End != nb.Start || !inlineItemOK(nb.Text)) {
			own = false
		}
		pieces = append(pieces, piece)
		lineOf = append(lineOf, nb.Start)
		end = nb.End
	}
	if own {
		return nil, nil, 0
	}
	return pieces, lineOf, end
}

// inlineItemOK: t is one list item the labelled rows' reader reads.
func inlineItemOK(t string) bool {
	_, ok := inlineItem(t, 0, 0, true)
	return ok
}
