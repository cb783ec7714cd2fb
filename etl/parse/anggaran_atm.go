package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as ATM balance receipts (struk ATM, informasi saldo) of a
// budget infographic, typed again: one receipt a budget line between
// dashed rules, perhaps two or three abreast.
//
//	----------------------------------------
//	               BANK DIPA
//	            INFORMASI SALDO
//	REK   : 3355
//	NAMA  : Pengelolaan Keuangan dan Barang
//	        Milik Negara
//	SUB REK DARI : 076.01.WA
//	SALDO AWAL  Rp             1.915.600.000
//	PENARIKAN   Rp             1.809.028.692
//	SALDO AKHIR Rp               106.571.308
//	RASIO                            94,44 %
//	----------------------------------------
//
// What it trusts is each label's meaning and the slips' arithmetic, never
// a file's words or widths:
//   - the account (REK, No. Rek, Rekening) is the budget code: a program
//     code (076.01.WA) or a kegiatan code (3355); the main account (REK
//     UTAMA) or a name reading JUMLAH/TOTAL is the total;
//   - the opening balance (SALDO AWAL, PAGU) is the pagu, the withdrawal
//     (PENARIKAN, TARIK) the realisasi, the closing balance (SALDO AKHIR,
//     SISA) the sisa, the ratio in percent (RASIO) the serapan; they must
//     hold together on every slip (hierProve: sisa = pagu − realisasi, the
//     percent realisasi/pagu); a slip without a closing balance leaves the
//     sisa to pagu − realisasi;
//   - a sub-account (SUB REK DARI: code) is a kegiatan of the program named;
//     without it, the kegiatan after a program slip are its own when their
//     pagu sum to its (abreastRows); stated sub-accounts must not exceed
//     their program and the programs sum to the main account (ccardSums).
//
// Any other amount on a slip (a plain SALDO, a transfer, a fee), a slip
// without a budget code (a personal account's receipt) or arithmetic that
// fails leaves the whole set as written, reported: no guess is loaded. The
// bank's name, INFORMASI SALDO, dates and terminals are no facts. A proven
// set is rewritten as one TAB budget table (exportPlace) for the budget
// table reader to key.

var (
	atmAmount = regexp.MustCompile(`^(?:(?i:rp)\.?\s*(?:'?000\s+)?)?(\d{1,3}(?:\.\d{3})+|\d{1,3})(?:,00|,-)?$`)
	atmThou   = regexp.MustCompile(`(?i)\brp\.?\s*'?000\b|\(000\)`)
	atmUnit   = regexp.MustCompile(`(?i)^\(?(?:dalam\s+|nilai\s+)?(?:rp\.?\s*'?000|ribuan rupiah|rp ribu)\)?$`)
)

// atmGate: a slip's balance word (SALDO, Saldo) or its withdrawal (TARIK,
// Tarik, PENARIKAN, Penarikan): rare in a report's text ("aldo" alone is a
// name's, Rionaldo).
func atmGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "SALDO") || docHas(doc, data, "Saldo") ||
		docHas(doc, data, "TARIK") || docHas(doc, data, "Tarik") || docHas(doc, data, "enarikan")
}

func atmReceipts(doc *facts.Document, data []byte) []byte {
	if !atmGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if atmRule(lines[i]) == nil {
			continue
		}
		end, ok := atmRead(doc, lines, i)
		if ok {
			changed = true
		}
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// atmRule: the columns of the receipts whose rule the line is: runs of at
// least 16 rule characters and nothing else.
func atmRule(l string) [][2]int {
	t := strings.TrimSpace(l)
	if len(t) < 16 || strings.Trim(t, " -=─━═_*") != "" {
		return nil
	}
	var out [][2]int
	k := 0
	run := -1
	for _, c := range l + " " {
		if c == ' ' {
			if run >= 0 {
				if k-run < 16 {
					return nil
				}
				out = append(out, [2]int{run, k})
				run = -1
			}
		} else if run < 0 {
			run = k
		}
		k++
	}
	return out
}

// atmRec is one receipt being read.
type atmRec struct {
	abreastRec
	nameOpen bool
	bad      string
	amounts  bool
	seen     bool
	slip     bool // an account or balance label was read: the block is a receipt
}

// atmLine reads one line of a receipt.
func (c *atmRec) atmLine(t string) {
	if t == "" || c.bad != "" {
		c.nameOpen = false
		return
	}
	c.seen = true
	if atmUnit.MatchString(t) {
		return // "(dalam Rp 000)": the unit, read by atmThousands
	}
	m := ccardLabel.FindStringSubmatch(t)
	if m == nil {
		if c.nameOpen {
			c.name += " " + t
			return
		}
		if strings.ContainsAny(t, "0123456789") {
			c.bad = "baris " + t + " tidak dikenali"
		}
		return
	}
	label := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(m[1], ".", " ")), " "))
	val := strings.TrimSpace(m[2] + m[3] + m[4])
	if val == "" && !strings.Contains(t, ":") {
		if c.nameOpen {
			c.name += " " + t // the name's rest, wrapped
		}
		return // the bank's name, INFORMASI SALDO, a greeting
	}
	c.nameOpen = false
	switch label {
	case "rek", "no rek", "nomor rek", "rekening", "no rekening", "nomor rekening", "kode rek":
		c.code, c.slip = val, true
		return
	case "nama", "nama rek", "nama rekening", "atas nama", "uraian":
		c.name, c.nameOpen = val, true
		return
	case "sub rek dari", "sub rekening dari", "sub dari", "rek induk", "induk":
		c.induk = val
		return
	case "tgl", "tanggal", "jam", "waktu", "lokasi", "terminal", "no ref", "ref", "tgl jam":
		return // when and where the slip was printed: no facts
	}
	amt, pct := atmAmount.FindStringSubmatch(val), ccardPct.FindStringSubmatch(val)
	if amt == nil && pct == nil {
		if strings.ContainsAny(val, "0123456789") {
			c.bad = "baris " + t + " tidak dikenali"
		}
		return
	}
	var slot *string
	switch {
	case pct != nil && (label == "rasio" || label == "rasio penarikan" || label == "rasio tarik" || label == "persentase" || label == "serapan"):
		slot = &c.sera
	case amt != nil && (label == "saldo awal" || label == "pagu" || label == "saldo pagu"):
		slot = &c.pagu
	case amt != nil && (label == "penarikan" || label == "total penarikan" || label == "jumlah penarikan" || label == "tarik" || label == "tarikan"):
		slot = &c.real
	case amt != nil && (label == "saldo akhir" || label == "sisa" || label == "sisa saldo" || label == "saldo sisa" || label == "sisa pagu"):
		slot = &c.sisa
	}
	if slot == nil || *slot != "" {
		c.bad = "baris " + t + " bukan saldo awal/penarikan/saldo akhir"
		return
	}
	if pct != nil {
		*slot = pct[1]
	} else {
		*slot = amt[1]
	}
	c.amounts, c.slip = true, true
}

// atmRead reads the receipts from the rule at line i on; the last line
// read, true when they were rewritten as a budget table.
func atmRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var recs []*atmRec
	last := i // the last rule closing a receipt
	k := i
	for k < len(lines) && k < i+2000 {
		cols := atmRule(lines[k])
		j := k + 1
		if j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			// a gap between two receipts: the next one's rule within three lines
			for j < len(lines) && j < k+4 && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j >= len(lines) || atmRule(lines[j]) == nil {
				break
			}
			k = j
			continue
		}
		e := j
		for e < len(lines) && e < j+40 && atmRule(lines[e]) == nil && strings.TrimSpace(lines[e]) != "" {
			if strings.IndexByte(lines[e], '\t') >= 0 {
				break // a TAB table between rules, no slip
			}
			e++
		}
		if e >= len(lines) || atmRule(lines[e]) == nil {
			break // not a receipt closed by its rule
		}
		band := make([]*atmRec, len(cols))
		for c := range band {
			band[c] = &atmRec{}
		}
		for _, l := range lines[j:e] {
			r := []rune(l)
			for c := range band {
				a, b := cols[c][0], len(r)
				if c == 0 {
					a = 0
				}
				if c+1 < len(cols) {
					b = min(b, cols[c+1][0])
				}
				t := ""
				if a < b {
					t = strings.TrimSpace(string(r[a:b]))
				}
				band[c].atmLine(t)
			}
		}
		recs = append(recs, band...)
		last, k = e, e
	}
	if last == i {
		// no slip closed: every rule up to k leads to the same end
		return max(i, min(k, len(lines)-1)), false
	}
	to := last + 1
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "struk saldo: " + why + "; tidak dimuat sebagai anggaran"})
		return last, false
	}
	var kept []*abreastRec
	stated := false
	slips := 0
	for _, c := range recs {
		if !c.seen {
			continue // an empty slot of a band
		}
		if c.bad != "" {
			if !atmAnySlip(recs) {
				return last, false // a block between rules with no slip's label: another reader's
			}
			return fail(c.bad)
		}
		if !c.amounts && c.code == "" {
			continue // a heading slip (the bank's name, a greeting)
		}
		slips++
		c.name = strings.Join(strings.Fields(c.name), " ")
		up := strings.ToUpper(c.code)
		c.total = strings.Contains(up, "UTAMA") || hierTotal.MatchString(c.code) || hierTotal.MatchString(c.name)
		if !c.total && !passbookCode(c.code) {
			return fail("rekening " + c.code + " bukan kode anggaran")
		}
		if c.pagu == "" || c.real == "" {
			return fail("rekening " + c.code + " tanpa saldo awal/penarikan")
		}
		if w := hierProve(&c.hierBox); w != "" {
			return fail("rekening " + c.code + ": " + w)
		}
		if c.total {
			c.code, c.name, c.induk = "", "TOTAL", ""
		} else if c.induk != "" {
			if _, ok := programCode(c.induk); !ok || len(c.induk) <= 2 {
				return fail("rekening " + c.code + ": induk " + c.induk + " bukan kode program")
			}
			stated = true
		}
		kept = append(kept, &c.abreastRec)
	}
	if slips < 2 {
		return last, false // a lone slip (or a real ATM receipt): no budget table
	}
	if stated {
		// sub-accounts stated: every kegiatan slip names its program
		for _, r := range kept {
			if _, ok := kegiatanCode(r.code); ok && !r.total && r.induk == "" {
				return fail("rekening " + r.code + " tanpa SUB REK DARI")
			}
		}
	}
	if why, placed := recsWrite(lines, kept, i, to); why != "" {
		return fail(why)
	} else if !placed {
		return last, false
	}
	return last, true
}

// recsWrite proves the sums of budget records read from lines[from:to]
// (kegiatan to their program, programs to the total) and writes them in
// place as one TAB budget table for the table readers, in thousands when the
// text says so. why is the unproven sum; placed is false when the span has
// no room for the table. The receipts, the key-driven blocks and the
// machine records all end here.
func recsWrite(lines []string, recs []*abreastRec, from, to int) (why string, placed bool) {
	return recsWriteUnit(lines, recs, from, to, abreastRibu(lines, from) || atmThousands(lines, from, to))
}

// recsWriteUnit is recsWrite whose caller knows the unit: ribu when the
// amounts are thousands of rupiah.
func recsWriteUnit(lines []string, recs []*abreastRec, from, to int, ribu bool) (why string, placed bool) {
	if why := ccardSums(recs); why != "" {
		return why, false
	}
	rows, why := abreastRows(recs)
	if why != "" {
		return why, false
	}
	unit := ""
	if ribu {
		unit = " (Rp ribu)"
	}
	header := []string{"Kode", "Uraian", "Pagu" + unit, "Realisasi" + unit, "Sisa" + unit, "Serapan (%)"}
	header, rows = budgetColumns(header, rows)
	return "", exportPlace(lines, from, to, from, "", header, rows)
}

// atmThousands: "Rp 000" (or "(000)") over the slips, up to the caption, or
// on a slip: the amounts are thousands of rupiah.
func atmThousands(lines []string, from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		if atmThou.MatchString(lines[k]) {
			return true
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(lines[k])), "tabel") {
			break
		}
	}
	for k := from; k < to; k++ {
		if atmThou.MatchString(lines[k]) {
			return true
		}
	}
	return false
}

// atmAnySlip: some block read holds a slip's account or balance label.
func atmAnySlip(recs []*atmRec) bool {
	for _, c := range recs {
		if c.slip {
			return true
		}
	}
	return false
}
