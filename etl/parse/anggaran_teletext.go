package parse

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as a text screen typed again, each budget line written over two
// (or three) lines: a head with the code and the name (the name perhaps
// wrapped onto the next line; the total's head JUMLAH/TOTAL without a code),
// then a line (or two) holding nothing but labelled amounts, in any order. A
// television station's teletext pages are the model, their repeated page
// heads, subpage counters, rules and fastext lines between the records, even
// between a record's two lines; a videotex/Minitel page, a bank's text-mode
// statement or a 3270 screen are written the same way:
//
//	P301  KPU-TEKS  301 Sab 31 Des  23:51:01
//	  REALISASI ANGGARAN 2024   1/2
//	  ====================================
//	  076.01.WA Program Dukungan Manajemen
//	     Pagu 4.003.012.000  Real 3.972.665.230  Sisa 30.346.770  99,24%
//	  3355 Pengelolaan Keuangan dan Barang Milik Negara
//	     Pagu 2.804.612.000  Real 2.792.004.318  Sisa 12.607.682  99,55%
//	  302 >>  Merah: Capaian  Hijau: DPT  Kuning: Indeks
//
// What it trusts:
//   - a figure line: labels and amounts only, nothing else on it — `Pagu` /
//     `Anggaran` / `Alokasi` the pagu, `Real` / `Realisasi` / `Terserap` the
//     realisasi, `Sisa` / `Saldo` the sisa, `Serapan` / `Persen` or a bare
//     `n%` the percent; amounts in whole rupiah (`Rp`, `,00` allowed); a
//     unit (`4,0 M`, `jt`), a decimal amount or any other word makes the line
//     no figure line. A record's first figure line holds two fields at least;
//     a figure line right under it naming other fields continues it.
//   - the head: the nearest line above the figures opening with a budget
//     code (a program 076.01.WA, a kegiatan 3355) and a name, or a total's
//     word without a code; up to two lines right under it without a digit
//     are its name wrapped; between the head and its figures, and between
//     records, only furniture: blank lines, rules, short lines without an
//     amount or a percent (page heads, counters, clocks, fastext and menus).
//     Inside a screen a record may stand on one line, its head before the
//     labels.
//   - the arithmetic, as every labelled budget record (blkExport): sisa =
//     pagu − realisasi and the percent on every record, the kegiatan after a
//     program summing to its pagu and the programs to the total. A screen
//     failing anywhere loads nothing (a finding); a proven screen is rewritten
//     as one TAB budget table for the budget table reader.
//
// Page numbers, clocks, subpage counters and fastext targets are no facts.

var (
	ttLabel = regexp.MustCompile(`(?i)^(pagu(?:\s+revisi)?|anggaran|alokasi|realisasi|real|terserap|sisa(?:\s+anggaran|\s+pagu)?|saldo|serapan|persen(?:tase)?)\b\.?[\s.]*[:=]?\s*`)
	ttAmt   = regexp.MustCompile(`(?i)^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,00|,-)?`)
	ttPct   = regexp.MustCompile(`^\(?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\)?`)
	ttBare  = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d{1,2})?)`)
	ttFig   = regexp.MustCompile(`\d\.\d{3}|%`)
)

// ttLabels: the lower-case starts of the labels, for the byte scan that
// finds candidate lines.
var ttLabels = []string{"pagu", "anggaran", "alokasi", "real", "terserap", "sisa", "saldo", "serapan", "persen"}

// ttFieldSeps: what may part two fields of a figure line.
const ttFieldSeps = " \t|;,/·•"

// ttRole: the role of a label (pagu, real, sisa, sera).
func ttRole(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.HasPrefix(l, "pagu"), l == "anggaran", l == "alokasi":
		return "pagu"
	case strings.HasPrefix(l, "real"), l == "terserap":
		return "real"
	case strings.HasPrefix(l, "sisa"), l == "saldo":
		return "sisa"
	}
	return "sera"
}

// ttFigs reads a figure line: the fields into hb (a field already set fails
// the line), how many were read; false when anything else is on the line.
func ttFigs(hb *hierBox, s string) (int, bool) {
	n := 0
	set := func(p *string, v string) bool {
		if *p != "" {
			return false
		}
		*p = v
		n++
		return true
	}
	for {
		s = strings.TrimLeft(s, ttFieldSeps)
		if s == "" {
			return n, n > 0
		}
		if m := ttPct.FindStringSubmatchIndex(s); m != nil {
			if !set(&hb.sera, s[m[2]:m[3]]) {
				return n, false
			}
			s = s[m[1]:]
			continue
		}
		m := ttLabel.FindStringSubmatchIndex(s)
		if m == nil {
			return n, false
		}
		role := ttRole(strings.Join(strings.Fields(s[m[2]:m[3]]), " "))
		s = s[m[1]:]
		if role == "sera" {
			v := ttPct.FindStringSubmatchIndex(s)
			if v == nil {
				v = ttBare.FindStringSubmatchIndex(s)
			}
			if v == nil || !set(&hb.sera, s[v[2]:v[3]]) {
				return n, false
			}
			s = s[v[1]:]
		} else {
			v := ttAmt.FindStringSubmatchIndex(s)
			if v == nil {
				return n, false
			}
			a, ok := recAmountOf(s[v[2]:v[3]])
			p := map[string]*string{"pagu": &hb.pagu, "real": &hb.real, "sisa": &hb.sisa}[role]
			if !ok || !set(p, a) {
				return n, false
			}
			s = s[v[1]:]
		}
		// a field ends at a separator or the line's end (`4,0 M`, `1.250,5`
		// and `850jt` are no whole rupiah)
		if s != "" && !strings.ContainsRune(ttFieldSeps, rune(s[0])) {
			return n, false
		}
	}
}

// ttHead reads a head line into c: a budget code and a name, or a total's
// word without a code; false for any other line.
func ttHead(c *abreastRec, l string) bool {
	t := strings.TrimSpace(l)
	f := strings.Fields(t)
	if len(f) == 0 || len(t) > 160 || ttFig.MatchString(t) {
		return false
	}
	code := strings.TrimRight(f[0], ":.")
	if passbookCode(code) && strings.ContainsAny(code, "0123456789") && !hierTotal.MatchString(code) {
		name := strings.Trim(strings.TrimSpace(strings.TrimPrefix(t, f[0])), ":|–—- ")
		if !strings.ContainsFunc(name, func(r rune) bool { return r < utf8.RuneSelf && isLetterByte(byte(r)) }) {
			return false
		}
		c.code, c.name = code, name
		return true
	}
	if tmTotal.MatchString(t) && !strings.ContainsAny(t, "0123456789") {
		c.total, c.code, c.name = true, "", "TOTAL"
		return true
	}
	return false
}

// ttFurniture: a line that may stand between a head and its figures or
// between records: blank, a rule, or a short line without an amount or a
// percent that is no head (a page head, a counter, a clock, a menu).
func ttFurniture(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || quRule(t) {
		return true
	}
	var c abreastRec
	return utf8.RuneCountInString(t) <= 100 && !ttFig.MatchString(t) && !ttHead(&c, t)
}

// ttWrap: a line carrying on a head's name (no digit, opening with a
// letter, no menu marks).
func ttWrap(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && isLetterByte(t[0]) && !strings.ContainsAny(t, "0123456789:>=|") && len(t) <= 100
}

// ttHeadAbove finds the head of the figures on line k, looking no higher
// than line lo+1 (and ten lines); the record and the head's line, nil when
// the lines between are not all furniture or there is no head.
func ttHeadAbove(lines []string, lo, k int) (*abreastRec, int) {
	for j := k - 1; j > lo && j >= k-10; j-- {
		c := &abreastRec{}
		if ttHead(c, lines[j]) {
			// the name wrapped onto the lines right under the head
			for w := j + 1; w < k && w <= j+2 && !c.total && ttWrap(lines[w]); w++ {
				c.name += " " + strings.TrimSpace(lines[w])
			}
			return c, j
		}
		if !ttFurniture(lines[j]) {
			return nil, -1
		}
	}
	return nil, -1
}

// ttOneLine reads a record standing on one line: a head, then only
// labelled fields (the first a label, not a bare percent); a label word
// inside the name is passed over.
func ttOneLine(l string) *abreastRec {
	for k := 0; k < len(l); k++ {
		if k > 0 && l[k-1] != ' ' && l[k-1] != '\t' || !ttLabel.MatchString(l[k:]) {
			continue
		}
		c := &abreastRec{}
		if n, ok := ttFigs(&c.hierBox, l[k:]); ok && n >= 2 && ttHead(c, l[:k]) {
			return c
		}
	}
	return nil
}

// ttCandidate: the cheap test of a line before ttFigs: its first word is a
// label's start and it holds a digit. The first byte is tested before the
// digit scan (issue 13): every label is ASCII and starts with p, a, r, t
// or s, and strings.EqualFold of a label with as many bytes matches ASCII
// letters only, so a line starting otherwise never matches.
func ttCandidate(l []byte) bool {
	t := bytes.TrimLeft(l, " \t")
	if len(t) < 6 {
		return false
	}
	switch t[0] | 0x20 {
	case 'p', 'a', 'r', 't', 's':
	default:
		return false
	}
	if bytes.IndexAny(t, "0123456789") < 0 {
		return false
	}
	for _, w := range ttLabels {
		if len(t) >= len(w) && strings.EqualFold(string(t[:len(w)]), w) {
			return true
		}
	}
	return false
}

// ttStarts: line l begins a record's figures (two fields at least).
func ttStarts(l string) bool {
	var hb hierBox
	n, ok := ttFigs(&hb, l)
	return ok && n >= 2
}

// teletextBudgets rewrites every proven screen of two-line budget records
// as a TAB budget table.
func teletextBudgets(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "Pagu", "PAGU", "pagu", "Alokasi", "ALOKASI", "alokasi", "Anggaran", "ANGGARAN", "anggaran") {
		return data
	}
	// a byte scan first: most documents hold no figure line at all
	found := false
	for rest := data; len(rest) > 0 && !found; {
		l := rest
		if k := bytes.IndexByte(rest, '\n'); k >= 0 {
			l, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		found = ttCandidate(l) && ttStarts(string(l))
	}
	if !found {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !ttCandidate([]byte(lines[i])) || !ttStarts(lines[i]) {
			continue
		}
		end, ok := teletextAt(doc, lines, i)
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// teletextAt reads the screen whose first figure line is line i: its last
// line read and whether it was rewritten.
func teletextAt(doc *facts.Document, lines []string, i int) (int, bool) {
	first, top := ttHeadAbove(lines, -1, i)
	if first == nil {
		return i, false // figures without a head: no record
	}
	ttFigs(&first.hierBox, lines[i])
	recs := []*abreastRec{first}
	cur, last := first, i
	for j := i + 1; j < len(lines) && j <= last+12; j++ {
		l := lines[j]
		var hb hierBox
		n, ok := ttFigs(&hb, l)
		switch {
		case ok && j == last+1 && ttDisjoint(&cur.hierBox, &hb):
			// the record's figures go on on the next line
			ttMerge(&cur.hierBox, &hb)
			last = j
			continue
		case ok && n >= 2:
			c, h := ttHeadAbove(lines, last, j)
			if c == nil || !ttBetween(lines, last, h) {
				j = len(lines) // headless figures end the screen
				continue
			}
			ttFigs(&c.hierBox, l)
			recs = append(recs, c)
			cur, last = c, j
			continue
		case ok:
			j = len(lines)
			continue
		}
		if c := ttOneLine(l); c != nil && ttBetween(lines, last, j) {
			recs = append(recs, c)
			cur, last = c, j
		}
	}
	return blkExport(doc, lines, top, last+1, recs, "halaman teks anggaran (teleteks)")
}

// ttBetween: lines lo+1 .. k-1 are all furniture.
func ttBetween(lines []string, lo, k int) bool {
	for j := lo + 1; j < k; j++ {
		if !ttFurniture(lines[j]) {
			return false
		}
	}
	return true
}

// ttDisjoint: b names only fields a lacks.
func ttDisjoint(a, b *hierBox) bool {
	return (b.pagu == "" || a.pagu == "") && (b.real == "" || a.real == "") &&
		(b.sisa == "" || a.sisa == "") && (b.sera == "" || a.sera == "")
}

// ttMerge sets a's missing fields from b.
func ttMerge(a, b *hierBox) {
	for _, p := range [][2]*string{{&a.pagu, &b.pagu}, {&a.real, &b.real}, {&a.sisa, &b.sisa}, {&a.sera, &b.sera}} {
		if *p[0] == "" {
			*p[0] = *p[1]
		}
	}
}
