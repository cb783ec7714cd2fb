package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as the fuel pump displays of the budget infographic typed
// again: one pump a budget line, `POMPA n` in its frame's top rule, the
// code and name, a window holding the realisasi (`RUPIAH TERISI`,
// `TERISI (Rp)`, `Realisasi`) over a window holding the pagu (`KAPASITAS
// (PAGU)`, `KAPASITAS`, `Pagu`), then `SISA n` and `TERISI n %`; the
// total's pump alone, then pumps abreast:
//
//	╔═ POMPA 1 ══════════════════════╗    ╔═ POMPA 2 ══════════════════════╗
//	║ 076.01.WA Program Dukungan     ║    ║ 3355 Pengelolaan Keuangan      ║
//	║ ┌ RUPIAH TERISI ─────────────┐ ║    ║ ┌ RUPIAH TERISI ─────────────┐ ║
//	║ │              3.612.989.449 │ ║    ║ │              1.173.094.702 │ ║
//	║ └────────────────────────────┘ ║    ║ └────────────────────────────┘ ║
//	║ ┌ KAPASITAS (PAGU) ──────────┐ ║    ║ ┌ KAPASITAS (PAGU) ──────────┐ ║
//	║ │              3.670.638.000 │ ║    ║ │              1.186.483.000 │ ║
//	║ └────────────────────────────┘ ║    ║ └────────────────────────────┘ ║
//	║ SISA 57.648.551                ║    ║ SISA 13.388.298                ║
//	║ TERISI 98,43 %                 ║    ║ TERISI 98,87 %                 ║
//	╚════════════════════════════════╝    ╚════════════════════════════════╝
//	   ████  ││  selang                      ████  ││  selang
//
// fuelPumps cuts each band of pumps at the columns of their frames' top
// corners (the pumps abreast), and reads each pump alone. What it trusts:
//   - a pump is a frame whose top rule is labelled `POMPA …`, every line
//     down to its bottom corners opening and closing on the frame's side
//     rule at the top corners' columns; text outside the frames of a band
//     (words across a cut) leaves the drawing as written;
//   - the windows and lines by the meaning of their labels only: sisa,
//     then kapasitas / pagu, then terisi / realisasi, a percent by its `%`;
//     an amount under a label of no known meaning leaves the pump out;
//   - the code (or TOTAL / JUMLAH) opening the pump's first text line, the
//     name the rest, and an `induk:` line when one is printed;
//   - each pump's arithmetic: sisa = pagu − realisasi and the percent =
//     realisasi/pagu to its printed precision (hierProve); a pump that
//     fails gives no row (finding);
//   - the parents as anggaran_abreast.go decides them (abreastRows): the
//     `induk` a pump states, else a program's kegiatan are the pumps after
//     it, their pagu summing to its pagu, the programs to the total's.
//
// The pumps are rewritten as one TAB budget table (the export of
// pipes_export.go), for the budget table reader to key as any other. The
// pump numbers, the hoses and the frames are no facts.

var (
	pumpTopLabel = regexp.MustCompile(`(?i)^pompa\b`)
	pumpAmount   = regexp.MustCompile(`(?i)^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})*)$`)
	pumpPercent  = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d+)?)\s*%$`)
	// a labelled line: words, then an amount or a percent
	pumpLabelled = regexp.MustCompile(`(?i)^([A-Za-z][A-Za-z ()./]*?)\s*:?\s*((?:rp\.?\s*)?\d[\d.,]*\s*%?)$`)
)

// pumpGate: a pump's label in capitals or capitalised.
func pumpGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "POMPA") || docHas(doc, data, "Pompa ")
}

const (
	pumpTL   = "┌╭┏╔"
	pumpTR   = "┐╮┓╗"
	pumpBL   = "└╰┗╚"
	pumpBR   = "┘╯┛╝"
	pumpSide = "│┃║"
	pumpRule = "─━═"
)

// pumpTops: the rune columns of the pump frames whose top rules line l
// holds, nil when it holds none.
func pumpTops(l string) [][2]int {
	if !strings.Contains(l, "POMPA") && !strings.Contains(l, "Pompa") && !strings.Contains(l, "pompa") {
		return nil
	}
	r := []rune(l)
	var out [][2]int
	for k := 0; k < len(r); k++ {
		if !strings.ContainsRune(pumpTL, r[k]) {
			continue
		}
		j := k + 1
		for j < len(r) && !strings.ContainsRune(pumpTR, r[j]) && !strings.ContainsRune(pumpTL, r[j]) {
			j++
		}
		if j >= len(r) || !strings.ContainsRune(pumpTR, r[j]) {
			continue
		}
		label := strings.TrimSpace(strings.Map(func(c rune) rune {
			if strings.ContainsRune(pumpRule, c) {
				return ' '
			}
			return c
		}, string(r[k+1:j])))
		if pumpTopLabel.MatchString(label) && j-k > 8 {
			out = append(out, [2]int{k, j})
		}
		k = j
	}
	return out
}

// pumpBand reads the band of pumps whose top rules are on line i: each
// pump's inner lines, and the band's last line; false when a frame is not
// closed or text lies outside the frames.
func pumpBand(lines []string, i int) ([][]string, int, bool) {
	tops := pumpTops(lines[i])
	if len(tops) == 0 {
		return nil, i, false
	}
	r0 := []rune(lines[i])
	for k, t := range tops {
		// nothing but drawing between and beside the frames' tops
		a := 0
		if k > 0 {
			a = tops[k-1][1] + 1
		}
		if abreastClean(string(r0[a:t[0]])) != "" {
			return nil, i, false
		}
	}
	if abreastClean(string(r0[tops[len(tops)-1][1]+1:])) != "" {
		return nil, i, false
	}
	inner := make([][]string, len(tops))
	closed := make([]bool, len(tops))
	open := len(tops)
	last := i
	for j := i + 1; j < len(lines) && j < i+40 && open > 0; j++ {
		r := []rune(lines[j])
		prev := 0
		for k, t := range tops {
			if abreastClean(string(r[min(prev, len(r)):min(t[0], len(r))])) != "" {
				return nil, i, false // words across a cut
			}
			prev = t[1] + 1
			if closed[k] {
				if abreastClean(string(r[min(t[0], len(r)):min(t[1]+1, len(r))])) != "" {
					return nil, i, false
				}
				continue
			}
			if t[1] >= len(r) {
				return nil, i, false
			}
			a, b := r[t[0]], r[t[1]]
			switch {
			case strings.ContainsRune(pumpBL, a) && strings.ContainsRune(pumpBR, b):
				closed[k] = true
				open--
				last = j
			case strings.ContainsRune(pumpSide, a) && strings.ContainsRune(pumpSide, b):
				inner[k] = append(inner[k], strings.TrimSpace(string(r[t[0]+1:t[1]])))
			default:
				return nil, i, false
			}
		}
		if abreastClean(string(r[min(prev, len(r)):])) != "" {
			return nil, i, false
		}
	}
	if open > 0 {
		return nil, i, false
	}
	return inner, last, true
}

// pumpSlot: the field a label means, "" when it means none known.
func pumpSlot(label string, percent bool) string {
	l := strings.ToLower(label)
	switch {
	case percent || strings.Contains(l, "%") || strings.Contains(l, "persen"):
		if l == "" || strings.Contains(l, "terisi") || strings.Contains(l, "serapan") || strings.Contains(l, "persen") || strings.Contains(l, "%") {
			return "sera"
		}
	case strings.Contains(l, "sisa"):
		return "sisa"
	case strings.Contains(l, "kapasitas") || strings.Contains(l, "pagu"):
		return "pagu"
	case strings.Contains(l, "terisi") || strings.Contains(l, "realisasi") || strings.HasPrefix(l, "real"):
		return "real"
	}
	return ""
}

// put stores a labelled value in the pump's record; a reason when the
// value is not an amount (or percent) or its field is taken or unknown.
func pumpPut(rec *abreastRec, label, value string) string {
	value = strings.TrimSpace(value)
	pct := pumpPercent.FindStringSubmatch(value)
	slot := pumpSlot(label, pct != nil)
	var v string
	switch {
	case slot == "":
		return "label " + strings.TrimSpace(label) + " tidak dikenal"
	case slot == "sera" && pct != nil:
		v = pct[1]
	case slot == "sera":
		if m := pumpPercent.FindStringSubmatch(value + " %"); m != nil {
			v = m[1] // a window labelled `(%)` holding the bare figure
		}
	default:
		if m := pumpAmount.FindStringSubmatch(value); m != nil {
			v = m[1]
		}
	}
	if v == "" {
		return "isi " + strings.TrimSpace(label) + " bukan angka"
	}
	field := map[string]*string{"pagu": &rec.pagu, "real": &rec.real, "sisa": &rec.sisa, "sera": &rec.sera}[slot]
	if *field != "" {
		return strings.TrimSpace(label) + " dua kali"
	}
	*field = v
	rec.phase = 1
	return ""
}

// pumpRead reads one pump's inner lines as a record; a reason when it is
// not a budget line.
func pumpRead(inner []string) (*abreastRec, string) {
	rec := &abreastRec{}
	win, inWin := "", false
	var winVal []string
	head := true
	pending := "" // a window's label typed without its frame, its figure on the next line
	for _, s := range inner {
		if s == "" {
			continue
		}
		r := []rune(s)
		switch {
		case strings.ContainsRune(pumpTL, r[0]):
			if inWin {
				return nil, "jendela tidak tertutup"
			}
			inWin, winVal = true, nil
			win = abreastClean(strings.TrimRight(string(r[1:]), pumpTR+pumpRule+" "))
			continue
		case inWin && strings.ContainsRune(pumpBL, r[0]):
			inWin = false
			if len(winVal) != 1 {
				return nil, "jendela " + win + " tanpa satu angka"
			}
			if why := pumpPut(rec, win, winVal[0]); why != "" {
				return nil, why
			}
			continue
		case inWin:
			if !strings.ContainsRune(pumpSide, r[0]) {
				return nil, "jendela " + win + " tidak berbingkai"
			}
			if v := abreastClean(string(r[1:])); v != "" {
				winVal = append(winVal, v)
			}
			continue
		}
		t := abreastClean(s)
		if t == "" {
			continue // drawing inside the pump
		}
		if pending != "" {
			label := pending
			pending = ""
			if pumpAmount.MatchString(t) || pumpPercent.MatchString(t) {
				if why := pumpPut(rec, label, t); why != "" {
					return nil, why
				}
				continue
			}
			if rec.phase != 0 {
				return nil, "label " + label + " tanpa angka"
			}
			if !rec.total {
				rec.name = strings.TrimSpace(rec.name + " " + label) // no label: the name wrapped
			}
		}
		if !head && !strings.ContainsAny(t, "0123456789") && pumpSlot(t, false) != "" {
			pending = t // a label alone: its figure follows, else it was the name's
			continue
		}
		if head {
			// the code (or the total's words) opening the pump's text
			head = false
			f := strings.Fields(t)
			switch {
			case hierTotal.MatchString(t):
				rec.code, rec.name, rec.total = "TOTAL", t, true
			case abreastCode(f[0]):
				rec.code, rec.name = f[0], strings.Join(f[1:], " ")
			default:
				return nil, "pompa tanpa kode"
			}
			continue
		}
		if m := pumpPercent.FindStringSubmatch(t); m != nil {
			if why := pumpPut(rec, "", t); why != "" {
				return nil, why
			}
			continue
		}
		if m := pumpLabelled.FindStringSubmatch(t); m != nil && (rec.phase != 0 || pumpSlot(m[1], strings.HasSuffix(m[2], "%")) != "") {
			// a labelled figure; before any, a line of unknown words and
			// a number (`Pemilu 2019`) is the name wrapped
			if why := pumpPut(rec, m[1], m[2]); why != "" {
				return nil, why
			}
			continue
		}
		if rec.phase != 0 {
			return nil, "teks sesudah angka"
		}
		if m := abreastInduk.FindStringSubmatch(t); m != nil && rec.induk == "" {
			rec.induk = m[1]
			continue
		}
		if !rec.total {
			rec.name = strings.TrimSpace(rec.name + " " + t)
		}
	}
	if inWin || pending != "" && rec.phase != 0 {
		return nil, "jendela tidak tertutup"
	}
	if pending != "" && !rec.total {
		rec.name = strings.TrimSpace(rec.name + " " + pending)
	}
	if head {
		return nil, "pompa kosong"
	}
	return rec, ""
}

func fuelPumps(doc *facts.Document, data []byte) []byte {
	if !pumpGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if len(pumpTops(lines[i])) == 0 {
			continue
		}
		end, ok := pumpRun(doc, lines, i)
		changed = changed || ok
		if end > i {
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// pumpGap: a line between two bands: blank, drawing or a hose's short
// label, no figure.
func pumpGap(l string) bool {
	t := abreastClean(l)
	return !strings.ContainsAny(t, "0123456789") && len(strings.Fields(t)) <= 2*max(1, strings.Count(l, "██"))
}

// pumpRun reads the bands from line i on; the drawing's last line and
// whether it was rewritten.
func pumpRun(doc *facts.Document, lines []string, i int) (int, bool) {
	var pumps [][]string
	last := i
	for j := i; j >= 0; {
		inner, end, ok := pumpBand(lines, j)
		if !ok {
			break
		}
		pumps = append(pumps, inner...)
		last = end
		j = -1
		for k := end + 1; k < len(lines) && k < end+6; k++ {
			if len(pumpTops(lines[k])) > 0 {
				j = k
				break
			}
			if !pumpGap(lines[k]) {
				break
			}
		}
	}
	if len(pumps) == 0 {
		return i, false
	}
	finding := func(why string) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "pompa anggaran: " + why})
	}
	var kept []*abreastRec
	for _, in := range pumps {
		rec, why := pumpRead(in)
		if why == "" && (rec.pagu == "" || rec.real == "") {
			why = "tanpa pagu dan realisasi"
		}
		if why == "" {
			why = hierProve(&rec.hierBox)
		}
		if why != "" {
			name := "pompa"
			if rec != nil {
				name = rec.code
			}
			finding(name + " " + why + "; baris itu tidak dimuat")
			continue
		}
		kept = append(kept, rec)
	}
	rows, why := abreastRows(kept)
	if why != "" {
		finding(why + "; tidak dimuat")
		return last, false
	}
	if len(rows) == 0 {
		return last, false
	}
	unit := ""
	if abreastRibu(lines, i) {
		unit = " (Rp ribu)"
	}
	header := []string{"Kode", "Uraian", "Pagu" + unit, "Realisasi" + unit, "Sisa" + unit, "Serapan (%)"}
	header, rows = budgetColumns(header, rows)
	if !exportPlace(lines, i, last+1, i, "", header, rows) {
		return last, false
	}
	return last, true
}
