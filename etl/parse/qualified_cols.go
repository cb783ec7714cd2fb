package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A qualified column beside its plain one. A performance table may print
// a measure twice: "Capaian (%)" and "Capaian Diakui (%)" (capped at 100
// for the average), "Capaian Disesuaikan", "Capaian Maks. 120 %",
// "Capaian Normalisasi"; "Realisasi" and "Realisasi Terverifikasi". The
// rulebook's fact is the plain column; the qualified one is a derived
// figure, no fact. Without this reading both columns hold one role and
// the later one wins, which loads the capped figure.
//
// The header words choose (one plain column, every other one qualified),
// and the row's arithmetic proves: where the row's figures differ, the
// plain capaian must fit realisasi/target (capaianFits), and a plain
// realisasi must be the one the printed capaian is computed from. A row
// where the arithmetic fits the qualified figure instead, or fits
// neither, loads the measure NULL with a finding. A realisasi pair is
// read only where the arithmetic proves it: a row without a printed
// capaian to check against loads it NULL.

// roleQualBase + r is the role of a column printing a qualified variant of
// role r; only qualifiedCols gives it, only qualifiedRow reads it.
const roleQualBase = roleNilai + 400

// qualOf is the role a qualified column varies, or roleNone.
func qualOf(role int) int { return unshifted(role, roleQualBase) }

// qualifierWords are the words that make a column a variant of the
// measure its title names: recognised ("diakui"), adjusted, capped,
// normalised, verified, rescaled.
var qualifierWords = map[string]bool{
	"diakui": true, "disesuaikan": true, "penyesuaian": true, "dibatasi": true, "batas": true,
	"maks": true, "maksimal": true, "maksimum": true, "max": true, "normalisasi": true,
	"dinormalisasi": true, "ternormalisasi": true, "terverifikasi": true, "diverifikasi": true,
	"skala": true, "capped": true, "adjusted": true, "normalized": true, "normalised": true, "verified": true,
}

// qualifiedTitle: a column title carries a qualifier word.
func qualifiedTitle(h string) bool {
	q := false
	normalize.KeyWords(h, func(w string) bool {
		q = qualifierWords[w]
		return !q
	})
	return q
}

// qualifiedCols settles a realisasi or capaian role held by two columns
// or more when exactly one title is plain and every other is qualified:
// the plain one keeps the role, the others become its variants. Any other
// mix (two plain titles, none) is left as it was. True when a column
// was settled.
func qualifiedCols(b *extract.Block, roles []int) bool {
	var cols [][]string
	found := false
	for _, r := range [...]int{roleRealisasi, roleCapaian} {
		n := 0
		for _, rr := range roles {
			if rr == r {
				n++
			}
		}
		if n < 2 {
			continue
		}
		if cols == nil {
			cols = columnTexts(b)
		}
		plain, quals := -1, 0
		for j, rr := range roles {
			if rr != r {
				continue
			}
			if j >= len(cols) {
				plain = -2 // a column without a title: nothing to read
				break
			}
			if qualifiedTitle(strings.Join(cols[j], " ")) {
				quals++
				continue
			}
			if plain != -1 {
				plain = -2 // two plain titles: which is the fact is not said
				break
			}
			plain = j
		}
		if plain < 0 || quals != n-1 {
			continue
		}
		for j, rr := range roles {
			if rr == r && j != plain {
				roles[j] = roleQualBase + r
			}
		}
		found = true
	}
	return found
}

// hasQualified: some column is a qualified variant.
func hasQualified(roles []int) bool {
	for _, r := range roles {
		if qualOf(r) != roleNone {
			return true
		}
	}
	return false
}

// qualifiedRow checks one row of a table with qualified columns (see
// above); it runs after assignCells, before the row's values are used.
func (p *parser) qualifiedRow(t *tableInfo, r *extract.Row, roles []int, rc *rowCells, convs map[int]normalize.Convention) {
	if rc == nil {
		return
	}
	if rc.byContent || rc.inline {
		// values read by their order cannot tell a variant from the
		// column after it
		p.dropValues(rc, r, "baris tidak sejajar dengan kolomnya; kolom ukuran dan kolom variannya tidak dapat dipisahkan")
		rc.vals = roleVals{}
		return
	}
	num := func(s string, role int) (normalize.Number, bool) {
		n := normalize.ParseNumber(strings.TrimSpace(s), convs[role])
		return n, n.Status == normalize.OK && s != ""
	}
	// the capaian first: a realisasi is proven against the printed capaian
	for _, base := range [...]int{roleCapaian, roleRealisasi} {
		for j, role := range roles {
			if qualOf(role) != base || j >= len(r.Cells) {
				continue
			}
			plain, qual := strings.TrimSpace(rc.vals.get(base)), strings.TrimSpace(r.Cells[j])
			if plain == "" || qual == "" || plain == qual {
				continue
			}
			pn, okP := num(plain, base)
			qn, okQ := num(qual, base)
			if okP && okQ && pn.Value == qn.Value {
				continue // one figure written twice
			}
			tn, okT := num(rc.vals.get(roleTarget), roleTarget)
			proven, against := false, false
			switch base {
			case roleCapaian:
				rn, okR := num(rc.vals.get(roleRealisasi), roleRealisasi)
				switch {
				case !okT || !okR || tn.Value <= 0:
					// grades or words: nothing to compute, the title alone chooses
					proven = true
				case okP && capaianFits(pn, tn.Value, rn.Value):
					proven = true
				case okQ && capaianFits(qn, tn.Value, rn.Value):
					against = true
				}
			case roleRealisasi:
				cn, okC := num(rc.vals.get(roleCapaian), roleCapaian)
				if okT && okC && okP && okQ && tn.Value > 0 {
					fp, fq := capaianFits(cn, tn.Value, pn.Value), capaianFits(cn, tn.Value, qn.Value)
					proven, against = fp && !fq, fq && !fp
				}
			}
			if proven {
				continue
			}
			why := "hitungan target dan realisasi baris tidak membuktikannya"
			if against {
				why = "hitungan baris cocok dengan kolom variannya, bukan dengan kolom ini"
			}
			rc.vals.set(base, "")
			p.find("capaian.kolom_varian", facts.Warning, r.Start, r.End, t.label,
				"%s: %s %q tercantum di samping variannya %q; %s, dimuat NULL",
				t.label, capaianRoleName(base), plain, qual, why)
		}
	}
}

// komponenQualified picks, among a component table's value columns that
// name no year, the one that holds the components' nilai: every
// component's figure at most its bobot, and the figures summing to the
// total row's figure in the same column (komponenSumTotal), in exactly one
// column; that column's title must not be a rescaled variant ("skala
// 100", "Persentase", "(%)", "Mentah") while every other column's is.
// -1 when the arithmetic proves no column or two, or when it proves the
// column the titles call a variant: then nothing is loaded.
func komponenQualified(b *extract.Block, cols [][]string, nilaiCols []int, bobot, nama int) int {
	if bobot < 0 || len(nilaiCols) < 2 {
		return -1
	}
	found := -1
	for _, j := range nilaiCols {
		if komponenColumnSums(b, j, bobot, nama) {
			if found >= 0 {
				return -1
			}
			found = j
		}
	}
	if found < 0 {
		return -1
	}
	for _, j := range nilaiCols {
		if j < len(cols) && rescaledTitle(strings.Join(cols[j], " ")) != (j != found) {
			return -1 // the titles and the arithmetic disagree, or a second plain title
		}
	}
	return found
}

// anyRescaled: some value column's title names a rescaled variant.
func anyRescaled(cols [][]string, nilaiCols []int) bool {
	for _, j := range nilaiCols {
		if j < len(cols) && rescaledTitle(strings.Join(cols[j], " ")) {
			return true
		}
	}
	return false
}

// rescaledTitle: a component value column's title says it is the score
// rescaled or raw, not the weighted nilai.
func rescaledTitle(h string) bool {
	if strings.IndexByte(h, '%') >= 0 || qualifiedTitle(h) {
		return true
	}
	r := false
	normalize.KeyWords(h, func(w string) bool {
		r = w == "persentase" || w == "persen" || w == "mentah" || w == "raw"
		return !r
	})
	return r
}

// komponenColumnSums: column j of b's component rows stays within each
// row's bobot and sums to the figure of the total row in the same column.
func komponenColumnSums(b *extract.Block, j, bobot, nama int) bool {
	var total *float64
	sum, n := 0.0, 0
	for ri := range b.Rows {
		cells := b.Rows[ri].Cells
		name := ""
		if nama >= 0 && nama < len(cells) {
			name = cells[nama]
		}
		if name == "" {
			for _, c := range cells {
				if c != "" && !valueLike(c) && !isRowNumber(c) {
					name = c
					break
				}
			}
		}
		read := func(k int) (float64, bool) {
			if k < 0 || k >= len(cells) {
				return 0, false
			}
			c, _ := splitScoreGrade(cells[k])
			x := normalize.ParseNumber(c, normalize.Indonesian)
			return x.Value, x.Status == normalize.OK
		}
		k := normalize.Key(name)
		switch {
		case strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah"):
			if v, ok := read(j); ok {
				total = &v
			}
		case komponenOf(name) != "":
			v, ok := read(j)
			w, okW := read(bobot)
			if !ok || !okW || v > w+1e-9 {
				return false
			}
			sum += v
			n++
		}
	}
	return total != nil && n >= 2 && math.Abs(sum-*total) <= 0.01*float64(n)+1e-9
}
