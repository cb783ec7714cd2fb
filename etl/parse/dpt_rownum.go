package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT table's row numbers can come out fused into the names when the
// text lost the gap between the `No` column and the name column (a PDF
// whose header reads `No Kecamatan` and whose rows read `1 BORONG`). The
// number is no part of the name: loaded as it is, every row would sit
// under a key nobody asks for.

// rowNumberPrefix splits a name opening with a row number ("1 BORONG",
// "10. Congkar", "3) Elar", "4.ELAR") into the number and the rest; ok false when
// the name opens otherwise or nothing but the number is there.
func rowNumberPrefix(name string) (n int, rest string, ok bool) {
	i := 0
	for i < len(name) && i < 4 && isDigitByte(name[i]) {
		n = n*10 + int(name[i]-'0')
		i++
	}
	if i == 0 || i > 3 {
		return 0, "", false
	}
	mark := i < len(name) && (name[i] == '.' || name[i] == ')')
	if mark {
		i++ // "1." or "1)": the name may follow without a space ("1.BORONG")
	}
	if i >= len(name) || !mark && name[i] != ' ' && name[i] != '\t' {
		return 0, "", false
	}
	rest = strings.TrimSpace(name[i:])
	if !hasLetter(firstRune(rest)) {
		return 0, "", false // "1 2.345": a number and a value, not a name
	}
	return n, rest, true
}

// firstRune is s's first character (whole, for letters outside ASCII).
func firstRune(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}

// dptRowNumbers takes a fused row number off the region names of kinds
// where the table proves it a row number: the name column's header opens
// with `No` ("No Kecamatan", "No. Kabupaten/Kota"), or the numbers run
// 1, 2, 3 … (each one more than the last) down the region rows. Where
// neither proves it, a kecamatan row whose name opens with a number is
// refused with a finding: its name is not known.
func (p *parser) dptRowNumbers(t *tableInfo, kinds []dptRowKind, roles []int, level string) {
	fused := false
	for _, k := range kinds {
		if !k.total && k.name != "" && isDigitByte(k.name[0]) {
			fused = true
			break
		}
	}
	if !fused {
		return // most tables: no name opens with a digit
	}
	header := false
	if j := indexOf(roles, roleNama); j >= 0 {
		if cols := columnTexts(t.b); j < len(cols) {
			for _, c := range cols[j] {
				k := normalize.Key(c)
				header = header || strings.HasPrefix(k, "no ") || strings.HasPrefix(k, "nomor ")
			}
		}
	}
	run, last, numbered, plain := true, 0, 0, 0
	for _, k := range kinds {
		if k.total || k.name == "" || dapilHeading(k.name) {
			continue
		}
		n, _, ok := rowNumberPrefix(k.name)
		if !ok {
			plain++
			continue
		}
		if numbered > 0 && n != last+1 {
			run = false
		}
		last = n
		numbered++
	}
	proven := header || run && plain == 0 && numbered >= 2
	for i := range kinds {
		k := &kinds[i]
		if k.total || k.name == "" {
			continue
		}
		_, rest, ok := rowNumberPrefix(k.name)
		switch {
		case !ok:
		case proven:
			k.name = rest
		case level == "kecamatan":
			r := &t.b.Rows[i]
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, r.Start, r.End, k.name,
				"%s: %q diawali angka yang tidak terbukti nomor baris (tidak ada kolom No, nomor tidak berurutan); nama kecamatan tidak pasti, baris dilewati", t.label, k.name)
			k.refused = true
		}
	}
}

// splitFusedNo is the mirror case: the header's `No Kecamatan` fused while
// the rows keep the number apart ("1 | BORONG | 25 | …"), so every row
// has one cell more than the header and the name would be read from the
// number's cell. When every row that fills that column holds a row number
// there and a name in the next cell, the header cell is split in two; nil
// when nothing proves it.
func splitFusedNo(b *extract.Block) *extract.Block {
	if len(b.Header) == 0 || len(b.Rows) < 2 {
		return nil
	}
	last := len(b.Header) - 1
	for j, h := range b.Header[last].Cells {
		w1, w2, ok := twoWords(h)
		if !ok || !strings.EqualFold(strings.TrimSuffix(w1, "."), "no") && !strings.EqualFold(w1, "nomor") || dptRole(w2) != roleNama {
			continue // (the cheap test first: dptRole allocates)
		}
		numbered := 0
		for i := range b.Rows {
			c := b.Rows[i].Cell(j)
			if c == "" {
				continue // a total row opening with an empty cell
			}
			if !rowNumberCell(c) || !hasLetter(b.Rows[i].Cell(j+1)) {
				return nil
			}
			numbered++
		}
		if numbered < 2 {
			return nil
		}
		nb := *b
		nb.Header = make([]extract.Row, len(b.Header))
		for i, hr := range b.Header {
			nb.Header[i] = hr
			nb.Header[i].Cells = splitMergedCells(hr.Cells, []int{j}, i == last)
			nb.Width = max(nb.Width, len(nb.Header[i].Cells))
		}
		return &nb
	}
	return nil
}
