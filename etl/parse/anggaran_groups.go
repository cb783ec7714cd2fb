package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

var (
	// a header naming the whole figure: "Jumlah", "Total", "Realisasi s.d. TW IV"
	reWholeCol = regexp.MustCompile(`\b(?:s d|sd|sampai|kumulatif|jumlah|jml|total|tahunan|setahun)\b`)
	// a pagu column before the DIPA revisions
	reInitialCol = regexp.MustCompile(`\b(?:awal|semula|sebelum revisi)\b`)
	// a header naming a part: a quarter, semester or month, a jenis belanja
	rePartCol = regexp.MustCompile(`\b(?:tw|triwulan|semester|smt|bulan|belanja|pegawai|barang|modal)\b`)
)

// anggaranDuplicates settles columns that carry the same money role (pagu,
// realisasi, sisa) more than once: a matrix per jenis belanja, realisasi per
// triwulan. The whole figure is the group or column whose header says so
// (Jumlah, Total, s.d., kumulatif) or the one plain column beside parts
// named as such; the others are parts and are not read. When no header
// settles it, none of them is read and a finding says why: a part is never
// loaded as the whole.
func (p *parser) anggaranDuplicates(t *tableInfo, roles []int) []int {
	money := func(r int) bool { return r == rolePagu || r == roleRealisasi || r == roleSisa || r == rolePersen }
	count := map[int]int{}
	first := -1
	for j, r := range roles {
		if money(r) {
			count[r]++
			if first < 0 {
				first = j
			}
		}
	}
	if count[rolePagu] < 2 && count[roleRealisasi] < 2 && count[roleSisa] < 2 {
		return roles
	}
	if twinsApart(blockCells(t.b, false, nil), roles, rolePagu, roleRealisasi, roleSisa) {
		return roles // "Pagu Program | … | Pagu Kegiatan": one column split by row, merged when read (sparse_twins.go)
	}
	out := append([]int(nil), roles...)
	if gs := headerGroups(t.b, first, len(roles), func(c string) bool { return anggaranRole(c) != roleNone }); len(gs) >= 2 {
		whole := -1
		for g, gr := range gs {
			if reWholeCol.MatchString(normalize.SpacedKey(gr.text)) {
				if whole >= 0 {
					whole = -2
				} else if whole == -1 {
					whole = g
				}
			}
		}
		for j, r := range out {
			if g := groupOf(gs, j); g >= 0 && g != whole && money(r) {
				out[j] = roleNone
			}
		}
		if whole < 0 {
			p.find("anggaran.kolom_ganda", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: pagu/realisasi tercantum per kelompok kolom tanpa kolom jumlah; angka tidak dimuat", t.label)
		}
		return out
	}
	cols := columnTexts(t.b)
	blockedPagu(t.b, cols, out) // Pagu | Blokir | Pagu Efektif: the derived pagu set aside (anggaran_blokir.go)
	for _, r := range []int{rolePagu, roleRealisasi, roleSisa, rolePersen} {
		if count[r] < 2 || sourceTwinCols(cols, out, r) { // one figure per source (source_twins.go)
			continue
		}
		var whole, plain []int
		for j, rr := range out {
			if rr != r {
				continue
			}
			k := " "
			if j < len(cols) {
				k = normalize.SpacedKey(strings.Join(cols[j], " "))
			}
			switch {
			case r == rolePagu && reInitialCol.MatchString(k):
				out[j] = rolePaguAwal // "Pagu Awal" beside "Pagu Akhir": the initial pagu
			case reWholeCol.MatchString(k):
				whole = append(whole, j)
			case !rePartCol.MatchString(k):
				plain = append(plain, j)
			}
		}
		keep := -1
		switch {
		case len(whole) == 1:
			keep = whole[0]
		case len(whole) == 0 && len(plain) == 1:
			keep = plain[0]
		}
		for j, rr := range out {
			if rr == r && j != keep {
				out[j] = roleNone
			}
		}
		if keep < 0 {
			p.find("anggaran.kolom_ganda", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: beberapa kolom %s tanpa penanda jumlah; angka kolom itu tidak dimuat", t.label, roleName(r))
		}
	}
	return out
}

// rolePaguAwal is the budget column of the initial pagu ("Pagu Awal",
// "Pagu Semula"), read into pagu_awal; only anggaranDuplicates gives it.
const rolePaguAwal = roleNilai + 100

func roleName(r int) string {
	switch r {
	case rolePagu:
		return "pagu"
	case roleRealisasi:
		return "realisasi"
	case roleSisa:
		return "sisa"
	case rolePersen:
		return "persentase"
	}
	return "?"
}
