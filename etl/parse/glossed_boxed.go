package parse

import (
	"strings"
)

// Keyed records boxed by one rule with inner rules of another (the staff
// cooperative's loan cards, a rental contract's card): each card opens and
// closes with a heavier rule (`#…#`, `=…=`, `+…+`) and parts its head, its
// fields and a small table (dated instalments) with lighter rules:
//
//	########################################
//	  KOPERASI PEGAWAI …        Kartu No. 001
//	----------------------------------------
//	  Peminjam        : 076.01.WA
//	                    Program Dukungan Manajemen
//	  Plafon Pinjaman : Rp  3.112.760.000
//	----------------------------------------
//	  Angsuran   Tanggal      Pokok Dibayar (Rp)
//	  ke-1       31-03-2020        448.305.839
//	----------------------------------------
//	  Jumlah Angsuran  : Rp  2.988.705.595
//	  Sisa Pinjaman    : Rp    124.054.405
//	########################################
//
// Cut at every rule, no part holds a whole record. glossOuterRule decides,
// at the first rule of a run, whether the run is boxed so: the rule's
// character closes a box before any blank line (within a window), a rule of
// another character stands inside, fields stand in two parts or more the inner
// rules divide, at least one field is keyed and no keyed role comes twice (a
// table of records under one heavy rule, `=` head then `-` between
// records, repeats its roles and stays cut at every rule). Inside such a
// box the inner rules part nothing; a line after an inner rule wraps onto
// no field, and the lines there that are no field (the instalments, their
// header) are a sub-table: no fact, the record loads from its fields.

// glossRuleChar: the character a rule is drawn with (its most frequent,
// `+----+` drawn with `-`).
func glossRuleChar(l string) rune {
	n := map[rune]int{}
	best := rune(0)
	for _, c := range strings.TrimSpace(l) {
		n[c]++
		if best == 0 || n[c] > n[best] {
			best = c
		}
	}
	return best
}

// glossOuterRule: the rule character of a run's boxes when the rule at line
// j opens a box with inner rules of another character; 0 otherwise. Looks
// at most 80 lines on.
func glossOuterRule(g *glossKey, lines []string, j int) rune {
	c := glossRuleChar(glossUnbox(lines[j]))
	inner := false
	segs, seg, keyed := 0, 0, 0 // parts holding fields, fields in this part
	roles := map[string]bool{}
	for k := j + 1; k < len(lines) && k <= j+80; k++ {
		l := glossUnbox(lines[k])
		if strings.TrimSpace(l) == "" {
			return 0 // the box never closes
		}
		if glossRule(l) {
			if seg > 0 {
				segs++
			}
			seg = 0
			if glossRuleChar(l) != c {
				inner = true
				continue
			}
			if !inner || segs < 2 || keyed == 0 {
				return 0
			}
			return c
		}
		f, ok := glossFieldOf(l)
		if !ok {
			continue
		}
		seg++
		if r := g.roleOf(f.label); r != "" {
			if roles[r] || r == "?" {
				return 0 // one box holds two records' roles
			}
			roles[r] = true
			keyed++
		}
	}
	return 0
}
