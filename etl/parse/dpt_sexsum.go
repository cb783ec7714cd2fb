package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT table may print the roll by sex and no total column at all:
//
//	No | Kecamatan | Desa/Kel. | TPS | Laki-laki | Perempuan
//	1  | KOTA WAIKABUBAK | 13 | 98 | 19.012 | 18.373
//	   | KAB. SUMBA BARAT | 80 | 341 | 67.574 | 66.352
//
// The roll of a row is its men plus its women by definition, so each
// row's total is L + P (finding dpt.total_dijumlah, once per table). The
// table is read so only when its caption names the DPT and no other roll
// or count of people (DPTb, DPK, PPK members, voters who voted, age
// bands), and no column it cannot name holds figures (an unnamed column
// may be the total, or another roll). Proof: a kabupaten row's L and P
// must be the sums of the kecamatan rows' (else every total of the table
// is NULL: dpt.total_tidak_terbukti); a sentence under the table stating
// another total than the kabupaten row's L + P makes that total NULL
// (dpt.kalimat_total).

// dptSexSum gives t a summed "L+P" column when its header names one
// men's and one women's column and no total; the roles with it, nil when
// t is not such a table (t untouched).
func (p *parser) dptSexSum(t *tableInfo, roles []int) []int {
	if indexOf(roles, roleLP) >= 0 || indexOf(roles, roleNama) < 0 {
		return nil // most DPT tables: a total column of their own
	}
	l, pc := indexOf(roles, roleL), indexOf(roles, roleP)
	if l < 0 || pc < 0 || countRole(roles, roleL) != 1 || countRole(roles, roleP) != 1 || !dptSexSumContext(t) {
		return nil
	}
	b := t.b
	convL, convP := rowsConvention(b.Rows, l), rowsConvention(b.Rows, pc)
	for j, r := range roles {
		if r == roleNone && columnHasFigure(b.Rows, j) {
			return nil // an unnamed column of figures: perhaps the total, perhaps another roll
		}
	}
	w := max(b.Width, len(roles))
	nb := *b
	nb.Width = w + 1
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		cells := sumPadCells(h.Cells, w)
		if i == len(b.Header)-1 {
			cells = append(cells, "L+P")
		} else {
			cells = append(cells, "")
		}
		h.Cells = cells
		nb.Header[i] = h
	}
	nb.Rows = make([]extract.Row, len(b.Rows))
	for i, r := range b.Rows {
		sum := ""
		if l < len(r.Cells) && pc < len(r.Cells) {
			ln, pn := normalize.ParseNumber(r.Cells[l], convL), normalize.ParseNumber(r.Cells[pc], convP)
			if ln.Status == normalize.OK && pn.Status == normalize.OK && sumWhole(ln.Value) && sumWhole(pn.Value) {
				sum = strconv.FormatInt(int64(ln.Value)+int64(pn.Value), 10)
			}
		}
		r.Cells = append(sumPadCells(r.Cells, w), sum)
		nb.Rows[i] = r
	}
	t.b, t.money = &nb, 0
	out := append(append(make([]int, 0, len(roles)+1), roles...), make([]int, w-len(roles))...)
	return append(out, roleLP)
}

// dptSexSumContext: the caption (or, without one, the text right above)
// names the DPT itself, and neither it nor the header names another roll
// or another count of people by sex.
func dptSexSumContext(t *tableInfo) bool {
	c := t.cap
	if strings.TrimSpace(c) == "" {
		return false
	}
	if !has(c, "dpt", "daftar pemilih tetap", "voter roll", "voters list", "final voters list", "registered voters") {
		return false
	}
	for _, s := range [...]string{c, t.hdr} {
		if has(s, "dptb", "dpk", "dph", "dps", "dpshp", "dptln", "tambahan", "khusus", "pindahan", "pindah",
			"ppk", "pps", "kpps", "pantarlih", "anggota", "petugas", "penyelenggara", "adhoc", "ad hoc", "badan",
			"umur", "usia", "kelompok", "pengguna", "hak pilih", "partisipasi", "kehadiran", "hadir", "memilih",
			"disabilitas", "difabel", "pemula", "milenial", "generasi", "baru", "tms", "meninggal", "ganda",
			"dicoret", "perubahan", "turnout", "age", "staff", "members") {
			return false
		}
	}
	return true
}

// columnHasFigure: some row holds a number in column j.
func columnHasFigure(rows []extract.Row, j int) bool {
	for i := range rows {
		if c := rows[i].Cells; j < len(c) && c[j] != "" {
			if n := normalize.ParseNumber(c[j], normalize.Unknown); n.Status == normalize.OK {
				return true
			}
		}
	}
	return false
}

// sumWhole: a non-negative whole number.
func sumWhole(v float64) bool { return v >= 0 && v == float64(int64(v)) }

// padCells is cells widened to w with empty cells (a copy: the block's
// rows are never written).
func sumPadCells(cells []string, w int) []string {
	out := make([]string, max(w, len(cells)), max(w, len(cells))+1)
	copy(out, cells)
	return out
}

// dptSexSumProof checks the facts the summed table gave (from index
// from on): the member rows' L and P (kecamatan; kabupaten in a table of
// kabupaten) make the total row's, and a sentence under the table agrees
// with its total.
func (p *parser) dptSexSumProof(t *tableInfo, from int, level string) {
	if from >= len(p.doc.DPT) {
		return
	}
	p.find("dpt.total_dijumlah", facts.Info, t.b.Start, t.b.End, t.label,
		"%s: tabel tanpa kolom jumlah (L+P); jumlah pemilih tiap baris = laki-laki + perempuan", t.label)
	member, whole := "kecamatan", "kabupaten"
	if level != "kecamatan" {
		member, whole = "kabupaten", "provinsi"
	}
	var tot *facts.DPT
	var l, pp int64
	n, all, tots := 0, true, 0
	for i := from; i < len(p.doc.DPT); i++ {
		d := &p.doc.DPT[i]
		switch d.TingkatWilayah {
		case member:
			n++
			if d.PemilihL == nil || d.PemilihP == nil {
				all = false
				continue
			}
			l, pp = l+*d.PemilihL, pp+*d.PemilihP
		case whole:
			tot = d
			tots++
		}
	}
	if tot == nil {
		return // no total row: nothing to prove against
	}
	if tots > 1 || !all || n < 2 || tot.PemilihL == nil || tot.PemilihP == nil || l != *tot.PemilihL || pp != *tot.PemilihP {
		for i := from; i < len(p.doc.DPT); i++ {
			p.doc.DPT[i].PemilihTotal = nil
		}
		p.find("dpt.total_tidak_terbukti", facts.Warning, t.b.Start, t.b.End, t.label,
			"%s: laki-laki dan perempuan baris %s tidak berjumlah baris %s; jumlah pemilih (L+P) tidak dimuat", t.label, member, tot.Wilayah)
		return
	}
	p.dptSexSumSentence(tot)
}

// dptSexSumSentence reads the paragraph right under the table (after
// its source line): when it speaks of the roll and states a count larger
// than either sex that is not L + P, the total is not proven.
func (p *parser) dptSexSumSentence(kab *facts.DPT) {
	for k := p.cur + 1; k < len(p.blocks) && k <= p.cur+3; k++ {
		b := &p.blocks[k]
		if b.Kind != extract.Paragraph || b.IsCaption {
			return
		}
		low := strings.ToLower(b.Text)
		if s := strings.TrimSpace(low); strings.HasPrefix(s, "sumber") || strings.HasPrefix(s, "keterangan") {
			continue
		}
		if !strings.Contains(low, "pemilih") && !strings.Contains(low, "dpt") {
			return
		}
		if y := electionYear(b.Text); y != 0 && y != kab.Tahun {
			return // another election's roll
		}
		total := *kab.PemilihL + *kab.PemilihP
		said, other := false, int64(0)
		for _, v := range proseCounts(b.Text) {
			switch {
			case v == total:
				said = true
			case v > max(*kab.PemilihL, *kab.PemilihP) && other == 0:
				other = v
			}
		}
		if !said && other != 0 {
			kab.PemilihTotal = nil
			dptSentenceFinding(p.doc, b.Start-1, b.End-1, other, total, "laki-laki + perempuan baris "+kab.Wilayah)
		}
		return
	}
}

// proseCounts are the whole numbers a sentence writes ("133.926",
// "80"), years and percents left out.
func proseCounts(s string) []int64 {
	var out []int64
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) || i > 0 && (isDigitByte(s[i-1]) || s[i-1] == '.' || s[i-1] == ',') {
			i++
			continue
		}
		j := i
		for j < len(s) && (isDigitByte(s[j]) || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigitByte(s[j+1])) {
			j++
		}
		tok := s[i:j]
		rest := strings.TrimLeft(s[j:], " ")
		i = j
		if strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "persen") {
			continue
		}
		n := normalize.ParseNumber(tok, normalize.Indonesian)
		if n.Status != normalize.OK || !sumWhole(n.Value) {
			continue
		}
		if v := int64(n.Value); len(tok) == 4 && v >= 1900 && v <= 2100 {
			continue // a year
		} else {
			out = append(out, v)
		}
	}
	return out
}
