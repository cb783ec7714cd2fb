package parse

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as the whiteboard of a budget meeting, its handwriting typed
// again line by line: a heading (perhaps underlined), the total first or
// last, each program after a bullet and its kegiatan after another bullet
// indented under it, the figures in the board's shorthand on the next line
// or on the same line as the name:
//
//	REALISASI ANGGARAN 2024 (s.d. 31/12)
//	====================================
//	TOTAL DIPA : pagu 1.500.000.000 -> real 1.370.000.000 | sisa 130.000.000 | 91,33 %
//	* 076.01.WA  Program Dukungan Manajemen
//	    pagu 1.000.000.000 -> real 920.000.000 | sisa 80.000.000 | 92,00 %
//	    - 3355  Pengelolaan Keuangan
//	        pagu 600.000.000 -> real 540.000.000 | sisa 60.000.000 | 90,00 %
//	( ! sisa dikembalikan ke kas negara )
//
// whiteboards rewrites such a board as one TAB table (Kode, Uraian, Pagu,
// Realisasi, Sisa, Serapan), each program's row followed by its kegiatan,
// the total last, for the budget table reader to key (budgetExport, as the
// bookshelf). What it trusts:
//   - a record is a line of labelled amounts in shorthand: `pagu n`, an
//     arrow (`->`, `=>`, `→`, `⇒`), `real n` / `realisasi n`, then only a
//     `sisa n` and a percent, parted by bars, semicolons or slashes; amounts
//     written whole with dot thousands (a board's `6,2 M` or `850 jt` proves
//     no rupiah: such a record gives no row);
//   - its code (with a digit) and name before the amounts on the same line,
//     else on the nearest line above opening with a bullet (`*`, `-`, `•`,
//     a number `1.` or a letter `a)`) or a code (a wrapped name between); a
//     head `TOTAL` / `Jumlah` is the total's;
//   - the parent of a record is the nearest record above it that is
//     shallower: less indented, or as indented with a bullet seen earlier on
//     the board (`*` programs over `-` kegiatan); two levels at most;
//   - arithmetic: sisa = pagu − realisasi and the percent = realisasi/pagu at
//     its printed precision on every record (hierProve); a record failing
//     gives no row, nor do the records under it (finding); the kegiatan of a
//     program must add up to its pagu and realisasi and the programs to the
//     total's, else the whole board is left as written (finding).
//
// Meeting notes with amounts but no pagu → real pairing are no records; a
// bracketed note at the foot stays as written.

var (
	wbArrows = [][]byte{[]byte("->"), []byte("=>"), []byte("→"), []byte("⇒")}
	wbLead   = regexp.MustCompile(`(?i)\bpagu\b\.?\s*:?\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:-+>|=+>|→|⇒)\s*(?:realisasi|real\.?)\s*:?\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)\b`)
	wbSisa   = regexp.MustCompile(`(?i)^[|;/·•,]?\s*sisa\b\.?\s*:?\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)\b`)
	wbNumber = regexp.MustCompile(`^(\d{1,2}|[a-z])[.)]\s`)
	wbPct    = regexp.MustCompile(`(?i)^[|;/·•,]?\s*(?:serapan\s*:?\s*)?\(?\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)?(?:\s*serapan\b)?`)
)

const wbBullets = "*-•+–·▪►>"

// whiteboardGate: a shorthand arrow with `pagu` shortly before it and
// `real` right after it, looked for around the first arrows only, so a
// document without the shorthand pays a few byte searches.
func whiteboardGate(data []byte) bool {
	for _, a := range wbArrows {
		from := 0
		for n := 0; n < 200; n++ {
			k := bytes.Index(data[from:], a)
			if k < 0 {
				break
			}
			k += from
			lo := max(0, k-48)
			hi := min(len(data), k+len(a)+16)
			if foldContains(data[lo:k], "pagu") && foldContains(data[k:hi], "real") {
				return true
			}
			from = k + len(a)
		}
	}
	return false
}

// foldContains: ASCII case-insensitive bytes.Contains of a lower-case word.
func foldContains(b []byte, w string) bool {
	return foldIndex(b, w) >= 0
}

// foldIndex: the first ASCII case-insensitive match of a lower-case word in
// b, -1 when none.
func foldIndex(b []byte, w string) int {
	if len(b) >= foldScanMin && len(w) > 0 {
		return indexFoldLong(b, w)
	}
	for i := 0; i+len(w) <= len(b); i++ {
		j := 0
		for j < len(w) && b[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

// wbLike: a line that looks like a board record (an arrow and `pagu`),
// read or not.
func wbLike(l string) bool {
	if len(l) > 2000 {
		return false
	}
	for _, a := range wbArrows {
		if strings.Contains(l, string(a)) {
			return foldContains([]byte(l), "pagu")
		}
	}
	return false
}

type wbRec struct {
	line, top int // the amounts' line and the head's first line
	indent    int
	bullet    string
	hb        hierBox
	bad       string // why the record gives no row
	parent    *wbRec
	kids      []*wbRec
	depth     int
}

func whiteboards(doc *facts.Document, data []byte) []byte {
	if !whiteboardGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !wbLike(lines[i]) {
			continue
		}
		end, ok := whiteboardAt(doc, lines, i)
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// wbIndent: the rune column of a line's first non-space (TAB to the next
// multiple of 8).
func wbIndent(l string) int {
	c := 0
	for _, r := range l {
		switch r {
		case ' ':
			c++
		case '\t':
			c = (c/8 + 1) * 8
		default:
			return c
		}
	}
	return c
}

// wbHeadOf reads a head (bullet, code or total label, name) into r; ""
// when understood.
func wbHeadOf(r *wbRec, s string) string {
	s = strings.TrimSpace(s)
	if c, size := utf8.DecodeRuneInString(s); s != "" && strings.ContainsRune(wbBullets, c) {
		r.bullet = string(c)
		s = strings.TrimSpace(s[size:])
	} else if m := wbNumber.FindStringSubmatch(s); m != nil {
		// a numbered item (`1.`, `b)`): numbers and letters are two kinds
		// of bullet
		r.bullet = "1"
		if m[1][0] > '9' {
			r.bullet = "a"
		}
		s = strings.TrimSpace(s[len(m[0]):])
	}
	s = strings.TrimRight(s, " \t:=|–—-")
	f := strings.Fields(s)
	if len(f) == 0 {
		return "angka tanpa kode"
	}
	hb := &r.hb
	code := strings.TrimRight(f[0], ":.")
	switch {
	case tmTotal.MatchString(s) && !strings.ContainsAny(f[0], "0123456789"):
		hb.total, hb.name = true, s
	case hierCode.MatchString(code) && strings.ContainsAny(code, "0123456789"):
		hb.code = code
		hb.name = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(strings.TrimPrefix(s, f[0])), ":·|–—-"))
		if hb.name == "" {
			return code + ": tanpa nama"
		}
	default:
		return "angka tanpa kode"
	}
	return ""
}

// wbHeadLike: whether a line opens a head (a bullet, or a code or total
// label first).
func wbHeadLike(l string) bool {
	var r wbRec
	return wbHeadOf(&r, l) == "" || r.bullet != ""
}

// wbTop: the first line of the head of the record on line k whose figures
// stand alone, looking no higher than line prev+1 and three lines up; -1
// when there is none.
func wbTop(lines []string, k, prev int) int {
	for j := k - 1; j > prev && j >= k-3; j-- {
		if strings.TrimSpace(lines[j]) == "" || wbLike(lines[j]) {
			return -1
		}
		if wbHeadLike(lines[j]) {
			return j
		}
	}
	return -1
}

// wbRead reads the record whose amounts are on line k.
func wbRead(lines []string, k, prev int) *wbRec {
	l := lines[k]
	r := &wbRec{line: k, top: k}
	m := wbLead.FindStringSubmatchIndex(l)
	prefix := wbPrefix(l)
	if m == nil {
		// a record in another shorthand: its head still places it
		r.bad = "catatan angka tidak terbaca (singkatan?)"
	} else {
		r.hb.pagu, r.hb.real = l[m[2]:m[3]], l[m[4]:m[5]]
		if !wbTail(&r.hb, l[m[1]:]) {
			r.bad = "catatan angka tidak terbaca"
		}
	}
	head := prefix
	if strings.TrimSpace(prefix) == "" {
		top := wbTop(lines, k, prev)
		if top < 0 {
			r.bad = "angka tanpa nama"
			r.indent = wbIndent(l)
			return r
		}
		r.top = top
		parts := make([]string, 0, k-top)
		for j := top; j < k; j++ {
			parts = append(parts, strings.TrimSpace(lines[j]))
		}
		head = strings.Join(parts, " ")
	}
	r.indent = wbIndent(lines[r.top])
	if why := wbHeadOf(r, head); why != "" {
		r.bad = why
		r.hb.code = ""
		return r
	}
	if r.bad == "" {
		r.bad = hierProve(&r.hb)
	}
	return r
}

// wbPrefix: what a record line holds before its amounts (before `pagu`
// when they are in another shorthand).
func wbPrefix(l string) string {
	if m := wbLead.FindStringIndex(l); m != nil {
		return l[:m[0]]
	}
	if p := foldIndex([]byte(l), "pagu"); p >= 0 {
		return l[:p]
	}
	return l
}

// wbTail reads what follows the realisasi: a sisa and a percent at most,
// parted by separators; false on anything else.
func wbTail(hb *hierBox, s string) bool {
	for {
		s = strings.TrimLeft(s, " \t")
		if strings.Trim(s, " \t|;/·•,.") == "" {
			return true
		}
		if m := wbSisa.FindStringSubmatchIndex(s); m != nil && hb.sisa == "" {
			hb.sisa, s = s[m[2]:m[3]], s[m[1]:]
			continue
		}
		if m := wbPct.FindStringSubmatchIndex(s); m != nil && hb.sera == "" {
			hb.sera, s = s[m[2]:m[3]], s[m[1]:]
			continue
		}
		return false
	}
}

// whiteboardAt reads the board whose first record is on line i: the
// board's last line and whether it was rewritten.
func whiteboardAt(doc *facts.Document, lines []string, i int) (int, bool) {
	var recs []*wbRec
	prev := -1
	for k := i; ; {
		r := wbRead(lines, k, prev)
		recs = append(recs, r)
		prev = k
		next := -1
		for j := k + 1; j < len(lines) && j <= k+5; j++ {
			if wbLike(lines[j]) {
				next = j
				break
			}
		}
		if next < 0 {
			break
		}
		// only blank lines between a record and the next one's head
		top := next
		if strings.TrimSpace(wbPrefix(lines[next])) == "" {
			if t := wbTop(lines, next, k); t >= 0 {
				top = t
			}
		}
		gap := false
		for x := k + 1; x < top; x++ {
			gap = gap || strings.TrimSpace(lines[x]) != ""
		}
		if gap {
			break
		}
		k = next
	}
	return wbBoard(doc, lines, recs, "papan tulis anggaran")
}

// wbBoard proves and writes out the records of one board (or screen: what
// names it in findings, anggaran_quota.go) as a budget table: levels by
// indent and bullet order, arithmetic on every record, parts summing to
// their parent and the roots to the total. The board's last line and
// whether it was rewritten.
func wbBoard(doc *facts.Document, lines []string, recs []*wbRec, what string) (int, bool) {
	first, last := recs[0].top, recs[len(recs)-1].line
	read, heads := 0, 0
	for _, r := range recs {
		if r.hb.pagu != "" {
			read++
		}
		if r.hb.code != "" || r.hb.total {
			heads++
		}
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: first + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: what + ": " + why + "; tidak dimuat"})
		return last, false
	}
	if len(recs) < 2 || read == 0 && heads < 2 {
		// one line of shorthand, or nothing read under no codes (a dump's
		// `[pagu] => n`): no board, nothing to report
		return last, false
	}
	if read == 0 {
		return fail("angka tidak terbaca (singkatan tanpa bukti skala?)")
	}
	// levels: the bullets in the order the board first shows them
	rank := map[string]int{}
	var total *wbRec
	var body []*wbRec
	for _, r := range recs {
		if r.hb.code == "" && !r.hb.total {
			return fail(r.bad)
		}
		if r.hb.total {
			if total != nil {
				return fail("dua baris jumlah")
			}
			total = r
			continue
		}
		if _, ok := rank[r.bullet]; !ok {
			rank[r.bullet] = len(rank)
		}
		body = append(body, r)
	}
	shallower := func(a, b *wbRec) bool {
		return a.indent < b.indent || a.indent == b.indent && rank[a.bullet] < rank[b.bullet]
	}
	var roots []*wbRec
	for k, r := range body {
		for p := k - 1; p >= 0; p-- {
			if shallower(body[p], r) {
				r.parent = body[p]
				break
			}
		}
		if r.parent == nil {
			roots = append(roots, r)
			continue
		}
		r.depth = r.parent.depth + 1
		if r.depth > 1 {
			return fail(r.hb.code + " lebih dari dua tingkat")
		}
		r.parent.kids = append(r.parent.kids, r)
	}
	if len(roots) == 0 {
		return last, false
	}
	// a record not proven gives no row, nor do those under it
	dropped := map[*wbRec]bool{}
	for _, r := range body {
		if r.bad != "" || r.parent != nil && dropped[r.parent] {
			dropped[r] = true
			doc.Add(facts.Finding{Span: facts.Span{Start: r.top + 1, End: r.line + 1}, Aturan: "anggaran.rekaman_tidak_terbukti", Tingkat: facts.Warning,
				Pesan: what + " " + r.hb.code + ": " + strings.TrimSpace(r.bad+" (induknya tidak dimuat)") + "; tidak dimuat"})
		}
	}
	if total != nil && total.bad != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: total.top + 1, End: total.line + 1}, Aturan: "anggaran.rekaman_tidak_terbukti", Tingkat: facts.Warning,
			Pesan: what + " " + total.hb.name + ": " + total.bad + "; tidak dimuat"})
		total = nil
	}
	// sums, where every part is proven
	sums := func(hb *hierBox, kids []*wbRec) bool {
		var parts []*tmBox
		for _, k := range kids {
			if dropped[k] {
				return true
			}
			parts = append(parts, &tmBox{hb: k.hb})
		}
		return len(parts) == 0 || tmSums(hb, parts)
	}
	for _, r := range roots {
		if !dropped[r] && !sums(&r.hb, r.kids) {
			return fail(r.hb.code + " tidak berjumlah pagu dan realisasi di bawahnya")
		}
	}
	if total != nil && !sums(&total.hb, roots) {
		return fail("baris di bawah jumlah tidak berjumlah pagu dan realisasinya")
	}
	var rows [][]string
	for _, r := range roots {
		for _, b := range append([]*wbRec{r}, r.kids...) {
			if !dropped[b] {
				h := b.hb
				rows = append(rows, []string{h.code, h.name, h.pagu, h.real, h.sisa, h.sera})
			}
		}
	}
	if total != nil {
		h := total.hb
		rows = append(rows, []string{"", "TOTAL", h.pagu, h.real, h.sisa, h.sera})
	}
	if len(rows) == 0 {
		return last, false
	}
	// room for the header: the blank lines and a heading's rule above
	for k := 0; k < 3 && last+1-first < len(rows)+1 && first > 0; k++ {
		if t := strings.TrimSpace(lines[first-1]); t != "" && strings.Trim(t, "=-_~═─━") != "" {
			break
		}
		first--
	}
	if !budgetExport(lines, first, last+1, first, rows) {
		return last, false
	}
	return last, true
}
