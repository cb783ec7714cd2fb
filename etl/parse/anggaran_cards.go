package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as credit card statements (lembar tagihan kartu kredit) of a
// budget infographic, typed again: one statement (often boxed, sometimes
// two abreast) a budget line.
//
//	┌─ KARTU PROGRAM ──────────────────────────┐
//	│ No. Kartu        : 076.01.WA             │
//	│ Pemegang         : Program Dukungan      │
//	│                    Manajemen             │
//	│ Limit Kredit      Rp   2.168.979.000     │
//	│ Total Pemakaian   Rp   2.100.545.601     │
//	│ Sisa Limit        Rp      68.433.399     │
//	│ Pemakaian                 96,84 %        │
//	└──────────────────────────────────────────┘
//
// What it trusts is each label's meaning, not a file's words or widths:
//   - the card number (No./Nomor Kartu) is the budget code: a program code
//     (076.01.WA), a kegiatan code (3355); a card whose holder (Pemegang)
//     or head word names a total (TOTAL …, KARTU UTAMA) is the total;
//   - the limit (Limit Kredit, Limit, Plafon) is the pagu, the use (Total
//     Pemakaian, Pemakaian with Rp) the realisasi, the remaining limit
//     (Sisa Limit, Sisa) the sisa, a use in percent the serapan; the
//     amounts must hold together (hierProve: sisa = pagu − realisasi, the
//     percent realisasi/pagu);
//   - a supplementary card (Kartu tambahan dari: code) names its parent,
//     otherwise the kegiatan cards after a program card are its own when
//     their limits sum to its limit (abreastRows); the programs' limits
//     sum to the main card's.
//
// A card with any other amount (Tagihan, Minimum Pembayaran, a bill's
// due amount) or with no budget code is no budget line: a real card bill
// gives nothing. A proven set of cards is rewritten as one TAB budget
// table (exportPlace).

var (
	ccardLabel  = regexp.MustCompile(`^([A-Za-z][A-Za-z .'/]*?)\s*(?::\s*(.*)|\s{2,}(.*)|\s+((?i:rp)\.?\s*\d.*|\d[\d.,]*\s*%))?$`)
	ccardAmount = regexp.MustCompile(`^(?i:rp\.?)\s*(\d{1,3}(?:\.\d{3})+|\d{1,3})$`)
	ccardPct    = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d+)?)\s*%$`)
	ccardHead   = regexp.MustCompile(`(?i)^kartu\s+([a-z]+)\b`)
)

// ccardGate: the statement's use word (Pemakaian), rare in a report.
func ccardGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "emakaian") || docHas(doc, data, "EMAKAIAN")
}

func cardStatements(doc *facts.Document, data []byte) []byte {
	if !ccardGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if ccardStart(lines[i]) == nil {
			continue
		}
		if end, ok := ccardRead(doc, lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// ccardStart: the columns of the cards whose top the line holds: box tops
// (┌), or one unboxed card whose head reads "KARTU word".
func ccardStart(l string) [][2]int {
	if tops := ccardTops(l); len(tops) > 0 {
		return tops
	}
	t := strings.Trim(l, " -=─━═")
	if m := ccardHead.FindStringSubmatch(t); m != nil && strings.ToUpper(t[:5]) == "KARTU" {
		return [][2]int{{0, 1 << 20}}
	}
	return nil
}

// ccardTops: each box top, ┌ to the next ┐ (a head word and a bank's
// name may sit in the rule).
func ccardTops(l string) [][2]int {
	if !strings.Contains(l, "┌") {
		return nil
	}
	r := []rune(l)
	var out [][2]int
	for k := 0; k < len(r); k++ {
		if r[k] != '┌' {
			continue
		}
		j := k + 1
		for j < len(r) && r[j] != '┐' && r[j] != '┌' {
			j++
		}
		if j < len(r) && r[j] == '┐' && j-k > 3 {
			out = append(out, [2]int{k, j})
		}
		k = j - 1
	}
	return out
}

// ccardText: the runes a..b of a line, box rules and edges dropped.
func ccardText(r []rune, a, b int) string {
	if a >= len(r) {
		return ""
	}
	b = min(b+1, len(r))
	return strings.Trim(string(r[a:b]), " │┃|┌┐└┘─━")
}

// ccardRec is one card being read.
type ccardRec struct {
	abreastRec
	head     string // the head word after KARTU (UTAMA, PROGRAM, TAMBAHAN)
	nameOpen bool   // the holder's name may run on
	bad      string
	amounts  bool
}

// ccardLine reads one line of a card.
func (c *ccardRec) ccardLine(t string) {
	if t == "" || c.bad != "" {
		c.nameOpen = false
		return
	}
	if m := ccardHead.FindStringSubmatch(strings.Trim(t, " -─")); m != nil && !strings.Contains(t, ":") {
		c.head = strings.ToUpper(m[1])
		return
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
	label := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
	val := strings.TrimSpace(m[2] + m[3] + m[4])
	colon := strings.Contains(t, ":")
	if val == "" && !colon {
		if c.nameOpen {
			c.name += " " + t
		}
		return
	}
	c.nameOpen = false
	switch {
	case strings.HasSuffix(label, "kartu") && (strings.HasPrefix(label, "no") || strings.HasPrefix(label, "nomor")) && !strings.Contains(label, "dari"):
		c.code = val
	case label == "pemegang" || label == "nama pemegang" || label == "atas nama":
		c.name, c.nameOpen = val, true
	case strings.Contains(label, "tambahan dari") || label == "kartu induk":
		c.induk = val
	default:
		amt, pct := ccardAmount.FindStringSubmatch(val), ccardPct.FindStringSubmatch(val)
		if amt == nil && pct == nil {
			if strings.ContainsAny(val, "0123456789") {
				c.bad = "baris " + t + " tidak dikenali"
			}
			return
		}
		var slot *string
		switch {
		case pct != nil && (label == "pemakaian" || label == "persentase pemakaian" || label == "pemakaian limit"):
			slot = &c.sera
		case amt != nil && (label == "limit kredit" || label == "limit" || label == "plafon" || label == "batas kredit"):
			slot = &c.pagu
		case amt != nil && (label == "total pemakaian" || label == "pemakaian"):
			slot = &c.real
		case amt != nil && (label == "sisa limit" || label == "sisa"):
			slot = &c.sisa
		}
		if slot == nil || *slot != "" {
			c.bad = "baris " + t + " bukan limit/pemakaian/sisa"
			return
		}
		if pct != nil {
			*slot = pct[1]
		} else {
			*slot = amt[1]
		}
		c.amounts = true
	}
}

// ccardRead reads the statements from line i on; the last line rewritten.
func ccardRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var recs []*ccardRec
	to := i
	for k := i; k < len(lines) && k < i+600; {
		cols := ccardStart(lines[k])
		if cols == nil {
			if strings.TrimSpace(lines[k]) == "" && k < to+3 {
				k++
				continue
			}
			break
		}
		band := make([]*ccardRec, len(cols))
		boxed := strings.Contains(lines[k], "┌")
		end := k + 1
		for c := range band {
			band[c] = &ccardRec{}
			band[c].ccardLine(ccardText([]rune(lines[k]), cols[c][0], cols[c][1]))
		}
		for j := k + 1; j < len(lines) && j < k+40; j++ {
			l := lines[j]
			if boxed && strings.Contains(l, "└") {
				end = j + 1
				break
			}
			if !boxed && (ccardStart(l) != nil || (strings.TrimSpace(l) == "" && band[0].amounts)) {
				end = j
				break
			}
			r := []rune(l)
			for c := range band {
				band[c].ccardLine(ccardText(r, cols[c][0], cols[c][1]))
			}
			end = j + 1
		}
		recs = append(recs, band...)
		to, k = end, end
	}
	var kept []*abreastRec
	var why string
	for _, c := range recs {
		if c.bad != "" {
			why = c.bad
			break
		}
		if c.code == "" && c.pagu == "" && c.name == "" {
			continue // an empty slot of a band
		}
		c.name = strings.Join(strings.Fields(c.name), " ")
		c.total = c.head == "UTAMA" || hierTotal.MatchString(c.name) || hierTotal.MatchString(c.code)
		if !c.total && !passbookCode(c.code) {
			why = "kartu " + c.code + " tanpa kode anggaran"
			break
		}
		if c.pagu == "" || c.real == "" {
			why = "kartu " + c.code + " tanpa limit/pemakaian"
			break
		}
		if w := hierProve(&c.hierBox); w != "" {
			why = "kartu " + c.code + ": " + w
			break
		}
		if c.total {
			c.code, c.name, c.induk = "", "TOTAL", ""
		}
		kept = append(kept, &c.abreastRec)
	}
	if why == "" && len(kept) < 2 {
		return i, false // a lone card (or a card bill): not a budget
	}
	if why == "" {
		why = ccardSums(kept)
	}
	var rows [][]string
	if why == "" {
		rows, why = abreastRows(kept)
	}
	if why != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "lembar tagihan kartu: " + why + "; tidak dimuat sebagai anggaran"})
		return to - 1, false
	}
	unit := ""
	if abreastRibu(lines, i) {
		unit = " (Rp ribu)"
	}
	header := []string{"Kode", "Uraian", "Pagu" + unit, "Realisasi" + unit, "Sisa" + unit, "Serapan (%)"}
	drop := func(col int) {
		header = append(header[:col:col], header[col+1:]...)
		for r := range rows {
			rows[r] = append(rows[r][:col:col], rows[r][col+1:]...)
		}
	}
	noPct, noSisa := false, false
	for _, r := range rows {
		noPct = noPct || r[5] == ""
		noSisa = noSisa || r[4] == ""
	}
	if noPct {
		drop(5) // a card without its percent: no Serapan column
	}
	if noSisa {
		drop(4) // a card without its remaining limit: no Sisa column
	}
	if !exportPlace(lines, i, to, i, "", header, rows) {
		return i, false
	}
	return to - 1, true
}

// ccardSums: "" when the stated parents' supplementary cards do not exceed
// them and the programs' limits sum to the main card's.
func ccardSums(recs []*abreastRec) string {
	kids := map[string]float64{}
	var progs float64
	var total *abreastRec
	hasProg := false
	for _, r := range recs {
		v, _ := hierRupiah(r.pagu)
		switch {
		case r.total:
			total = r
		case r.induk != "":
			kids[r.induk] += v
		default:
			if _, ok := programCode(r.code); ok {
				progs += v
				hasProg = true
			}
		}
	}
	for _, r := range recs {
		if s, ok := kids[r.code]; ok && !r.total {
			if v, _ := hierRupiah(r.pagu); s > v {
				return "limit kartu tambahan melebihi limit " + r.code
			}
		}
	}
	if total != nil && hasProg {
		if t, _ := hierRupiah(total.pagu); t != progs {
			return "limit kartu program tidak berjumlah limit kartu utama"
		}
	}
	return ""
}
