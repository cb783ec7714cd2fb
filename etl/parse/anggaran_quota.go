package parse

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as the remaining-quota screen of a phone operator's app (layar
// sisa kuota) typed again: each budget line a data package, its head a
// bullet, a code and a name (the total's head a label with JUMLAH/TOTAL and
// no code), its figures on the lines under it or on the head's line, each
// after a label by meaning:
//
//	◉ Sisa Kuota Anggaran                     TA 2021
//	──────────────────────────────────────────
//	KUOTA UTAMA - JUMLAH
//	  Kuota     Rp 2.714.380.000
//	  Terpakai  Rp 2.639.052.117  (97,22%)
//	  Sisa      Rp    75.327.883  [▓▓▓▓▓▓▓░]
//	▸ 076.01.WA  Program Dukungan Manajemen
//	  Kuota Rp 2.082.622.000 | Terpakai Rp 2.022.680.840 | Sisa Rp 59.941.160
//	    · 3355  Pengelolaan Keuangan …
//
// quotaScreens rewrites such a screen as one TAB table through the
// whiteboard's board prover (wbBoard in anggaran_whiteboard.go), which
// sets the levels (indent, then the order the bullets first appear), proves
// sisa = pagu − realisasi and the percent on each record, and the kegiatan
// summing to their program and the programs to the total. What it trusts:
//   - labels by meaning: `Kuota` (also `Total Kuota`, `Kuota Awal`) the
//     pagu, `Terpakai` / `Dipakai` / `Digunakan` / `Pemakaian` the
//     realisasi, `Sisa` (also `Sisa Kuota`) the sisa; each followed by an
//     amount in whole rupiah with dot thousands (`Rp` optional);
//   - a percent right after the used amount is the serapan; a percent after
//     the quota or the remainder (a phone's "12% left") is drawing, as are
//     the bars (`[▓▓░]`, block and box characters, no digit);
//   - a figure line with anything else on it (a unit GB/MB, a `1,5 M`, a
//     word) proves nothing: its record gives no row (a finding), and a
//     screen of data packages (no rupiah, no codes) gives nothing at all.
//
// Gate: the bytes `uota`/`UOTA` (Kuota, KUOTA), rare outside such screens.

var (
	quField = regexp.MustCompile(`(?i)\b(sisa(?:\s+kuota)?|(?:total\s+)?kuota(?:\s+awal)?|quota|terpakai|dipakai|digunakan|pemakaian)\s*:?\s*(?:rp\.?\s*)?(\d[\d.,]*)`)
	quPct   = regexp.MustCompile(`^\(?\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)?`)
	quTotal = regexp.MustCompile(`(?i)\b(?:jumlah|total|keseluruhan)\b`)
)

// quotaGate: a quota label anywhere (Kuota, KUOTA).
func quotaGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "uota") || docHas(doc, data, "UOTA")
}

// quFigs is one figure line read: what stands before the first label (a
// head on the same line), the amounts by role, and whether the rest of the
// line is only drawing.
type quFigs struct {
	prefix           string
	pagu, real, sisa string
	sera             string
	ok               bool
	dup              bool
}

// quLine reads a figure line; nil when no label with an amount is on it.
func quLine(l string) *quFigs {
	if len(l) > 2000 || !strings.ContainsAny(l, "0123456789") {
		return nil
	}
	ms := quField.FindAllStringSubmatchIndex(l, -1)
	if ms == nil {
		return nil
	}
	f := &quFigs{prefix: strings.TrimSpace(l[:ms[0][0]]), ok: true}
	for n, m := range ms {
		label := strings.ToLower(l[m[2]:m[3]])
		amount := l[m[4]:m[5]]
		amount = strings.TrimRight(amount, ".,")
		if !hierThousands.MatchString(amount) {
			// a decimal, a scale or a unit follows: no rupiah
			f.ok = false
		}
		slot := &f.real
		switch {
		case strings.HasPrefix(label, "sisa"):
			slot = &f.sisa
		case strings.Contains(label, "kuota") || label == "quota":
			slot = &f.pagu
		}
		if *slot != "" {
			f.dup = true
		}
		*slot = amount
		end := len(l)
		if n+1 < len(ms) {
			end = ms[n+1][0]
		}
		rest := l[m[1]-(len(l[m[4]:m[5]])-len(amount)) : end]
		rest = strings.TrimLeft(rest, " \t")
		if p := quPct.FindStringSubmatch(rest); p != nil {
			if slot == &f.real {
				f.sera = p[1]
			}
			rest = rest[len(p[0]):]
		}
		if !quDrawing(rest) {
			f.ok = false
		}
	}
	return f
}

// quDrawing: only spaces, separators, brackets and block or box drawing.
func quDrawing(s string) bool {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), strings.ContainsRune("|·•,;/[]()", r):
		case r >= 0x2500 && r <= 0x259F, r >= 0x25A0 && r <= 0x25FF:
		default:
			return false
		}
	}
	return true
}

// quRule: a line drawn only (a screen's divider).
func quRule(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, "─━═-_=~") == ""
}

// quHead reads a head into r: a leading bullet (any rune neither letter
// nor digit), then a code and a name, or a total label without a code.
func quHead(r *wbRec, s string) string {
	s = strings.TrimSpace(s)
	if c, size := utf8.DecodeRuneInString(s); s != "" && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
		r.bullet = string(c)
		s = strings.TrimSpace(s[size:])
	}
	why := wbHeadOf(r, s)
	if why == "angka tanpa kode" && s != "" && quTotal.MatchString(s) {
		if f := strings.Fields(s); !strings.ContainsAny(f[0], "0123456789") {
			r.hb = hierBox{total: true, name: s}
			return ""
		}
	}
	return why
}

func quotaScreens(doc *facts.Document, data []byte) []byte {
	if !quotaGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if quLine(lines[i]) == nil {
			continue
		}
		end, ok := quotaAt(doc, lines, i)
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// quOpen starts a record whose head is the text head on lines top..; bad
// when the head is not understood.
func quOpen(head string, top, indent int) *wbRec {
	r := &wbRec{top: top, line: top, indent: indent}
	if why := quHead(r, head); why != "" {
		r.bad = why
		r.hb = hierBox{}
	}
	return r
}

// quHeadAbove opens the record for headless figures from the head lines
// pend (one, or two for a wrapped name; the nearest alone first).
func quHeadAbove(lines []string, pend []int) *wbRec {
	last := pend[len(pend)-1]
	r := quOpen(lines[last], last, wbIndent(lines[last]))
	if r.bad != "" && len(pend) > 1 {
		first := pend[len(pend)-2]
		r2 := quOpen(strings.TrimSpace(lines[first])+" "+strings.TrimSpace(lines[last]), first, wbIndent(lines[first]))
		if r2.bad == "" {
			return r2
		}
	}
	return r
}

// quotaAt reads the screen whose first figure line is line i: its last
// line and whether it was rewritten. Work is bounded by the screen's lines.
func quotaAt(doc *facts.Document, lines []string, i int) (int, bool) {
	var recs []*wbRec
	var cur *wbRec
	var pend []int
	// the first record's head: one or two text lines right above, unless
	// the figures carry their own head
	for j := i - 1; j >= 0 && j >= i-2 && quLine(lines[i]).prefix == ""; j-- {
		l := lines[j]
		if strings.TrimSpace(l) == "" || quRule(l) || quLine(l) != nil {
			break
		}
		pend = append([]int{j}, pend...)
	}
	blanks := 0
	last := i
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			if len(pend) > 0 {
				break // a head not followed by figures ends the screen
			}
			blanks++
			if blanks > 2 {
				break
			}
			continue
		}
		if quRule(l) {
			break
		}
		f := quLine(l)
		if f == nil {
			if len(pend) == 2 {
				break
			}
			pend = append(pend, j)
			continue
		}
		switch {
		case f.prefix != "":
			if len(pend) > 0 {
				j = len(lines) // unexplained text before a headed line
				continue
			}
			cur = quOpen(f.prefix, j, wbIndent(l))
			recs = append(recs, cur)
		case len(pend) > 0:
			cur = quHeadAbove(lines, pend)
			recs = append(recs, cur)
		case cur == nil || blanks > 0:
			cur = &wbRec{top: j, line: j, indent: wbIndent(l), bad: "angka tanpa nama"}
			recs = append(recs, cur)
		}
		pend, blanks = nil, 0
		cur.line, last = j, j
		hb := &cur.hb
		switch {
		case !f.ok:
			cur.bad = strings.TrimSpace(cur.bad + " angka bukan rupiah utuh (satuan atau singkatan?)")
		case f.dup || f.pagu != "" && hb.pagu != "" || f.real != "" && hb.real != "" || f.sisa != "" && hb.sisa != "":
			cur.bad = strings.TrimSpace(cur.bad + " label terulang")
		}
		if f.ok && cur.bad == "" {
			// each role once on a record (checked above)
			hb.pagu, hb.real, hb.sisa = cmp.Or(hb.pagu, f.pagu), cmp.Or(hb.real, f.real), cmp.Or(hb.sisa, f.sisa)
			hb.sera = cmp.Or(hb.sera, f.sera)
		}
	}
	if len(recs) == 0 {
		return i, false
	}
	for _, r := range recs {
		switch {
		case r.bad != "":
		case r.hb.pagu == "" || r.hb.real == "":
			r.bad = "kuota atau terpakai tidak tertulis"
		default:
			r.bad = hierProve(&r.hb)
		}
		if r.bad != "" {
			// an unproven record's amounts prove nothing
			r.hb.pagu, r.hb.real, r.hb.sisa, r.hb.sera = "", "", "", ""
		}
	}
	end, ok := wbBoard(doc, lines, recs, "layar sisa kuota anggaran")
	return max(end, last), ok
}
