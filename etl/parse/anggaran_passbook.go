package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as a treasurer's passbook print (a "buku pagu" printed on the
// passbook printer and typed again): fixed columns under a header naming
// DEBET (or DEBIT), KREDIT and SALDO, each budget line booked as two
// lines:
//
//	 NO  TGL   SANDI KETERANGAN              DEBET         KREDIT          SALDO
//	  1  31-12 PGU   076.01.WA                      2.325.600.000  2.325.600.000
//	  2  31-12 RLS   076.01.WA 95,19%  2.213.680.457                   111.919.543
//
// What it trusts is the book's own arithmetic, not the sandi's letters
// (an office may write PGU/RLS, PAGU/REAL, KR/DB):
//   - a credit line (a KREDIT amount, no DEBET) whose SALDO equals the
//     credit opens a budget line: the credit is its pagu;
//   - the very next line, a debit of the same code (DEBET, no KREDIT)
//     whose SALDO equals credit − debit, closes it: the debit is the
//     realisasi, the saldo the sisa; a percent by the code is the serapan
//     and must equal realisasi/pagu (hierProve, budget_hierarchy.go);
//   - the code is a program code (076.01.WA), a kegiatan code (3355) or
//     TOTAL/JUMLAH; a kegiatan belongs to the program printed above it,
//     proven by the kegiatan's pagu summing to the program's and the
//     programs' to the total (abreastRows, anggaran_abreast.go).
//
// Any line with amounts that is not such a pair (an opening balance, a
// receipt, a payment of a cash book) leaves the whole print as written,
// with a finding: a passbook of a Kas or Pendapatan account is no budget.
// A proven print is rewritten as one TAB budget table (exportPlace), names
// taken from a code key under the print ("3355  Pengelolaan …") when there
// is one.

var (
	passbookHead = regexp.MustCompile(`(?i)\b(debet|debit|kredit|saldo)\b`)
	passbookPct  = regexp.MustCompile(`^\(?(\d{1,3}(?:[.,]\d+)?)\s*%\)?$`)
)

// passbookGate: the header's KREDIT word (a rare mark in a report).
func passbookGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "KREDIT") || docHas(doc, data, "Kredit")
}

func passbooks(doc *facts.Document, data []byte) []byte {
	if !passbookGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		cols, ok := passbookHeader(lines[i])
		if !ok {
			continue
		}
		if end, ok := passbookRead(doc, lines, i, cols); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// passbookCol is one amount column: its header's rune span and role.
type passbookCol struct {
	a, b int
	role byte // 'd' debet, 'k' kredit, 's' saldo
}

// passbookHeader: a line (no TAB) naming each of debet, kredit and saldo
// once; their columns.
func passbookHeader(l string) ([3]passbookCol, bool) {
	var cols [3]passbookCol
	if strings.IndexByte(l, '\t') >= 0 || !strings.Contains(strings.ToUpper(l), "KREDIT") {
		return cols, false
	}
	seen := 0
	for _, m := range passbookHead.FindAllStringIndex(l, -1) {
		w := strings.ToLower(l[m[0]:m[1]])
		k, role := 0, byte('d')
		switch w {
		case "kredit":
			k, role = 1, 'k'
		case "saldo":
			k, role = 2, 's'
		}
		if seen&(1<<k) != 0 {
			return cols, false
		}
		seen |= 1 << k
		cols[k] = passbookCol{utf8.RuneCountInString(l[:m[0]]), utf8.RuneCountInString(l[:m[1]]), role}
	}
	return cols, seen == 7
}

// passbookTok is a word of a line with its rune span.
type passbookTok struct {
	s    string
	a, b int
}

func passbookToks(l string) []passbookTok {
	var out []passbookTok
	r := []rune(l)
	for k := 0; k < len(r); {
		if r[k] == ' ' {
			k++
			continue
		}
		j := k
		for j < len(r) && r[j] != ' ' {
			j++
		}
		out = append(out, passbookTok{string(r[k:j]), k, j})
		k = j
	}
	return out
}

// passbookEntry is one printed line read: its code, percent and amounts.
type passbookEntry struct {
	code, pct      string
	total          bool
	deb, kre, sald string
}

// passbookLine reads a line under the header; ok false when it holds
// amounts that cannot be placed, has false when it holds no amount.
func passbookLine(l string, cols [3]passbookCol) (e passbookEntry, has, ok bool) {
	left := cols[0].a
	for _, c := range cols[1:] {
		left = min(left, c.a)
	}
	for _, t := range passbookToks(l) {
		if t.b > left-2 && hierThousands.MatchString(t.s) {
			// an amount: the column whose header it is aligned with (right
			// or left edge), within three columns
			best, bd := -1, 4
			for k, c := range cols {
				d := min(abs(t.b-c.b), abs(t.a-c.a))
				if d < bd {
					best, bd = k, d
				}
			}
			if best < 0 {
				return e, true, false
			}
			slot := [3]*string{&e.deb, &e.kre, &e.sald}[best]
			if *slot != "" {
				return e, true, false
			}
			*slot, has = t.s, true
			continue
		}
		if t.b > left-2 {
			return e, has, false // words among the amounts
		}
		if m := passbookPct.FindStringSubmatch(t.s); m != nil && e.code != "" {
			if e.pct != "" {
				return e, has, false
			}
			e.pct = m[1]
			continue
		}
		if e.code == "" && passbookCode(t.s) {
			e.code, e.total = t.s, hierTotal.MatchString(t.s)
		}
	}
	return e, has, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// passbookCode: a program code (076.01.WA), a kegiatan code (3355) or the
// total's word; never a two-letter sandi (DB, KR).
func passbookCode(t string) bool {
	if _, ok := programCode(t); ok && len(t) > 2 {
		return true
	}
	if _, ok := kegiatanCode(t); ok {
		return true
	}
	return hierTotal.MatchString(t) && (len(t) == 5 || len(t) == 6)
}

// passbookRule: a printed rule (dashes, equals, box lines) or blank.
func passbookRule(l string) bool {
	return strings.Trim(l, " -=_─━═") == ""
}

// passbookRead reads the print under the header at line i; the last line
// it rewrote.
func passbookRead(doc *facts.Document, lines []string, i int, cols [3]passbookCol) (int, bool) {
	var recs []*abreastRec
	var open *passbookEntry
	to := i + 1
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "cetakan buku (debet/kredit/saldo): " + why + "; tidak dimuat sebagai anggaran"})
		return to - 1, false
	}
	started := false
	for k := i + 1; k < len(lines) && k < i+400; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			if started {
				break
			}
			continue
		}
		if passbookRule(l) {
			if started {
				to = k + 1
			}
			continue
		}
		e, has, ok := passbookLine(l, cols)
		if !has {
			if !ok || started {
				break
			}
			return i, false // no amounts under the header
		}
		started = true
		to = k + 1
		if !ok || e.code == "" {
			return fail("baris " + strings.TrimSpace(l) + " bukan pagu/realisasi sebuah kode")
		}
		switch {
		case open == nil && e.kre != "" && e.deb == "" && e.sald == e.kre:
			c := e
			open = &c
		case open != nil && e.code == open.code && e.deb != "" && e.kre == "" && e.sald != "":
			rec := &abreastRec{}
			rec.code, rec.total = open.code, open.total
			if rec.total {
				rec.code, rec.name = "", "TOTAL"
			}
			rec.pagu, rec.real, rec.sisa = open.kre, e.deb, e.sald
			rec.sera = e.pct
			if rec.sera == "" {
				rec.sera = open.pct
			}
			recs = append(recs, rec)
			open = nil
		default:
			return fail("baris " + strings.TrimSpace(l) + " tidak berpasangan kredit (pagu) lalu debet (realisasi)")
		}
	}
	if open != nil {
		return fail(open.code + " tanpa baris realisasi")
	}
	if len(recs) < 2 {
		return i, false
	}
	var kept []*abreastRec
	for _, rec := range recs {
		if why := hierProve(&rec.hierBox); why != "" {
			return fail(rec.code + rec.name + ": " + why)
		}
		kept = append(kept, rec)
	}
	passbookNames(lines, to, kept)
	rows, why := abreastRows(kept)
	if why != "" {
		return fail(why)
	}
	unit := ""
	if abreastRibu(lines, i) {
		unit = " (Rp ribu)"
	}
	header := []string{"Kode", "Uraian", "Pagu" + unit, "Realisasi" + unit, "Sisa" + unit, "Serapan (%)"}
	noPct := false
	for _, r := range rows {
		noPct = noPct || r[5] == ""
	}
	if noPct {
		// a line without its percent: no Serapan column (an empty last
		// cell would shift the row's figures; the amounts are proven)
		header = header[:5]
		for r := range rows {
			rows[r] = rows[r][:5]
		}
	}
	if !exportPlace(lines, i, to, i, "", header, rows) {
		return i, false
	}
	return to - 1, true
}

// passbookNames names the records from a code key under the print: lines
// opening with a record's code, the rest of the line its name.
func passbookNames(lines []string, to int, recs []*abreastRec) {
	by := map[string]*abreastRec{}
	for _, r := range recs {
		if !r.total {
			by[r.code] = r
		}
	}
	for k := to; k < len(lines) && k < to+40; k++ {
		f := strings.Fields(lines[k])
		if len(f) < 2 {
			continue
		}
		if r := by[f[0]]; r != nil && r.name == "" {
			r.name = strings.Join(f[1:], " ")
		}
	}
}
